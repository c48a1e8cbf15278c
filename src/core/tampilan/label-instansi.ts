/**
 * Short agency labels, unique across the corpus: what legends, cards, filters and breadcrumbs show.
 * Many agencies share an acronym (every region has its own BKD), so a bare "BKD" beside "BKD Prov.
 * Kaltim" or beside an agency once called BKD does not say which one is meant. An agency's label is
 * its declared `singkatan_unik`, else its acronym, else (when that names another agency too) its
 * acronym with the shortest qualifier of its region that tells them apart.
 */
import type { Korpus } from '../muat/korpus.ts';
import type { Wilayah } from '../skema/wilayah.ts';

/** The usual short names of the provinces ("Prov. Kaltim"); a province not listed keeps its name. */
const SINGKATAN_PROVINSI: Record<string, string> = {
  'Sumatera Utara': 'Sumut',
  'Sumatera Barat': 'Sumbar',
  'Sumatera Selatan': 'Sumsel',
  'Kepulauan Bangka Belitung': 'Babel',
  'Kepulauan Riau': 'Kepri',
  'Jawa Barat': 'Jabar',
  'Jawa Tengah': 'Jateng',
  'Daerah Istimewa Yogyakarta': 'DIY',
  'DI Yogyakarta': 'DIY',
  'Jawa Timur': 'Jatim',
  'Nusa Tenggara Barat': 'NTB',
  'Nusa Tenggara Timur': 'NTT',
  'Kalimantan Barat': 'Kalbar',
  'Kalimantan Tengah': 'Kalteng',
  'Kalimantan Selatan': 'Kalsel',
  'Kalimantan Timur': 'Kaltim',
  'Kalimantan Utara': 'Kaltara',
  'Sulawesi Utara': 'Sulut',
  'Sulawesi Tengah': 'Sulteng',
  'Sulawesi Selatan': 'Sulsel',
  'Sulawesi Tenggara': 'Sultra',
  'Sulawesi Barat': 'Sulbar',
  'Maluku Utara': 'Malut',
};

/** What the label of one agency is made from. */
export interface BahanLabel {
  id: string;
  nama: string;
  singkatan: string;
  singkatan_unik?: string | undefined;
  /** acronyms it had before (nama_lama): a bare acronym another agency once used is ambiguous too */
  singkatan_lama?: readonly string[];
  wilayah?: Pick<Wilayah, 'nama' | 'tingkat'> | undefined;
}

/** The short qualifier of a region: "Kota Blitar", "Kab. Malang", "Prov. Kaltim". */
function kualifikasi(wilayah: BahanLabel['wilayah']): string | undefined {
  if (!wilayah) return undefined;
  if (wilayah.tingkat === 'provinsi') {
    const nama = wilayah.nama.replace(/^provinsi\s+/i, '');
    return `Prov. ${SINGKATAN_PROVINSI[nama] ?? nama}`;
  }
  if (wilayah.tingkat === 'kabupaten') return wilayah.nama.replace(/^kabupaten\s+/i, 'Kab. ');
  return wilayah.nama;
}

/** An agency's labels from shortest to surely unique (its name with its id). */
function calon(bahan: BahanLabel): string[] {
  const akhir = [bahan.nama, `${bahan.nama} (${bahan.id})`];
  const kualifikasiWilayah = kualifikasi(bahan.wilayah);
  const daftar = bahan.singkatan_unik
    ? [bahan.singkatan_unik, ...(bahan.wilayah ? [`${bahan.singkatan_unik} (${bahan.wilayah.nama})`] : []), ...akhir]
    : [
        bahan.singkatan,
        ...(kualifikasiWilayah && !bahan.singkatan.endsWith(kualifikasiWilayah)
          ? [`${bahan.singkatan} ${kualifikasiWilayah}`]
          : []),
        ...(bahan.wilayah && !bahan.singkatan.endsWith(bahan.wilayah.nama)
          ? [`${bahan.singkatan} ${bahan.wilayah.nama}`]
          : []),
        ...akhir,
      ];
  return [...new Set(daftar)];
}

const kataPertama = (s: string) => s.split(/\s+/)[0]!;

/**
 * Every agency's short label, unique across `instansi` (ids must be unique): each starts at its
 * declared or acronym label and, while that names another agency too, moves to its next longer one.
 * A bare acronym is taken as naming another agency also when that agency's label starts with it
 * ("BKD" beside "BKD Prov. Kaltim") or when that agency once used it; a declared label only when equal.
 */
export function labelUnik(instansi: readonly BahanLabel[]): Map<string, string> {
  const daftar = instansi.map((i) => ({ i, calon: calon(i), tingkat: 0 }));
  const label = (d: (typeof daftar)[number]) => d.calon[d.tingkat]!;
  for (;;) {
    const samar = daftar.filter((bahan) => {
      const teksLabel = label(bahan);
      const polos = bahan.tingkat === 0 && !bahan.i.singkatan_unik;
      return daftar.some(
        (lain) =>
          lain !== bahan &&
          (label(lain) === teksLabel ||
            (polos && (kataPertama(label(lain)) === teksLabel || (lain.i.singkatan_lama ?? []).includes(teksLabel)))),
      );
    });
    const naik = samar.filter((d) => d.tingkat < d.calon.length - 1);
    if (!naik.length) break;
    for (const bahan of naik) bahan.tingkat++;
  }
  return new Map(daftar.map((d) => [d.i.id, label(d)]));
}

const simpanan = new WeakMap<Korpus, Map<string, string>>();

/** labelUnik over a corpus's agencies, once per corpus: agency id → label. */
export function labelInstansi(korpus: Korpus): Map<string, string> {
  let peta = simpanan.get(korpus);
  if (!peta) {
    const wilayah = new Map(korpus.wilayah.map((w) => [w.data.id, w.data]));
    peta = labelUnik(
      korpus.instansi.map(({ data: i }) => ({
        id: i.id,
        nama: i.nama,
        singkatan: i.singkatan,
        singkatan_unik: i.singkatan_unik,
        singkatan_lama: i.nama_lama.flatMap((n) => (n.singkatan ? [n.singkatan] : [])),
        wilayah: wilayah.get(i.wilayah),
      })),
    );
    simpanan.set(korpus, peta);
  }
  return peta;
}
