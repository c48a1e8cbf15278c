import type { GetStaticPaths } from 'astro';
import { dataSitus, jalurLaporan } from '../../../../lib/situs.ts';
import { labelInstansi } from '../../../../core/tampilan/label-instansi.ts';
import { pratinjauLaporan } from '../../../../core/tampilan/bagikan.ts';
import { gambarPratinjau, jawabanPng, kartuLaporan } from '../../../../lib/bagikan.ts';
import type { LaporanLengkap } from '../../../../core/hitung/korpus.ts';

/**
 * A report's preview image (Open Graph, Twitter): the agency, the year and its plain headline. It has its
 * report's cache key (jalurLaporan), so an incremental build copies it with its report.
 */
export const getStaticPaths = jalurLaporan satisfies GetStaticPaths;

export async function GET({ props }: { props: { l: LaporanLengkap } }) {
  const k = dataSitus();
  const label = labelInstansi(k.korpus).get(props.l.instansi.data.id) ?? props.l.instansi.data.singkatan;
  return jawabanPng((await gambarPratinjau(kartuLaporan(pratinjauLaporan(props.l, label), k.korpus.situs.nama))).png);
}
