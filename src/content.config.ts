/**
 * Astro collections. The JSON data is read, validated and cross-checked by the
 * core loader (src/core/content), which the CLI validator shares; Astro's
 * collection is used for the narrative chapters, which Astro renders from MDX.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { Narasi } from './core/schema/narasi.ts';
import { akarKonten } from './core/content/akar.ts';
import { pilihInstansi } from './core/content/baca-folder.ts';

// A subset build (KINERJA_INSTANSI / KINERJA_WILAYAH) renders only its agencies' chapters.
const pilihan = pilihInstansi(akarKonten());
const pola = pilihan ? [...pilihan].map((id) => `instansi/${id}/*/narasi/*.mdx`) : ['instansi/*/*/narasi/*.mdx'];

const narasi = defineCollection({
  loader: glob({ pattern: pola.length ? pola : ['tidak-ada/*.mdx'], base: `${akarKonten()}/content` }),
  schema: Narasi,
});

export const collections = { narasi };
