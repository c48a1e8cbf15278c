/** SAKIP evaluation score: the sum of weighted component scores, and its category. */
import type { Skala } from '../skema/common.ts';
import { kategori, SKALA_KEMENPAN, type Kategori } from './kategori.ts';

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

export function hitungSakip(komponen: readonly KomponenSakip[], skala: Skala = SKALA_KEMENPAN): HasilSakip {
  const nilai = komponen.reduce((s, k) => s + k.nilai, 0);
  return {
    nilai,
    kategori: kategori(nilai, skala),
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
