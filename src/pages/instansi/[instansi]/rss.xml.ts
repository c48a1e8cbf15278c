import type { APIContext, GetStaticPaths } from 'astro';
import { dataSitus, jalurInstansi, riwayatSitus } from '../../../lib/situs.ts';
import { itemUmpan } from '../../../core/tampilan/bagikan.ts';
import { jawabanUmpan } from '../../../lib/bagikan.ts';
import type { DataInstansi } from '../../../core/muat/korpus.ts';

/** One agency's feed: its published reports with their last change. */
export const getStaticPaths = jalurInstansi satisfies GetStaticPaths;

export function GET(context: APIContext<{ i: DataInstansi }>) {
  const k = dataSitus();
  const { i } = context.props;
  return jawabanUmpan({
    judul: `Laporan kinerja ${i.data.nama} · ${k.korpus.situs.nama}`,
    deskripsi: `Laporan kinerja (LKjIP) ${i.data.nama} yang diterbitkan, dengan perubahan terakhirnya.`,
    asal: context.site ?? k.korpus.situs.url,
    jalur: `/instansi/${i.data.id}/rss.xml`,
    item: itemUmpan(k, riwayatSitus(), i.data.id),
  });
}
