import type { GetStaticPaths } from 'astro';
import { dataSitus, riwayatSitus } from '../../lib/situs.ts';
import { lingkupSitus } from '../../core/data-terbuka/terbuka.ts';
import { TABEL, csvTabel, type TabelTerbuka } from '../../core/data-terbuka/paket.ts';

/** Every table of the data package, for the whole site. */
export const getStaticPaths = (() =>
  TABEL.map((t) => ({ params: { tabel: t.nama }, props: { t } }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { t: TabelTerbuka } }) =>
  new Response(csvTabel(props.t, lingkupSitus(dataSitus(), riwayatSitus())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
