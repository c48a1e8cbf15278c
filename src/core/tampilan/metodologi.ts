/** The methodology page's lists: every capaian method with a worked example, every scale and value set in use. Pure. */
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import type { HimpunanNilai, Nilai, Target } from '../skema/common.ts';
import type { Skala } from '../skema/skala.ts';
import { hitungCapaian, type Capaian } from '../rumus/capaian.ts';
import { ID_METODE_CAPAIAN, METODE_CAPAIAN, type MetodeCapaian } from '../rumus/metode.ts';
import { SKALA_BAWAAN } from '../rumus/kategori.ts';
import { HIMPUNAN_BAWAAN, HIMPUNAN_PREDIKAT_SAKIP } from '../rumus/himpunan.ts';
import { daftarSkala } from './laporan.ts';

export interface ContohMetode {
  id: MetodeCapaian;
  nama: string;
  rumus: string;
  uraian: string;
  contoh: { target: Target; realisasi: Nilai; satuan: string; capaian: Capaian; batasAtas?: number }[];
}

// Worked examples, computed by the engine itself so that the page cannot differ from it.
const CONTOH: Record<MetodeCapaian, { target: Target; realisasi: Nilai; satuan: string; batasAtas?: number }[]> = {
  'realisasi-per-target': [
    { target: 72, realisasi: 72.58, satuan: 'poin' },
    { target: 2, realisasi: 3, satuan: 'dokumen', batasAtas: 120 },
  ],
  'target-per-realisasi': [{ target: 9.2, realisasi: 9.53, satuan: 'per 1.000 kelahiran hidup' }],
  'dua-target-kurang-realisasi': [{ target: 10, realisasi: 12, satuan: 'hari' }],
  rentang: [{ target: { min: 80, max: 90 }, realisasi: 95, satuan: '%' }],
  kualitatif: [{ target: 'BB', realisasi: 'B', satuan: HIMPUNAN_PREDIKAT_SAKIP.nama }],
};

export function daftarMetode(): ContohMetode[] {
  return ID_METODE_CAPAIAN.map((id) => ({
    id,
    ...METODE_CAPAIAN[id],
    contoh: CONTOH[id].map((c) => ({
      ...c,
      capaian: hitungCapaian(c.target, c.realisasi, {
        metode: id,
        polaritas: 'naik',
        batasAtas: c.batasAtas,
        urutan: HIMPUNAN_PREDIKAT_SAKIP.nilai,
      }),
    })),
  }));
}

export interface SkalaTerdaftar {
  /** the scales reports may cite by id */
  bernama: { skala: Skala; asal: string }[];
  /** the scales each report declared or cited */
  laporan: { instansi: string; tahun: number; href: string; skala: Skala; cakupan: string[] }[];
}

export function skalaTerdaftar(k: KorpusTerhitung): SkalaTerdaftar {
  return {
    bernama: [
      ...SKALA_BAWAAN.map((skala) => ({ skala, asal: 'bawaan situs' })),
      ...k.korpus.situs.skala.map((skala) => ({ skala, asal: 'pengaturan situs (situs.json)' })),
    ],
    laporan: k.laporan.flatMap((l) =>
      daftarSkala(l.terhitung).map(({ skala, cakupan }) => ({
        instansi: l.instansi.data.singkatan,
        tahun: l.terhitung.laporan.tahun,
        href: `/instansi/${l.instansi.data.id}/${l.terhitung.laporan.tahun}/`,
        skala,
        cakupan,
      })),
    ),
  };
}

/** Every value set a report can cite: built-in, site-wide, and each agency's. */
export function himpunanTerdaftar(k: KorpusTerhitung): { himpunan: HimpunanNilai; asal: string }[] {
  return [
    ...HIMPUNAN_BAWAAN.map((himpunan) => ({ himpunan, asal: 'bawaan situs' })),
    ...k.korpus.situs.himpunan_nilai.map((himpunan) => ({ himpunan, asal: 'pengaturan situs (situs.json)' })),
    ...k.korpus.instansi.flatMap((i) =>
      (i.katalog?.data.himpunan_nilai ?? []).map((himpunan) => ({ himpunan, asal: i.data.singkatan })),
    ),
  ];
}
