import { z } from 'zod';
import { HimpunanNilai, Id } from './common.ts';
import { Skala } from './skala.ts';

/** Site settings: any government runs the generator over its own content with its own settings. */
export const Situs = z
  .object({
    nama: z.string().min(1).describe('Nama situs'),
    tagline: z.string().default('').describe('Slogan singkat'),
    deskripsi: z.string().default('').describe('Deskripsi situs'),
    url: z.url().describe('Alamat publik situs, mis. https://kinerja.example.go.id'),
    base: z
      .string()
      .regex(
        /^\/([^/]+\/)*$/,
        'base diawali dan diakhiri "/", mis. "/" atau "/kinerja/" (base starts and ends with "/")',
      )
      .default('/')
      .describe('Jalur situs, mis. "/" atau "/kinerja-terbuka/"'),
    wilayah: z.array(Id).default([]).describe('Wilayah yang dicakup situs; kosong = semua di content/'),
    repositori: z.url().optional().describe('Alamat repositori konten'),
    lisensi_data: z
      .object({
        nama: z.string().min(1).describe('Nama lisensi, mis. "CC BY 4.0"'),
        url: z.url().describe('Alamat teks lisensi'),
      })
      .strict()
      .default({ nama: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' })
      .describe('Lisensi data terbuka (CSV, JSON, XLSX, Data Package); bawaan CC BY 4.0'),
    skala: z
      .array(Skala)
      .default([])
      .describe('Skala kategori bernama yang dapat dikutip laporan dengan {"acuan": "<id>"}'),
    himpunan_nilai: z
      .array(HimpunanNilai)
      .default([])
      .describe('Himpunan nilai kualitatif yang berlaku di seluruh situs, mis. opini BPK'),
    terbit: z
      .object({
        susunan: z
          .enum(['satu-situs', 'per-wilayah'])
          .default('satu-situs')
          .describe(
            'satu-situs: seluruh isi satu situs; per-wilayah: tiap wilayah tingkat atas situs sendiri ' +
              'di bawah /wilayah/<id>/ dengan portal nasional di alamat utama (/), dibangun paralel di ' +
              'matriks GitHub Actions',
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
  .strict()
  .describe('Pengaturan situs');
export type Situs = z.infer<typeof Situs>;
