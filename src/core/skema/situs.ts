import { z } from 'zod';
import { Id } from './common.ts';

/** Site settings: any government runs the generator over its own content with its own settings. */
export const Situs = z
  .object({
    nama: z.string().min(1),
    tagline: z.string().default(''),
    deskripsi: z.string().default(''),
    /** the site's public origin, e.g. https://kinerja.example.go.id */
    url: z.url(),
    /** the path the site is served under, e.g. "/" or "/kinerja-terbuka/" */
    base: z
      .string()
      .regex(
        /^\/([^/]+\/)*$/,
        'base diawali dan diakhiri "/", mis. "/" atau "/kinerja/" (base starts and ends with "/")',
      )
      .default('/'),
    /** the regions this site covers; empty = all in content/ */
    wilayah: z.array(Id).default([]),
    repositori: z.url().optional(),
  })
  .strict();
export type Situs = z.infer<typeof Situs>;
