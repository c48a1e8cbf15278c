import { dataSitus } from '../../lib/situs.ts';
import { csvIndikator } from '../../core/data-terbuka/terbuka.ts';

export const GET = () =>
  new Response(csvIndikator(dataSitus()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
