import { z } from 'zod';
import { Id, Lokasi, Sumber, Tahun } from './common.ts';

/** Individual performance indicators (IKI): the cascade of positions of one agency-year. */
export const Jabatan = z
  .object({
    id: Id,
    jabatan: z.string().min(1).describe('Nama jabatan seperti tercetak'),
    unit: z.string().optional().describe('Unit kerja seperti tercetak'),
    /** id of the superior position (the "pihak kedua" who signs) */
    atasan: Id.optional().describe('Id jabatan atasan (pihak kedua)'),
    /** the official's name where printed; never a NIP */
    pejabat: z.string().optional().describe('Nama pejabat bila tercetak; tidak pernah NIP'),
    sasaran: z
      .array(
        z
          .object({
            nama: z.string().min(1).describe('Nama sasaran'),
            indikator: z
              .array(
                z
                  .object({
                    nama: z.string().min(1).describe('Nama indikator'),
                    formula: z.string().optional().describe('Formula seperti tercetak'),
                    sumber_data: z.string().optional().describe('Sumber data'),
                    target: z.union([z.number(), z.string()]).optional().describe('Target seperti tercetak'),
                    satuan: z.string().optional().describe('Satuan'),
                  })
                  .strict(),
              )
              .min(1)
              .describe('Indikator sasaran ini'),
          })
          .strict(),
      )
      .default([])
      .describe('Sasaran jabatan ini'),
    /** rendah: the OCR was too noisy to be sure of this row's wording */
    keyakinan: z.enum(['tinggi', 'rendah']).default('tinggi').describe('rendah bila OCR terlalu kabur untuk yakin'),
    catatan: z.string().optional().describe('Catatan transkripsi'),
    lokasi: Lokasi,
  })
  .strict()
  .describe('Satu jabatan dan indikator kinerjanya');
export type Jabatan = z.infer<typeof Jabatan>;

export const Iki = z
  .object({
    instansi: Id.describe('Id instansi'),
    tahun: Tahun,
    sumber: Sumber,
    jabatan: z.array(Jabatan).min(1).describe('Jabatan'),
  })
  .strict()
  .describe('Indikator Kinerja Individu (IKI) satu tahun');
export type Iki = z.infer<typeof Iki>;
