import type { GetStaticPaths } from 'astro';
import { dataSitus, kunciCacheInstansi } from '../../../lib/situs.ts';
import { namaUnduhan, xlsxLaporan } from '../../../core/data-terbuka/unduhan.ts';
import type { LaporanLengkap } from '../../../core/hitung/korpus.ts';

export const getStaticPaths = (() =>
  dataSitus().laporan.map((l) => ({
    params: { id: namaUnduhan(l) },
    props: { l },
    ...kunciCacheInstansi(l.instansi.data.id),
  }))) satisfies GetStaticPaths;

/** The report's tables, one sheet each, for readers who use Excel. */
export const GET = async ({ props }: { props: { l: LaporanLengkap } }) =>
  new Response(await xlsxLaporan(dataSitus(), props.l), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
