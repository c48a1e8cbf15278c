import { dataSitus } from '../../lib/situs.ts';
import { csvAnggaran } from '../../core/data-terbuka/terbuka.ts';

export const GET = () =>
  new Response(csvAnggaran(dataSitus()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
