/**
 * Budget arithmetic (DOMAIN.md §3): serapan, SILPA, and totals from children.
 * Aggregate percentages come from sums, never from averaging percentages.
 */
export interface Pagu {
  pagu: number;
  realisasi: number;
}

/** serapan = realisasi / pagu × 100; null when the pagu is 0. */
export function serapan({ pagu, realisasi }: Pagu): number | null {
  return pagu === 0 ? null : (realisasi / pagu) * 100;
}

/** SILPA (unspent) = pagu − realisasi. */
export const silpa = ({ pagu, realisasi }: Pagu) => pagu - realisasi;

/** SILPA % = SILPA / pagu × 100; null when the pagu is 0. */
export function silpaPersen(p: Pagu): number | null {
  return p.pagu === 0 ? null : (silpa(p) / p.pagu) * 100;
}

/** Sum of lines; a line whose amount is unknown makes the sum unknown. */
export function jumlahkan(lines: readonly { pagu?: number | undefined; realisasi?: number | undefined }[]): {
  pagu: number | null;
  realisasi: number | null;
} {
  let pagu: number | null = 0;
  let realisasi: number | null = 0;
  for (const l of lines) {
    pagu = pagu === null || l.pagu === undefined ? null : pagu + l.pagu;
    realisasi = realisasi === null || l.realisasi === undefined ? null : realisasi + l.realisasi;
  }
  return { pagu, realisasi };
}
