/** The narrative chapters of one report, from the astro:content `narasi` collection, in LKjIP order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { URUTAN_BAB } from '../core/tampilan/laporan.ts';

export async function narasiLaporan(instansi: string, tahun: number): Promise<Map<string, CollectionEntry<'narasi'>>> {
  const semua = await getCollection('narasi');
  const out = new Map<string, CollectionEntry<'narasi'>>();
  for (const e of semua) {
    const jalur = e.filePath ?? e.id;
    const m = /instansi\/([^/]+)\/(\d{4})\/narasi\//.exec(jalur);
    if (m && m[1] === instansi && Number(m[2]) === tahun) out.set(e.data.bab, e);
  }
  return new Map(URUTAN_BAB.filter((b) => out.has(b)).map((b) => [b, out.get(b)!]));
}
