import { dataSitus } from '../../lib/situs.ts';
import { csvAudit, semuaTemuan } from '../../core/data-terbuka/terbuka.ts';

/** Every discrepancy between a printed value and its recomputation. */
export const GET = () =>
  new Response(csvAudit(semuaTemuan(dataSitus()).filter((a) => a.status === 'berbeda')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
