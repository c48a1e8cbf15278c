/**
 * The one number/date formatter of the site: Intl 'id-ID' only.
 * Never returns NaN, Infinity, undefined or null as text: a value that cannot be
 * shown becomes "–" (with a reason where the caller gives one).
 */
import type { Lokasi, Nilai, Target } from '../core/skema/common.ts';
import { kataLokasi } from '../core/tampilan/lokasi.ts';
import type { Capaian } from '../core/rumus/capaian.ts';
import { ALASAN_TAK_TERHITUNG } from '../core/rumus/capaian.ts';
import type { TemuanAudit } from '../core/audit/audit.ts';

import { KOSONG, angka, angkaSah, persen, rupiah, selisih } from './format-dasar.ts';
export * from './format-dasar.ts';

/** A printed dot-decimal string ("100.80") shown in Indonesian with its printed precision ("100,80"). */
export function tercetak(cetakan: string | number | null | undefined): string {
  if (cetakan === null || cetakan === undefined) return KOSONG;
  if (typeof cetakan === 'number') return angka(cetakan, 6);
  if (/^-?\d+(\.\d+)?$/.test(cetakan)) {
    const desimal = cetakan.includes('.') ? cetakan.length - cetakan.indexOf('.') - 1 : 0;
    return angka(Number(cetakan), desimal, desimal);
  }
  return cetakan;
}

/** What a page says for a value the document does not give (`null`), as opposed to a printed "N/A". */
export const TIDAK_ADA_DI_SUMBER = 'tidak ada di sumber';

/** An input number as printed: a JSON number up to `maks` decimals, a dot-decimal string with its own ("7.0" → "7,0"), a label as is. */
const masukan = (v: number | string, maks: number) => (typeof v === 'number' ? angka(v, maks) : tercetak(v));

/** A target: number, range, label or N/A; null = not in the source; undefined = no such target. */
export function target(isi: Target | null | undefined, maks = 2): string {
  if (isi === undefined) return KOSONG;
  if (isi === null) return TIDAK_ADA_DI_SUMBER;
  if (typeof isi === 'object') return `${masukan(isi.min, maks)}–${masukan(isi.max, maks)}`;
  return masukan(isi, maks);
}

/** A measured value: number, label or N/A; null = not in the source; undefined = no such value. */
export function nilai(isi: Nilai | null | undefined, maks = 2): string {
  if (isi === undefined) return KOSONG;
  if (isi === null) return TIDAK_ADA_DI_SUMBER;
  return masukan(isi, maks);
}

/** A capaian: "100,81 %", "120,00 % (dibatasi dari 131,25 %)", "Tercapai (kualitatif)", or "– (target bernilai 0)". */
export function capaian(hasil: Capaian | null | undefined): string {
  if (!hasil) return KOSONG;
  if (hasil.jenis === 'persen')
    return hasil.tanpaBatas === undefined
      ? persen(hasil.nilai)
      : `${persen(hasil.nilai)} (dibatasi dari ${persen(hasil.tanpaBatas)})`;
  if (hasil.jenis === 'kualitatif') return hasil.tercapai ? 'Tercapai (kualitatif)' : 'Tidak tercapai (kualitatif)';
  return `${KOSONG} (${ALASAN_TAK_TERHITUNG[hasil.alasan]})`;
}

/** Why a capaian is missing, or null. */
export function alasan(hasil: Capaian | null | undefined): string | null {
  return hasil?.jenis === 'tak_terhitung' ? ALASAN_TAK_TERHITUNG[hasil.alasan] : null;
}

const tgl = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "2022-10-04" → "4 Oktober 2022". */
export function tanggal(iso: string | null | undefined): string {
  if (!iso) return KOSONG;
  const hari = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(hari.getTime()) ? KOSONG : tgl.format(hari);
}

/** A year as a plain label (no thousands dot): 2020 → "2020". */
export const tahun = (t: number | null | undefined) => (angkaSah(t) ? String(Math.trunc(t)) : KOSONG);

/** Counts: 1234 → "1.234". */
export const jumlah = (v: number | null | undefined) => angka(v, 0);

/** Source-line locator text: "baris 100–110". */
export function baris(nomor: number | [number, number] | undefined): string | null {
  if (nomor === undefined) return null;
  return Array.isArray(nomor) ? `baris ${nomor[0]}–${nomor[1]}` : `baris ${nomor}`;
}

/** Where in the source document, in words: "Bab III, Tabel 3.1, hlm. 12, baris 100–110 transkripsi". */
export const lokasi = (l: Partial<Lokasi> | undefined, dokumen?: string): string => kataLokasi(l, dokumen) ?? KOSONG;

/**
 * An editor's note from the content, for readers: transcribers sometimes write the JSON word
 * "null" for an empty cell; a reader sees "kosong" (empty) instead.
 */
export function catatan(teks: string | null | undefined): string {
  if (!teks) return '';
  return teks
    .replace(/\bnull\b/g, 'kosong')
    .replace(/\bundefined\b/g, 'tidak ada')
    .replace(/\bNaN\b/g, 'bukan angka');
}

/** An efficiency figure: rupiah for the "sisa rupiah" method, a ratio or percentage otherwise. */
export const efisiensi = (metode: string, v: number | null) => (metode === 'sisa_rupiah' ? rupiah(v) : angka(v, 2));

/**
 * A printed or recomputed figure of the audit, in its unit: "Rp 5.334.766.655", "99,30 %", "62,65".
 * Recomputed figures keep 4 decimals so a reader sees why they differ; counts and rupiah none.
 */
export function nilaiTemuan(temuan: Pick<TemuanAudit, 'satuan'>, isi: string | number | null): string {
  if (isi === null) return KOSONG;
  if (temuan.satuan === 'kategori') return String(isi);
  if (temuan.satuan === 'rupiah') return rupiah(Number(isi));
  if (temuan.satuan === 'jumlah') return typeof isi === 'string' ? tercetak(isi) : angka(isi, 0);
  const teks = typeof isi === 'string' ? tercetak(isi) : angka(isi, 4);
  return temuan.satuan === 'persen' && teks !== KOSONG && /\d/.test(teks) ? `${teks} %` : teks;
}

/** printed − recomputed, signed, in the finding's unit. */
export function selisihTemuan(temuan: Pick<TemuanAudit, 'satuan' | 'selisih'>): string {
  const nilaiSelisih = temuan.selisih;
  if (nilaiSelisih === null) return KOSONG;
  if (temuan.satuan === 'rupiah')
    return `${nilaiSelisih > 0 ? '+' : nilaiSelisih < 0 ? '−' : ''}${rupiah(Math.abs(nilaiSelisih))}`;
  const teks = selisih(nilaiSelisih, temuan.satuan === 'jumlah' ? 0 : 4);
  return temuan.satuan === 'persen' ? `${teks} poin` : teks;
}
