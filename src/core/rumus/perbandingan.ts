/** Comparisons of a realisasi with an earlier year, the Renstra end target and a national target. */
import type { Nilai, Target } from '../skema/common.ts';
import { hitungCapaian, type AturanCapaian, type Capaian } from './capaian.ts';
import { nilaiAngka } from './presisi.ts';

export interface PerubahanTahunan {
  /** in points */
  selisih: number;
  /** relative change in %, null when the earlier value is 0 */
  relatif: number | null;
}

export function bandingTahunLalu(
  sekarang: Nilai | null | undefined,
  lalu: Nilai | null | undefined,
): PerubahanTahunan | null {
  const nilaiSekarang = nilaiAngka(sekarang);
  const nilaiLalu = nilaiAngka(lalu);
  if (nilaiSekarang === null || nilaiLalu === null) return null;
  // Relative to the size of the earlier value, so a rise from a negative value (−2 → 3) is a rise (+250 %).
  return {
    selisih: nilaiSekarang - nilaiLalu,
    relatif: nilaiLalu === 0 ? null : ((nilaiSekarang - nilaiLalu) / Math.abs(nilaiLalu)) * 100,
  };
}

/** Realisasi against another target (Renstra end target, national target): capaian with the indicator's rule. */
export const bandingTarget = (realisasi: Nilai | null, target: Target, aturan: AturanCapaian): Capaian =>
  hitungCapaian(target, realisasi, aturan);
