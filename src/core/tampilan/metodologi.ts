/** The methodology page's lists: every capaian method with a worked example, every scale and value set in use. Pure. */
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import type { HimpunanNilai, Nilai, Target } from '../skema/common.ts';
import type { Skala } from '../skema/skala.ts';
import { hitungCapaian, predikat, type Capaian, type Predikat } from '../rumus/capaian.ts';
import { ID_METODE_CAPAIAN, METODE_CAPAIAN, type MetodeCapaian } from '../rumus/metode.ts';
import { SKALA_BAWAAN } from '../rumus/kategori.ts';
import { HIMPUNAN_BAWAAN, HIMPUNAN_PREDIKAT_SAKIP } from '../rumus/himpunan.ts';
import { daftarSkala } from './laporan.ts';
import { hitungEfisiensi } from '../rumus/efisiensi.ts';
import { BOBOT_SAKIP_2015 } from '../rumus/sakip.ts';
import { bulatkan, potong } from '../rumus/presisi.ts';
import { serapan } from '../rumus/anggaran.ts';
import { ATURAN_KONSOLIDASI, JUMLAH_PERIODE, LABEL_PERIODE } from '../rumus/periode.ts';

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

export function skalaTerdaftar(korpus: KorpusTerhitung): SkalaTerdaftar {
  return {
    bernama: [
      ...SKALA_BAWAAN.map((skala) => ({ skala, asal: 'bawaan situs' })),
      ...korpus.korpus.situs.skala.map((skala) => ({ skala, asal: 'pengaturan situs (situs.json)' })),
    ],
    laporan: korpus.laporan.flatMap((l) =>
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
export function himpunanTerdaftar(korpus: KorpusTerhitung): { himpunan: HimpunanNilai; asal: string }[] {
  return [
    ...HIMPUNAN_BAWAAN.map((himpunan) => ({ himpunan, asal: 'bawaan situs' })),
    ...korpus.korpus.situs.himpunan_nilai.map((himpunan) => ({ himpunan, asal: 'pengaturan situs (situs.json)' })),
    ...korpus.korpus.instansi.flatMap((i) =>
      (i.katalog?.data.himpunan_nilai ?? []).map((himpunan) => ({ himpunan, asal: i.data.singkatan })),
    ),
  ];
}

/** The methodology page's sections in order: its table of contents and its headings read this one list. */
export const BAGIAN_METODOLOGI = [
  { id: 'capaian', judul: 'Capaian indikator' },
  { id: 'predikat', judul: 'Predikat' },
  { id: 'rata-rata', judul: 'Rata-rata capaian dan kategori' },
  { id: 'anggaran', judul: 'Anggaran dan serapan' },
  { id: 'efisiensi', judul: 'Efisiensi penggunaan sumber daya', pendek: 'Efisiensi' },
  { id: 'perbandingan', judul: 'Perbandingan' },
  { id: 'sakip', judul: 'Nilai SAKIP' },
  { id: 'audit', judul: 'Audit angka tercetak' },
  { id: 'angka', judul: 'Penulisan angka' },
] as const satisfies readonly { id: string; judul: string; pendek?: string }[];

export type IdBagianMetodologi = (typeof BAGIAN_METODOLOGI)[number]['id'];

export interface HalamanMetodologi {
  metode: ContohMetode[];
  skala: SkalaTerdaftar;
  himpunan: ReturnType<typeof himpunanTerdaftar>;
  /** 99,5 %, 100 % and 100,8 % with their predikat */
  contohPredikat: { nilai: number; predikat: Predikat }[];
  contohSerapan: number | null;
  contohRasio: number | null;
  contohSelisih: number | null;
  /** 72,58 ÷ 72 × 100, rounded and truncated to two decimals: both printings match */
  contohPembulatan: { nilai: number; dibulatkan: number; dipotong: number };
  jumlahBobotSakip: number;
  /** "bulan: 12 per tahun; triwulan: 4 per tahun; …" */
  teksJumlahPeriode: string;
  /** "jumlah = …; rata rata = …" */
  teksKonsolidasi: string;
}

/** Everything the methodology page shows that is computed: each example comes from the engine itself. */
export function halamanMetodologi(korpus: KorpusTerhitung): HalamanMetodologi {
  const nilai = (72.58 / 72) * 100;
  return {
    metode: daftarMetode(),
    skala: skalaTerdaftar(korpus),
    himpunan: himpunanTerdaftar(korpus),
    contohPredikat: [99.5, 100, 100.8].map((v) => ({ nilai: v, predikat: predikat({ jenis: 'persen', nilai: v }) })),
    contohSerapan: serapan({ pagu: 150, realisasi: 140 }),
    contohRasio: hitungEfisiensi('rasio', { capaian: 100.84, serapan: 65.39 }),
    contohSelisih: hitungEfisiensi('selisih', { capaian: 100.8, serapan: 98.25 }),
    contohPembulatan: { nilai, dibulatkan: bulatkan(nilai, 2), dipotong: potong(nilai, 2) },
    jumlahBobotSakip: BOBOT_SAKIP_2015.reduce((s, b) => s + b.bobot, 0),
    teksJumlahPeriode: Object.entries(JUMLAH_PERIODE)
      .map(([j, n]) => `${LABEL_PERIODE[j as keyof typeof LABEL_PERIODE].toLowerCase()}: ${n} per tahun`)
      .join('; '),
    teksKonsolidasi: Object.entries(ATURAN_KONSOLIDASI)
      .map(([aturan, rumus]) => `${aturan.replace('_', ' ')} = ${rumus}`)
      .join('; '),
  };
}
