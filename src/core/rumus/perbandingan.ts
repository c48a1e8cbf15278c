/** Comparisons of a realisasi with an earlier year, the Renstra end target and a national target. */
import type { Nilai, Polaritas, Target } from '../skema/common.ts';
import { hitungCapaian, type Capaian } from './capaian.ts';

export interface PerubahanTahunan {
  /** in points */
  selisih: number;
  /** relative change in %, null when the earlier value is 0 */
  relatif: number | null;
}

export function bandingTahunLalu(sekarang: Nilai | null, lalu: Nilai | null): PerubahanTahunan | null {
  if (typeof sekarang !== 'number' || typeof lalu !== 'number') return null;
  // Relative to the size of the earlier value, so a rise from a negative value (−2 → 3) is a rise (+250 %).
  return { selisih: sekarang - lalu, relatif: lalu === 0 ? null : ((sekarang - lalu) / Math.abs(lalu)) * 100 };
}

/** Realisasi against another target (Renstra end target, national target): capaian with the indicator's polarity. */
export const bandingTarget = (realisasi: Nilai | null, target: Target, polaritas: Polaritas): Capaian =>
  hitungCapaian(target, realisasi, polaritas);
