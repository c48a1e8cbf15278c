import { z } from 'zod';

/** Front matter of a narrative chapter (MDX) of a report. */
export const BAB = ['ikhtisar', 'bab-1', 'bab-2', 'bab-3', 'bab-4'] as const;
export const Narasi = z
  .object({
    bab: z.enum(BAB).describe('Bab: ikhtisar, bab-1 … bab-4'),
    judul: z.string().min(1).describe('Judul bab seperti tercetak'),
    ringkasan_transkripsi: z
      .boolean()
      .default(true)
      .describe('true bila teks adalah ringkasan dengan kata-kata sendiri, bukan salinan dokumen'),
  })
  .strict()
  .describe('Front matter narasi');
export type Narasi = z.infer<typeof Narasi>;
