import type { GetStaticPaths } from 'astro';
import { dataSitus, jalurPerLaporan } from '../../../lib/situs.ts';
import { zipLaporan } from '../../../core/data-terbuka/unduhan.ts';
import type { LaporanLengkap } from '../../../core/hitung/korpus.ts';
import { urlLaporan } from '../../../core/data-terbuka/terbuka.ts';

export const getStaticPaths = jalurPerLaporan satisfies GetStaticPaths;

/** The report's CSVs, datapackage.json and README in one zip. */
export const GET = ({ props }: { props: { l: LaporanLengkap } }) => {
  const k = dataSitus();
  const isi = zipLaporan(k, props.l, {
    halaman: urlLaporan(k.korpus.situs, props.l),
  });
  return new Response(isi, { headers: { 'Content-Type': 'application/zip' } });
};
