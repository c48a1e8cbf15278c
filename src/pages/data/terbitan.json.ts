import { dataSitus, riwayatSitus } from '../../lib/situs.ts';
import { papanTerbitan } from '../../core/tampilan/terbitan.ts';

/** The publication scoreboard with each document's file and its dates. */
export const GET = () => Response.json(papanTerbitan(dataSitus(), riwayatSitus()));
