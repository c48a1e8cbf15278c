/**
 * The one table of capaian methods (docs/domain.md §3 and §7): the engine computes with it, the audit
 * tries its other methods, the methodology page lists it and the JSON Schema offers its ids.
 * No runtime imports from skema/ (the schemas import this table).
 */
import type { Polaritas } from '../skema/common.ts';

export const METODE_CAPAIAN = {
  'realisasi-per-target': {
    nama: 'Realisasi dibagi target',
    rumus: 'realisasi ÷ target × 100',
    uraian: 'Untuk indikator “makin tinggi makin baik”, cara yang paling umum.',
  },
  'target-per-realisasi': {
    nama: 'Target dibagi realisasi',
    rumus: 'target ÷ realisasi × 100',
    uraian:
      'Untuk sebagian indikator “makin rendah makin baik” (mis. angka kematian pada LKjIP kabupaten): capaian turun bila realisasi melebihi target.',
  },
  'dua-target-kurang-realisasi': {
    nama: 'Dua kali target dikurangi realisasi',
    rumus: '(2 × target − realisasi) ÷ target × 100',
    uraian:
      'Untuk indikator “makin rendah makin baik” menurut PermenPAN-RB 6/2022: (1 + (1 − realisasi ÷ target)) × 100.',
  },
  rentang: {
    nama: 'Target berupa rentang',
    rumus: 'di dalam rentang [a, b] = 100; di luar: dibandingkan dengan batas terdekat',
    uraian:
      'Realisasi di dalam rentang berarti capaian 100 %; di atas atau di bawahnya dihitung ' +
      'terhadap batas yang terdekat dengan rumus sesuai polaritas indikator.',
  },
  kualitatif: {
    nama: 'Perbandingan kualitatif',
    rumus: 'tercapai bila realisasi sama dengan atau lebih baik dari target pada urutan yang dinyatakan',
    uraian:
      'Untuk target berupa predikat atau tingkatan (mis. opini BPK, level maturitas, predikat SAKIP): hasilnya tercapai atau tidak tercapai, bukan persen.',
  },
} as const;

export type MetodeCapaian = keyof typeof METODE_CAPAIAN;
export const ID_METODE_CAPAIAN = Object.keys(METODE_CAPAIAN) as [MetodeCapaian, ...MetodeCapaian[]];

/**
 * The method a document that declares none most likely used (v1's rule): a range target → rentang,
 * a label target → kualitatif, a number → by the indicator's polarity.
 */
export function metodeDariPolaritas(polaritas: Polaritas, jenisTarget: 'angka' | 'rentang' | 'label'): MetodeCapaian {
  if (jenisTarget === 'rentang') return 'rentang';
  if (jenisTarget === 'label') return 'kualitatif';
  return polaritas === 'turun' ? 'dua-target-kurang-realisasi' : 'realisasi-per-target';
}
