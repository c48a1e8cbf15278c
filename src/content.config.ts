/**
 * Astro collections. The JSON data is read, validated and cross-checked by the
 * core loader (src/core/muat), which the CLI validator shares; the `narasi`
 * collection holds the narrative chapters, rendered from their Markdown by
 * src/lib/narasi-loader.ts (a subset build loads only its agencies'); the
 * `dokumentasi` collection holds the site's own documentation pages
 * (src/lib/dokumentasi-loader.ts).
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { Narasi } from './core/skema/narasi.ts';
import { narasiLoader } from './lib/narasi-loader.ts';
import { dokumentasiLoader } from './lib/dokumentasi-loader.ts';

export const collections = {
  narasi: defineCollection({ loader: narasiLoader(), schema: Narasi }),
  dokumentasi: defineCollection({
    loader: dokumentasiLoader(),
    schema: z.object({ judul: z.string().min(1), deskripsi: z.string().min(1) }),
  }),
};
