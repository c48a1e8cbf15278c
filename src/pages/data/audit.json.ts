import { dataSitus } from '../../lib/situs.ts';
import { semuaTemuan } from '../../core/data-terbuka/terbuka.ts';

/** Every discrepancy between a printed value and its recomputation (the full audit, matches included, is in each report's JSON). */
export const GET = () => Response.json(semuaTemuan(dataSitus()).filter((a) => a.status === 'berbeda'));
