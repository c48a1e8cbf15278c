import { z } from 'zod';
import { Id } from './common.ts';

/** A government: a province, a city/regency, or a national body. */
export const Wilayah = z
  .object({
    id: Id.describe('Id wilayah (nama berkasnya)'),
    nama: z.string().min(1).describe('Nama wilayah, mis. "Kota Bontang"'),
    tingkat: z
      .enum(['nasional', 'provinsi', 'kota', 'kabupaten', 'kementerian', 'lembaga'])
      .describe('Tingkat pemerintahan'),
    induk: Id.optional().describe('Provinsi sebuah kota/kabupaten; kosong untuk provinsi atau badan nasional'),
    kode_bps: z.string().optional().describe('Kode wilayah BPS'),
  })
  .strict()
  .describe('Wilayah pemerintahan');
export type Wilayah = z.infer<typeof Wilayah>;
