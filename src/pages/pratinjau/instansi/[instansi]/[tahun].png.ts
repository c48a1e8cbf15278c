import type { GetStaticPaths } from 'astro';
import { jalurLaporan } from '../../../../lib/situs.ts';
import { jawabanPng } from '../../../../lib/bagikan.ts';
import { unduhanLaporan } from '../../../../lib/unduhan-laporan.ts';
import type { LaporanLengkap } from '../../../../core/hitung/korpus.ts';

/**
 * A report's preview image (Open Graph, Twitter): the agency, the year and its plain headline. It has its
 * report's cache key (jalurLaporan), so an incremental build copies it with its report.
 */
export const getStaticPaths = jalurLaporan satisfies GetStaticPaths;

export async function GET({ props }: { props: { l: LaporanLengkap } }) {
  return jawabanPng(await unduhanLaporan('png', props.l));
}
