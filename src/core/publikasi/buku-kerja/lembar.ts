/**
 * The workbook's sheets: one XLSX per report (LKjIP), Renstra or indicator catalogue, a sheet for every
 * part of the model, described once here (LEMBAR_*, BUKU) over the zod schemas. Each sheet is the fields
 * of one object (name | value rows), a list (one row per item, a "No. urut" like 1.2.3 that places the
 * item under its parent, one column per field, nested objects as dotted columns, a list of text one
 * value per row in "isi"), or a table's grid ("Tabel lain N": headings in row 1, rows below, as
 * printed). Every list operators fill has its own sheet. What stays a JSON cell is rare or a
 * transcriber's pointer: lokasi.baris (a line, or [first, last], of the source text file), a table
 * rule's row and column lists (Aturan tabel: baris, dari_baris, kolom, dari, dasar_lain), an
 * efficiency's anggaran.baris and anggaran_lain, and an empty list ("[]", kept apart from absent).
 * Also the column names and the small JSON helpers that export (tulis.ts), import (baca.ts) and the
 * check (periksa.ts) share, so the description and its conventions live in one place.
 */
import type { z } from 'zod';
import { KatalogIndikator } from '../../skema/indikator.ts';
import { Laporan } from '../../skema/laporan.ts';
import { Renstra } from '../../skema/renstra.ts';

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
export const KOLOM_NOMOR_LAMA = 'nomor';
export const KOLOM_ISI = 'isi';
/** the list sheet's column naming an item's grid sheet (DeskripsiLembar.kisi) */
export const KOLOM_LEMBAR_KISI = 'Lembar tabel';
/** the operator's own notes: never imported */
export const KOLOM_CATATAN_OPERATOR = 'Catatan operator (tidak diimpor)';
export const KOLOM_PASANGAN = ['kolom', 'nilai'] as const;

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Obj = { [k: string]: Json };
export const adalahObjek = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

export const segmen = (jalur: string) => (jalur ? jalur.split('.') : []);
export const kedalaman = (l: DeskripsiLembar) => (l.jalur.match(/\[\]/g) ?? []).length;

/** Paths (with "[]") that a sheet of their own holds: left out of their parent's columns. */
export function jalurTertutup(lembar: readonly DeskripsiLembar[]): Set<string> {
  return new Set(lembar.filter((l) => l.jalur).map((l) => l.jalur.replace(/\[\]$/, '')));
}
