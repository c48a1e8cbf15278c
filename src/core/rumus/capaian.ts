/**
 * Capaian (achievement) of one indicator and its predicate (DOMAIN.md §3).
 * Every non-computable case is an explicit result, never NaN or Infinity.
 */
import { GRADES, type Grade, type Nilai, type Polaritas, type Target } from '../skema/common.ts';

export type AlasanTakTerhitung = 'target_nol' | 'target_na' | 'realisasi_kosong' | 'realisasi_na' | 'tipe_tidak_cocok';

export type Capaian =
  | { jenis: 'persen'; nilai: number }
  | { jenis: 'kualitatif'; tercapai: boolean }
  | { jenis: 'tak_terhitung'; alasan: AlasanTakTerhitung };

export const ALASAN_TAK_TERHITUNG: Record<AlasanTakTerhitung, string> = {
  target_nol: 'target bernilai 0',
  target_na: 'target N/A',
  realisasi_kosong: 'realisasi tidak tersedia',
  realisasi_na: 'realisasi N/A',
  tipe_tidak_cocok: 'target dan realisasi tidak sebanding',
};

const isGrade = (v: unknown): v is Grade => typeof v === 'string' && (GRADES as readonly string[]).includes(v);

/** Rank on the ordinal scale AA > A > BB > B > CC > C > D: lower is better. */
export const peringkatGrade = (g: Grade) => GRADES.indexOf(g);

export function hitungCapaian(target: Target, realisasi: Nilai | null | undefined, polaritas: Polaritas): Capaian {
  if (realisasi === null || realisasi === undefined) return tak('realisasi_kosong');
  if (target === 'N/A') return tak('target_na');
  if (realisasi === 'N/A') return tak('realisasi_na');

  if (isGrade(target)) {
    if (!isGrade(realisasi)) return tak('tipe_tidak_cocok');
    return { jenis: 'kualitatif', tercapai: peringkatGrade(realisasi) <= peringkatGrade(target) };
  }
  if (typeof realisasi !== 'number') return tak('tipe_tidak_cocok');

  if (typeof target === 'object') {
    // A range: inside is fully met; outside, compare with the nearer bound, with the indicator's polarity
    // (a lower-better time above its range falls short; below it, it beats the range).
    const { min, max } = target;
    if (realisasi >= min && realisasi <= max) return persen(100);
    return terhadap(realisasi > max ? max : min, realisasi, polaritas);
  }
  return terhadap(target, realisasi, polaritas);
}

function terhadap(target: number, realisasi: number, polaritas: Polaritas): Capaian {
  if (target === 0) return tak('target_nol');
  if (polaritas === 'turun') return persen(((2 * target - realisasi) / target) * 100);
  return persen((realisasi / target) * 100);
}

const tak = (alasan: AlasanTakTerhitung): Capaian => ({ jenis: 'tak_terhitung', alasan });
const persen = (nilai: number): Capaian => ({ jenis: 'persen', nilai });

export type Predikat = 'melebihi' | 'tercapai' | 'tidak_tercapai' | 'tak_terhitung';

export const LABEL_PREDIKAT: Record<Predikat, string> = {
  melebihi: 'Melebihi target',
  tercapai: 'Tercapai',
  tidak_tercapai: 'Tidak tercapai',
  tak_terhitung: 'Tidak dapat dihitung',
};

// Capaian printed to 2 decimals is the finest the reports go; closer than this to 100 is "= 100".
const SAMA_DENGAN_100 = 1e-9;

/** < 100 % tidak tercapai · = 100 % tercapai · > 100 % melebihi target. */
export function predikat(c: Capaian): Predikat {
  if (c.jenis === 'tak_terhitung') return 'tak_terhitung';
  if (c.jenis === 'kualitatif') return c.tercapai ? 'tercapai' : 'tidak_tercapai';
  if (Math.abs(c.nilai - 100) < SAMA_DENGAN_100) return 'tercapai';
  return c.nilai > 100 ? 'melebihi' : 'tidak_tercapai';
}

/** Some evaluators cap capaian when scoring; the raw value stays the capaian. */
export const batasiCapaian = (nilai: number, batas: number) => Math.min(nilai, batas);
