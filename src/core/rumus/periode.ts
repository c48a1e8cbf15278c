/**
 * Values per month, quarter or semester and the rule that makes the year's value of them
 * (DOMAIN.md §7): sum for counts and money, last value for percentages and stocks, mean, or max.
 * No runtime imports from skema/ (the schemas use `JUMLAH_PERIODE`).
 */
export const JUMLAH_PERIODE = { bulan: 12, triwulan: 4, semester: 2 } as const;
export type JenisPeriode = keyof typeof JUMLAH_PERIODE;

export const LABEL_PERIODE: Record<JenisPeriode, string> = {
  bulan: 'Bulan',
  triwulan: 'Triwulan',
  semester: 'Semester',
};

export const ATURAN_KONSOLIDASI = {
  jumlah: 'jumlah semua periode (mis. banyaknya dokumen, rupiah)',
  terakhir: 'nilai periode terakhir (mis. persentase kumulatif, stok)',
  rata_rata: 'rata-rata semua periode',
  maks: 'nilai terbesar',
} as const;
export type Konsolidasi = keyof typeof ATURAN_KONSOLIDASI;

/** The year's value from the periods' values, in their order; null when a value is missing or none is given. */
export function konsolidasi(nilai: readonly (number | null)[], aturan: Konsolidasi): number | null {
  if (!nilai.length || nilai.some((v) => v === null)) return null;
  const xs = nilai as number[];
  switch (aturan) {
    case 'jumlah':
      return xs.reduce((s, v) => s + v, 0);
    case 'terakhir':
      return xs.at(-1)!;
    case 'rata_rata':
      return xs.reduce((s, v) => s + v, 0) / xs.length;
    case 'maks':
      return Math.max(...xs);
  }
}
