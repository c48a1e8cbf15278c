/**
 * The national portal's first search (npm run build:wilayah): a small index of names only, built from
 * what each region site publishes (its /data/index.json and the indicator names of /data/indikator.csv),
 * never from the regions' pages. One record per region site, agency and indicator page, linking into
 * the region's site. An agency's record names its reports, IKI and Renstra by year, and its page links
 * to them: a record per report would make the index grow fivefold with the years, and Pagefind loads
 * its page list (pf_meta) and every filter whole on a first query. For the same reason the records carry
 * no filters: at 100,000 agency-years a record per report took 880 KB of page list and 1,000 KB of
 * filters, one per agency without filters 110 KB in all (docs/benchmarks.md). Filters and one region's
 * index are the regions' own indexes' work (src/scripts/cari.ts widens to them). A first query on the
 * portal fetches this index only; the regions' own indexes are merged when the reader asks for more,
 * picks a filter, or when the names find nothing.
 */
import type { RekamanCari } from './rekaman-cari.ts';
import type { BarisCsv } from './csv-baca.ts';

/** The part of a region site's /data/index.json the national index reads. */
export interface IndeksNamaWilayah {
  wilayah: { id: string; nama: string }[];
  instansi: {
    id: string;
    nama: string;
    singkatan: string;
    wilayah: string;
    laporan: { tahun: number }[];
    iki: { tahun: number }[];
    renstra: { periode: string }[];
  }[];
}

export interface SitusWilayah {
  id: string;
  nama: string;
  indeks: IndeksNamaWilayah;
  /** the region's indicators: id and name */
  indikator: { id: string; nama: string }[];
}

const BOBOT_JUDUL = 7;

function rekaman(url: string, jenis: string, judul: string, kata: string[], meta: Record<string, string> = {}) {
  return {
    url,
    meta: { title: judul, jenis, ...meta },
    filters: {},
    sort: {},
    bagian: [{ teks: judul, bobot: BOBOT_JUDUL }, ...kata.filter(Boolean).map((teks) => ({ teks }))],
  } satisfies RekamanCari;
}

/** "2019, 2020, 2021": the years of an agency's documents of one kind, as its record's text says them. */
const daftarTahun = (tahun: readonly (number | string)[]) => [...new Set(tahun.map(String))].sort().join(', ');

/** Every record of the national index, region by region. */
export function rekamanNasional(situs: readonly SitusWilayah[]): RekamanCari[] {
  return situs.flatMap((indeksSitus) => {
    const alamatWilayah = `/wilayah/${indeksSitus.id}/`;
    const namaWilayah = new Map(indeksSitus.indeks.wilayah.map((w) => [w.id, w.nama]));
    const wilayahSitus = rekaman(alamatWilayah, 'Situs wilayah', indeksSitus.nama, [
      'Situs wilayah: laporan kinerja instansi pemerintah',
      ...indeksSitus.indeks.wilayah.map((w) => w.nama),
    ]);
    const instansi = indeksSitus.indeks.instansi.map((dataInstansi) => {
      const laporan = daftarTahun(dataInstansi.laporan.map((l) => l.tahun));
      const iki = daftarTahun(dataInstansi.iki.map((x) => x.tahun));
      const renstra = daftarTahun(dataInstansi.renstra.map((r) => r.periode.replace('-', '–')));
      return rekaman(
        `${alamatWilayah}instansi/${dataInstansi.id}/`,
        'Instansi',
        dataInstansi.nama,
        [
          dataInstansi.singkatan,
          namaWilayah.get(dataInstansi.wilayah) ?? '',
          indeksSitus.nama,
          laporan && `Laporan Kinerja (LKjIP) ${laporan}`,
          iki && `Indikator Kinerja Individu (IKI) ${iki}`,
          renstra && `Rencana Strategis (Renstra) ${renstra}`,
        ],
        { singkatan: dataInstansi.singkatan, ...(laporan ? { tahun: `LKjIP ${laporan}` } : {}) },
      );
    });
    const indikator = indeksSitus.indikator.map((x) =>
      rekaman(`${alamatWilayah}indikator/${x.id}/`, 'Indikator', x.nama, [indeksSitus.nama]),
    );
    return [wilayahSitus, ...instansi, ...indikator];
  });
}

/** Indicator ids and names from the rows of a region's /data/indikator.csv (header first), each once. */
export function indikatorDariCsv(baris: readonly BarisCsv[]): { id: string; nama: string }[] {
  const [kepala, ...isi] = baris;
  const kolomId = kepala?.sel.indexOf('indikator_id') ?? -1;
  const kolomNama = kepala?.sel.indexOf('indikator') ?? -1;
  if (kolomId < 0 || kolomNama < 0) return [];
  const per = new Map<string, string>();
  for (const butir of isi) {
    const id = butir.sel[kolomId];
    const nama = butir.sel[kolomNama];
    if (id && nama && !per.has(id)) per.set(id, nama);
  }
  return [...per].map(([id, nama]) => ({ id, nama })).sort((a, b) => a.id.localeCompare(b.id));
}
