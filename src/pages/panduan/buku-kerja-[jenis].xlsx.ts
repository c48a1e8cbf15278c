import type { GetStaticPaths } from 'astro';
import { bytesXlsx } from '../../core/data-terbuka/unduhan.ts';
import { BUKU, eksporBukuKosong, type JenisBuku } from '../../core/publikasi/buku-kerja.ts';

/**
 * Blank workbooks (indicator catalogue, Renstra, LKjIP): a new agency enters all of its content from the
 * browser alone (the guide, route A), and the pull-request check reads them in that order.
 */
export const getStaticPaths = (() =>
  Object.keys(BUKU).map((jenis) => ({ params: { jenis } }))) satisfies GetStaticPaths;

export const GET = async ({ params }: { params: { jenis: JenisBuku } }) =>
  new Response(await bytesXlsx(await eksporBukuKosong(params.jenis)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
