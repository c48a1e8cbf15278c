/** Category scales (SAKIP scores, average capaian) as data; KemenPAN AA…D is the default. */
import type { Skala } from '../skema/common.ts';

export const SKALA_KEMENPAN: Skala = {
  id: 'kemenpan',
  nama: 'Skala kategori KemenPAN-RB (AA–D)',
  pita: [
    { kode: 'AA', label: 'Sangat Memuaskan', min: 90, minInklusif: false },
    { kode: 'A', label: 'Memuaskan', min: 80, minInklusif: false },
    { kode: 'BB', label: 'Sangat Baik', min: 70, minInklusif: false },
    { kode: 'B', label: 'Baik', min: 60, minInklusif: false },
    { kode: 'CC', label: 'Cukup', min: 50, minInklusif: false },
    { kode: 'C', label: 'Kurang', min: 30, minInklusif: false },
    { kode: 'D', label: 'Sangat Kurang', min: 0, minInklusif: true },
  ],
};

export interface Kategori {
  kode: string;
  label: string;
}

/** The band a score falls in, scanning from the top; null below the lowest band. */
export function kategori(nilai: number, skala: Skala = SKALA_KEMENPAN): Kategori | null {
  if (!Number.isFinite(nilai)) return null;
  for (const p of skala.pita) {
    // A binary sum lands a hair off a bound (20 + 15 + 11.63 + 4.45 + 8.92 = 60.00000000000001):
    // within a billionth of it, the score is the bound, and the bound's inclusiveness decides.
    const d = nilai - p.min;
    const diBatas = Math.abs(d) <= 1e-9 * Math.max(1, Math.abs(p.min));
    if (diBatas ? p.minInklusif : d > 0) return { kode: p.kode, label: p.label };
  }
  return null;
}
