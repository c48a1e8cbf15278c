import type { APIContext } from 'astro';
import { dataSitus, riwayatSitus } from '../lib/situs.ts';
import { itemUmpan } from '../core/tampilan/bagikan.ts';
import { jawabanUmpan } from '../lib/bagikan.ts';

/** The site's feed: every published report with its last change, newest change first. */
export function GET(context: APIContext) {
  const korpus = dataSitus();
  const { situs } = korpus.korpus;
  return jawabanUmpan({
    judul: `Laporan kinerja terbaru · ${situs.nama}`,
    deskripsi: situs.deskripsi || situs.tagline || situs.nama,
    asal: context.site ?? situs.url,
    jalur: '/rss.xml',
    item: itemUmpan(korpus, riwayatSitus()),
  });
}
