/**
 * The national portal's first search (npm run build:wilayah): a small index of names only, built from
 * what each region site publishes (its /data/index.json and the indicator names of /data/indikator.csv),
 * never from the regions' pages. One record per region site, agency, report, IKI, Renstra and
 * indicator page, linking into the region's site, with the filters the region sites give the same pages
 * (src/core/publikasi/rekaman-cari.ts), so the search page's filters work on it too. A first query on the
 * portal fetches this index only; the regions' own indexes are merged when the reader asks for more, or
 * when the names find nothing (src/scripts/cari.ts).
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

function rekaman(
  url: string,
  jenis: string,
  judul: string,
  kata: string[],
  lain: { instansi?: string; tahun?: number; wilayah?: string; singkatan?: string } = {},
): RekamanCari {
  const tahun = lain.tahun === undefined ? undefined : String(lain.tahun);
  return {
    url,
    meta: {
      title: judul,
      jenis,
      ...(lain.instansi ? { instansi: lain.instansi } : {}),
      ...(tahun ? { tahun } : {}),
      ...(lain.singkatan ? { singkatan: lain.singkatan } : {}),
    },
    filters: {
      jenis: [jenis],
      ...(lain.instansi ? { instansi: [lain.instansi] } : {}),
      ...(tahun ? { tahun: [tahun] } : {}),
      ...(lain.wilayah ? { wilayah: [lain.wilayah] } : {}),
    },
    sort: tahun ? { tahun } : {},
    bagian: [{ teks: judul, bobot: BOBOT_JUDUL }, ...kata.filter(Boolean).map((teks) => ({ teks }))],
  };
}

/** Every record of the national index, region by region. */
export function rekamanNasional(situs: readonly SitusWilayah[]): RekamanCari[] {
  return situs.flatMap((indeksSitus) => {
    const alamatWilayah = `/wilayah/${indeksSitus.id}/`;
    const namaWilayah = new Map(indeksSitus.indeks.wilayah.map((w) => [w.id, w.nama]));
    const wilayahSitus = rekaman(alamatWilayah, 'Situs wilayah', indeksSitus.nama, [
      'Situs wilayah: laporan kinerja instansi pemerintah',
      ...indeksSitus.indeks.wilayah.map((w) => w.nama),
    ]);
    const instansi = indeksSitus.indeks.instansi.flatMap((dataInstansi) => {
      const wilayah = namaWilayah.get(dataInstansi.wilayah);
      const lain = { instansi: dataInstansi.nama, wilayah, singkatan: dataInstansi.singkatan };
      const kata = [dataInstansi.singkatan, wilayah ?? '', indeksSitus.nama];
      const dasar = `${alamatWilayah}instansi/${dataInstansi.id}/`;
      return [
        rekaman(dasar, 'Profil instansi', dataInstansi.nama, kata, lain),
        ...dataInstansi.laporan.map((l) =>
          rekaman(
            `${dasar}${l.tahun}/`,
            'LKjIP',
            `Laporan Kinerja ${l.tahun}: ${dataInstansi.nama}`,
            ['LKjIP', ...kata],
            {
              ...lain,
              tahun: l.tahun,
            },
          ),
        ),
        ...dataInstansi.iki.map((x) =>
          rekaman(
            `${dasar}${x.tahun}/iki/`,
            'IKI',
            `Indikator Kinerja Individu ${x.tahun}: ${dataInstansi.nama}`,
            ['IKI', ...kata],
            { ...lain, tahun: x.tahun },
          ),
        ),
        ...dataInstansi.renstra.map((r) =>
          rekaman(
            `${dasar}renstra/${r.periode}/`,
            'Renstra',
            `Rencana Strategis ${r.periode.replace('-', '–')}: ${dataInstansi.nama}`,
            ['Renstra', ...kata],
            lain,
          ),
        ),
      ];
    });
    const indikator = indeksSitus.indikator.map((x) =>
      rekaman(`${alamatWilayah}indikator/${x.id}/`, 'Indikator', x.nama, [indeksSitus.nama], {
        wilayah: indeksSitus.nama,
      }),
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
