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
    terbit: z
      .object({
        susunan: z
          .enum(['satu-situs', 'per-wilayah'])
          .default('satu-situs')
          .describe(
            'satu-situs: seluruh isi satu situs; per-wilayah: tiap wilayah tingkat atas situs sendiri di bawah /wilayah/<id>/ dengan portal nasional di akar, dibangun paralel di matriks GitHub Actions',
          ),
        shard_maks: z
          .number()
          .int()
          .min(1)
          .max(256)
          .default(38)
          .describe(
            'Jumlah runner matriks paling banyak untuk susunan per-wilayah (GitHub Actions: paling banyak 256)',
          ),
      })
      .strict()
      .default({ susunan: 'satu-situs', shard_maks: 38 })
      .describe('Cara situs dibangun dan diterbitkan (.github/workflows/terbit.yml)'),
  })
  .strict();
export type Situs = z.infer<typeof Situs>;
