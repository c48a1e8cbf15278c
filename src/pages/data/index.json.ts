import { dataSitus } from '../../lib/situs.ts';
import { jsonIndeks } from '../../core/data-terbuka/terbuka.ts';

export const GET = () => Response.json(jsonIndeks(dataSitus(), import.meta.env.BASE_URL.replace(/\/?$/, '/')));
