/**
 * The audit: every derived value a document printed, recomputed from the
 * document's own inputs and classified. A match is equality at the printed
 * precision under half-up rounding or truncation; anything else is a
 * discrepancy, shown with both figures (docs/domain.md §4), and with its class:
 * the document used another method, a rounding explains it, it follows from
 * another printed figure, or the arithmetic is wrong.
 */
import type { Lokasi, Nilai, Target, Tercetak } from '../skema/common.ts';
import type { Instansi } from '../skema/instansi.ts';
import type { Skala } from '../skema/skala.ts';
import { ALASAN_TAK_TERHITUNG, hitungCapaian, type AturanCapaian, type Capaian } from '../rumus/capaian.ts';
import { ID_METODE_CAPAIAN, METODE_CAPAIAN } from '../rumus/metode.ts';
import { bacaAngka, cocokLebihKasar, cocokTercetak, nilaiAngka, type AturanPembulatan } from '../rumus/presisi.ts';
import { kategori, samaKategori, type Kategori } from '../rumus/kategori.ts';
import { jumlahPaguProgram, serapan } from '../rumus/anggaran.ts';
import { hitungEfisiensi } from '../rumus/efisiensi.ts';
import { jumlahPegawai } from '../rumus/pegawai.ts';
import { jumlahDalam, type BarisTerhitung, type IndikatorTerhitung, type LaporanTerhitung } from '../hitung/laporan.ts';

/** Status values are Indonesian: they are published as they are in the open data. */
export type StatusAudit = 'cocok' | 'berbeda' | 'tidak_dapat_dihitung';

export const LABEL_STATUS: Record<StatusAudit, string> = {
  cocok: 'Cocok',
  berbeda: 'Berbeda',
  tidak_dapat_dihitung: 'Tidak dapat dihitung ulang',
};

/**
 * Why a printed figure differs (or cannot be checked), tried in this order (docs/audit.md):
 * pembulatan, pelabelan, metode, terbawa, cakupan, aritmetika. One union, in one place.
 */
export type KelasTemuan = 'pembulatan' | 'pelabelan' | 'metode' | 'terbawa' | 'cakupan' | 'aritmetika' | 'tanpa_skala';

export const URUTAN_KELAS: readonly KelasTemuan[] = [
  'pembulatan',
  'pelabelan',
  'metode',
  'terbawa',
  'cakupan',
  'aritmetika',
  'tanpa_skala',
];

export const LABEL_KELAS: Record<KelasTemuan, string> = {
  pembulatan: 'Perbedaan pembulatan',
  pelabelan: 'Dokumen menamai angka sebagai besaran lain',
  metode: 'Dokumen memakai metode lain',
  terbawa: 'Terbawa dari angka tercetak lain',
  cakupan: 'Dasar perhitungan berbeda',
  aritmetika: 'Hitungan berbeda',
  tanpa_skala: 'Dokumen tidak menyatakan skalanya',
};

/**
 * The stated rule of each class, in the order the audit tries them. Shown on /metodologi/ and
 * /audit/, and in docs/audit.md: one text in one place.
 */
export const ATURAN_KELAS: Record<KelasTemuan, string> = {
  pembulatan:
    'angka tercetak cocok bila dihitung dari angka rinci yang diberikan dokumen, bila ' +
    'dibulatkan satu desimal lebih kasar, atau bila selisihnya tidak lebih dari setengah digit ' +
    'terakhir yang dicetak dikali banyaknya bagian yang dijumlahkan (jumlah dari bagian-bagian ' +
    'yang sudah dibulatkan).',
  pelabelan:
    'angka tercetak sama dengan besaran lain dari baris yang sama (mis. realisasi dicetak di ' +
    'kolom capaian, atau rata-rata nilai di kolom laju pertumbuhan): dokumen menamai angka itu ' +
    'sebagai besaran lain.',
  metode:
    'angka tercetak cocok dengan metode lain yang dikenal: metode capaian lain (dengan atau ' +
    'tanpa batas atas), rata-rata tanpa indikator yang ditinggalkan, rata-rata tak berbobot ' +
    'rasio rinciannya, atau selisih poin alih-alih persen perubahan. Metode itu disebut.',
  terbawa:
    'angka tercetak mengikuti angka tercetak lain yang sudah dilaporkan sebagai temuan (mis. ' +
    'serapan dari pagu yang salah cetak, kategori dari capaian yang salah). Temuan ini ' +
    'ditautkan ke asalnya dan tidak dihitung dua kali dalam jumlah temuan.',
  cakupan:
    'angka tercetak cocok bila dihitung terhadap dasar lain yang dinyatakan di konten (mis. ' +
    'persen terhadap jumlah belanja seluruhnya, bukan belanja operasi yang disebut).',
  aritmetika: 'tidak ada penjelasan di atas yang cocok: hitungannya berbeda.',
  tanpa_skala: 'kategori tercetak tanpa skala yang dinyatakan dokumen; tidak dapat diperiksa.',
};

/** What a figure counts, so that every view formats it the same way (Rp, %, points, counts). */
export type SatuanTemuan = 'rupiah' | 'persen' | 'poin' | 'jumlah' | 'angka' | 'kategori';

/** A finding's place in its content file, as keys and indices (never a string to parse). */
export type Jalur = readonly (string | number)[];

export type Besaran =
  | 'capaian'
  | 'capaian_periode'
  | 'konsolidasi_periode'
  | 'capaian_tahun_lalu'
  | 'selisih_tahunan'
  | 'capaian_akhir_renstra'
  | 'target_akhir_renstra'
  | 'capaian_nasional'
  | 'jumlah_rincian'
  | 'tercetak_ganda'
  | 'kategori_indikator'
  | 'rata_rata'
  | 'kategori_rata_rata'
  | 'nilai_sakip'
  | 'kategori_sakip'
  | 'jumlah_pagu'
  | 'jumlah_realisasi'
  | 'serapan'
  | 'kategori_serapan'
  | 'capaian_keluaran'
  | 'jumlah_pagu_pk'
  | 'efisiensi'
  | 'jumlah_pegawai'
  | 'aturan_tabel'
  | 'klaim_narasi';

const SATUAN_BESARAN: Record<Besaran, SatuanTemuan> = {
  capaian: 'persen',
  capaian_periode: 'persen',
  konsolidasi_periode: 'angka',
  capaian_tahun_lalu: 'persen',
  selisih_tahunan: 'angka',
  capaian_akhir_renstra: 'persen',
  target_akhir_renstra: 'angka',
  capaian_nasional: 'persen',
  jumlah_rincian: 'angka',
  tercetak_ganda: 'angka',
  kategori_indikator: 'kategori',
  rata_rata: 'persen',
  kategori_rata_rata: 'kategori',
  nilai_sakip: 'poin',
  kategori_sakip: 'kategori',
  jumlah_pagu: 'rupiah',
  jumlah_realisasi: 'rupiah',
  serapan: 'persen',
  kategori_serapan: 'kategori',
  capaian_keluaran: 'persen',
  jumlah_pagu_pk: 'rupiah',
  efisiensi: 'persen',
  jumlah_pegawai: 'jumlah',
  aturan_tabel: 'angka',
  klaim_narasi: 'angka',
};

const SATUAN_EFISIENSI = { selisih: 'poin', rasio: 'angka', sisa_persen: 'persen', sisa_rupiah: 'rupiah' } as const;

export interface TemuanAudit {
  /** stable and permalink-safe: instansi, tahun, content file, jalur and besaran */
  id: string;
  instansi: string;
  tahun: number;
  berkas: string;
  /** the table as the document names it */
  tabel: string;
  /** the figure's place in the content file, as keys and indices */
  jalur: Jalur;
  besaran: Besaran;
  satuan: SatuanTemuan;
  /** what the figure is, in words */
  label: string;
  tercetak: string;
  dihitung: number | string | null;
  /** printed − computed, for numbers */
  selisih: number | null;
  status: StatusAudit;
  /** why it differs (berbeda) or cannot be checked (some tidak_dapat_dihitung) */
  kelas?: KelasTemuan;
  aturan?: AturanPembulatan | 'persis';
  lokasi?: Lokasi;
  keterangan?: string;
  /** for a 'terbawa' finding: the id of the finding it is carried from (counted there, not here) */
  asal?: string;
}

type Dasar = Pick<TemuanAudit, 'instansi' | 'tahun' | 'berkas'>;
type Tempat = {
  tabel: string;
  jalur: Jalur;
  besaran: Besaran;
  satuan?: SatuanTemuan;
  label: string;
  lokasi?: Lokasi | undefined;
  keterangan?: string;
};

const angkaId = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const gabungKeterangan = (...k: (string | undefined)[]) => k.filter(Boolean).join(' ') || undefined;

/** The content file's name without folders or extension: "lkjip", "renstra-2016-2021", "instansi". */
const namaBerkas = (berkas: string) => berkas.replace(/^.*\//, '').replace(/\.[a-z]+$/i, '');

/** Lowercase letters, digits and single hyphens: safe in a URL fragment and an HTML id. */
export const idTemuan = (dasar: Dasar, jalur: Jalur, besaran: Besaran) =>
  [dasar.instansi, dasar.tahun, namaBerkas(dasar.berkas), ...jalur, besaran]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function dasarTemuan(dasar: Dasar, tempat: Tempat) {
  return {
    id: idTemuan(dasar, tempat.jalur, tempat.besaran),
    ...dasar,
    tabel: tempat.tabel,
    jalur: tempat.jalur,
    besaran: tempat.besaran,
    satuan: tempat.satuan ?? SATUAN_BESARAN[tempat.besaran],
    label: tempat.label,
    ...(tempat.lokasi ? { lokasi: tempat.lokasi } : {}),
  };
}

/** A printed number (or N/A) against the computed one; a discrepancy is 'pembulatan' when a coarser rounding explains it, else 'aritmetika'. */
export function temuan(
  dasar: Dasar,
  tempat: Tempat,
  tercetak: Tercetak | number,
  dihitung: number | null,
  alasanNa?: string,
): TemuanAudit {
  const base = dasarTemuan(dasar, tempat);
  const teks = String(tercetak);
  const angka = bacaAngka(tercetak);
  const ket = (k: string | undefined) => (k ? { keterangan: k } : {});
  if (angka === null) {
    // The document printed N/A: that matches exactly when we cannot compute either.
    return dihitung === null
      ? {
          ...base,
          tercetak: teks,
          dihitung: null,
          selisih: null,
          status: 'cocok',
          aturan: 'persis',
          ...ket(tempat.keterangan),
        }
      : {
          ...base,
          tercetak: teks,
          dihitung,
          selisih: null,
          status: 'berbeda',
          kelas: 'aritmetika',
          ...ket(tempat.keterangan ?? 'Dokumen mencetak N/A, padahal nilainya dapat dihitung dari data.'),
        };
  }
  if (dihitung === null)
    return {
      ...base,
      tercetak: teks,
      dihitung: null,
      selisih: null,
      status: 'tidak_dapat_dihitung',
      ...ket(alasanNa ?? tempat.keterangan),
    };
  const aturan = cocokTercetak(dihitung, angka);
  if (aturan)
    return {
      ...base,
      tercetak: teks,
      dihitung,
      selisih: beda(angka.nilai, dihitung),
      status: 'cocok',
      aturan,
      ...ket(tempat.keterangan),
    };
  const kasar = cocokLebihKasar(dihitung, angka);
  return {
    ...base,
    tercetak: teks,
    dihitung,
    selisih: beda(angka.nilai, dihitung),
    status: 'berbeda',
    kelas: kasar ? 'pembulatan' : 'aritmetika',
    ...ket(
      gabungKeterangan(
        tempat.keterangan,
        kasar
          ? `Cocok bila dibulatkan ke ${angka.desimal - 1} desimal (dokumen membulatkan lebih kasar dari yang dicetak).`
          : undefined,
      ),
    ),
  };
}

/**
 * printed − computed, cleared of binary floating-point noise: 72.58 − 70 is 2.5799999999999983,
 * so "2.58" would differ by 1.8e-15 (printed as such in the CSV). A difference below a billionth
 * of the figures themselves is 0; otherwise 12 significant digits.
 */
function beda(tercetak: number, dihitung: number): number {
  const selisih = tercetak - dihitung;
  return Math.abs(selisih) <= 1e-9 * Math.max(1, Math.abs(tercetak), Math.abs(dihitung))
    ? 0
    : Number(selisih.toPrecision(12));
}

/** Money totals are exact: whole rupiah on both sides. */
function temuanRupiah(dasar: Dasar, tempat: Tempat, tercetak: number, dihitung: number | null): TemuanAudit {
  const base = { ...dasarTemuan(dasar, tempat), ...(tempat.keterangan ? { keterangan: tempat.keterangan } : {}) };
  if (dihitung === null)
    return { ...base, tercetak: String(tercetak), dihitung: null, selisih: null, status: 'tidak_dapat_dihitung' };
  const sama = tercetak === dihitung;
  return {
    ...base,
    tercetak: String(tercetak),
    dihitung,
    selisih: tercetak - dihitung,
    status: sama ? 'cocok' : 'berbeda',
    ...(sama ? { aturan: 'persis' as const } : { kelas: 'aritmetika' as const }),
  };
}

/** A sum of parts each printed rounded may differ by half a printed digit per part (docs/domain.md §4). */
function jumlahBulatan(hasil: TemuanAudit, bagian: number): TemuanAudit {
  const angka = bacaAngka(hasil.tercetak);
  if (hasil.status !== 'berbeda' || !angka || hasil.selisih === null || bagian < 2) return hasil;
  if (Math.abs(hasil.selisih) > bagian * 0.5 * 10 ** -angka.desimal + 1e-9) return hasil;
  return {
    ...hasil,
    kelas: 'pembulatan',
    keterangan: `Selisihnya dalam galat pembulatan ${bagian} komponen yang masing-masing dicetak dibulatkan (paling banyak ${bagian} × ½ digit terakhir).`,
  };
}

/** A realisasi printed again that is in fact the capaian: the document names the capaian as the realisasi. */
function bernamaCapaian(hasil: TemuanAudit, capaian: number | null): TemuanAudit {
  const angka = bacaAngka(hasil.tercetak);
  if (hasil.status !== 'berbeda' || !angka || capaian === null || cocokTercetak(capaian, angka) === null) return hasil;
  return {
    ...hasil,
    kelas: 'pelabelan',
    keterangan: `Angka tercetak sama dengan capaian (${angkaId.format(capaian)} %), bukan realisasi: dokumen menamai capaian sebagai realisasi.`,
  };
}

/** A finding counted in the totals: a discrepancy that is not carried from another one. */
export const dihitungSebagaiTemuan = (t: TemuanAudit) => t.status === 'berbeda' && t.kelas !== 'terbawa';

/**
 * A printed subtotal that differs from the sum of its printed lines but equals the sum of its deepest
 * lines is right: the difference comes from a misprinted subtotal below it, reported there.
 */
function subtotal(dalam: number | null, hasil: TemuanAudit): TemuanAudit {
  if (hasil.status !== 'berbeda' || dalam === null || Number(hasil.tercetak) !== dalam) return hasil;
  const { kelas: _kelas, ...tanpaKelas } = hasil;
  return {
    ...tanpaKelas,
    dihitung: dalam,
    selisih: 0,
    status: 'cocok',
    aturan: 'persis',
    keterangan: gabungKeterangan(
      hasil.keterangan,
      'Sama dengan jumlah baris terdalamnya; jumlah subtotal tercetak di bawahnya berbeda karena ' +
        'subtotal yang salah cetak (dilaporkan sebagai temuannya sendiri).',
    ),
  };
}

type MedanJumlah = 'pagu' | 'realisasi';
const KATA_JUMLAH: Record<MedanJumlah, string> = { pagu: 'Pagu', realisasi: 'Realisasi' };

/**
 * A printed pagu and realisasi total (each when printed) against the sum of its printed lines
 * (`jumlahBaris`), kept right when it equals the sum of its deepest lines (`jumlahTerdalam`, see `subtotal`).
 */
function temuanJumlah(
  dasar: Dasar,
  tercetak: { pagu?: number | undefined; realisasi?: number | undefined },
  jumlahBaris: Record<MedanJumlah, number | null>,
  jumlahTerdalam: Record<MedanJumlah, number | null>,
  tempat: (medan: MedanJumlah) => Omit<Tempat, 'besaran'>,
): TemuanAudit[] {
  return (['pagu', 'realisasi'] as const).flatMap((medan) => {
    const nilai = tercetak[medan];
    if (nilai === undefined) return [];
    const tempatJumlah: Tempat = { ...tempat(medan), besaran: `jumlah_${medan}` };
    return [subtotal(jumlahTerdalam[medan], temuanRupiah(dasar, tempatJumlah, nilai, jumlahBaris[medan]))];
  });
}

/**
 * A printed serapan that differs from the one computed from a misprinted subtotal, but matches the one
 * computed from the deepest lines, is carried from that subtotal: linked to it, counted there.
 */
function terbawa(
  hasil: TemuanAudit,
  asal: readonly TemuanAudit[],
  dalam: { pagu: number | null; realisasi: number | null } | null,
): TemuanAudit {
  const angka = bacaAngka(hasil.tercetak);
  if (hasil.status !== 'berbeda' || !asal.length || !dalam || !angka || dalam.pagu === null || dalam.realisasi === null)
    return hasil;
  if (!dalam.pagu) return hasil;
  const benar = serapan({ pagu: dalam.pagu, realisasi: dalam.realisasi });
  if (benar === null || cocokTercetak(benar, angka) === null) return hasil;
  return {
    ...hasil,
    kelas: 'terbawa',
    asal: asal[0]!.id,
    keterangan: gabungKeterangan(
      hasil.keterangan,
      `Cocok dengan serapan dari jumlah rinciannya (${angkaId.format(benar)} %); perbedaannya ` +
        `terbawa dari ` +
        `${asal.map((a) => a.label.charAt(0).toLowerCase() + a.label.slice(1)).join(' dan ')}, ` +
        `yang dilaporkan sebagai temuan tersendiri.`,
    ),
  };
}

/** A printed category against the declared scale of its scope. */
function temuanKategori(
  dasar: Dasar,
  tempat: Tempat,
  tercetak: string,
  skala: Skala | null,
  dihitung: Kategori | null,
  nilai: number | null,
  dariTercetak: number | null,
): TemuanAudit {
  const base = { ...dasarTemuan(dasar, tempat), tercetak, selisih: null };
  if (!skala)
    return {
      ...base,
      dihitung: null,
      status: 'tidak_dapat_dihitung',
      kelas: 'tanpa_skala',
      keterangan: gabungKeterangan(
        tempat.keterangan,
        'Dokumen tidak menyatakan skala untuk angka ini, jadi kategori tercetak tidak dapat diperiksa; situs menampilkannya seperti tercetak.',
      ),
    };
  if (nilai === null)
    return {
      ...base,
      dihitung: null,
      status: 'tidak_dapat_dihitung',
      ...(tempat.keterangan ? { keterangan: tempat.keterangan } : {}),
    };
  if (dihitung && samaKategori(tercetak, dihitung))
    return { ...base, dihitung: tercetak, status: 'cocok', aturan: 'persis' };
  // The printed category may follow from the printed figure rather than from the recomputed one.
  const kTercetak = dariTercetak === null ? null : kategori(dariTercetak, skala);
  const turunan = kTercetak !== null && samaKategori(tercetak, kTercetak);
  return {
    ...base,
    dihitung: dihitung ? [dihitung.kode, dihitung.label].filter(Boolean).join(' ') : null,
    status: 'berbeda',
    kelas: turunan ? 'terbawa' : 'aritmetika',
    keterangan:
      gabungKeterangan(
        tempat.keterangan,
        dihitung
          ? undefined
          : `Angka dihitung ${angkaId.format(nilai)} tidak masuk pita mana pun pada skala “${skala.nama}”.`,
        turunan
          ? 'Kategori tercetak sesuai dengan angka yang dicetak dokumen, bukan dengan angka hitung ulang.'
          : undefined,
      ) ?? '',
  };
}

const nilaiCapaian = (c: Capaian | null) => (c && c.jenis === 'persen' ? c.nilai : null);
const alasanCapaian = (c: Capaian | null) =>
  !c
    ? 'target tidak ada di sumber'
    : c.jenis === 'tak_terhitung'
      ? ALASAN_TAK_TERHITUNG[c.alasan]
      : c.jenis === 'kualitatif'
        ? 'capaian kualitatif, bukan persen'
        : undefined;

const uraiMetode = (id: keyof typeof METODE_CAPAIAN) => `${METODE_CAPAIAN[id].nama} (${METODE_CAPAIAN[id].rumus})`;

/**
 * A printed capaian, computed with the method the document declared (or its polarity implies).
 * When it differs: the document's unrounded inputs, then the other methods (with and without the
 * cap), then a coarser rounding may explain it; otherwise the arithmetic is wrong.
 */
function temuanCapaian(
  dasar: Dasar,
  tempat: Tempat,
  tercetak: Tercetak,
  ind: IndikatorTerhitung,
  target: Target | null | undefined,
  realisasi: Nilai | null | undefined,
  capaian: Capaian | null,
  rinci: Capaian | null = null,
): TemuanAudit {
  const hasil = temuan(dasar, tempat, tercetak, nilaiCapaian(capaian), alasanCapaian(capaian));
  const angka = bacaAngka(tercetak);
  if (hasil.status !== 'berbeda' || !angka || !capaian || capaian.jenis !== 'persen') return hasil;
  const cocok = (x: Capaian) => x.jenis === 'persen' && cocokTercetak(x.nilai, angka) !== null;
  const asal = ind.metode.disimpulkan ? 'yang disimpulkan dari polaritas indikator' : 'yang dinyatakan';
  if (rinci && cocok(rinci)) {
    const masukan = ind.data.masukan_rinci!;
    return {
      ...hasil,
      kelas: 'pembulatan',
      keterangan:
        `Cocok bila dihitung dari angka rinci yang diberikan dokumen (target ${masukan.target}, ` +
        `realisasi ${masukan.realisasi}${masukan.satuan ? ` ${masukan.satuan}` : ''}); angka di tabel adalah pembulatannya.`,
    };
  }
  // The document may print the realisasi (or the target) where it says capaian.
  for (const [nama, nilai] of [
    ['realisasi', realisasi],
    ['target', target],
  ] as const) {
    const bilangan = nilaiAngka(nilai);
    if (bilangan !== null && cocokTercetak(bilangan, angka) !== null)
      return {
        ...hasil,
        kelas: 'pelabelan',
        keterangan: `Angka tercetak sama dengan ${nama} (${angkaId.format(bilangan)}), bukan capaian: dokumen menamai ${nama} sebagai capaian.`,
      };
  }
  const aturan: AturanCapaian = ind.aturanUntuk(target);
  for (const metode of ID_METODE_CAPAIAN)
    for (const batasAtas of [aturan.batasAtas, undefined, 100, 110, 120, 150]) {
      if (metode === aturan.metode && batasAtas === aturan.batasAtas) continue;
      if (cocok(hitungCapaian(target, realisasi, { ...aturan, metode, batasAtas }))) {
        const batas =
          batasAtas === aturan.batasAtas
            ? ''
            : batasAtas === undefined
              ? ', tanpa batas atas'
              : `, dibatasi ${batasAtas} %`;
        return {
          ...hasil,
          kelas: 'metode',
          keterangan: `Dokumen memakai ${uraiMetode(metode)}${batas}, bukan metode ${asal}: ${uraiMetode(aturan.metode)}.`,
        };
      }
    }
  return hasil.kelas === 'aritmetika' && !hasil.keterangan
    ? {
        ...hasil,
        keterangan:
          'Tidak cocok dengan metode capaian mana pun (dengan atau tanpa batas atas) maupun dengan pembulatan yang lebih kasar.',
      }
    : hasil;
}

const namaTabel = (l: Lokasi | undefined, cadangan: string) =>
  l?.tabel ?? (l?.bagian ? `${l.bagian} — ${cadangan}` : cadangan);

export function auditLaporan(terhitung: LaporanTerhitung, berkas: string): TemuanAudit[] {
  const laporan = terhitung.laporan;
  const dasar: Dasar = { instansi: laporan.instansi, tahun: laporan.tahun, berkas };
  const out: TemuanAudit[] = [];
  const tabelUkur = namaTabel(laporan.pengukuran.lokasi, 'Pengukuran kinerja');

  terhitung.indikator.forEach((ind, indeks) => {
    const isian = ind.data;
    const jalur = ['pengukuran', 'indikator', indeks] as const;
    const lok = isian.lokasi ?? laporan.pengukuran.lokasi;
    if (isian.capaian_tercetak !== undefined)
      out.push(
        temuanCapaian(
          dasar,
          {
            tabel: tabelUkur,
            jalur: [...jalur, 'capaian_tercetak'],
            besaran: 'capaian',
            label: `Capaian ${ind.nama}`,
            lokasi: lok,
          },
          isian.capaian_tercetak,
          ind,
          isian.target,
          isian.realisasi,
          ind.capaian,
          ind.dariMasukanRinci,
        ),
      );
    if (isian.kategori_tercetak !== undefined)
      out.push(
        temuanKategori(
          dasar,
          {
            tabel: tabelUkur,
            jalur: [...jalur, 'kategori_tercetak'],
            besaran: 'kategori_indikator',
            label: `Kategori capaian ${ind.nama}`,
            lokasi: lok,
          },
          isian.kategori_tercetak,
          terhitung.skala.indikator,
          ind.kategori,
          nilaiCapaian(ind.capaian),
          isian.capaian_tercetak === undefined ? null : nilaiAngka(isian.capaian_tercetak),
        ),
      );
    if (isian.periode) {
      const per = isian.periode;
      const lokPer = per.lokasi ?? lok;
      per.nilai.forEach((nilai, urutan) => {
        if (nilai.capaian_tercetak === undefined) return;
        const capaian = ind.periode!.nilai[urutan]!.capaian;
        const nama = `${per.jenis}${nilai.ke !== undefined ? ` ${nilai.ke}` : ` (urutan ${urutan + 1})`}`;
        out.push(
          temuanCapaian(
            dasar,
            {
              tabel: namaTabel(nilai.lokasi ?? lokPer, `Capaian per ${per.jenis}`),
              jalur: [...jalur, 'periode', 'nilai', urutan, 'capaian_tercetak'],
              besaran: 'capaian_periode',
              label: `Capaian ${nama} ${ind.nama}`,
              lokasi: nilai.lokasi ?? lokPer,
            },
            nilai.capaian_tercetak,
            ind,
            nilai.target,
            nilai.realisasi,
            capaian,
          ),
        );
      });
      const tahunan = nilaiAngka(isian.realisasi);
      if (per.konsolidasi && tahunan !== null && typeof isian.realisasi !== 'object')
        out.push(
          temuan(
            dasar,
            {
              tabel: namaTabel(lokPer, `Realisasi per ${per.jenis}`),
              jalur: [...jalur, 'realisasi'],
              besaran: 'konsolidasi_periode',
              label: `Realisasi tahunan ${ind.nama} dari nilai per ${per.jenis} (${per.konsolidasi.replace('_', ' ')})`,
              lokasi: lokPer,
            },
            isian.realisasi as Tercetak | number,
            ind.periode!.gabungan,
            'nilai salah satu periode tidak ada atau bukan angka',
          ),
        );
    }
    isian.tahun_sebelumnya.forEach((sebelumnya, urutan) => {
      const hs = ind.tahunSebelumnya[urutan]!;
      const tempat = {
        tabel: namaTabel(sebelumnya.lokasi ?? lok, 'Perbandingan dengan tahun sebelumnya'),
        lokasi: sebelumnya.lokasi ?? lok,
      };
      if (sebelumnya.capaian_tercetak !== undefined)
        out.push(
          temuanCapaian(
            dasar,
            {
              ...tempat,
              jalur: [...jalur, 'tahun_sebelumnya', urutan, 'capaian_tercetak'],
              besaran: 'capaian_tahun_lalu',
              label: `Capaian ${sebelumnya.tahun} ${ind.nama}`,
            },
            sebelumnya.capaian_tercetak,
            ind,
            sebelumnya.target,
            sebelumnya.realisasi,
            hs.capaian,
          ),
        );
      if (sebelumnya.selisih_tercetak !== undefined)
        out.push(
          temuan(
            dasar,
            {
              ...tempat,
              jalur: [...jalur, 'tahun_sebelumnya', urutan, 'selisih_tercetak'],
              besaran: 'selisih_tahunan',
              label: `Perubahan ${sebelumnya.tahun}–${laporan.tahun} ${ind.nama}`,
            },
            sebelumnya.selisih_tercetak,
            hs.perubahan?.selisih ?? null,
            'realisasi salah satu tahun bukan angka',
          ),
        );
    });
    if (isian.akhir_renstra && ind.akhirRenstra) {
      const akhir = isian.akhir_renstra;
      const tempat = {
        tabel: namaTabel(akhir.lokasi ?? lok, 'Perbandingan dengan target akhir Renstra'),
        lokasi: akhir.lokasi ?? lok,
      };
      if (akhir.capaian_tercetak !== undefined)
        out.push(
          temuanCapaian(
            dasar,
            {
              ...tempat,
              jalur: [...jalur, 'akhir_renstra', 'capaian_tercetak'],
              besaran: 'capaian_akhir_renstra',
              label: `Capaian terhadap target akhir Renstra ${ind.nama}`,
            },
            akhir.capaian_tercetak,
            ind,
            akhir.target,
            isian.realisasi,
            ind.akhirRenstra.capaian,
          ),
        );
      const tl = nilaiAngka(akhir.target);
      const tr = nilaiAngka(ind.akhirRenstra.targetRenstra);
      if (tl !== null && tr !== null)
        out.push(
          temuan(
            dasar,
            {
              ...tempat,
              jalur: [...jalur, 'akhir_renstra', 'target'],
              besaran: 'target_akhir_renstra',
              label: `Target akhir Renstra ${ind.nama} (laporan vs dokumen Renstra)`,
            },
            akhir.target as Tercetak | number,
            tr,
          ),
        );
    }
    if (isian.nasional?.capaian_tercetak !== undefined && ind.nasional)
      out.push(
        temuanCapaian(
          dasar,
          {
            tabel: namaTabel(isian.nasional.lokasi ?? lok, 'Perbandingan dengan target nasional'),
            jalur: [...jalur, 'nasional', 'capaian_tercetak'],
            besaran: 'capaian_nasional',
            label: `Capaian terhadap target nasional ${ind.nama}`,
            lokasi: isian.nasional.lokasi ?? lok,
          },
          isian.nasional.capaian_tercetak,
          ind,
          isian.nasional.target,
          isian.realisasi,
          ind.nasional.capaian,
        ),
      );
    const realisasiAngka = nilaiAngka(isian.realisasi);
    if (ind.jumlahRincian !== null && realisasiAngka !== null)
      out.push(
        temuan(
          dasar,
          {
            tabel: namaTabel(isian.rincian_lokasi ?? lok, 'Rincian komponen'),
            jalur: [...jalur, 'realisasi'],
            besaran: 'jumlah_rincian',
            label: `Realisasi ${ind.nama} sebagai jumlah komponennya`,
            lokasi: isian.rincian_lokasi ?? lok,
          },
          isian.realisasi as Tercetak | number,
          ind.jumlahRincian,
        ),
      );
    isian.tercetak_lain.forEach((tercetak, urutan) => {
      const tempat = {
        tabel: namaTabel(tercetak.lokasi, 'Tabel lain'),
        jalur: [...jalur, 'tercetak_lain', urutan, 'nilai'],
        besaran: 'tercetak_ganda' as const,
        lokasi: tercetak.lokasi,
      };
      const angka = bacaAngka(tercetak.nilai);
      // A label printed again (a grade, "Baik") is kept for readers but not compared as a number.
      if (tercetak.besaran === 'capaian') {
        if (angka || tercetak.nilai === 'N/A')
          out.push(
            temuanCapaian(
              dasar,
              { ...tempat, label: `Capaian ${ind.nama} (dicetak lagi)` },
              (typeof tercetak.nilai === 'number' ? String(tercetak.nilai) : tercetak.nilai) as Tercetak,
              ind,
              isian.target,
              isian.realisasi,
              ind.capaian,
            ),
          );
        return;
      }
      const utama = nilaiAngka(tercetak.besaran === 'target' ? isian.target : isian.realisasi);
      if (utama !== null && angka)
        out.push(
          bernamaCapaian(
            temuan(
              dasar,
              {
                ...tempat,
                label: `${tercetak.besaran === 'target' ? 'Target' : 'Realisasi'} ${ind.nama} (dicetak lagi, dibandingkan dengan tabel utama)`,
              },
              tercetak.nilai as Tercetak | number,
              utama,
            ),
            tercetak.besaran === 'realisasi' ? nilaiCapaian(ind.capaian) : null,
          ),
        );
    });
  });

  // Readers see names, not ids.
  const namaIndikator = (id: string) => `“${terhitung.indikator.find((x) => x.data.indikator === id)?.nama ?? id}”`;
  const namaSasaran = (id: string | undefined) => (id ? (terhitung.sasaran.get(id)?.nama ?? id) : '');
  terhitung.rataRataTercetak.forEach((rt, indeks) => {
    const rata = rt.data;
    const semua = rt.dihitung;
    const angka = bacaAngka(rata.tercetak);
    const tahunLain = rt.tahun !== laporan.tahun ? ` ${rt.tahun}` : '';
    const label =
      (rata.operasi === 'jumlah' ? 'Jumlah capaian' : 'Rata-rata capaian') +
      tahunLain +
      (rata.cakupan === 'laporan'
        ? ' seluruh indikator'
        : rata.cakupan === 'sasaran'
          ? ` sasaran “${namaSasaran(rata.sasaran)}”`
          : ` kelompok “${rata.kelompok ?? ''}”`);
    let keterangan: string | undefined;
    let kelas: TemuanAudit['kelas'];
    const cocok = (x: number | null) => angka !== null && x !== null && cocokTercetak(x, angka) !== null;
    const ditinggal = rata.indikator ? semua.dihitung.filter((id) => !rata.indikator!.includes(id)) : [];
    const tanpa = ditinggal.length ? ` tanpa indikator: ${ditinggal.map(namaIndikator).join(', ')}` : '';
    if (ditinggal.length && rt.dihitungSebagian && cocok(rt.dihitungSebagian.nilai)) {
      keterangan = `Angka tercetak sama dengan rata-rata${tanpa}.`;
      kelas = 'metode';
    } else if (!cocok(semua.nilai) && cocok(rt.dariTercetak)) {
      keterangan = `Angka tercetak sama dengan rata-rata capaian yang dicetak dokumen${tanpa}; selisihnya berasal dari capaian indikator itu.`;
      kelas = 'terbawa';
    }
    if (rata.batas_atas_capaian !== undefined)
      keterangan = gabungKeterangan(
        `Capaian dibatasi ${rata.batas_atas_capaian} % sebelum dirata-ratakan, seperti dinyatakan dokumen.`,
        keterangan,
      );
    if (semua.dikecualikan.length)
      keterangan = gabungKeterangan(
        keterangan,
        `Tidak diikutkan karena tidak terhitung sebagai persen: ${semua.dikecualikan.map(namaIndikator).join(', ')}.`,
      );
    const tempat = {
      tabel: namaTabel(rata.lokasi, 'Rata-rata capaian'),
      lokasi: rata.lokasi,
    };
    const hasil = temuan(
      dasar,
      {
        ...tempat,
        jalur: ['rata_rata', indeks, 'tercetak'],
        besaran: 'rata_rata',
        label,
        ...(keterangan ? { keterangan } : {}),
      },
      rata.tercetak,
      semua.nilai,
      rt.tahun !== laporan.tahun
        ? `capaian tahun ${rt.tahun} tidak dapat dihitung: target atau realisasi tahun itu tidak ada di sumber`
        : 'tidak ada capaian yang dapat dihitung',
    );
    out.push(hasil.status === 'berbeda' && kelas ? { ...hasil, kelas } : hasil);
    if (rata.kategori_tercetak !== undefined)
      out.push(
        temuanKategori(
          dasar,
          {
            ...tempat,
            jalur: ['rata_rata', indeks, 'kategori_tercetak'],
            besaran: 'kategori_rata_rata',
            label: `Kategori ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
          },
          rata.kategori_tercetak,
          terhitung.skala.rata_rata,
          rt.kategori,
          semua.nilai,
          angka?.nilai ?? null,
        ),
      );
  });

  const ev = laporan.evaluasi_sakip;
  ev?.penilaian.forEach((penilaian, indeks) => {
    const hasil = terhitung.sakip.find((s) => s.tahun === penilaian.tahun)?.hasil;
    const tempat = { tabel: namaTabel(penilaian.lokasi, 'Evaluasi SAKIP'), lokasi: penilaian.lokasi };
    if (hasil)
      out.push(
        jumlahBulatan(
          temuan(
            dasar,
            {
              ...tempat,
              jalur: ['evaluasi_sakip', 'penilaian', indeks, 'nilai_tercetak'],
              besaran: 'nilai_sakip',
              label: `Nilai SAKIP ${penilaian.tahun} (jumlah komponen)`,
            },
            penilaian.nilai_tercetak,
            hasil.nilai,
          ),
          penilaian.komponen.length,
        ),
      );
    if (penilaian.kategori_tercetak) {
      // Without components, the printed score is the only score to categorise.
      const tercetak = nilaiAngka(penilaian.nilai_tercetak);
      const nilai = hasil?.nilai ?? tercetak;
      const skala = terhitung.skala.nilai_sakip;
      out.push(
        temuanKategori(
          dasar,
          {
            ...tempat,
            jalur: ['evaluasi_sakip', 'penilaian', indeks, 'kategori_tercetak'],
            besaran: 'kategori_sakip',
            label: `Kategori SAKIP ${penilaian.tahun}`,
          },
          penilaian.kategori_tercetak,
          skala,
          skala && nilai !== null ? kategori(nilai, skala) : null,
          nilai,
          tercetak,
        ),
      );
    }
  });

  laporan.perjanjian_kinerja.forEach((pk, indeks) => {
    if (pk.jumlah_pagu_tercetak !== undefined)
      out.push(
        temuanRupiah(
          dasar,
          {
            tabel: namaTabel(pk.lokasi, `Perjanjian Kinerja (${pk.versi})`),
            jalur: ['perjanjian_kinerja', indeks, 'jumlah_pagu_tercetak'],
            besaran: 'jumlah_pagu_pk',
            label: `Jumlah anggaran program PK ${pk.versi}`,
            lokasi: pk.lokasi,
          },
          pk.jumlah_pagu_tercetak,
          jumlahPaguProgram(pk.program),
        ),
      );
  });

  terhitung.anggaran.forEach((tabelAnggaran, ti) => {
    const tabel = namaTabel(tabelAnggaran.data.lokasi, tabelAnggaran.data.judul);
    const auditBaris = (baris: BarisTerhitung) => {
      const isian = baris.data;
      const jalur = baris.jalur;
      const lokasi = isian.lokasi ?? tabelAnggaran.data.lokasi;
      const awal = out.length;
      if (baris.anak.length)
        out.push(
          ...temuanJumlah(
            dasar,
            isian,
            { pagu: baris.paguAnak, realisasi: baris.realisasiAnak },
            jumlahDalam(baris.anak),
            (medan) => ({
              tabel,
              jalur: [...jalur, medan],
              label: `${KATA_JUMLAH[medan]} ${isian.nama} (jumlah rinciannya)`,
              lokasi,
            }),
          ),
        );
      const subtotalSalah = out.slice(awal).filter(dihitungSebagaiTemuan);
      if (isian.periode?.konsolidasi && isian.realisasi !== undefined)
        out.push(
          temuanRupiah(
            dasar,
            {
              tabel: namaTabel(isian.periode.lokasi ?? lokasi, tabelAnggaran.data.judul),
              jalur: [...jalur, 'periode'],
              besaran: 'konsolidasi_periode',
              label: `Realisasi ${isian.nama} dari nilai per ${isian.periode.jenis} (${isian.periode.konsolidasi.replace('_', ' ')})`,
              lokasi: isian.periode.lokasi ?? lokasi,
            },
            isian.realisasi,
            baris.realisasiPeriode,
          ),
        );
      if (isian.serapan_tercetak !== undefined)
        out.push(
          terbawa(
            temuan(
              dasar,
              {
                tabel,
                jalur: [...jalur, 'serapan_tercetak'],
                besaran: 'serapan',
                label: `Serapan anggaran ${isian.nama}`,
                lokasi,
              },
              isian.serapan_tercetak,
              baris.serapan,
              baris.pagu === 0 ? 'pagu bernilai 0' : 'pagu atau realisasi tidak tersedia',
            ),
            subtotalSalah,
            baris.anak.length ? jumlahDalam(baris.anak) : null,
          ),
        );
      if (isian.kategori_tercetak !== undefined)
        out.push(
          temuanKategori(
            dasar,
            {
              tabel,
              jalur: [...jalur, 'kategori_tercetak'],
              besaran: 'kategori_serapan',
              label: `Kategori serapan ${isian.nama}`,
              lokasi,
            },
            isian.kategori_tercetak,
            terhitung.skala.serapan,
            baris.kategori,
            baris.serapan,
            isian.serapan_tercetak === undefined ? null : nilaiAngka(isian.serapan_tercetak),
          ),
        );
      isian.keluaran.forEach((keluaran, ki) => {
        if (keluaran.capaian_tercetak === undefined) return;
        const capaian =
          typeof keluaran.target === 'number' && typeof keluaran.realisasi === 'number'
            ? hitungCapaian(keluaran.target, keluaran.realisasi, { metode: 'realisasi-per-target', polaritas: 'naik' })
            : null;
        out.push(
          temuan(
            dasar,
            {
              tabel,
              jalur: [...jalur, 'keluaran', ki, 'capaian_tercetak'],
              besaran: 'capaian_keluaran',
              label: `Capaian keluaran "${keluaran.indikator}"`,
              lokasi,
            },
            keluaran.capaian_tercetak,
            nilaiCapaian(capaian),
            capaian ? alasanCapaian(capaian) : 'target atau realisasi keluaran bukan angka',
          ),
        );
      });
      baris.anak.forEach(auditBaris);
    };
    const awalTabel = out.length;
    tabelAnggaran.baris.forEach(auditBaris);
    const salahDiTabel = out
      .slice(awalTabel)
      .filter((x) => dihitungSebagaiTemuan(x) && (x.besaran === 'jumlah_pagu' || x.besaran === 'jumlah_realisasi'));
    const dalamTabel = jumlahDalam(tabelAnggaran.baris);
    const jumlah = tabelAnggaran.data.jumlah;
    out.push(
      ...temuanJumlah(dasar, jumlah ?? {}, tabelAnggaran, dalamTabel, (medan) => ({
        tabel,
        jalur: ['anggaran', ti, 'jumlah', medan],
        label: `Jumlah ${medan} ${tabelAnggaran.data.judul}`,
        lokasi: tabelAnggaran.data.lokasi,
      })),
    );
    if (jumlah?.serapan_tercetak !== undefined) {
      // The printed total % follows from the printed totals when there are any, else from the sums.
      const pagu = jumlah.pagu ?? tabelAnggaran.pagu;
      const realisasi = jumlah.realisasi ?? tabelAnggaran.realisasi;
      out.push(
        terbawa(
          temuan(
            dasar,
            {
              tabel,
              jalur: ['anggaran', ti, 'jumlah', 'serapan_tercetak'],
              besaran: 'serapan',
              label: `Serapan total ${tabelAnggaran.data.judul}`,
              lokasi: tabelAnggaran.data.lokasi,
            },
            jumlah.serapan_tercetak,
            pagu !== null && realisasi !== null ? serapan({ pagu, realisasi }) : null,
            'jumlah tidak tersedia',
          ),
          salahDiTabel,
          dalamTabel,
        ),
      );
    }
  });

  terhitung.efisiensi.forEach((efisiensi, indeks) => {
    const isian = efisiensi.data;
    const tempat = (kolom: string, besaran: Besaran, label: string, satuan?: SatuanTemuan): Tempat => ({
      tabel: namaTabel(isian.lokasi, 'Efisiensi'),
      jalur: ['efisiensi', indeks, kolom],
      besaran,
      ...(satuan ? { satuan } : {}),
      label,
      lokasi: isian.lokasi,
    });
    // the printed serapan against its base; a match with another base the content names is cakupan
    const fSerapan =
      isian.serapan_tercetak !== undefined &&
      (isian.anggaran || (isian.pagu !== undefined && isian.realisasi !== undefined))
        ? dasarLainSerapan(
            temuan(
              dasar,
              tempat('serapan_tercetak', 'serapan', 'Serapan di tabel efisiensi'),
              isian.serapan_tercetak,
              efisiensi.serapan,
            ),
            efisiensi,
          )
        : null;
    const tEfisiensi = tempat(
      'efisiensi_tercetak',
      'efisiensi',
      `Efisiensi (${isian.metode}) dari angka-angka yang dicetak di baris yang sama`,
      SATUAN_EFISIENSI[isian.metode],
    );
    const fEfisiensi = temuan(
      dasar,
      tEfisiensi,
      isian.efisiensi_tercetak,
      efisiensi.dariTercetak,
      'masukan metode ini tidak lengkap',
    );
    out.push(efisiensiTerbawa(dasar, tEfisiensi, fEfisiensi, fSerapan, efisiensi));
    if (isian.capaian_tercetak !== undefined && isian.indikator) {
      const ind = terhitung.indikator.find((x) => x.data.indikator === isian.indikator);
      if (ind)
        out.push(
          temuanCapaian(
            dasar,
            {
              tabel: namaTabel(isian.lokasi, 'Efisiensi'),
              jalur: ['efisiensi', indeks, 'capaian_tercetak'],
              besaran: 'capaian',
              label: `Capaian ${ind.nama} di tabel efisiensi`,
              lokasi: isian.lokasi,
            },
            isian.capaian_tercetak,
            ind,
            ind.data.target,
            ind.data.realisasi,
            ind.capaian,
          ),
        );
    }
    if (fSerapan) out.push(fSerapan);
  });

  return out;
}

/**
 * A printed serapan that differs from its base but matches another base the content names (another
 * budget table's rows for the same sasaran) is a difference of base: cakupan, with that base named.
 */
function dasarLainSerapan(hasil: TemuanAudit, efisiensi: LaporanTerhitung['efisiensi'][number]): TemuanAudit {
  const angka = bacaAngka(hasil.tercetak);
  if (hasil.status !== 'berbeda' || !angka) return hasil;
  const lain = efisiensi.serapanLain.find((x) => x.nilai !== null && cocokTercetak(x.nilai, angka) !== null);
  if (!lain) return hasil;
  return {
    ...hasil,
    kelas: 'cakupan',
    keterangan: gabungKeterangan(
      hasil.keterangan,
      `Cocok dengan serapan baris ${lain.baris.map((b) => b + 1).join(', ')} “${lain.judul}” (${angkaId.format(lain.nilai!)} %): dihitung dengan dasar anggaran lain.`,
    ),
  };
}

/**
 * An efficiency that follows its printed serapan, when that serapan is itself a finding, is carried from
 * it: by the recomputed serapan it differs, and it is linked to the serapan's finding and counted there.
 */
function efisiensiTerbawa(
  dasar: Dasar,
  tempat: Tempat,
  hasil: TemuanAudit,
  fSerapan: TemuanAudit | null,
  efisiensi: LaporanTerhitung['efisiensi'][number],
): TemuanAudit {
  if (hasil.status !== 'cocok' || fSerapan?.status !== 'berbeda' || efisiensi.serapan === null) return hasil;
  const nilai = hitungEfisiensi(efisiensi.data.metode, {
    capaian: nilaiAngka(efisiensi.data.capaian_tercetak),
    serapan: efisiensi.serapan,
    pagu: efisiensi.data.pagu ?? null,
    realisasi: efisiensi.data.realisasi ?? null,
  });
  const angka = bacaAngka(hasil.tercetak);
  if (nilai === null || !angka || cocokTercetak(nilai, angka) !== null) return hasil;
  return {
    ...temuan(dasar, tempat, efisiensi.data.efisiensi_tercetak, nilai),
    kelas: 'terbawa',
    asal: fSerapan.id,
    keterangan: gabungKeterangan(
      hasil.keterangan,
      `Cocok dengan efisiensi dari serapan tercetak ${fSerapan.tercetak} %; dari serapan hitung ulang (${angkaId.format(efisiensi.serapan)} %) hasilnya ${angkaId.format(nilai)}. Perbedaannya terbawa dari serapan itu, yang dilaporkan sebagai temuan tersendiri.`,
    ),
  };
}

/** Printed staff totals against the sum of their rows. */
export function auditProfil(instansi: Instansi, berkas: string): TemuanAudit[] {
  return instansi.profil.pegawai.flatMap((t, i) =>
    t.jumlah_tercetak === undefined
      ? []
      : [
          temuanRupiah(
            { instansi: instansi.id, tahun: t.tahun, berkas },
            {
              tabel: namaTabel(t.lokasi, 'Profil pegawai'),
              jalur: ['profil', 'pegawai', i, 'jumlah_tercetak'],
              besaran: 'jumlah_pegawai',
              label: `Jumlah pegawai menurut ${t.menurut.replace('_', ' ')} ${t.tahun}`,
              lokasi: t.lokasi,
            },
            t.jumlah_tercetak,
            jumlahPegawai(t),
          ),
        ],
  );
}

/** Two content paths are the same place: same keys and indices, in order. */
export const samaJalur = (a: Jalur, b: Jalur) => a.length === b.length && a.every((k, i) => k === b[i]);
