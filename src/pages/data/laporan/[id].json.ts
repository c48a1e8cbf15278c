import type { GetStaticPaths } from 'astro';
import { dataSitus, kunciCacheInstansi } from '../../../lib/situs.ts';
import { jsonLaporan } from '../../../core/data-terbuka/terbuka.ts';
import type { LaporanLengkap } from '../../../core/hitung/korpus.ts';

export const getStaticPaths = (() =>
  dataSitus().laporan.map((l) => ({
    params: { id: `${l.instansi.data.id}-${l.terhitung.laporan.tahun}` },
    props: { l },
    ...kunciCacheInstansi(l.instansi.data.id),
  }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { l: LaporanLengkap } }) => Response.json(jsonLaporan(props.l));
