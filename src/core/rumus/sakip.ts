/** SAKIP evaluation score: the sum of weighted component scores, and its category. */
import type { Skala } from '../skema/skala.ts';
import { kategori, type Kategori } from './kategori.ts';

export interface KomponenSakip {
  komponen: string;
  bobot: number;
  nilai: number;
}

export interface HasilSakip {
  nilai: number;
  kategori: Kategori | null;
  /** components scored above their weight (a data error) */
  melebihiBobot: string[];
  totalBobot: number;
}

/** The score and, when the report declares a SAKIP scale, its category. */
export function hitungSakip(komponen: readonly KomponenSakip[], skala: Skala | null): HasilSakip {
  const nilai = komponen.reduce((s, k) => s + k.nilai, 0);
  return {
    nilai,
    kategori: skala ? kategori(nilai, skala) : null,
    melebihiBobot: komponen.filter((k) => k.nilai > k.bobot).map((k) => k.komponen),
    totalBobot: komponen.reduce((s, k) => s + k.bobot, 0),
  };
}

/** Default weights of the seeds' regulation (PermenPAN-RB 12/2015); newer regulations differ, so these are data. */
export const BOBOT_SAKIP_2015: readonly Omit<KomponenSakip, 'nilai'>[] = [
  { komponen: 'Perencanaan Kinerja', bobot: 30 },
  { komponen: 'Pengukuran Kinerja', bobot: 25 },
  { komponen: 'Pelaporan Kinerja', bobot: 15 },
  { komponen: 'Evaluasi Internal', bobot: 10 },
  { komponen: 'Capaian Kinerja', bobot: 20 },
];
