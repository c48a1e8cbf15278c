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
export function tercetak(t: string | number | null | undefined): string {
  if (t === null || t === undefined) return KOSONG;
  if (typeof t === 'number') return angka(t, 6);
  if (/^-?\d+(\.\d+)?$/.test(t)) {
    const d = t.includes('.') ? t.length - t.indexOf('.') - 1 : 0;
    return angka(Number(t), d, d);
  }
  return t;
}

/** What a page says for a value the document does not give (`null`), as opposed to a printed "N/A". */
export const TIDAK_ADA_DI_SUMBER = 'tidak ada di sumber';

/** An input number as printed: a JSON number up to `maks` decimals, a dot-decimal string with its own ("7.0" → "7,0"), a label as is. */
const masukan = (v: number | string, maks: number) => (typeof v === 'number' ? angka(v, maks) : tercetak(v));

/** A target: number, range, label or N/A; null = not in the source; undefined = no such target. */
export function target(t: Target | null | undefined, maks = 2): string {
  if (t === undefined) return KOSONG;
  if (t === null) return TIDAK_ADA_DI_SUMBER;
  if (typeof t === 'object') return `${masukan(t.min, maks)}–${masukan(t.max, maks)}`;
  return masukan(t, maks);
}

/** A measured value: number, label or N/A; null = not in the source; undefined = no such value. */
export function nilai(v: Nilai | null | undefined, maks = 2): string {
  if (v === undefined) return KOSONG;
  if (v === null) return TIDAK_ADA_DI_SUMBER;
  return masukan(v, maks);
}

/** A capaian: "100,81 %", "120,00 % (dibatasi dari 131,25 %)", "Tercapai (kualitatif)", or "– (target bernilai 0)". */
export function capaian(c: Capaian | null | undefined): string {
  if (!c) return KOSONG;
  if (c.jenis === 'persen')
    return c.tanpaBatas === undefined ? persen(c.nilai) : `${persen(c.nilai)} (dibatasi dari ${persen(c.tanpaBatas)})`;
  if (c.jenis === 'kualitatif') return c.tercapai ? 'Tercapai (kualitatif)' : 'Tidak tercapai (kualitatif)';
  return `${KOSONG} (${ALASAN_TAK_TERHITUNG[c.alasan]})`;
}

/** Why a capaian is missing, or null. */
export function alasan(c: Capaian | null | undefined): string | null {
  return c?.jenis === 'tak_terhitung' ? ALASAN_TAK_TERHITUNG[c.alasan] : null;
}

const tgl = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "2022-10-04" → "4 Oktober 2022". */
export function tanggal(iso: string | null | undefined): string {
  if (!iso) return KOSONG;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? KOSONG : tgl.format(d);
}

/** A year as a plain label (no thousands dot): 2020 → "2020". */
export const tahun = (t: number | null | undefined) => (angkaSah(t) ? String(Math.trunc(t)) : KOSONG);

/** Counts: 1234 → "1.234". */
export const jumlah = (v: number | null | undefined) => angka(v, 0);

/** Source-line locator text: "baris 100–110". */
export function baris(b: number | [number, number] | undefined): string | null {
  if (b === undefined) return null;
  return Array.isArray(b) ? `baris ${b[0]}–${b[1]}` : `baris ${b}`;
}

/** Where in the source document, in words: "Bab III, Tabel 3.1, hlm. 12, baris 100–110 transkripsi". */
export const lokasi = (l: Partial<Lokasi> | undefined, dokumen?: string): string => kataLokasi(l, dokumen) ?? KOSONG;

/**
 * An editor's note from the content, for readers: transcribers sometimes write the JSON word
 * "null" for an empty cell; a reader sees "kosong" (empty) instead.
 */
export function catatan(s: string | null | undefined): string {
  if (!s) return '';
  return s
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
export function nilaiTemuan(a: Pick<TemuanAudit, 'satuan'>, v: string | number | null): string {
  if (v === null) return KOSONG;
  if (a.satuan === 'kategori') return String(v);
  if (a.satuan === 'rupiah') return rupiah(Number(v));
  if (a.satuan === 'jumlah') return typeof v === 'string' ? tercetak(v) : angka(v, 0);
  const teks = typeof v === 'string' ? tercetak(v) : angka(v, 4);
  return a.satuan === 'persen' && teks !== KOSONG && /\d/.test(teks) ? `${teks} %` : teks;
}

/** printed − recomputed, signed, in the finding's unit. */
export function selisihTemuan(a: Pick<TemuanAudit, 'satuan' | 'selisih'>): string {
  const v = a.selisih;
  if (v === null) return KOSONG;
  if (a.satuan === 'rupiah') return `${v > 0 ? '+' : v < 0 ? '−' : ''}${rupiah(Math.abs(v))}`;
  const s = selisih(v, a.satuan === 'jumlah' ? 0 : 4);
  return a.satuan === 'persen' ? `${s} poin` : s;
}
