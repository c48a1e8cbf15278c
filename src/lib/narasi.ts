/** The narrative chapters of one report, from the astro:content `narasi` collection, in LKjIP order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { URUTAN_BAB } from '../core/tampilan/laporan.ts';

type Entri = CollectionEntry<'narasi'>;

// Indexed once per build: looking through the whole collection for every report page grew with the square of the reports.
let indeks: Promise<Map<string, Entri[]>> | undefined;

function indeksNarasi(): Promise<Map<string, Entri[]>> {
  return (indeks ??= getCollection('narasi').then((semua) => {
    const out = new Map<string, Entri[]>();
    for (const e of semua) {
      // ids are "<instansi>/<tahun>/narasi/<bab>" (src/lib/narasi-loader.ts)
      const m = /^([^/]+)\/(\d{4})\/narasi\//.exec(e.id);
      if (!m) continue;
      const key = `${m[1]}/${m[2]}`;
      out.set(key, [...(out.get(key) ?? []), e]);
    }
    return out;
  }));
}

export async function narasiLaporan(instansi: string, tahun: number): Promise<Map<string, Entri>> {
  const bab = new Map(((await indeksNarasi()).get(`${instansi}/${tahun}`) ?? []).map((e) => [e.data.bab, e] as const));
  return new Map(URUTAN_BAB.filter((b) => bab.has(b)).map((b) => [b, bab.get(b)!]));
}
