import { z } from 'zod';

/** Front matter of a narrative chapter (MDX) of a report. */
export const BAB = ['ikhtisar', 'bab-1', 'bab-2', 'bab-3', 'bab-4'] as const;
export const Narasi = z
  .object({
    bab: z.enum(BAB),
    judul: z.string().min(1),
    /** a summary in our own words, not the document's text */
    ringkasan_transkripsi: z.boolean().default(true),
  })
  .strict();
export type Narasi = z.infer<typeof Narasi>;
