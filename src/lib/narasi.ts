/** The narrative chapters of one report, from the astro:content `narasi` collection, in LKjIP order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { URUTAN_BAB } from '../core/tampilan/laporan.ts';

type Entri = CollectionEntry<'narasi'>;

// Indexed once per build: looking through the whole collection for every report page grew with the square of the reports.
let indeks: Promise<Map<string, Entri[]>> | undefined;

function indeksNarasi(): Promise<Map<string, Entri[]>> {
  return (indeks ??= getCollection('narasi').then((semua) => {
    const kelompok = new Map<string, Entri[]>();
    for (const entri of semua) {
      // ids are "<instansi>/<tahun>/narasi/<bab>" (src/lib/narasi-loader.ts)
      const cocok = /^([^/]+)\/(\d{4})\/narasi\//.exec(entri.id);
      if (!cocok) continue;
      const kunci = `${cocok[1]}/${cocok[2]}`;
      kelompok.set(kunci, [...(kelompok.get(kunci) ?? []), entri]);
    }
    return kelompok;
  }));
}

export async function narasiLaporan(instansi: string, tahun: number): Promise<Map<string, Entri>> {
  const bab = new Map(((await indeksNarasi()).get(`${instansi}/${tahun}`) ?? []).map((e) => [e.data.bab, e] as const));
  return new Map(URUTAN_BAB.filter((b) => bab.has(b)).map((b) => [b, bab.get(b)!]));
}
