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

export function dasarTemuan(dasar: Dasar, t: Tempat) {
  return {
    id: idTemuan(dasar, t.jalur, t.besaran),
    ...dasar,
    tabel: t.tabel,
    jalur: t.jalur,
    besaran: t.besaran,
    satuan: t.satuan ?? SATUAN_BESARAN[t.besaran],
    label: t.label,
    ...(t.lokasi ? { lokasi: t.lokasi } : {}),
  };
}

/** A printed number (or N/A) against the computed one; a discrepancy is 'pembulatan' when a coarser rounding explains it, else 'aritmetika'. */
export function temuan(
  dasar: Dasar,
  t: Tempat,
  tercetak: Tercetak | number,
  dihitung: number | null,
  alasanNa?: string,
): TemuanAudit {
  const base = dasarTemuan(dasar, t);
  const teks = String(tercetak);
  const p = bacaAngka(tercetak);
  const ket = (k: string | undefined) => (k ? { keterangan: k } : {});
  if (p === null) {
    // The document printed N/A: that matches exactly when we cannot compute either.
    return dihitung === null
      ? {
          ...base,
          tercetak: teks,
          dihitung: null,
          selisih: null,
          status: 'cocok',
          aturan: 'persis',
          ...ket(t.keterangan),
        }
      : {
          ...base,
          tercetak: teks,
          dihitung,
          selisih: null,
          status: 'berbeda',
          kelas: 'aritmetika',
          ...ket(t.keterangan ?? 'Dokumen mencetak N/A, padahal nilainya dapat dihitung dari data.'),
        };
  }
  if (dihitung === null)
    return {
      ...base,
      tercetak: teks,
      dihitung: null,
      selisih: null,
      status: 'tidak_dapat_dihitung',
      ...ket(alasanNa ?? t.keterangan),
    };
  const aturan = cocokTercetak(dihitung, p);
  if (aturan)
    return {
      ...base,
      tercetak: teks,
      dihitung,
      selisih: beda(p.nilai, dihitung),
      status: 'cocok',
      aturan,
      ...ket(t.keterangan),
    };
  const kasar = cocokLebihKasar(dihitung, p);
  return {
    ...base,
    tercetak: teks,
    dihitung,
    selisih: beda(p.nilai, dihitung),
    status: 'berbeda',
    kelas: kasar ? 'pembulatan' : 'aritmetika',
    ...ket(
      gabungKeterangan(
        t.keterangan,
        kasar
          ? `Cocok bila dibulatkan ke ${p.desimal - 1} desimal (dokumen membulatkan lebih kasar dari yang dicetak).`
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
  const d = tercetak - dihitung;
  return Math.abs(d) <= 1e-9 * Math.max(1, Math.abs(tercetak), Math.abs(dihitung)) ? 0 : Number(d.toPrecision(12));
}

/** Money totals are exact: whole rupiah on both sides. */
function temuanRupiah(dasar: Dasar, t: Tempat, tercetak: number, dihitung: number | null): TemuanAudit {
  const base = { ...dasarTemuan(dasar, t), ...(t.keterangan ? { keterangan: t.keterangan } : {}) };
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
function jumlahBulatan(f: TemuanAudit, bagian: number): TemuanAudit {
  const p = bacaAngka(f.tercetak);
  if (f.status !== 'berbeda' || !p || f.selisih === null || bagian < 2) return f;
  if (Math.abs(f.selisih) > bagian * 0.5 * 10 ** -p.desimal + 1e-9) return f;
  return {
    ...f,
    kelas: 'pembulatan',
    keterangan: `Selisihnya dalam galat pembulatan ${bagian} komponen yang masing-masing dicetak dibulatkan (paling banyak ${bagian} × ½ digit terakhir).`,
  };
}

/** A realisasi printed again that is in fact the capaian: the document names the capaian as the realisasi. */
function bernamaCapaian(f: TemuanAudit, capaian: number | null): TemuanAudit {
  const p = bacaAngka(f.tercetak);
  if (f.status !== 'berbeda' || !p || capaian === null || cocokTercetak(capaian, p) === null) return f;
  return {
    ...f,
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
function subtotal(dalam: number | null, f: TemuanAudit): TemuanAudit {
  if (f.status !== 'berbeda' || dalam === null || Number(f.tercetak) !== dalam) return f;
  const { kelas: _kelas, ...tanpaKelas } = f;
  return {
    ...tanpaKelas,
    dihitung: dalam,
    selisih: 0,
    status: 'cocok',
    aturan: 'persis',
    keterangan: gabungKeterangan(
      f.keterangan,
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
    const t: Tempat = { ...tempat(medan), besaran: `jumlah_${medan}` };
    return [subtotal(jumlahTerdalam[medan], temuanRupiah(dasar, t, nilai, jumlahBaris[medan]))];
  });
}

/**
 * A printed serapan that differs from the one computed from a misprinted subtotal, but matches the one
 * computed from the deepest lines, is carried from that subtotal: linked to it, counted there.
 */
function terbawa(
  f: TemuanAudit,
  asal: readonly TemuanAudit[],
  dalam: { pagu: number | null; realisasi: number | null } | null,
): TemuanAudit {
  const p = bacaAngka(f.tercetak);
  if (f.status !== 'berbeda' || !asal.length || !dalam || !p || dalam.pagu === null || dalam.realisasi === null)
    return f;
  if (!dalam.pagu) return f;
  const benar = serapan({ pagu: dalam.pagu, realisasi: dalam.realisasi });
  if (benar === null || cocokTercetak(benar, p) === null) return f;
  return {
    ...f,
    kelas: 'terbawa',
    asal: asal[0]!.id,
    keterangan: gabungKeterangan(
      f.keterangan,
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
  t: Tempat,
  tercetak: string,
  skala: Skala | null,
  dihitung: Kategori | null,
  nilai: number | null,
  dariTercetak: number | null,
): TemuanAudit {
  const base = { ...dasarTemuan(dasar, t), tercetak, selisih: null };
  if (!skala)
    return {
      ...base,
      dihitung: null,
      status: 'tidak_dapat_dihitung',
      kelas: 'tanpa_skala',
      keterangan: gabungKeterangan(
        t.keterangan,
        'Dokumen tidak menyatakan skala untuk angka ini, jadi kategori tercetak tidak dapat diperiksa; situs menampilkannya seperti tercetak.',
      ),
    };
  if (nilai === null)
    return {
      ...base,
      dihitung: null,
      status: 'tidak_dapat_dihitung',
      ...(t.keterangan ? { keterangan: t.keterangan } : {}),
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
        t.keterangan,
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
  t: Tempat,
  tercetak: Tercetak,
  ind: IndikatorTerhitung,
  target: Target | null | undefined,
  realisasi: Nilai | null | undefined,
  c: Capaian | null,
  rinci: Capaian | null = null,
): TemuanAudit {
  const f = temuan(dasar, t, tercetak, nilaiCapaian(c), alasanCapaian(c));
  const p = bacaAngka(tercetak);
  if (f.status !== 'berbeda' || !p || !c || c.jenis !== 'persen') return f;
  const cocok = (x: Capaian) => x.jenis === 'persen' && cocokTercetak(x.nilai, p) !== null;
  const asal = ind.metode.disimpulkan ? 'yang disimpulkan dari polaritas indikator' : 'yang dinyatakan';
  if (rinci && cocok(rinci)) {
    const m = ind.data.masukan_rinci!;
    return {
      ...f,
      kelas: 'pembulatan',
      keterangan:
        `Cocok bila dihitung dari angka rinci yang diberikan dokumen (target ${m.target}, ` +
        `realisasi ${m.realisasi}${m.satuan ? ` ${m.satuan}` : ''}); angka di tabel adalah pembulatannya.`,
    };
  }
  // The document may print the realisasi (or the target) where it says capaian.
  for (const [nama, v] of [
    ['realisasi', realisasi],
    ['target', target],
  ] as const) {
    const n = nilaiAngka(v);
    if (n !== null && cocokTercetak(n, p) !== null)
      return {
        ...f,
        kelas: 'pelabelan',
        keterangan: `Angka tercetak sama dengan ${nama} (${angkaId.format(n)}), bukan capaian: dokumen menamai ${nama} sebagai capaian.`,
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
          ...f,
          kelas: 'metode',
          keterangan: `Dokumen memakai ${uraiMetode(metode)}${batas}, bukan metode ${asal}: ${uraiMetode(aturan.metode)}.`,
        };
      }
    }
  return f.kelas === 'aritmetika' && !f.keterangan
    ? {
        ...f,
        keterangan:
          'Tidak cocok dengan metode capaian mana pun (dengan atau tanpa batas atas) maupun dengan pembulatan yang lebih kasar.',
      }
    : f;
}

const namaTabel = (l: Lokasi | undefined, cadangan: string) =>
  l?.tabel ?? (l?.bagian ? `${l.bagian} — ${cadangan}` : cadangan);

export function auditLaporan(h: LaporanTerhitung, berkas: string): TemuanAudit[] {
  const L = h.laporan;
  const dasar: Dasar = { instansi: L.instansi, tahun: L.tahun, berkas };
  const out: TemuanAudit[] = [];
  const tabelUkur = namaTabel(L.pengukuran.lokasi, 'Pengukuran kinerja');

  h.indikator.forEach((ind, i) => {
    const p = ind.data;
    const j = ['pengukuran', 'indikator', i] as const;
    const lok = p.lokasi ?? L.pengukuran.lokasi;
    if (p.capaian_tercetak !== undefined)
      out.push(
        temuanCapaian(
          dasar,
          {
            tabel: tabelUkur,
            jalur: [...j, 'capaian_tercetak'],
            besaran: 'capaian',
            label: `Capaian ${ind.nama}`,
            lokasi: lok,
          },
          p.capaian_tercetak,
          ind,
          p.target,
          p.realisasi,
          ind.capaian,
          ind.dariMasukanRinci,
        ),
      );
    if (p.kategori_tercetak !== undefined)
      out.push(
        temuanKategori(
          dasar,
          {
            tabel: tabelUkur,
            jalur: [...j, 'kategori_tercetak'],
            besaran: 'kategori_indikator',
            label: `Kategori capaian ${ind.nama}`,
            lokasi: lok,
          },
          p.kategori_tercetak,
          h.skala.indikator,
          ind.kategori,
          nilaiCapaian(ind.capaian),
          p.capaian_tercetak === undefined ? null : nilaiAngka(p.capaian_tercetak),
        ),
      );
    if (p.periode) {
      const per = p.periode;
      const lokPer = per.lokasi ?? lok;
      per.nilai.forEach((v, k) => {
        if (v.capaian_tercetak === undefined) return;
        const c = ind.periode!.nilai[k]!.capaian;
        const nama = `${per.jenis}${v.ke !== undefined ? ` ${v.ke}` : ` (urutan ${k + 1})`}`;
        out.push(
          temuanCapaian(
            dasar,
            {
              tabel: namaTabel(v.lokasi ?? lokPer, `Capaian per ${per.jenis}`),
              jalur: [...j, 'periode', 'nilai', k, 'capaian_tercetak'],
              besaran: 'capaian_periode',
              label: `Capaian ${nama} ${ind.nama}`,
              lokasi: v.lokasi ?? lokPer,
            },
            v.capaian_tercetak,
            ind,
            v.target,
            v.realisasi,
            c,
          ),
        );
      });
      const tahunan = nilaiAngka(p.realisasi);
      if (per.konsolidasi && tahunan !== null && typeof p.realisasi !== 'object')
        out.push(
          temuan(
            dasar,
            {
              tabel: namaTabel(lokPer, `Realisasi per ${per.jenis}`),
              jalur: [...j, 'realisasi'],
              besaran: 'konsolidasi_periode',
              label: `Realisasi tahunan ${ind.nama} dari nilai per ${per.jenis} (${per.konsolidasi.replace('_', ' ')})`,
              lokasi: lokPer,
            },
            p.realisasi as Tercetak | number,
            ind.periode!.gabungan,
            'nilai salah satu periode tidak ada atau bukan angka',
          ),
        );
    }
    p.tahun_sebelumnya.forEach((s, k) => {
      const hs = ind.tahunSebelumnya[k]!;
      const tempat = {
        tabel: namaTabel(s.lokasi ?? lok, 'Perbandingan dengan tahun sebelumnya'),
        lokasi: s.lokasi ?? lok,
      };
      if (s.capaian_tercetak !== undefined)
        out.push(
          temuanCapaian(
            dasar,
            {
              ...tempat,
              jalur: [...j, 'tahun_sebelumnya', k, 'capaian_tercetak'],
              besaran: 'capaian_tahun_lalu',
              label: `Capaian ${s.tahun} ${ind.nama}`,
            },
            s.capaian_tercetak,
            ind,
            s.target,
            s.realisasi,
            hs.capaian,
          ),
        );
      if (s.selisih_tercetak !== undefined)
        out.push(
          temuan(
            dasar,
            {
              ...tempat,
              jalur: [...j, 'tahun_sebelumnya', k, 'selisih_tercetak'],
              besaran: 'selisih_tahunan',
              label: `Perubahan ${s.tahun}–${L.tahun} ${ind.nama}`,
            },
            s.selisih_tercetak,
            hs.perubahan?.selisih ?? null,
            'realisasi salah satu tahun bukan angka',
          ),
        );
    });
    if (p.akhir_renstra && ind.akhirRenstra) {
      const a = p.akhir_renstra;
      const tempat = {
        tabel: namaTabel(a.lokasi ?? lok, 'Perbandingan dengan target akhir Renstra'),
        lokasi: a.lokasi ?? lok,
      };
      if (a.capaian_tercetak !== undefined)
        out.push(
          temuanCapaian(
            dasar,
            {
              ...tempat,
              jalur: [...j, 'akhir_renstra', 'capaian_tercetak'],
              besaran: 'capaian_akhir_renstra',
              label: `Capaian terhadap target akhir Renstra ${ind.nama}`,
            },
            a.capaian_tercetak,
            ind,
            a.target,
            p.realisasi,
            ind.akhirRenstra.capaian,
          ),
        );
      const tl = nilaiAngka(a.target);
      const tr = nilaiAngka(ind.akhirRenstra.targetRenstra);
      if (tl !== null && tr !== null)
        out.push(
          temuan(
            dasar,
            {
              ...tempat,
              jalur: [...j, 'akhir_renstra', 'target'],
              besaran: 'target_akhir_renstra',
              label: `Target akhir Renstra ${ind.nama} (laporan vs dokumen Renstra)`,
            },
            a.target as Tercetak | number,
            tr,
          ),
        );
    }
    if (p.nasional?.capaian_tercetak !== undefined && ind.nasional)
      out.push(
        temuanCapaian(
          dasar,
          {
            tabel: namaTabel(p.nasional.lokasi ?? lok, 'Perbandingan dengan target nasional'),
            jalur: [...j, 'nasional', 'capaian_tercetak'],
            besaran: 'capaian_nasional',
            label: `Capaian terhadap target nasional ${ind.nama}`,
            lokasi: p.nasional.lokasi ?? lok,
          },
          p.nasional.capaian_tercetak,
          ind,
          p.nasional.target,
          p.realisasi,
          ind.nasional.capaian,
        ),
      );
    const realisasiAngka = nilaiAngka(p.realisasi);
    if (ind.jumlahRincian !== null && realisasiAngka !== null)
      out.push(
        temuan(
          dasar,
          {
            tabel: namaTabel(p.rincian_lokasi ?? lok, 'Rincian komponen'),
            jalur: [...j, 'realisasi'],
            besaran: 'jumlah_rincian',
            label: `Realisasi ${ind.nama} sebagai jumlah komponennya`,
            lokasi: p.rincian_lokasi ?? lok,
          },
          p.realisasi as Tercetak | number,
          ind.jumlahRincian,
        ),
      );
    p.tercetak_lain.forEach((t, k) => {
      const tempat = {
        tabel: namaTabel(t.lokasi, 'Tabel lain'),
        jalur: [...j, 'tercetak_lain', k, 'nilai'],
        besaran: 'tercetak_ganda' as const,
        lokasi: t.lokasi,
      };
      const angka = bacaAngka(t.nilai);
      // A label printed again (a grade, "Baik") is kept for readers but not compared as a number.
      if (t.besaran === 'capaian') {
        if (angka || t.nilai === 'N/A')
          out.push(
            temuanCapaian(
              dasar,
              { ...tempat, label: `Capaian ${ind.nama} (dicetak lagi)` },
              (typeof t.nilai === 'number' ? String(t.nilai) : t.nilai) as Tercetak,
              ind,
              p.target,
              p.realisasi,
              ind.capaian,
            ),
          );
        return;
      }
      const utama = nilaiAngka(t.besaran === 'target' ? p.target : p.realisasi);
      if (utama !== null && angka)
        out.push(
          bernamaCapaian(
            temuan(
              dasar,
              {
                ...tempat,
                label: `${t.besaran === 'target' ? 'Target' : 'Realisasi'} ${ind.nama} (dicetak lagi, dibandingkan dengan tabel utama)`,
              },
              t.nilai as Tercetak | number,
              utama,
            ),
            t.besaran === 'realisasi' ? nilaiCapaian(ind.capaian) : null,
          ),
        );
    });
  });

  // Readers see names, not ids.
  const namaIndikator = (id: string) => `“${h.indikator.find((x) => x.data.indikator === id)?.nama ?? id}”`;
  const namaSasaran = (id: string | undefined) => (id ? (h.sasaran.get(id)?.nama ?? id) : '');
  h.rataRataTercetak.forEach((rt, i) => {
    const r = rt.data;
    const semua = rt.dihitung;
    const p = bacaAngka(r.tercetak);
    const tahunLain = rt.tahun !== L.tahun ? ` ${rt.tahun}` : '';
    const label =
      (r.operasi === 'jumlah' ? 'Jumlah capaian' : 'Rata-rata capaian') +
      tahunLain +
      (r.cakupan === 'laporan'
        ? ' seluruh indikator'
        : r.cakupan === 'sasaran'
          ? ` sasaran “${namaSasaran(r.sasaran)}”`
          : ` kelompok “${r.kelompok ?? ''}”`);
    let keterangan: string | undefined;
    let kelas: TemuanAudit['kelas'];
    const cocok = (x: number | null) => p !== null && x !== null && cocokTercetak(x, p) !== null;
    const ditinggal = r.indikator ? semua.dihitung.filter((id) => !r.indikator!.includes(id)) : [];
    const tanpa = ditinggal.length ? ` tanpa indikator: ${ditinggal.map(namaIndikator).join(', ')}` : '';
    if (ditinggal.length && rt.dihitungSebagian && cocok(rt.dihitungSebagian.nilai)) {
      keterangan = `Angka tercetak sama dengan rata-rata${tanpa}.`;
      kelas = 'metode';
    } else if (!cocok(semua.nilai) && cocok(rt.dariTercetak)) {
      keterangan = `Angka tercetak sama dengan rata-rata capaian yang dicetak dokumen${tanpa}; selisihnya berasal dari capaian indikator itu.`;
      kelas = 'terbawa';
    }
    if (r.batas_atas_capaian !== undefined)
      keterangan = gabungKeterangan(
        `Capaian dibatasi ${r.batas_atas_capaian} % sebelum dirata-ratakan, seperti dinyatakan dokumen.`,
        keterangan,
      );
    if (semua.dikecualikan.length)
      keterangan = gabungKeterangan(
        keterangan,
        `Tidak diikutkan karena tidak terhitung sebagai persen: ${semua.dikecualikan.map(namaIndikator).join(', ')}.`,
      );
    const tempat = {
      tabel: namaTabel(r.lokasi, 'Rata-rata capaian'),
      lokasi: r.lokasi,
    };
    const f = temuan(
      dasar,
      {
        ...tempat,
        jalur: ['rata_rata', i, 'tercetak'],
        besaran: 'rata_rata',
        label,
        ...(keterangan ? { keterangan } : {}),
      },
      r.tercetak,
      semua.nilai,
      rt.tahun !== L.tahun
        ? `capaian tahun ${rt.tahun} tidak dapat dihitung: target atau realisasi tahun itu tidak ada di sumber`
        : 'tidak ada capaian yang dapat dihitung',
    );
    out.push(f.status === 'berbeda' && kelas ? { ...f, kelas } : f);
    if (r.kategori_tercetak !== undefined)
      out.push(
        temuanKategori(
          dasar,
          {
            ...tempat,
            jalur: ['rata_rata', i, 'kategori_tercetak'],
            besaran: 'kategori_rata_rata',
            label: `Kategori ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
          },
          r.kategori_tercetak,
          h.skala.rata_rata,
          rt.kategori,
          semua.nilai,
          p?.nilai ?? null,
        ),
      );
  });

  const ev = L.evaluasi_sakip;
  ev?.penilaian.forEach((p, i) => {
    const hasil = h.sakip.find((s) => s.tahun === p.tahun)?.hasil;
    const tempat = { tabel: namaTabel(p.lokasi, 'Evaluasi SAKIP'), lokasi: p.lokasi };
    if (hasil)
      out.push(
        jumlahBulatan(
          temuan(
            dasar,
            {
              ...tempat,
              jalur: ['evaluasi_sakip', 'penilaian', i, 'nilai_tercetak'],
              besaran: 'nilai_sakip',
              label: `Nilai SAKIP ${p.tahun} (jumlah komponen)`,
            },
            p.nilai_tercetak,
            hasil.nilai,
          ),
          p.komponen.length,
        ),
      );
    if (p.kategori_tercetak) {
      // Without components, the printed score is the only score to categorise.
      const tercetak = nilaiAngka(p.nilai_tercetak);
      const nilai = hasil?.nilai ?? tercetak;
      const skala = h.skala.nilai_sakip;
      out.push(
        temuanKategori(
          dasar,
          {
            ...tempat,
            jalur: ['evaluasi_sakip', 'penilaian', i, 'kategori_tercetak'],
            besaran: 'kategori_sakip',
            label: `Kategori SAKIP ${p.tahun}`,
          },
          p.kategori_tercetak,
          skala,
          skala && nilai !== null ? kategori(nilai, skala) : null,
          nilai,
          tercetak,
        ),
      );
    }
  });

  L.perjanjian_kinerja.forEach((pk, i) => {
    if (pk.jumlah_pagu_tercetak !== undefined)
      out.push(
        temuanRupiah(
          dasar,
          {
            tabel: namaTabel(pk.lokasi, `Perjanjian Kinerja (${pk.versi})`),
            jalur: ['perjanjian_kinerja', i, 'jumlah_pagu_tercetak'],
            besaran: 'jumlah_pagu_pk',
            label: `Jumlah anggaran program PK ${pk.versi}`,
            lokasi: pk.lokasi,
          },
          pk.jumlah_pagu_tercetak,
          jumlahPaguProgram(pk.program),
        ),
      );
  });

  h.anggaran.forEach((t, ti) => {
    const tabel = namaTabel(t.data.lokasi, t.data.judul);
    const auditBaris = (b: BarisTerhitung) => {
      const d = b.data;
      const jalur = b.jalur;
      const lokasi = d.lokasi ?? t.data.lokasi;
      const awal = out.length;
      if (b.anak.length)
        out.push(
          ...temuanJumlah(dasar, d, { pagu: b.paguAnak, realisasi: b.realisasiAnak }, jumlahDalam(b.anak), (medan) => ({
            tabel,
            jalur: [...jalur, medan],
            label: `${KATA_JUMLAH[medan]} ${d.nama} (jumlah rinciannya)`,
            lokasi,
          })),
        );
      const subtotalSalah = out.slice(awal).filter(dihitungSebagaiTemuan);
      if (d.periode?.konsolidasi && d.realisasi !== undefined)
        out.push(
          temuanRupiah(
            dasar,
            {
              tabel: namaTabel(d.periode.lokasi ?? lokasi, t.data.judul),
              jalur: [...jalur, 'periode'],
              besaran: 'konsolidasi_periode',
              label: `Realisasi ${d.nama} dari nilai per ${d.periode.jenis} (${d.periode.konsolidasi.replace('_', ' ')})`,
              lokasi: d.periode.lokasi ?? lokasi,
            },
            d.realisasi,
            b.realisasiPeriode,
          ),
        );
      if (d.serapan_tercetak !== undefined)
        out.push(
          terbawa(
            temuan(
              dasar,
              {
                tabel,
                jalur: [...jalur, 'serapan_tercetak'],
                besaran: 'serapan',
                label: `Serapan anggaran ${d.nama}`,
                lokasi,
              },
              d.serapan_tercetak,
              b.serapan,
              b.pagu === 0 ? 'pagu bernilai 0' : 'pagu atau realisasi tidak tersedia',
            ),
            subtotalSalah,
            b.anak.length ? jumlahDalam(b.anak) : null,
          ),
        );
      if (d.kategori_tercetak !== undefined)
        out.push(
          temuanKategori(
            dasar,
            {
              tabel,
              jalur: [...jalur, 'kategori_tercetak'],
              besaran: 'kategori_serapan',
              label: `Kategori serapan ${d.nama}`,
              lokasi,
            },
            d.kategori_tercetak,
            h.skala.serapan,
            b.kategori,
            b.serapan,
            d.serapan_tercetak === undefined ? null : nilaiAngka(d.serapan_tercetak),
          ),
        );
      d.keluaran.forEach((k, ki) => {
        if (k.capaian_tercetak === undefined) return;
        const c =
          typeof k.target === 'number' && typeof k.realisasi === 'number'
            ? hitungCapaian(k.target, k.realisasi, { metode: 'realisasi-per-target', polaritas: 'naik' })
            : null;
        out.push(
          temuan(
            dasar,
            {
              tabel,
              jalur: [...jalur, 'keluaran', ki, 'capaian_tercetak'],
              besaran: 'capaian_keluaran',
              label: `Capaian keluaran "${k.indikator}"`,
              lokasi,
            },
            k.capaian_tercetak,
            nilaiCapaian(c),
            c ? alasanCapaian(c) : 'target atau realisasi keluaran bukan angka',
          ),
        );
      });
      b.anak.forEach(auditBaris);
    };
    const awalTabel = out.length;
    t.baris.forEach(auditBaris);
    const salahDiTabel = out
      .slice(awalTabel)
      .filter((x) => dihitungSebagaiTemuan(x) && (x.besaran === 'jumlah_pagu' || x.besaran === 'jumlah_realisasi'));
    const dalamTabel = jumlahDalam(t.baris);
    const j = t.data.jumlah;
    out.push(
      ...temuanJumlah(dasar, j ?? {}, t, dalamTabel, (medan) => ({
        tabel,
        jalur: ['anggaran', ti, 'jumlah', medan],
        label: `Jumlah ${medan} ${t.data.judul}`,
        lokasi: t.data.lokasi,
      })),
    );
    if (j?.serapan_tercetak !== undefined) {
      // The printed total % follows from the printed totals when there are any, else from the sums.
      const pagu = j.pagu ?? t.pagu;
      const realisasi = j.realisasi ?? t.realisasi;
      out.push(
        terbawa(
          temuan(
            dasar,
            {
              tabel,
              jalur: ['anggaran', ti, 'jumlah', 'serapan_tercetak'],
              besaran: 'serapan',
              label: `Serapan total ${t.data.judul}`,
              lokasi: t.data.lokasi,
            },
            j.serapan_tercetak,
            pagu !== null && realisasi !== null ? serapan({ pagu, realisasi }) : null,
            'jumlah tidak tersedia',
          ),
          salahDiTabel,
          dalamTabel,
        ),
      );
    }
  });

  h.efisiensi.forEach((e, i) => {
    const d = e.data;
    const tempat = (kolom: string, besaran: Besaran, label: string, satuan?: SatuanTemuan): Tempat => ({
      tabel: namaTabel(d.lokasi, 'Efisiensi'),
      jalur: ['efisiensi', i, kolom],
      besaran,
      ...(satuan ? { satuan } : {}),
      label,
      lokasi: d.lokasi,
    });
    // the printed serapan against its base; a match with another base the content names is cakupan
    const fSerapan =
      d.serapan_tercetak !== undefined && (d.anggaran || (d.pagu !== undefined && d.realisasi !== undefined))
        ? dasarLainSerapan(
            temuan(
              dasar,
              tempat('serapan_tercetak', 'serapan', 'Serapan di tabel efisiensi'),
              d.serapan_tercetak,
              e.serapan,
            ),
            e,
          )
        : null;
    const tEfisiensi = tempat(
      'efisiensi_tercetak',
      'efisiensi',
      `Efisiensi (${d.metode}) dari angka-angka yang dicetak di baris yang sama`,
      SATUAN_EFISIENSI[d.metode],
    );
    const fEfisiensi = temuan(
      dasar,
      tEfisiensi,
      d.efisiensi_tercetak,
      e.dariTercetak,
      'masukan metode ini tidak lengkap',
    );
    out.push(efisiensiTerbawa(dasar, tEfisiensi, fEfisiensi, fSerapan, e));
    if (d.capaian_tercetak !== undefined && d.indikator) {
      const ind = h.indikator.find((x) => x.data.indikator === d.indikator);
      if (ind)
        out.push(
          temuanCapaian(
            dasar,
            {
              tabel: namaTabel(d.lokasi, 'Efisiensi'),
              jalur: ['efisiensi', i, 'capaian_tercetak'],
              besaran: 'capaian',
              label: `Capaian ${ind.nama} di tabel efisiensi`,
              lokasi: d.lokasi,
            },
            d.capaian_tercetak,
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
function dasarLainSerapan(f: TemuanAudit, e: LaporanTerhitung['efisiensi'][number]): TemuanAudit {
  const p = bacaAngka(f.tercetak);
  if (f.status !== 'berbeda' || !p) return f;
  const a = e.serapanLain.find((x) => x.nilai !== null && cocokTercetak(x.nilai, p) !== null);
  if (!a) return f;
  return {
    ...f,
    kelas: 'cakupan',
    keterangan: gabungKeterangan(
      f.keterangan,
      `Cocok dengan serapan baris ${a.baris.map((b) => b + 1).join(', ')} “${a.judul}” (${angkaId.format(a.nilai!)} %): dihitung dengan dasar anggaran lain.`,
    ),
  };
}

/**
 * An efficiency that follows its printed serapan, when that serapan is itself a finding, is carried from
 * it: by the recomputed serapan it differs, and it is linked to the serapan's finding and counted there.
 */
function efisiensiTerbawa(
  dasar: Dasar,
  t: Tempat,
  f: TemuanAudit,
  fSerapan: TemuanAudit | null,
  e: LaporanTerhitung['efisiensi'][number],
): TemuanAudit {
  if (f.status !== 'cocok' || fSerapan?.status !== 'berbeda' || e.serapan === null) return f;
  const v = hitungEfisiensi(e.data.metode, {
    capaian: nilaiAngka(e.data.capaian_tercetak),
    serapan: e.serapan,
    pagu: e.data.pagu ?? null,
    realisasi: e.data.realisasi ?? null,
  });
  const p = bacaAngka(f.tercetak);
  if (v === null || !p || cocokTercetak(v, p) !== null) return f;
  return {
    ...temuan(dasar, t, e.data.efisiensi_tercetak, v),
    kelas: 'terbawa',
    asal: fSerapan.id,
    keterangan: gabungKeterangan(
      f.keterangan,
      `Cocok dengan efisiensi dari serapan tercetak ${fSerapan.tercetak} %; dari serapan hitung ulang (${angkaId.format(e.serapan)} %) hasilnya ${angkaId.format(v)}. Perbedaannya terbawa dari serapan itu, yang dilaporkan sebagai temuan tersendiri.`,
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
