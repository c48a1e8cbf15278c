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
export function hitungEfisiensi(metode: MetodeEfisiensi, m: MasukanEfisiensi): number | null {
  const ada = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  switch (metode) {
    case 'selisih':
      return ada(m.capaian) && ada(m.serapan) ? m.capaian - m.serapan : null;
    case 'rasio':
      return ada(m.capaian) && ada(m.serapan) && m.serapan !== 0 ? m.capaian / m.serapan : null;
    case 'sisa_persen':
      return ada(m.serapan) ? 100 - m.serapan : null;
    case 'sisa_rupiah':
      return ada(m.pagu) && ada(m.realisasi) ? m.pagu - m.realisasi : null;
  }
}

/** The uniform method: capaian % ÷ serapan %; above 1 means more performance than money spent. */
export const METODE_SERAGAM: MetodeEfisiensi = 'rasio';
