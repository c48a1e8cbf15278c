/**
 * The workbook: one XLSX per report (LKjIP), Renstra or indicator catalogue, a sheet for every part of the model,
 * written from content and read back into content without loss. The sheets come from one
 * description table (LEMBAR_*) over the zod schemas: each sheet is the fields of one object
 * (name | value rows), a list (one row per item, a "No. urut" like 1.2.3 that places the item
 * under its parent, one column per field, nested objects as dotted columns, a list of text one
 * value per row in "isi"), or a table's grid ("Tabel lain N": headings in row 1, rows below, as
 * printed). Every list operators fill has its own sheet. What stays a JSON cell is rare or a
 * transcriber's pointer: lokasi.baris (a line, or [first, last], of the source text file), a table
 * rule's row and column lists (Aturan tabel: baris, dari_baris, kolom, dari, dasar_lain), an
 * efficiency's anggaran.baris and anggaran_lain, and an empty list ("[]", kept apart from absent).
 * Enumerations get dropdowns, descriptions become header notes, headers are frozen and locked.
 * Cell conventions: "-" = null (not in the source); a string that would read otherwise ("-", or
 * starting with " [ {) is written as JSON text. Pure but for exceljs.
 */
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Masalah } from '../muat/masalah.ts';
import { KatalogIndikator } from '../skema/indikator.ts';
import { Laporan } from '../skema/laporan.ts';
import { Renstra } from '../skema/renstra.ts';
import { bacaDesimal } from './angka.ts';
import { hurufKolom } from './csv-baca.ts';

export type JenisBuku = 'lkjip' | 'renstra' | 'indikator';

export interface DeskripsiLembar {
  /** sheet name (≤ 31 characters) */
  nama: string;
  /** JSON path; "[]" marks a list: "perjanjian_kinerja[].sasaran[]"; without "[]" the fields of one object */
  jalur: string;
  /** the key holding the same kind of items below an item (the budget tree's `anak`) */
  rekursif?: string;
  /**
   * The parent list is a tree through this key (a budget line's `keluaran` under lines at any depth):
   * the outline number is the parent's, of any length, then the item's.
   */
  rekursifInduk?: string;
  /** what the sheet holds, for the instructions */
  uraian: string;
  /**
   * Each item's table on a sheet of its own, laid out as printed ("<lembar> N", N = the item's
   * number): headings (the `kolom` field) in row 1, rows (the `baris` field) below, one cell per
   * value; the list sheet names it in the column "Lembar tabel".
   */
  kisi?: { kolom: string; baris: string; lembar: string };
}

/** Other tables (TabelUmum): their fields on one sheet, each table's cells on a grid sheet "Tabel lain N". */
const TABEL_LAIN: DeskripsiLembar = {
  nama: 'Tabel lain',
  jalur: 'tabel_lain[]',
  uraian: 'Tabel lain: judul, lokasi, catatan; sel tabelnya di lembar "Tabel lain N" yang disebut kolom "Lembar tabel"',
  kisi: { kolom: 'kolom', baris: 'baris', lembar: 'Tabel lain' },
};

/** The audit rules a table prints (derived columns, totals): one row per rule, under its table. */
const ATURAN_TABEL: DeskripsiLembar = {
  nama: 'Aturan tabel',
  jalur: 'tabel_lain[].aturan[]',
  uraian: 'Kolom turunan dan jumlah yang dicetak tiap tabel lain, untuk audit (No. urut = tabel.aturan)',
};

export const LEMBAR_LKJIP: DeskripsiLembar[] = [
  { nama: 'Profil', jalur: '', uraian: 'Instansi, tahun, rencana, sumber, transkripsi, metode, catatan laporan' },
  {
    nama: 'Bagian transkripsi',
    jalur: 'transkripsi.bagian[]',
    uraian: 'Bagian laporan yang ditranskripsi, satu per baris (No. urut = bagian)',
  },
  { nama: 'Skala', jalur: 'skala[]', uraian: 'Skala kategori yang dinyatakan laporan' },
  {
    nama: 'Skala cakupan',
    jalur: 'skala[].cakupan[]',
    uraian: 'Apa yang dinilai dengan skala itu, satu per baris (No. urut = skala.cakupan)',
  },
  {
    nama: 'Skala pita',
    jalur: 'skala[].pita[]',
    uraian: 'Pita (rentang) tiap skala: kode, label, batas bawah dan atas (No. urut = skala.pita)',
  },
  { nama: 'Sasaran', jalur: 'sasaran[]', uraian: 'Sasaran yang dinyatakan laporan sendiri' },
  { nama: 'PK', jalur: 'perjanjian_kinerja[]', uraian: 'Perjanjian Kinerja: versi murni (awal) dan perubahan' },
  { nama: 'PK sasaran', jalur: 'perjanjian_kinerja[].sasaran[]', uraian: 'Sasaran tiap PK (No. urut = PK.sasaran)' },
  {
    nama: 'PK indikator',
    jalur: 'perjanjian_kinerja[].sasaran[].indikator[]',
    uraian: 'Indikator dan target tiap sasaran PK (No. urut = PK.sasaran.indikator)',
  },
  { nama: 'PK program', jalur: 'perjanjian_kinerja[].program[]', uraian: 'Program dan anggaran PK' },
  {
    nama: 'Pengukuran',
    jalur: 'pengukuran.indikator[]',
    uraian: 'IKU dan pengukuran: target, realisasi, capaian tercetak; jenis periode di kolom periode.*',
  },
  {
    nama: 'Pengukuran periode',
    jalur: 'pengukuran.indikator[].periode.nilai[]',
    uraian:
      'Nilai per bulan, triwulan atau semester tiap indikator, urut seperti tercetak (No. urut = indikator.periode)',
  },
  {
    nama: 'Tahun sebelumnya',
    jalur: 'pengukuran.indikator[].tahun_sebelumnya[]',
    uraian: 'Target dan realisasi tahun-tahun sebelumnya yang dicetak laporan (No. urut = indikator.tahun)',
  },
  {
    nama: 'Rincian pengukuran',
    jalur: 'pengukuran.indikator[].rincian[]',
    uraian: 'Komponen yang dijumlahkan menjadi realisasi, mis. dimensi IP ASN (No. urut = indikator.komponen)',
  },
  {
    nama: 'Tercetak lain',
    jalur: 'pengukuran.indikator[].tercetak_lain[]',
    uraian: 'Angka yang sama dicetak lagi di tempat lain dokumen (No. urut = indikator.cetakan)',
  },
  { nama: 'Rata-rata', jalur: 'rata_rata[]', uraian: 'Rata-rata capaian yang dicetak dokumen' },
  {
    nama: 'Rata-rata indikator',
    jalur: 'rata_rata[].indikator[]',
    uraian: 'Id indikator yang dirata-ratakan, satu per baris (No. urut = rata-rata.indikator)',
  },
  { nama: 'Evaluasi SAKIP', jalur: 'evaluasi_sakip', uraian: 'Hasil evaluasi SAKIP: letak rekomendasi' },
  {
    nama: 'Penilaian SAKIP',
    jalur: 'evaluasi_sakip.penilaian[]',
    uraian: 'Nilai dan predikat SAKIP per tahun (No. urut = penilaian)',
  },
  {
    nama: 'Komponen SAKIP',
    jalur: 'evaluasi_sakip.penilaian[].komponen[]',
    uraian: 'Bobot dan nilai tiap komponen evaluasi (No. urut = penilaian.komponen)',
  },
  {
    nama: 'Rekomendasi SAKIP',
    jalur: 'evaluasi_sakip.rekomendasi[]',
    uraian: 'Komponen yang diberi rekomendasi (No. urut = rekomendasi)',
  },
  {
    nama: 'Butir rekomendasi',
    jalur: 'evaluasi_sakip.rekomendasi[].rekomendasi[]',
    uraian: 'Rekomendasi seperti tercetak, satu per baris (No. urut = rekomendasi.butir)',
  },
  {
    nama: 'Tindak lanjut',
    jalur: 'evaluasi_sakip.rekomendasi[].tindak_lanjut[]',
    uraian: 'Tindak lanjut tiap rekomendasi, satu per baris (No. urut = rekomendasi.butir)',
  },
  { nama: 'Tabel anggaran', jalur: 'anggaran[]', uraian: 'Tabel anggaran: judul, jenis, lokasi, jumlah tercetak' },
  {
    nama: 'Baris anggaran',
    jalur: 'anggaran[].baris[]',
    rekursif: 'anak',
    uraian: 'Pohon anggaran: No. urut = tabel.baris.anak… (1.2.1 = tabel 1, baris 2, rincian 1)',
  },
  {
    nama: 'Keluaran anggaran',
    jalur: 'anggaran[].baris[].keluaran[]',
    rekursifInduk: 'anak',
    uraian:
      'Indikator keluaran tiap baris anggaran: No. urut = nomor baris di Baris anggaran, lalu keluaran (1.2.1.1 = baris 1.2.1, keluaran 1)',
  },
  {
    nama: 'Indikator anggaran',
    jalur: 'anggaran[].baris[].indikator[]',
    rekursifInduk: 'anak',
    uraian: 'Id indikator yang didukung baris anggaran, satu per baris (No. urut = baris anggaran, lalu indikator)',
  },
  {
    nama: 'Periode anggaran',
    jalur: 'anggaran[].baris[].periode.nilai[]',
    rekursifInduk: 'anak',
    uraian: 'Pagu dan realisasi per periode tiap baris anggaran (No. urut = baris anggaran, lalu periode)',
  },
  { nama: 'Efisiensi', jalur: 'efisiensi[]', uraian: 'Perhitungan efisiensi yang dicetak dokumen' },
  TABEL_LAIN,
  ATURAN_TABEL,
  {
    nama: 'Klaim narasi',
    jalur: 'klaim_narasi[]',
    uraian: 'Angka dalam kalimat narasi dan aturannya (sama, jumlah, selisih, rasio…) (No. urut = klaim)',
  },
  {
    nama: 'Masukan klaim',
    jalur: 'klaim_narasi[].masukan[]',
    uraian: 'Angka tercetak lain yang menjadi dasar klaim, urut sesuai aturan (No. urut = klaim.masukan)',
  },
];

export const LEMBAR_RENSTRA: DeskripsiLembar[] = [
  { nama: 'Profil', jalur: '', uraian: 'Instansi, periode, visi' },
  { nama: 'Misi', jalur: 'misi[]', uraian: 'Misi seperti tercetak, satu per baris' },
  { nama: 'Sumber', jalur: 'sumber[]', uraian: 'Dokumen sumber' },
  { nama: 'Versi', jalur: 'versi[]', uraian: 'Versi Renstra (awal dan reviu)' },
  { nama: 'Tujuan', jalur: 'versi[].tujuan[]', uraian: 'Tujuan tiap versi (No. urut = versi.tujuan)' },
  { nama: 'Indikator tujuan', jalur: 'versi[].tujuan[].indikator[]', uraian: 'Indikator tingkat tujuan' },
  { nama: 'Sasaran', jalur: 'versi[].tujuan[].sasaran[]', uraian: 'Sasaran tiap tujuan' },
  {
    nama: 'Indikator sasaran',
    jalur: 'versi[].tujuan[].sasaran[].indikator[]',
    uraian: 'Indikator sasaran (No. urut = versi.tujuan.sasaran.indikator)',
  },
  {
    nama: 'Target tujuan',
    jalur: 'versi[].tujuan[].indikator[].target[]',
    uraian: 'Target tahunan indikator tujuan',
  },
  {
    nama: 'Target sasaran',
    jalur: 'versi[].tujuan[].sasaran[].indikator[].target[]',
    uraian: 'Target tahunan indikator sasaran',
  },
  TABEL_LAIN,
  ATURAN_TABEL,
];

/** The agency's indicator catalogue (indikator.json): every list real catalogues hold has its own sheet. */
export const LEMBAR_INDIKATOR: DeskripsiLembar[] = [
  { nama: 'Profil', jalur: '', uraian: 'Id instansi pemilik katalog' },
  { nama: 'Sumber', jalur: 'sumber[]', uraian: 'Dokumen sumber definisi indikator' },
  {
    nama: 'Indikator',
    jalur: 'indikator[]',
    uraian: 'Definisi tiap indikator: id, nama, satuan, polaritas, metode, formula, sumber data, penanggung jawab',
  },
  {
    nama: 'Varian nama',
    jalur: 'indikator[].varian_nama[]',
    uraian: 'Nama lain indikator di tabel, tahun atau instansi lain (No. urut = indikator.varian)',
  },
  {
    nama: 'IKU',
    jalur: 'indikator[].iku[]',
    uraian: 'Periode Renstra ketika indikator menjadi IKU, mis. 2016-2021 (No. urut = indikator.periode)',
  },
  { nama: 'Himpunan nilai', jalur: 'himpunan_nilai[]', uraian: 'Himpunan nilai kualitatif, mis. level maturitas' },
  {
    nama: 'Nilai himpunan',
    jalur: 'himpunan_nilai[].nilai[]',
    uraian: 'Label tiap himpunan nilai, urut dari yang terbaik (No. urut = himpunan.label)',
  },
];

export const BUKU: Record<JenisBuku, { lembar: DeskripsiLembar[]; skema: z.ZodType; judul: string }> = {
  lkjip: { lembar: LEMBAR_LKJIP, skema: Laporan, judul: 'Buku kerja LKjIP' },
  renstra: { lembar: LEMBAR_RENSTRA, skema: Renstra, judul: 'Buku kerja Renstra' },
  indikator: { lembar: LEMBAR_INDIKATOR, skema: KatalogIndikator, judul: 'Buku kerja katalog indikator' },
};
/** Whether a workbook's recorded kind is one this code reads. */
export const adalahJenisBuku = (teks: string): teks is JenisBuku => Object.hasOwn(BUKU, teks);

/** The outline column: not "nomor", which real fields use (a source document's number, an IKI row's) */
export const KOLOM_NOMOR = 'No. urut';
/** the outline column's heading before it was renamed: still read when it cannot be a field */
const KOLOM_NOMOR_LAMA = 'nomor';
const KOLOM_ISI = 'isi';
/** the list sheet's column naming an item's grid sheet (DeskripsiLembar.kisi) */
export const KOLOM_LEMBAR_KISI = 'Lembar tabel';
/** the operator's own notes: never imported */
export const KOLOM_CATATAN_OPERATOR = 'Catatan operator (tidak diimpor)';
const KOLOM_PASANGAN = ['kolom', 'nilai'] as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
const adalahObjek = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

const segmen = (jalur: string) => (jalur ? jalur.split('.') : []);
const kedalaman = (l: DeskripsiLembar) => (l.jalur.match(/\[\]/g) ?? []).length;

/** Paths (with "[]") that a sheet of their own holds: left out of their parent's columns. */
function jalurTertutup(lembar: readonly DeskripsiLembar[]): Set<string> {
  return new Set(lembar.filter((l) => l.jalur).map((l) => l.jalur.replace(/\[\]$/, '')));
}

/** The fields of an object as dotted columns; lists and empty objects stay one (JSON) cell. */
function ratakan(objek: Obj, awalan: string, jalurInduk: string, tertutup: Set<string>, out: Map<string, Json>) {
  for (const [kunci, nilai] of Object.entries(objek)) {
    const jalurPenuh = jalurInduk ? `${jalurInduk}.${kunci}` : kunci;
    const kolom = awalan ? `${awalan}.${kunci}` : kunci;
    if (tertutup.has(jalurPenuh)) {
      // a list on its own sheet; only an empty one is written here, so "[]" and "absent" stay apart
      if (Array.isArray(nilai) && nilai.length === 0) out.set(kolom, nilai);
      continue;
    }
    if (adalahObjek(nilai) && Object.keys(nilai).length) ratakan(nilai, kolom, jalurPenuh, tertutup, out);
    else out.set(kolom, nilai);
  }
}

/**
 * The dotted fields an object schema (or every option of a union, bentukObjek) allows below `jalurInduk`,
 * nested objects opened; lists and other values stay one column, and paths on a sheet of their own are
 * left out. A blank or sparse sheet shows the operator every field it can hold.
 */
function kolomSkema(skema: z.ZodType | undefined, awalan: string, jalurInduk: string, tertutup: Set<string>): string[] {
  return Object.entries(bentukObjek(skema) ?? {}).flatMap(([kunci, bidang]) => {
    const jalurPenuh = jalurInduk ? `${jalurInduk}.${kunci}` : kunci;
    if (tertutup.has(jalurPenuh)) return [];
    const kolom = awalan ? `${awalan}.${kunci}` : kunci;
    const anak = bidang ? buka(bidang) : undefined;
    return jenisSkema(anak) === 'object' ? kolomSkema(anak, kolom, jalurPenuh, tertutup) : [kolom];
  });
}
/** Whether a column is already there as itself, as a part of it, or as the whole it is part of. */
const sudahAda = (ada: Iterable<string>, kolom: string) =>
  [...ada].some((lain) => lain === kolom || kolom.startsWith(`${lain}.`) || lain.startsWith(`${kolom}.`));

interface BarisLembar {
  nomor: number[];
  sel: Map<string, Json>;
  /** the item's table, for its grid sheet */
  kisi?: { nama: string; kolom: Json; baris: Json };
}

const namaLembarKisi = (kisi: NonNullable<DeskripsiLembar['kisi']>, nomor: number[]) =>
  `${kisi.lembar} ${nomor.join('.')}`;

/** The items a list sheet holds, with their outline numbers. */
function itemLembar(dok: Json, deskripsi: DeskripsiLembar, tertutup: Set<string>): BarisLembar[] {
  const out: BarisLembar[] = [];
  const seg = segmen(deskripsi.jalur);
  const polaJalur = deskripsi.jalur;
  const kumpul = (nilai: Json, nomor: number[]) => {
    const sel = new Map<string, Json>();
    const { kisi } = deskripsi;
    let tabel: BarisLembar['kisi'];
    if (adalahObjek(nilai)) {
      const tutup = new Set(tertutup);
      if (deskripsi.rekursif) tutup.add(`${polaJalur}.${deskripsi.rekursif}`);
      let isian = nilai;
      // the table's headings and rows go to its grid sheet; the column "Lembar tabel" names it where "kolom" stood
      if (kisi && kisi.kolom in nilai) {
        tabel = { nama: namaLembarKisi(kisi, nomor), kolom: nilai[kisi.kolom]!, baris: nilai[kisi.baris] ?? [] };
        isian = Object.fromEntries(
          Object.entries(nilai).flatMap(([kunci, isi]): [string, Json][] =>
            kunci === kisi.kolom ? [[KOLOM_LEMBAR_KISI, tabel!.nama]] : kunci === kisi.baris ? [] : [[kunci, isi]],
          ),
        );
      }
      ratakan(isian, '', polaJalur, tutup, sel);
    } else sel.set(KOLOM_ISI, nilai);
    out.push({ nomor, sel, ...(tabel ? { kisi: tabel } : {}) });
    if (deskripsi.rekursif && adalahObjek(nilai) && Array.isArray(nilai[deskripsi.rekursif]))
      (nilai[deskripsi.rekursif] as Json[]).forEach((a, i) => kumpul(a, [...nomor, i + 1]));
  };
  const nDaftar = kedalaman(deskripsi);
  const jalan = (nilai: Json | undefined, indeks: number, nomor: number[]) => {
    if (nilai === undefined) return;
    if (indeks === seg.length) return kumpul(nilai, nomor);
    const potongan = seg[indeks]!;
    const daftar = potongan.endsWith('[]');
    const anak = adalahObjek(nilai) ? nilai[daftar ? potongan.slice(0, -2) : potongan] : undefined;
    if (!daftar) return jalan(anak, indeks + 1, nomor);
    if (!Array.isArray(anak)) return;
    const kunciPohon = deskripsi.rekursifInduk;
    // the parent list of a child of a tree: its items at every depth
    const turun = (item: Json, nomorItem: number[]) => {
      jalan(item, indeks + 1, nomorItem);
      if (adalahObjek(item) && Array.isArray(item[kunciPohon!]))
        (item[kunciPohon!] as Json[]).forEach((cabang, k) => turun(cabang, [...nomorItem, k + 1]));
    };
    if (kunciPohon && nomor.length === nDaftar - 2) anak.forEach((x, j) => turun(x, [...nomor, j + 1]));
    else anak.forEach((x, j) => jalan(x, indeks + 1, [...nomor, j + 1]));
  };
  jalan(dok, 0, []);
  return out;
}

/** The zod schema at a dotted path below `skema`, wrappers (optional, default, nullable…) removed. */
export function skemaDi(skema: z.ZodType, jalur: readonly string[]): z.ZodType | undefined {
  let skemaKini: z.ZodType | undefined = buka(skema);
  for (const bagian of jalur) {
    if (!skemaKini) return undefined;
    const def: Record<string, unknown> = (skemaKini as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (bagian === '[]') skemaKini = def.type === 'array' ? buka(def.element as z.ZodType) : undefined;
    else if (['object', 'union', 'intersection'].includes(def.type as string)) {
      const bidang = bentukObjek(skemaKini)?.[bagian];
      skemaKini = bidang ? buka(bidang) : undefined;
    } else return undefined;
  }
  return skemaKini;
}

/**
 * The fields of an object schema, or of a union's object options (a scale or a reference to one,
 * a table rule of any kind), so its sheet lists them all. A field the options type differently
 * is left out of the union's fields: no dropdown or number reading guesses between them.
 */
function bentukObjek(skema: z.ZodType | undefined): Record<string, z.ZodType | undefined> | undefined {
  if (!skema) return undefined;
  const def = (skema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
  // a rule of any kind and the fields every rule has (an intersection): both sides' fields
  const opsiSkema =
    def.type === 'union'
      ? (def.options as z.ZodType[])
      : def.type === 'intersection'
        ? [def.left as z.ZodType, def.right as z.ZodType]
        : [];
  if (!opsiSkema.length) return undefined;
  const gabungan: Record<string, z.ZodType | undefined> = {};
  const berbeda = new Set<string>();
  for (const opsi of opsiSkema)
    for (const [kunci, bidang] of Object.entries(bentukObjek(buka(opsi)) ?? {})) {
      if (!(kunci in gabungan)) gabungan[kunci] = bidang;
      else if (bidang && jenisSkema(buka(gabungan[kunci] ?? bidang)) !== jenisSkema(buka(bidang))) berbeda.add(kunci);
    }
  for (const kunci of berbeda) gabungan[kunci] = undefined;
  return Object.keys(gabungan).length ? gabungan : undefined;
}
function buka(skema: z.ZodType): z.ZodType {
  for (;;) {
    const def: Record<string, unknown> = (skema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type as string)
    )
      skema = def.innerType as z.ZodType;
    else if (def.type === 'pipe') skema = def.in as z.ZodType;
    else if (def.type === 'lazy') skema = (def.getter as () => z.ZodType)();
    else return skema;
  }
}
/** A field's description, whether it sits on the field or on the wrapper (optional, default…) around it. */
function uraianDi(skema: z.ZodType, jalur: readonly string[]): string | undefined {
  const induk = jalur.length ? skemaDi(skema, jalur.slice(0, -1)) : undefined;
  const bentuk = induk && (induk as unknown as { shape?: Record<string, z.ZodType> }).shape;
  const bidang = bentuk?.[jalur.at(-1)!];
  return bidang?.description ?? skemaDi(skema, jalur)?.description;
}
const jenisSkema = (s: z.ZodType | undefined) =>
  s ? ((s as unknown as { _zod: { def: { type: string } } })._zod.def.type as string) : undefined;
const pilihan = (s: z.ZodType | undefined): string[] | undefined =>
  jenisSkema(s) === 'enum'
    ? Object.values((s as unknown as { _zod: { def: { entries: Record<string, string> } } })._zod.def.entries)
    : undefined;

/** The path of a column below a sheet's items, as schema steps ("a[].b" → a, [], b). */
export function langkah(jalurLembar: string, kolom: string): string[] {
  const atas = segmen(jalurLembar).flatMap((s) => (s.endsWith('[]') ? [s.slice(0, -2), '[]'] : [s]));
  return [...atas, ...(kolom === KOLOM_ISI ? [] : segmen(kolom))];
}

/** Whether a string cell would read back as something else, so it is written as JSON text. */
const perluKutip = (s: string) => s === '' || /^\s*[-–—]?\s*$/.test(s) || /^["[{]/.test(s) || s !== s.trim();

function tulisSel(sel: ExcelJS.Cell, nilai: Json | undefined) {
  if (nilai === undefined) return;
  if (nilai === null) sel.value = '-';
  else if (typeof nilai === 'number' || typeof nilai === 'boolean') sel.value = nilai;
  else if (typeof nilai === 'string') sel.value = perluKutip(nilai) ? JSON.stringify(nilai) : nilai;
  else sel.value = JSON.stringify(nilai);
}

const PETUNJUK = [
  'Cara mengisi (how to fill in):',
  '• Jenis buku kerja tertulis di sel B1 (lkjip = laporan, renstra = Renstra, indikator = katalog indikator instansi); jangan diubah.',
  '• Satu lembar per bagian laporan; baris pertama adalah judul kolom (terkunci). Sel kosong = tidak diisi; "-" = tidak ada di dokumen sumber (null).',
  `• Kolom "${KOLOM_NOMOR}" menempatkan baris: 1.2 = butir 2 di bawah butir 1 lembar induknya. Tulis sebagai teks.`,
  '• Angka ditulis sebagai angka (Excel menampilkannya dengan format Indonesia); angka ' +
    'tercetak (kolom *_tercetak) ditulis sebagai teks, persis seperti di dokumen.',
  `• Tabel lain: sel tiap tabel ada di lembarnya sendiri ("Tabel lain 1", "Tabel lain 2", …), seperti tercetak: baris 1 = judul kolom, baris berikutnya = isi tabel, satu nilai per sel. Kolom "${KOLOM_LEMBAR_KISI}" di lembar Tabel lain menyebut lembar itu; tabel baru = baris baru di Tabel lain + lembar baru.`,
  '• Daftar di dalam daftar (nilai per triwulan, tahun sebelumnya, keluaran anggaran…) punya lembarnya sendiri, satu butir per baris. Yang masih JSON ([..]) hanya lokasi.baris (baris berkas teks sumber; boleh dikosongkan) dan daftar baris/kolom di lembar Aturan tabel: salin bentuknya dari baris lain.',
  '• Jangan menggabung sel, menyembunyikan baris, atau memakai rumus: tulis nilainya.',
  `• Kolom "${KOLOM_CATATAN_OPERATOR}" bebas untuk catatan Anda; tidak masuk ke konten.`,
  '• Impor: npm run buku-kerja -- impor <berkas.xlsx>, atau unggah berkas ke folder instansi lewat GitHub (lihat panduan).',
];

/** The workbook of one report or Renstra, from its content. */
export async function eksporBuku(jenis: JenisBuku, dok: unknown): Promise<ExcelJS.Workbook> {
  const { lembar, skema, judul } = BUKU[jenis];
  const wb = new ExcelJS.Workbook();
  wb.title = jenis;
  wb.subject = judul;
  const tertutup = jalurTertutup(lembar);
  const petunjuk = wb.addWorksheet('Petunjuk');
  petunjuk.getColumn(1).width = 28;
  petunjuk.getColumn(2).width = 110;
  petunjuk.addRow([judul, jenis]).font = { bold: true, size: 14 };
  for (const kalimat of PETUNJUK) petunjuk.addRow(['', kalimat]);
  petunjuk.addRow([]);
  petunjuk.addRow(['Lembar (sheet)', 'Isi (contents)']).font = { bold: true };
  for (const deskripsi of lembar) {
    petunjuk.addRow([deskripsi.nama, deskripsi.uraian]);
    if (deskripsi.kisi)
      petunjuk.addRow([
        `${deskripsi.kisi.lembar} N`,
        `Sel tabel ke-N di lembar ${deskripsi.nama}: baris 1 = judul kolom (${deskripsi.kisi.kolom}), baris berikutnya = isi (${deskripsi.kisi.baris})`,
      ]);
  }

  for (const deskripsi of lembar) {
    const ws = wb.addWorksheet(deskripsi.nama, { views: [{ state: 'frozen', ySplit: 1 }] });
    let kolom: string[];
    let baris: (Map<string, Json> & { nomor?: number[] })[];
    let tabelKisi: NonNullable<BarisLembar['kisi']>[] = [];
    const daftar = deskripsi.jalur.endsWith('[]');
    if (!daftar) {
      const obj = deskripsi.jalur
        ? segmen(deskripsi.jalur).reduce<Json | undefined>((v, k) => (adalahObjek(v) ? v[k] : undefined), dok as Json)
        : dok;
      const sel = new Map<string, Json>();
      if (adalahObjek(obj)) ratakan(obj, '', deskripsi.jalur, tertutup, sel);
      else if (obj !== undefined) sel.set('', obj as Json);
      // empty top-level lists on their own sheets are written here: "[]" and "absent" stay apart
      kolom = [...KOLOM_PASANGAN];
      baris = [...sel].map(
        ([k, v]) =>
          new Map<string, Json>([
            ['kolom', k],
            ['nilai', v],
          ]),
      );
      // then the fields the document leaves empty, named with no value, so the operator sees them
      for (const kosong of kolomSkema(skemaDi(skema, langkah(deskripsi.jalur, '')), '', deskripsi.jalur, tertutup))
        if (!sudahAda(sel.keys(), kosong)) baris.push(new Map<string, Json>([['kolom', kosong]]));
    } else {
      const item = itemLembar(dok as Json, deskripsi, tertutup);
      const urutan: string[] = [];
      for (const butir of item) for (const kunci of butir.sel.keys()) if (!urutan.includes(kunci)) urutan.push(kunci);
      // fields the schema allows that no item fills yet, so the operator sees them; an object's
      // fields as dotted columns (lokasi.halaman), so no one types JSON into a blank one
      const bentuk = skemaDi(skema, langkah(deskripsi.jalur, ''));
      for (const kosong of kolomSkema(bentuk, '', deskripsi.jalur, tertutup)) {
        const puncak = kosong.split('.')[0]!;
        if (puncak === deskripsi.rekursif) continue;
        if (deskripsi.kisi && (puncak === deskripsi.kisi.kolom || puncak === deskripsi.kisi.baris)) {
          if (puncak === deskripsi.kisi.kolom && !urutan.includes(KOLOM_LEMBAR_KISI)) urutan.push(KOLOM_LEMBAR_KISI);
          continue;
        }
        if (!sudahAda(urutan, kosong)) urutan.push(kosong);
      }
      if (!bentukObjek(bentuk) && !urutan.length) urutan.push(KOLOM_ISI);
      kolom = [KOLOM_NOMOR, ...urutan];
      baris = item.map((b) => Object.assign(new Map(b.sel), { nomor: b.nomor }));
      tabelKisi = item.flatMap((b) => (b.kisi ? [b.kisi] : []));
    }
    kolom.push(KOLOM_CATATAN_OPERATOR);
    ws.columns = kolom.map((k) => ({
      header: k,
      key: k,
      width: Math.min(60, Math.max(12, k.length + 2)),
      style: { protection: { locked: false } },
    }));
    const kepala = ws.getRow(1);
    kepala.eachCell((sel, nomorKolom) => {
      sel.font = { bold: true };
      sel.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      sel.protection = { locked: true };
      const kunci = kolom[nomorKolom - 1]!;
      if (daftar && kunci !== KOLOM_NOMOR && kunci !== KOLOM_CATATAN_OPERATOR) {
        const uraian = uraianDi(skema, langkah(deskripsi.jalur, kunci));
        if (uraian) sel.note = uraian;
        if (kunci === KOLOM_LEMBAR_KISI)
          sel.note = `Nama lembar yang berisi sel tabel ini, mis. "${deskripsi.kisi!.lembar} 1": baris 1 = judul kolom, baris berikutnya = isi tabel`;
      }
    });
    baris.forEach((butir, indeks) => {
      const row = ws.getRow(indeks + 2);
      kolom.forEach((kunci, indeksKolom) => {
        const sel = row.getCell(indeksKolom + 1);
        if (kunci === KOLOM_NOMOR) sel.value = butir.nomor!.join('.');
        else if (butir.has(kunci)) tulisSel(sel, butir.get(kunci));
      });
    });
    // dropdowns for enumerations, Indonesian money format for rupiah columns
    const daftarPilihan = (sel: ExcelJS.Cell, opsi: string[] | undefined) => {
      if (opsi && opsi.join(',').length < 250)
        sel.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${opsi.join(',')}"`],
          showErrorMessage: true,
          errorTitle: 'Pilihan (choice)',
          error: `Pilih salah satu (choose one): ${opsi.join(', ')}`,
        };
    };
    // a name | value sheet: each field's description on its name, a dropdown on its value
    if (!daftar)
      baris.forEach((butir, indeks) => {
        const jalurSkema = langkah(deskripsi.jalur, String(butir.get('kolom')));
        const row = ws.getRow(indeks + 2);
        const uraian = uraianDi(skema, jalurSkema);
        if (uraian) row.getCell(1).note = uraian;
        daftarPilihan(row.getCell(2), pilihan(skemaDi(skema, jalurSkema)));
      });
    kolom.forEach((kunci, indeksKolom) => {
      const jalurSkema = daftar ? langkah(deskripsi.jalur, kunci) : undefined;
      const opsi = pilihan(jalurSkema ? skemaDi(skema, jalurSkema) : undefined);
      const huruf = hurufKolom(indeksKolom);
      if (opsi)
        for (let nomorBaris = 2; nomorBaris <= Math.max(baris.length + 200, 200); nomorBaris++)
          daftarPilihan(ws.getCell(`${huruf}${nomorBaris}`), opsi);
      if (
        /^(pagu|pagu_murni|realisasi|jumlah\.(pagu|realisasi))$/.test(kunci) &&
        deskripsi.jalur.startsWith('anggaran')
      )
        ws.getColumn(indeksKolom + 1).numFmt = '#,##0';
    });
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
      sort: true,
      autoFilter: true,
    });
    for (const tabel of tabelKisi) tulisLembarKisi(wb, tabel);
  }
  return wb;
}

/**
 * A table's grid sheet, laid out as printed: row 1 its headings verbatim, then one row per table
 * row, one cell per value (tulisSel's conventions). The headings are data, so nothing is locked.
 */
function tulisLembarKisi(wb: ExcelJS.Workbook, tabel: NonNullable<BarisLembar['kisi']>) {
  const ws = wb.addWorksheet(tabel.nama, { views: [{ state: 'frozen', ySplit: 1 }] });
  const judul = Array.isArray(tabel.kolom) ? tabel.kolom : [];
  judul.forEach((teks, indeks) => {
    const sel = ws.getRow(1).getCell(indeks + 1);
    sel.value = typeof teks === 'string' ? teks : JSON.stringify(teks);
    sel.font = { bold: true };
    sel.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    ws.getColumn(indeks + 1).width = Math.min(60, Math.max(12, String(teks).length + 2));
  });
  (Array.isArray(tabel.baris) ? tabel.baris : []).forEach((isiBaris, indeksBaris) => {
    const row = ws.getRow(indeksBaris + 2);
    if (Array.isArray(isiBaris)) isiBaris.forEach((nilai, indeks) => tulisSel(row.getCell(indeks + 1), nilai));
    else tulisSel(row.getCell(1), isiBaris);
  });
}

/**
 * A blank workbook for a new agency: every sheet with its columns, dropdowns and notes, and on
 * Profil the fields that name the file it becomes (PROFIL_WAJIB), left empty for the operator.
 */
export function eksporBukuKosong(jenis: JenisBuku): Promise<ExcelJS.Workbook> {
  return eksporBuku(
    jenis,
    Object.fromEntries(PROFIL_WAJIB[jenis].kolom.split(', ').map((kolom) => [kolom, undefined])),
  );
}

/** A content problem's words, placed in the workbook instead of the JSON file. */
export interface GalatBuku extends Pick<Masalah, 'pesan' | 'message' | 'diharapkan' | 'ditemukan' | 'saran'> {
  lembar: string;
  baris?: number;
  kolom?: string;
}

export const formatGalatBuku = (berkas: string, g: GalatBuku) =>
  [
    `GALAT (error)  ${berkas}, lembar (sheet) "${g.lembar}"${g.baris ? `, baris (row) ${g.baris}` : ''}${g.kolom ? `, kolom (column) ${g.kolom}` : ''}`,
    `  ${g.pesan}`,
    `  (${g.message})`,
    ...(g.diharapkan !== undefined ? [`  diharapkan (expected): ${g.diharapkan}`] : []),
    ...(g.ditemukan !== undefined ? [`  ditemukan (found): ${g.ditemukan}`] : []),
    ...(g.saran ? [`  saran (hint): ${g.saran}`] : []),
  ].join('\n');

/** Where each JSON path came from: the cell (or row) that wrote it. */
export type Letak = Map<string, { lembar: string; baris: number; kolom?: string }>;

export interface HasilBacaBuku {
  jenis?: JenisBuku;
  dokumen?: Record<string, unknown>;
  galat: GalatBuku[];
  letak: Letak;
}

function bacaNilaiSel(sel: ExcelJS.Cell): { ok: true; nilai: Json | undefined } | { ok: false; jenis: string } {
  const nilai = sel.value;
  if (nilai === null || nilai === undefined || nilai === '') return { ok: true, nilai: undefined };
  if (typeof nilai === 'number' || typeof nilai === 'boolean') return { ok: true, nilai };
  if (nilai instanceof Date) return { ok: true, nilai: nilai.toISOString().slice(0, 10) };
  if (typeof nilai === 'string') {
    if (/^\s*[-–—]\s*$/.test(nilai)) return { ok: true, nilai: null };
    if (/^["[{]/.test(nilai))
      try {
        return { ok: true, nilai: JSON.parse(nilai) as Json };
      } catch {
        return { ok: true, nilai };
      }
    return { ok: true, nilai };
  }
  if ('formula' in nilai || 'sharedFormula' in nilai) return { ok: false, jenis: 'rumus' };
  if ('richText' in nilai) return { ok: true, nilai: nilai.richText.map((r) => r.text).join('') };
  if ('text' in nilai && 'hyperlink' in nilai) return { ok: true, nilai: String(nilai.text) };
  if ('error' in nilai) return { ok: false, jenis: 'galat' };
  return { ok: false, jenis: 'lain' };
}

function aturJalur(obj: Obj, kolom: string, nilai: Json) {
  const seg = segmen(kolom);
  let objek = obj;
  for (const potongan of seg.slice(0, -1)) {
    if (!adalahObjek(objek[potongan])) objek[potongan] = {};
    objek = objek[potongan] as Obj;
  }
  objek[seg.at(-1)!] = nilai;
}

const jalurJson = (seg: (string | number)[]) =>
  seg.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

interface SelTerbaca {
  nomorKolom: number;
  nilai: Json;
  /** the cell as text, for messages and headings */
  teks: string;
}

/**
 * The filled cells of a sheet, row by row from row `dari`. Merged cells, hidden rows, formulas
 * and unreadable cells are errors with their place: one check for every kind of sheet.
 */
function bacaSelLembar(
  ws: ExcelJS.Worksheet,
  dari: number,
  galat: GalatBuku[],
  tempat: (nomorKolom: number) => string,
  lewati: (nomorKolom: number) => boolean = () => false,
): { baris: number; sel: SelTerbaca[] }[] {
  for (const rentang of (ws.model as { merges?: string[] }).merges ?? [])
    galat.push({
      lembar: ws.name,
      baris: Number(/\d+/.exec(rentang)?.[0]),
      kolom: rentang,
      pesan: `Sel digabung (${rentang}): nilainya tidak dapat dibaca per kolom.`,
      message: `Merged cells (${rentang}): their value cannot be read per column.`,
      saran: 'Pisahkan sel (Unmerge) dan tulis nilai di tiap sel (unmerge and write each cell).',
    });
  const hasilBaris: { baris: number; sel: SelTerbaca[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, nomorBaris) => {
    if (nomorBaris < dari) return;
    if (row.hidden) {
      galat.push({
        lembar: ws.name,
        baris: nomorBaris,
        pesan: 'Baris tersembunyi: isinya tidak terlihat saat diperiksa, jadi tidak diimpor.',
        message: 'A hidden row: what it holds cannot be seen when reviewed, so it is not imported.',
        saran: 'Tampilkan baris (Unhide) atau hapus (unhide or delete the row).',
      });
      return;
    }
    const sel: SelTerbaca[] = [];
    row.eachCell((selBaris, nomorKolom) => {
      if (lewati(nomorKolom)) return;
      const hasil = bacaNilaiSel(selBaris);
      if (!hasil.ok) {
        galat.push({
          lembar: ws.name,
          baris: nomorBaris,
          kolom: tempat(nomorKolom),
          pesan:
            hasil.jenis === 'rumus'
              ? 'Sel berisi rumus; tulis nilainya saja (angka seperti tercetak di dokumen).'
              : 'Sel ini tidak dapat dibaca.',
          message:
            hasil.jenis === 'rumus' ? 'The cell holds a formula; write its value only.' : 'This cell cannot be read.',
          diharapkan: 'nilai (a value)',
          ditemukan:
            hasil.jenis === 'rumus'
              ? `=${(selBaris.value as { formula?: string }).formula ?? ''}`
              : String(selBaris.text),
          saran: 'Salin sel, lalu Tempel Khusus → Nilai (copy, then Paste Special → Values).',
        });
        return;
      }
      if (hasil.nilai === undefined) return;
      sel.push({
        nomorKolom,
        nilai: hasil.nilai,
        teks: typeof selBaris.value === 'string' ? selBaris.value : String(selBaris.text),
      });
    });
    hasilBaris.push({ baris: nomorBaris, sel });
  });
  return hasilBaris;
}

/**
 * A table's headings and rows from the grid sheet a list row names (DeskripsiLembar.kisi): headings
 * in row 1, non-empty up to the last used column; each row's values from the first cell to its last
 * filled one (table rows are full, so a trailing empty cell is absent), a gap inside a row an error.
 */
function bacaKisi(
  wb: ExcelJS.Workbook,
  deskripsi: DeskripsiLembar,
  asal: { baris: number; nilai: Json; kolom: string },
  dipakai: Set<string>,
  galat: GalatBuku[],
  letak: Letak,
  jalurTabel: string,
): { kolom: string[]; baris: Json[][] } | undefined {
  const kisi = deskripsi.kisi!;
  const nama = typeof asal.nilai === 'string' ? asal.nilai.trim() : String(asal.nilai);
  const ws = wb.getWorksheet(nama);
  const bukanKisi = nama === 'Petunjuk' || Object.values(BUKU).some((b) => b.lembar.some((l) => l.nama === nama));
  if (!ws || bukanKisi || dipakai.has(nama)) {
    const ada = wb.worksheets.map((w) => w.name).filter((n) => n.startsWith(`${kisi.lembar} `));
    galat.push({
      lembar: deskripsi.nama,
      baris: asal.baris,
      kolom: asal.kolom,
      ...(dipakai.has(nama)
        ? {
            pesan: `Lembar "${nama}" sudah disebut baris lain; satu lembar untuk satu tabel.`,
            message: `Sheet "${nama}" is already named by another row; one sheet per table.`,
          }
        : {
            pesan: `Lembar tabel "${nama}" tidak ada di buku kerja.`,
            message: `The table sheet "${nama}" is not in the workbook.`,
          }),
      diharapkan: ada.length ? ada.join(' | ') : `${kisi.lembar} 1`,
      ditemukan: nama,
      saran: `Tambahkan lembar "${kisi.lembar} N" (baris 1 = judul kolom, lalu isi tabel) dan tulis namanya di sini (add the sheet and write its name here).`,
    });
    return undefined;
  }
  dipakai.add(nama);
  const judul: string[] = [];
  ws.getRow(1).eachCell((sel, nomorKolom) => {
    judul[nomorKolom] = typeof sel.value === 'string' ? sel.value : String(sel.text);
  });
  const tempat = (nomorKolom: number) => `${hurufKolom(nomorKolom - 1)} (${judul[nomorKolom] || '?'})`;
  const bacaan = bacaSelLembar(ws, 1, galat, tempat);
  const kolom: string[] = [];
  const barisJudul = bacaan[0]?.baris === 1 ? bacaan.shift()!.sel : [];
  const akhirJudul = Math.max(0, ...barisJudul.map((sel) => sel.nomorKolom));
  for (let nomorKolom = 1; nomorKolom <= akhirJudul; nomorKolom++) {
    const sel = barisJudul.find((x) => x.nomorKolom === nomorKolom);
    if (!sel)
      galat.push({
        lembar: nama,
        baris: 1,
        kolom: hurufKolom(nomorKolom - 1),
        pesan: 'Judul kolom kosong: baris 1 lembar tabel berisi judul tiap kolom, tanpa celah.',
        message: 'An empty column heading: row 1 of a table sheet holds every column heading, without gaps.',
        diharapkan: 'judul kolom (a column heading)',
        ditemukan: 'kosong (empty)',
        saran: 'Tulis judul kolomnya persis seperti tercetak (write the heading as printed).',
      });
    kolom.push(sel?.teks ?? '');
  }
  letak.set(`${jalurTabel}.${kisi.kolom}`, { lembar: nama, baris: 1 });
  kolom.forEach((_, indeks) =>
    letak.set(`${jalurTabel}.${kisi.kolom}[${indeks}]`, { lembar: nama, baris: 1, kolom: tempat(indeks + 1) }),
  );
  letak.set(`${jalurTabel}.${kisi.baris}`, { lembar: nama, baris: 1 });
  const baris: Json[][] = [];
  for (const { baris: nomorBaris, sel } of bacaan) {
    const isi: Json[] = [];
    for (const { nomorKolom, nilai, teks } of sel) {
      if (nomorKolom > akhirJudul) {
        galat.push({
          lembar: nama,
          baris: nomorBaris,
          kolom: hurufKolom(nomorKolom - 1),
          pesan: 'Sel berisi nilai di kolom tanpa judul; tidak akan terbaca.',
          message: 'A value in a column without a heading would not be read.',
          diharapkan: `kolom A–${hurufKolom(Math.max(0, akhirJudul - 1))}`,
          ditemukan: teks,
          saran: 'Tulis judul kolomnya di baris 1, atau pindahkan nilainya (write its heading in row 1, or move it).',
        });
        continue;
      }
      isi[nomorKolom - 1] = nilai;
    }
    if (!isi.length) continue;
    const indeksBaris = baris.length;
    for (let indeks = 0; indeks < isi.length; indeks++)
      if (isi[indeks] === undefined) {
        galat.push({
          lembar: nama,
          baris: nomorBaris,
          kolom: tempat(indeks + 1),
          pesan: 'Sel kosong di tengah baris tabel.',
          message: 'An empty cell inside a table row.',
          diharapkan:
            '"-" bila tidak ada di dokumen, "" bila kosong di dokumen ("-" when not in the source, "" when printed empty)',
          ditemukan: 'kosong (empty)',
          saran: 'Tulis nilainya (write its value).',
        });
        isi[indeks] = null;
      } else
        letak.set(`${jalurTabel}.${kisi.baris}[${indeksBaris}][${indeks}]`, {
          lembar: nama,
          baris: nomorBaris,
          kolom: tempat(indeks + 1),
        });
    letak.set(`${jalurTabel}.${kisi.baris}[${indeksBaris}]`, { lembar: nama, baris: nomorBaris });
    baris.push(isi);
  }
  return { kolom, baris };
}

/**
 * A workbook exported before the outline column was renamed heads it "nomor": read that column as
 * the outline only when it cannot be a field (no "No. urut" column, no field "nomor" in the items).
 */
function bacaKolomNomorLama(kepala: (string | undefined)[], skemaItem: z.ZodType | undefined) {
  if (kepala.includes(KOLOM_NOMOR)) return;
  if (KOLOM_NOMOR_LAMA in (bentukObjek(skemaItem) ?? {})) return;
  const indeks = kepala.indexOf(KOLOM_NOMOR_LAMA);
  if (indeks > 0) kepala[indeks] = KOLOM_NOMOR;
}

/** Reads a workbook back into a document; every cell that cannot be read is an error with its place. */
export function bacaBuku(wb: ExcelJS.Workbook): HasilBacaBuku {
  const galat: GalatBuku[] = [];
  const letak: Letak = new Map();
  const jenisTeks = wb.title || String(wb.getWorksheet('Petunjuk')?.getCell('B1').value ?? '');
  if (!adalahJenisBuku(jenisTeks)) {
    galat.push({
      lembar: 'Petunjuk',
      baris: 1,
      kolom: 'B',
      pesan: `Bukan buku kerja Kinerja Terbuka: jenisnya (${Object.keys(BUKU).join(', ')}) tidak tertulis.`,
      message: `Not a Kinerja Terbuka workbook: its kind (${Object.keys(BUKU).join(', ')}) is not written.`,
      diharapkan: Object.keys(BUKU).join(' | '),
      ditemukan: jenisTeks,
      saran: 'Mulai dari buku kerja hasil "npm run buku-kerja -- ekspor" (start from an exported workbook).',
    });
    return { galat, letak };
  }
  const jenis = jenisTeks;
  const { lembar, skema } = BUKU[jenis];
  const dok: Obj = {};
  /** grid sheets a list row has named, by name */
  const kisiDipakai = new Set<string>();
  // parents before children, so each row finds the item it belongs under
  const urut = [...lembar].sort((a, b) => kedalaman(a) - kedalaman(b));
  for (const deskripsi of urut) {
    const ws = wb.getWorksheet(deskripsi.nama);
    if (!ws) continue;
    const daftar = deskripsi.jalur.endsWith('[]');
    const kepala: (string | undefined)[] = [];
    ws.getRow(1).eachCell((sel, nomorKolom) => {
      kepala[nomorKolom] = typeof sel.value === 'string' ? sel.value.trim() : undefined;
    });
    if (daftar) bacaKolomNomorLama(kepala, skemaDi(skema, langkah(deskripsi.jalur, '')));
    const tempat = (_baris: number, i: number) => `${hurufKolom(i - 1)} (${kepala[i] ?? '?'})`;
    const rows: { nomor?: number[]; baris: number; sel: Map<string, { nilai: Json; kolom: string }> }[] = [];
    const bacaan = bacaSelLembar(
      ws,
      2,
      galat,
      (nomorKolom) => tempat(0, nomorKolom),
      (nomorKolom) => kepala[nomorKolom] === KOLOM_CATATAN_OPERATOR,
    );
    for (const { baris: nomorBaris, sel: daftarSel } of bacaan) {
      const sel = new Map<string, { nilai: Json; kolom: string }>();
      for (const { nomorKolom, nilai: nilaiSel, teks } of daftarSel) {
        const kunci = kepala[nomorKolom];
        if (!kunci) {
          galat.push({
            lembar: deskripsi.nama,
            baris: nomorBaris,
            kolom: hurufKolom(nomorKolom - 1),
            pesan: 'Sel berisi nilai di kolom tanpa judul; tidak akan terbaca.',
            message: 'A value in a column without a heading would not be read.',
            ditemukan: teks,
            saran: `Pindahkan ke kolom yang benar atau ke "${KOLOM_CATATAN_OPERATOR}".`,
          });
          continue;
        }
        let nilai = nilaiSel;
        // a number typed as text ("72,58") in a number field: read the Indonesian way
        const skemaKolom =
          daftar && kunci !== KOLOM_NOMOR ? skemaDi(skema, langkah(deskripsi.jalur, kunci)) : undefined;
        if (typeof nilai === 'string' && jenisSkema(skemaKolom) === 'number') {
          const angka = bacaDesimal(nilai);
          if (angka.ok) nilai = angka.nilai;
        }
        sel.set(kunci, { nilai, kolom: tempat(nomorBaris, nomorKolom) });
      }
      if (!sel.size) continue;
      if (!daftar) {
        rows.push({ baris: nomorBaris, sel });
        continue;
      }
      const nomor = sel.get(KOLOM_NOMOR);
      const teks = nomor ? String(nomor.nilai) : '';
      if (!/^\d+(\.\d+)*$/.test(teks)) {
        galat.push({
          lembar: deskripsi.nama,
          baris: nomorBaris,
          kolom: nomor?.kolom ?? `A (${KOLOM_NOMOR})`,
          pesan: 'Nomor baris kosong atau tidak berbentuk 1, 1.2, 1.2.3.',
          message: 'The row number is empty or not of the form 1, 1.2, 1.2.3.',
          diharapkan: '1.2.3',
          ditemukan: teks,
        });
        continue;
      }
      sel.delete(KOLOM_NOMOR);
      rows.push({ nomor: teks.split('.').map(Number), baris: nomorBaris, sel });
    }

    if (!daftar) {
      const sasaran = deskripsi.jalur ? ({} as Obj) : dok;
      for (const butir of rows) {
        const kolomSel = butir.sel.get('kolom');
        const nilaiSel = butir.sel.get('nilai');
        const jalurBaris =
          typeof kolomSel?.nilai === 'string'
            ? deskripsi.jalur
              ? `${deskripsi.jalur}.${kolomSel.nilai}`
              : kolomSel.nilai
            : undefined;
        // a field named and left empty is not filled: a problem with it points at its value cell
        if (jalurBaris && !nilaiSel) {
          letak.set(jalurBaris, { lembar: deskripsi.nama, baris: butir.baris, kolom: `B (${KOLOM_PASANGAN[1]})` });
          continue;
        }
        if (!kolomSel || !jalurBaris || !nilaiSel) {
          galat.push({
            lembar: deskripsi.nama,
            baris: butir.baris,
            pesan: 'Baris ini perlu nama kolom dan nilainya.',
            message: 'This row needs a field name and its value.',
            ditemukan: [kolomSel?.nilai, nilaiSel?.nilai].map((x) => JSON.stringify(x)).join(' | '),
          });
          continue;
        }
        aturJalur(sasaran, kolomSel.nilai as string, nilaiSel.nilai);
        letak.set(jalurBaris, {
          lembar: deskripsi.nama,
          baris: butir.baris,
          kolom: nilaiSel.kolom,
        });
      }
      if (deskripsi.jalur && Object.keys(sasaran).length) aturJalur(dok, deskripsi.jalur, sasaran);
      continue;
    }

    const seg = segmen(deskripsi.jalur);
    const nDaftar = kedalaman(deskripsi);
    rows.sort((a, b) => a.nomor!.length - b.nomor!.length);
    for (const butir of rows) {
      const nomor = butir.nomor!;
      const bebas = deskripsi.rekursif ?? deskripsi.rekursifInduk;
      if (nomor.length < nDaftar || (!bebas && nomor.length > nDaftar) || nomor.some((x) => x < 1)) {
        galat.push({
          lembar: deskripsi.nama,
          baris: butir.baris,
          kolom: `A (${KOLOM_NOMOR})`,
          pesan: `Nomor "${nomor.join('.')}" harus ${bebas ? 'paling sedikit' : 'tepat'} ${nDaftar} bagian.`,
          message: `Number "${nomor.join('.')}" must have ${bebas ? 'at least' : 'exactly'} ${nDaftar} parts.`,
          diharapkan: Array.from({ length: nDaftar }, (_, i) => i + 1).join('.'),
          ditemukan: nomor.join('.'),
        });
        continue;
      }
      // walk down to the list the item belongs in
      let objek: Json = dok;
      const jalurItem: (string | number)[] = [];
      let ke = 0;
      let hilang = false;
      const langkahList: [string, number][] = [];
      for (const potongan of seg) {
        if (!potongan.endsWith('[]')) {
          langkahList.push([potongan, -1]);
          continue;
        }
        langkahList.push([potongan.slice(0, -2), nomor[ke++]! - 1]);
        // below a tree's item: the numbers beyond the fixed ones walk down the tree first
        if (deskripsi.rekursifInduk && ke === nDaftar - 1)
          while (ke < nomor.length - 1) langkahList.push([deskripsi.rekursifInduk, nomor[ke++]! - 1]);
      }
      if (deskripsi.rekursif)
        for (let indeks = nDaftar; indeks < nomor.length; indeks++)
          langkahList.push([deskripsi.rekursif, nomor[indeks]! - 1]);
      for (let indeks = 0; indeks < langkahList.length; indeks++) {
        const [kunci, idx] = langkahList[indeks]!;
        const akhir = indeks === langkahList.length - 1;
        if (!adalahObjek(objek)) {
          hilang = true;
          break;
        }
        if (idx < 0) {
          if (!adalahObjek(objek[kunci])) objek[kunci] = {};
          objek = objek[kunci]!;
          jalurItem.push(kunci);
          continue;
        }
        if (!Array.isArray(objek[kunci])) objek[kunci] = [];
        const arr = objek[kunci] as Json[];
        jalurItem.push(kunci, idx);
        if (akhir) {
          if (arr[idx] !== undefined) {
            galat.push({
              lembar: deskripsi.nama,
              baris: butir.baris,
              kolom: `A (${KOLOM_NOMOR})`,
              pesan: `Nomor "${nomor.join('.')}" dipakai dua kali.`,
              message: `Number "${nomor.join('.')}" is used twice.`,
              ditemukan: nomor.join('.'),
            });
            hilang = true;
            break;
          }
          const item: Json = butir.sel.has(KOLOM_ISI) ? butir.sel.get(KOLOM_ISI)!.nilai : {};
          const jj = jalurJson(jalurItem);
          if (adalahObjek(item) && !butir.sel.has(KOLOM_ISI))
            for (const [kunciSel, isian] of butir.sel) {
              if (deskripsi.kisi && kunciSel === KOLOM_LEMBAR_KISI) {
                // the table's headings and rows, from the grid sheet this cell names
                const tabel = bacaKisi(wb, deskripsi, { baris: butir.baris, ...isian }, kisiDipakai, galat, letak, jj);
                if (tabel) {
                  item[deskripsi.kisi.kolom] = tabel.kolom;
                  item[deskripsi.kisi.baris] = tabel.baris;
                }
                continue;
              }
              aturJalur(item, kunciSel, isian.nilai);
            }
          arr[idx] = item;
          letak.set(jj, { lembar: deskripsi.nama, baris: butir.baris });
          for (const [kunciSel, isian] of butir.sel)
            if (kunciSel !== KOLOM_LEMBAR_KISI || !deskripsi.kisi)
              letak.set(kunciSel === KOLOM_ISI ? jj : `${jj}.${kunciSel}`, {
                lembar: deskripsi.nama,
                baris: butir.baris,
                kolom: isian.kolom,
              });
        } else {
          if (arr[idx] === undefined) {
            hilang = true;
            break;
          }
          objek = arr[idx]!;
        }
      }
      if (hilang && !galat.some((g) => g.lembar === deskripsi.nama && g.baris === butir.baris))
        galat.push({
          lembar: deskripsi.nama,
          baris: butir.baris,
          kolom: `A (${KOLOM_NOMOR})`,
          pesan: `Baris induk untuk nomor "${nomor.join('.')}" tidak ada.`,
          message: `No parent row for number "${nomor.join('.')}".`,
          ditemukan: nomor.join('.'),
          saran: 'Periksa nomor baris induk di lembar sebelumnya (check the parent row numbers).',
        });
    }
  }
  // a grid sheet no row names would be dropped without a word
  for (const ws of wb.worksheets) {
    const deskripsi = lembar.find((l) => l.kisi && ws.name.startsWith(`${l.kisi.lembar} `));
    if (deskripsi && !kisiDipakai.has(ws.name))
      galat.push({
        lembar: ws.name,
        pesan: `Lembar "${ws.name}" tidak disebut di kolom "${KOLOM_LEMBAR_KISI}" lembar "${deskripsi.nama}", jadi tidak akan diimpor.`,
        message: `No row of sheet "${deskripsi.nama}" names sheet "${ws.name}" in column "${KOLOM_LEMBAR_KISI}", so it would not be imported.`,
        diharapkan: `${KOLOM_LEMBAR_KISI} = ${ws.name}`,
        ditemukan: `${ws.name} (tidak disebut / not named)`,
        saran: `Tulis "${ws.name}" di kolom "${KOLOM_LEMBAR_KISI}" baris tabelnya, atau hapus lembar ini (name it in its table's row, or delete the sheet).`,
      });
  }
  // lists with a gap (1, 2, 4) would hold an empty item
  const periksaCelah = (nilai: Json, jalur: (string | number)[]) => {
    if (Array.isArray(nilai))
      nilai.forEach((anak, indeks) => {
        if (anak === undefined) {
          const induk = letak.get(jalurJson(jalur));
          galat.push({
            lembar: induk?.lembar ?? 'Profil',
            ...(induk ? { baris: induk.baris } : {}),
            pesan: `Nomor urut melompat: butir ${indeks + 1} di ${jalurJson(jalur)} tidak ada.`,
            message: `Numbering skips: item ${indeks + 1} of ${jalurJson(jalur)} is missing.`,
          });
          nilai[indeks] = null;
        } else periksaCelah(anak, [...jalur, indeks]);
      });
    else if (adalahObjek(nilai))
      for (const [kunci, anak] of Object.entries(nilai)) periksaCelah(anak, [...jalur, kunci]);
  };
  periksaCelah(dok, []);
  return { jenis, dokumen: dok, galat, letak };
}

/** The cell a content problem's field path points at: the longest path the workbook wrote. */
export function letakJalur(letak: Letak, jalur: string): { lembar: string; baris?: number; kolom?: string } {
  for (let awalan = jalur; awalan; awalan = awalan.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const ditemukan = letak.get(awalan);
    if (ditemukan) return ditemukan;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(awalan)) break;
  }
  return { lembar: 'Profil' };
}

/**
 * The cell of a content problem: as letakJalur, and for a field left empty in a list row (letak
 * holds filled cells only) the column whose heading names that field.
 */
function letakMasalah(wb: ExcelJS.Workbook, letak: Letak, jalur: string): ReturnType<typeof letakJalur> {
  const tempat = letakJalur(letak, jalur);
  if (tempat.kolom || tempat.baris === undefined) return tempat;
  let kolom: string | undefined;
  wb.getWorksheet(tempat.lembar)
    ?.getRow(1)
    .eachCell((sel, nomorKolom) => {
      const judul = typeof sel.value === 'string' ? sel.value : '';
      if (!kolom && judul && jalur.endsWith(`.${judul}`) && letak.get(jalur.slice(0, -judul.length - 1)) === tempat)
        kolom = `${hurufKolom(nomorKolom - 1)} (${judul})`;
    });
  return kolom ? { ...tempat, kolom } : tempat;
}

/** Where a workbook's content is written: lkjip.json of its year, renstra-<start>-<end>.json, or indikator.json. */
export function berkasTujuan(jenis: JenisBuku, dok: Record<string, unknown>): string | undefined {
  const ins = dok.instansi;
  if (typeof ins !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ins)) return undefined;
  if (jenis === 'indikator') return `content/instansi/${ins}/indikator.json`;
  if (jenis === 'lkjip')
    return typeof dok.tahun === 'number' ? `content/instansi/${ins}/${dok.tahun}/lkjip.json` : undefined;
  const periode = dok.periode as { mulai?: unknown; selesai?: unknown } | undefined;
  return typeof periode?.mulai === 'number' && typeof periode.selesai === 'number'
    ? `content/instansi/${ins}/renstra-${periode.mulai}-${periode.selesai}.json`
    : undefined;
}

/**
 * Keys in the order of the file being replaced (`contoh`), else the schema's order, so a re-import
 * diffs only what changed.
 */
export function urutkanKunci(nilai: unknown, skema: z.ZodType | undefined, contoh?: unknown): unknown {
  const skemaTerbuka = skema ? buka(skema) : undefined;
  if (Array.isArray(nilai)) {
    const el = jenisSkema(skemaTerbuka) === 'array' ? skemaDi(skemaTerbuka!, ['[]']) : undefined;
    return nilai.map((x, i) => urutkanKunci(x, el, Array.isArray(contoh) ? (contoh[i] ?? contoh[0]) : undefined));
  }
  if (!adalahObjek(nilai)) return nilai;
  const bentuk =
    jenisSkema(skemaTerbuka) === 'object'
      ? (skemaTerbuka as unknown as { shape: Record<string, z.ZodType> }).shape
      : ({} as Record<string, z.ZodType>);
  const lama = adalahObjek(contoh) ? Object.keys(contoh) : [];
  // the old file's keys in its order, then new ones in the schema's order
  const kunci = [...new Set([...lama, ...Object.keys(bentuk), ...Object.keys(nilai)])].filter((k) => k in nilai);
  return Object.fromEntries(
    kunci.map((k) => [k, urutkanKunci(nilai[k], bentuk[k], adalahObjek(contoh) ? contoh[k] : undefined)]),
  );
}

/** What each kind's Profil sheet must hold to name the file it becomes (berkasTujuan). */
const PROFIL_WAJIB: Record<JenisBuku, { kolom: string; pesan: string; message: string }> = {
  lkjip: { kolom: 'instansi, tahun', pesan: 'Instansi (id) dan tahun', message: 'The agency id and the year' },
  renstra: {
    kolom: 'instansi, periode.mulai, periode.selesai',
    pesan: 'Instansi (id) dan periode.mulai/periode.selesai',
    message: 'The agency id and the period',
  },
  indikator: { kolom: 'instansi', pesan: 'Instansi (id)', message: 'The agency id' },
};

/**
 * A workbook checked against the content it joins: read, placed, and validated with every
 * other file; each problem points at its sheet, row and column. Nothing is written here.
 */
export function periksaBuku(
  wb: ExcelJS.Workbook,
  /** the file the workbook would replace, if any: its key order is kept */
  ada: (berkas: string) => unknown,
  /** the problems of the file `berkas` holding `isi`, checked with the rest of the content */
  validasi: (berkas: string, isi: string) => Masalah[],
): { jenis?: JenisBuku; berkas?: string; isi?: string; galat: GalatBuku[]; peringatan: GalatBuku[] } {
  const baca = bacaBuku(wb);
  if (baca.galat.length || !baca.dokumen || !baca.jenis) return { galat: baca.galat, peringatan: [] };
  const berkas = berkasTujuan(baca.jenis, baca.dokumen);
  if (!berkas) {
    const wajib = PROFIL_WAJIB[baca.jenis];
    return {
      galat: [
        {
          ...letakJalur(baca.letak, 'instansi'),
          pesan: `${wajib.pesan} wajib diisi di lembar Profil.`,
          message: `${wajib.message} must be filled in on the Profil sheet.`,
          diharapkan: wajib.kolom,
        },
      ],
      peringatan: [],
    };
  }
  const isi = `${JSON.stringify(urutkanKunci(baca.dokumen, BUKU[baca.jenis].skema, ada(berkas)), null, 2)}\n`;
  const ubah = (m: ReturnType<typeof validasi>[number]): GalatBuku => ({
    ...letakMasalah(wb, baca.letak, m.jalur),
    pesan: `${m.pesan} [${m.jalur}]`,
    message: m.message,
    ...(m.diharapkan !== undefined ? { diharapkan: m.diharapkan } : {}),
    ...(m.ditemukan !== undefined ? { ditemukan: m.ditemukan } : {}),
    ...(m.saran !== undefined ? { saran: m.saran } : {}),
  });
  const masalah = validasi(berkas, isi);
  return {
    jenis: baca.jenis,
    berkas,
    isi,
    galat: masalah.filter((m) => m.tingkat === 'galat').map(ubah),
    peringatan: masalah.filter((m) => m.tingkat === 'peringatan').map(ubah),
  };
}

export interface PerubahanNilai {
  /** the field, with each list item named by its indicator, id or name: pengukuran.indikator[ipasn].realisasi */
  jalur: string;
  lama: unknown;
  baru: unknown;
}

/** Every value that differs between the content as it is and as the workbook would make it. */
export function bandingkanNilai(lama: unknown, baru: unknown, jalur = ''): PerubahanNilai[] {
  const nama = (nilai: unknown, indeks: number) => {
    if (!adalahObjek(nilai)) return String(indeks + 1);
    const sebutan = nilai.indikator ?? nilai.id ?? nilai.kode ?? nilai.nama ?? nilai.tahun;
    return typeof sebutan === 'string' || typeof sebutan === 'number'
      ? `${indeks + 1}:${String(sebutan).slice(0, 40)}`
      : String(indeks + 1);
  };
  if (Array.isArray(lama) || Array.isArray(baru)) {
    const daftarLama = Array.isArray(lama) ? lama : [];
    const daftarBaru = Array.isArray(baru) ? baru : [];
    return Array.from({ length: Math.max(daftarLama.length, daftarBaru.length) }, (_, i) =>
      bandingkanNilai(daftarLama[i], daftarBaru[i], `${jalur}[${nama(daftarBaru[i] ?? daftarLama[i], i)}]`),
    ).flat();
  }
  if (adalahObjek(lama) || adalahObjek(baru)) {
    const objekLama = adalahObjek(lama) ? lama : {};
    const objekBaru = adalahObjek(baru) ? baru : {};
    return [...new Set([...Object.keys(objekLama), ...Object.keys(objekBaru)])].flatMap((k) =>
      bandingkanNilai(objekLama[k], objekBaru[k], jalur ? `${jalur}.${k}` : k),
    );
  }
  return lama === baru ? [] : [{ jalur, lama, baru }];
}

/** The changes as a Markdown table a reviewer reads: numbers first, then text. */
export function tabelPerubahan(perubahan: readonly PerubahanNilai[], batas = 300): string {
  if (!perubahan.length) return 'Tidak ada nilai yang berubah (no value changes).';
  const sel = (v: unknown) =>
    v === undefined
      ? '—'
      : `\`${(typeof v === 'string' ? v : JSON.stringify(v)).replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\s+/g, ' ').slice(0, 120)}\``;
  const urut = [...perubahan].sort(
    (a, b) =>
      Number(typeof b.baru === 'number' || typeof b.lama === 'number') -
      Number(typeof a.baru === 'number' || typeof a.lama === 'number'),
  );
  return [
    `${perubahan.length} nilai berubah (values change)${perubahan.length > batas ? `; ${batas} pertama ditampilkan (first ${batas} shown)` : ''}:`,
    '',
    '| Kolom (field) | Sekarang (now) | Menjadi (becomes) |',
    '|---|---|---|',
    ...urut.slice(0, batas).map((x) => `| \`${x.jalur}\` | ${sel(x.lama)} | ${sel(x.baru)} |`),
  ].join('\n');
}
