/**
 * Efficiency of resource use. Reports use different definitions (docs/domain.md §3);
 * each is computable, and the site compares agencies with one: the ratio.
 */
export type MetodeEfisiensi = 'selisih' | 'rasio' | 'sisa_persen' | 'sisa_rupiah';

export interface MasukanEfisiensi {
  capaian?: number | null;
  serapan?: number | null;
  pagu?: number | null;
  realisasi?: number | null;
}

/** The efficiency by one method; null when an input the method needs is missing or serapan is 0 for a ratio. */
export function hitungEfisiensi(metode: MetodeEfisiensi, masukan: MasukanEfisiensi): number | null {
  const ada = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  switch (metode) {
    case 'selisih':
      return ada(masukan.capaian) && ada(masukan.serapan) ? masukan.capaian - masukan.serapan : null;
    case 'rasio':
      return ada(masukan.capaian) && ada(masukan.serapan) && masukan.serapan !== 0
        ? masukan.capaian / masukan.serapan
        : null;
    case 'sisa_persen':
      return ada(masukan.serapan) ? 100 - masukan.serapan : null;
    case 'sisa_rupiah':
      return ada(masukan.pagu) && ada(masukan.realisasi) ? masukan.pagu - masukan.realisasi : null;
  }
}

/** The uniform method: capaian % ÷ serapan %; above 1 means more performance than money spent. */
export const METODE_SERAGAM: MetodeEfisiensi = 'rasio';
