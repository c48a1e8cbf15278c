import type { GetStaticPaths } from 'astro';
import { jalurPerLaporan } from '../../../lib/situs.ts';
import { unduhanLaporan } from '../../../lib/unduhan-laporan.ts';
import type { LaporanLengkap } from '../../../core/hitung/korpus.ts';

export const getStaticPaths = jalurPerLaporan satisfies GetStaticPaths;

/** The report's CSVs, datapackage.json and README in one zip. */
export const GET = async ({ props }: { props: { l: LaporanLengkap } }) =>
  new Response((await unduhanLaporan('zip', props.l)) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/zip' },
  });
