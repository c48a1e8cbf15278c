import type { APIContext, GetStaticPaths } from 'astro';
import { dataSitus, jalurInstansi, riwayatSitus } from '../../../lib/situs.ts';
import { itemUmpan } from '../../../core/tampilan/bagikan.ts';
import { jawabanUmpan } from '../../../lib/bagikan.ts';
import type { DataInstansi } from '../../../core/muat/korpus.ts';

/** One agency's feed: its published reports with their last change. */
export const getStaticPaths = jalurInstansi satisfies GetStaticPaths;

export function GET(context: APIContext<{ i: DataInstansi }>) {
  const korpus = dataSitus();
  const { i: instansi } = context.props;
  return jawabanUmpan({
    judul: `Laporan kinerja ${instansi.data.nama} · ${korpus.korpus.situs.nama}`,
    deskripsi: `Laporan kinerja (LKjIP) ${instansi.data.nama} yang diterbitkan, dengan perubahan terakhirnya.`,
    asal: context.site ?? korpus.korpus.situs.url,
    jalur: `/instansi/${instansi.data.id}/rss.xml`,
    item: itemUmpan(korpus, riwayatSitus(), instansi.data.id),
  });
}
