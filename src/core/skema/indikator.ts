import { z } from 'zod';
import { BatasAtasCapaian, HimpunanNilai, Id, MetodeCapaian, Periode, Polaritas, Sumber } from './common.ts';

/**
 * An agency's indicator catalogue (its IKU and any other indicator it reports).
 * The `id` is stable across wording changes, years and agencies: the same
 * indicator reported by two agencies carries the same id
 * (e.g. `indeks-profesionalitas-asn`).
 */
export const DefinisiIndikator = z
  .object({
    id: Id.describe('Id indikator yang stabil lintas tahun dan instansi'),
    nama: z.string().min(1).describe('Nama indikator'),
    varian_nama: z
      .array(z.string())
      .default([])
      .describe('Nama lain indikator yang sama di tabel, tahun atau instansi lain'),
    satuan: z.string().min(1).optional().describe('Satuan, bila dokumen mencetaknya'),
    polaritas: Polaritas,
    metode_capaian: MetodeCapaian.optional().describe('Metode capaian yang dipakai dokumen untuk indikator ini'),
    batas_atas_capaian: BatasAtasCapaian.optional(),
    himpunan_nilai: Id.optional().describe(
      'Id himpunan nilai kualitatif (di katalog ini, di situs.json, atau "predikat-sakip") yang dipakai target dan realisasinya',
    ),
    formula: z.string().optional().describe('Formula seperti tercetak'),
    sumber_data: z.string().optional().describe('Sumber data seperti tercetak'),
    penanggung_jawab: z.string().optional().describe('Penanggung jawab (jabatan)'),
    iku: z.array(Periode).default([]).describe('Periode Renstra ketika indikator ini menjadi IKU, mis. ["2016-2021"]'),
    keterangan: z.string().optional().describe('Acuan nasional/global (mis. definisi BKN)'),
  })
  .strict()
  .describe('Definisi satu indikator');
export type DefinisiIndikator = z.infer<typeof DefinisiIndikator>;

export const KatalogIndikator = z
  .object({
    instansi: Id.describe('Id instansi'),
    sumber: z.array(Sumber).default([]).describe('Dokumen sumber definisi'),
    himpunan_nilai: z
      .array(HimpunanNilai)
      .default([])
      .describe('Himpunan nilai kualitatif instansi ini, mis. level maturitas'),
    indikator: z.array(DefinisiIndikator).min(1).describe('Definisi indikator'),
  })
  .strict()
  .describe('Katalog indikator instansi');
export type KatalogIndikator = z.infer<typeof KatalogIndikator>;
