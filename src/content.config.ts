/**
 * Astro collections. The JSON data is read, validated and cross-checked by the
 * core loader (src/core/muat), which the CLI validator shares; the `narasi`
 * collection holds the narrative chapters, rendered from their Markdown by
 * src/lib/narasi-loader.ts (a subset build loads only its agencies').
 */
import { defineCollection } from 'astro:content';
import { Narasi } from './core/skema/narasi.ts';
import { narasiLoader } from './lib/narasi-loader.ts';

export const collections = { narasi: defineCollection({ loader: narasiLoader(), schema: Narasi }) };
