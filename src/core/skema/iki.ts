import { z } from 'zod';
import { Id, Lokasi, Sumber, Tahun } from './common.ts';

/** Individual performance indicators (IKI): the cascade of positions of one agency-year. */
export const Jabatan = z
  .object({
    id: Id,
    jabatan: z.string().min(1),
    unit: z.string().optional(),
    /** id of the superior position (the "pihak kedua" who signs) */
    atasan: Id.optional(),
    /** the official's name where printed; never a NIP */
    pejabat: z.string().optional(),
    sasaran: z
      .array(
        z
          .object({
            nama: z.string().min(1),
            indikator: z
              .array(
                z
                  .object({
                    nama: z.string().min(1),
                    formula: z.string().optional(),
                    sumber_data: z.string().optional(),
                    target: z.union([z.number(), z.string()]).optional(),
                    satuan: z.string().optional(),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .default([]),
    /** rendah: the OCR was too noisy to be sure of this row's wording */
    keyakinan: z.enum(['tinggi', 'rendah']).default('tinggi'),
    catatan: z.string().optional(),
    lokasi: Lokasi,
  })
  .strict();
export type Jabatan = z.infer<typeof Jabatan>;

export const Iki = z
  .object({
    instansi: Id,
    tahun: Tahun,
    sumber: Sumber,
    jabatan: z.array(Jabatan).min(1),
  })
  .strict();
export type Iki = z.infer<typeof Iki>;
