import { z } from 'zod';
import { Id } from './common.ts';

/** A government: a province, a city/regency, or a national body. */
export const Wilayah = z
  .object({
    id: Id,
    nama: z.string().min(1),
    tingkat: z.enum(['nasional', 'provinsi', 'kota', 'kabupaten', 'kementerian', 'lembaga']),
    /** the province of a city/regency; empty for a province or a national body */
    induk: Id.optional(),
    kode_bps: z.string().optional(),
  })
  .strict();
export type Wilayah = z.infer<typeof Wilayah>;
