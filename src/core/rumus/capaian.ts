/**
 * Capaian (achievement) of one indicator and its predicate (docs/domain.md §3), computed with the
 * method the document declared (rumus/metode.ts), an optional cap, and for qualitative values
 * the order of the indicator's declared value set. Every non-computable case is an explicit
 * result with its reason, never NaN or Infinity. `null` (not in the source) and "N/A" (printed)
 * give different reasons.
 */
import type { Nilai, Polaritas, Target } from '../skema/common.ts';
import { nilaiAngka } from './presisi.ts';
import { peringkat } from './himpunan.ts';
import { metodeDariPolaritas, type MetodeCapaian } from './metode.ts';

export type AlasanTakTerhitung =
  | 'target_kosong'
  | 'target_nol'
  | 'target_na'
  | 'realisasi_kosong'
  | 'realisasi_nol'
  | 'realisasi_na'
  | 'tipe_tidak_cocok'
  | 'tanpa_himpunan'
  | 'di_luar_himpunan';

export type Capaian =
  /** `tanpaBatas`: the value before the cap, when the cap lowered it */
  | { jenis: 'persen'; nilai: number; tanpaBatas?: number }
  | { jenis: 'kualitatif'; tercapai: boolean }
  | { jenis: 'tak_terhitung'; alasan: AlasanTakTerhitung };

export const ALASAN_TAK_TERHITUNG: Record<AlasanTakTerhitung, string> = {
  target_kosong: 'target tidak ada di sumber',
  target_nol: 'target bernilai 0',
  target_na: 'target tercetak N/A',
  realisasi_kosong: 'realisasi tidak ada di sumber',
  realisasi_nol: 'realisasi bernilai 0 (metode target ÷ realisasi)',
  realisasi_na: 'realisasi tercetak N/A',
  tipe_tidak_cocok: 'target dan realisasi tidak sebanding dengan metode ini',
  tanpa_himpunan: 'indikator tidak menyatakan himpunan nilai kualitatifnya',
  di_luar_himpunan: 'nilai tidak ada di himpunan nilai indikator',
};

/** How one indicator's capaian is computed. */
export interface AturanCapaian {
  metode: MetodeCapaian;
  /** the indicator's polarity: decides a range target's comparison outside the range and a numeric qualitative one */
  polaritas: Polaritas;
  /** the cap (%) the document applied */
  batasAtas?: number | undefined;
  /** the labels of the indicator's value set, best first */
  urutan?: readonly string[] | undefined;
}

/** The method a target implies when nothing is declared (v1's rule): see `metodeDariPolaritas`. */
export const jenisTarget = (t: Target | null | undefined): 'angka' | 'rentang' | 'label' =>
  t !== null && typeof t === 'object' ? 'rentang' : typeof t === 'string' && nilaiAngka(t) === null ? 'label' : 'angka';

/** The rule for a target and polarity when the document declares no method. */
export const aturanBawaan = (target: Target | null | undefined, polaritas: Polaritas): AturanCapaian => ({
  metode: metodeDariPolaritas(polaritas, jenisTarget(target)),
  polaritas,
});

const tak = (alasan: AlasanTakTerhitung): Capaian => ({ jenis: 'tak_terhitung', alasan });

function persen(nilai: number, batasAtas: number | undefined): Capaian {
  // a hair above the cap in binary (110.00000000000001) is the cap itself, not a capped value
  return batasAtas !== undefined && nilai - batasAtas > 1e-9 * batasAtas
    ? { jenis: 'persen', nilai: batasAtas, tanpaBatas: nilai }
    : { jenis: 'persen', nilai };
}

/** One number against one number with a non-range method. */
function bagi(metode: MetodeCapaian, target: number, realisasi: number): number | AlasanTakTerhitung {
  switch (metode) {
    case 'target-per-realisasi':
      return realisasi === 0 ? 'realisasi_nol' : (target / realisasi) * 100;
    case 'dua-target-kurang-realisasi':
      return target === 0 ? 'target_nol' : ((2 * target - realisasi) / target) * 100;
    default:
      return target === 0 ? 'target_nol' : (realisasi / target) * 100;
  }
}

export function hitungCapaian(
  target: Target | null | undefined,
  realisasi: Nilai | null | undefined,
  aturan: AturanCapaian,
): Capaian {
  if (target === null || target === undefined) return tak('target_kosong');
  if (realisasi === null || realisasi === undefined) return tak('realisasi_kosong');
  if (target === 'N/A') return tak('target_na');
  if (realisasi === 'N/A') return tak('realisasi_na');
  const { metode, polaritas, batasAtas } = aturan;
  const nilaiRealisasi = nilaiAngka(realisasi);

  if (metode === 'kualitatif') {
    if (typeof target === 'object') return tak('tipe_tidak_cocok');
    const targetOrdinal = nilaiAngka(target);
    // An ordinal number ("Indeks 3" written 3): met when not worse than the target, by the polarity.
    if (targetOrdinal !== null || nilaiRealisasi !== null) {
      if (targetOrdinal === null || nilaiRealisasi === null) return tak('tipe_tidak_cocok');
      return {
        jenis: 'kualitatif',
        tercapai: polaritas === 'turun' ? nilaiRealisasi <= targetOrdinal : nilaiRealisasi >= targetOrdinal,
      };
    }
    if (!aturan.urutan) return tak('tanpa_himpunan');
    const pt = peringkat(String(target), { nilai: aturan.urutan });
    const pr = peringkat(String(realisasi), { nilai: aturan.urutan });
    if (pt < 0 || pr < 0) return tak('di_luar_himpunan');
    return { jenis: 'kualitatif', tercapai: pr <= pt };
  }
  if (nilaiRealisasi === null) return tak('tipe_tidak_cocok');

  if (metode === 'rentang' && typeof target === 'object') {
    // Inside the range is fully met; outside, compare with the nearer bound with the polarity's method
    // (a lower-better time above its range falls short; below it, it beats the range).
    const min = nilaiAngka(target.min);
    const max = nilaiAngka(target.max);
    if (min === null || max === null) return tak('tipe_tidak_cocok');
    if (nilaiRealisasi >= min && nilaiRealisasi <= max) return persen(100, batasAtas);
    const hasil = bagi(metodeDariPolaritas(polaritas, 'angka'), nilaiRealisasi > max ? max : min, nilaiRealisasi);
    return typeof hasil === 'number' ? persen(hasil, batasAtas) : tak(hasil);
  }
  const nilaiTarget = typeof target === 'object' ? null : nilaiAngka(target);
  if (nilaiTarget === null) return tak('tipe_tidak_cocok');
  const hasil = bagi(
    metode === 'rentang' ? metodeDariPolaritas(polaritas, 'angka') : metode,
    nilaiTarget,
    nilaiRealisasi,
  );
  return typeof hasil === 'number' ? persen(hasil, batasAtas) : tak(hasil);
}

export type Predikat = 'melebihi' | 'tercapai' | 'tidak_tercapai' | 'tak_terhitung';

export const LABEL_PREDIKAT: Record<Predikat, string> = {
  melebihi: 'Melebihi target',
  tercapai: 'Tercapai',
  tidak_tercapai: 'Tidak tercapai',
  tak_terhitung: 'Tidak dapat dihitung',
};

// Capaian printed to 2 decimals is the finest the reports go; closer than this to 100 is "= 100".
const SAMA_DENGAN_100 = 1e-9;

/** < 100 % tidak tercapai · = 100 % tercapai · > 100 % melebihi target (on the raw value, before any cap). */
export function predikat(capaian: Capaian): Predikat {
  if (capaian.jenis === 'tak_terhitung') return 'tak_terhitung';
  if (capaian.jenis === 'kualitatif') return capaian.tercapai ? 'tercapai' : 'tidak_tercapai';
  const nilai = capaian.tanpaBatas ?? capaian.nilai;
  if (Math.abs(nilai - 100) < SAMA_DENGAN_100) return 'tercapai';
  return nilai > 100 ? 'melebihi' : 'tidak_tercapai';
}

/** An output indicator of a budget line (keluaran): the documents' capaian is realisasi ÷ target × 100. */
export const capaianKeluaran = (target: unknown, realisasi: unknown): Capaian | null =>
  typeof target === 'number' && typeof realisasi === 'number'
    ? hitungCapaian(target, realisasi, { metode: 'realisasi-per-target', polaritas: 'naik' })
    : null;
