import { bytesXlsx } from '../../core/data-terbuka/unduhan.ts';
import { eksporBukuKosong } from '../../core/publikasi/buku-kerja.ts';

/** A blank indicator-catalogue workbook: a new agency's first step from the browser alone (the guide, route A). */
export const GET = async () =>
  new Response(await bytesXlsx(await eksporBukuKosong('indikator')), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
