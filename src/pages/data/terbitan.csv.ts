import { dataSitus, riwayatSitus } from '../../lib/situs.ts';
import { papanTerbitan } from '../../core/tampilan/terbitan.ts';
import { csvTerbitan } from '../../core/data-terbuka/terbitan.ts';

/** The publication scoreboard, one row per agency and year. */
export const GET = () =>
  new Response(csvTerbitan(papanTerbitan(dataSitus(), riwayatSitus())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
