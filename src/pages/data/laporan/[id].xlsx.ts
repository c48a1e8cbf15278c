import type { GetStaticPaths } from 'astro';
import { dataSitus, jalurPerLaporan } from '../../../lib/situs.ts';
import { xlsxLaporan } from '../../../core/data-terbuka/unduhan.ts';
import type { LaporanLengkap } from '../../../core/hitung/korpus.ts';

export const getStaticPaths = jalurPerLaporan satisfies GetStaticPaths;

/** The report's tables, one sheet each, for readers who use Excel. */
export const GET = async ({ props }: { props: { l: LaporanLengkap } }) =>
  new Response(await xlsxLaporan(dataSitus(), props.l), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
