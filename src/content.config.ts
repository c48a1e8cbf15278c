/**
 * Astro collections. The JSON data is read, validated and cross-checked by the
 * core loader (src/core/content), which the CLI validator shares; Astro's
 * collection is used for the narrative chapters, which Astro renders from MDX.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { Narasi } from './core/schema/narasi.ts';
import { akarKonten } from './core/content/akar.ts';

const narasi = defineCollection({
  loader: glob({ pattern: 'instansi/*/*/narasi/*.mdx', base: `${akarKonten()}/content` }),
  schema: Narasi,
});

export const collections = { narasi };
