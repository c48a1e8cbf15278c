import type { GetStaticPaths } from 'astro';
import { jalurPerLaporan } from '../../../lib/situs.ts';
import { unduhanLaporan } from '../../../lib/unduhan-laporan.ts';
import type { LaporanLengkap } from '../../../core/hitung/korpus.ts';

export const getStaticPaths = jalurPerLaporan satisfies GetStaticPaths;

/** The report's tables, one sheet each, for readers who use Excel. */
export const GET = async ({ props }: { props: { l: LaporanLengkap } }) =>
  new Response((await unduhanLaporan('xlsx', props.l)) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
