/**
 * JSON Schemas for editors, generated from the zod schemas with zod 4's own
 * z.toJSONSchema (never written by hand), and the VS Code mapping from content
 * files to them. `npm run schemas` writes both; a test checks they are current.
 */
import { z } from 'zod';
import { Iki, Instansi, KatalogIndikator, Laporan, Narasi, Renstra, Situs, Wilayah } from '../skema/index.ts';

/** schema file name → the zod schema, a title, and the content files it applies to */
export const SKEMA_KONTEN = {
  situs: { skema: Situs, judul: 'Pengaturan situs (site settings)', berkas: ['**/content/situs.json'] },
  wilayah: { skema: Wilayah, judul: 'Wilayah (region)', berkas: ['**/content/wilayah/*.json'] },
  instansi: { skema: Instansi, judul: 'Instansi (agency)', berkas: ['**/content/instansi/*/instansi.json'] },
  indikator: {
    skema: KatalogIndikator,
    judul: 'Katalog indikator (indicator catalogue)',
    berkas: ['**/content/instansi/*/indikator.json'],
  },
  renstra: { skema: Renstra, judul: 'Renstra (strategic plan)', berkas: ['**/content/instansi/*/renstra-*.json'] },
  lkjip: { skema: Laporan, judul: 'LKjIP (performance report)', berkas: ['**/content/instansi/*/*/lkjip.json'] },
  iki: { skema: Iki, judul: 'IKI (individual performance indicators)', berkas: ['**/content/instansi/*/*/iki.json'] },
  narasi: { skema: Narasi, judul: 'Front matter narasi MDX (narrative front matter)', berkas: [] as string[] },
} as const;

export type NamaSkema = keyof typeof SKEMA_KONTEN;

/** The JSON Schema of one content kind: what a file may contain (input side: defaults are optional). */
export function skemaJson(nama: NamaSkema): Record<string, unknown> {
  const skema = SKEMA_KONTEN[nama];
  const json = z.toJSONSchema(skema.skema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
  }) as Record<string, unknown>;
  return {
    ...json,
    $id: `https://kinerja-terbuka.invalid/schemas/${nama}.schema.json`,
    title: skema.judul,
    description:
      'Dibuat otomatis dari src/core/skema dengan `npm run schemas`; jangan diubah dengan tangan ' +
      '(generated from the zod schemas; do not edit by hand).',
  };
}

/** File text, as committed in schemas/. */
export const teksSkema = (nama: NamaSkema) => `${JSON.stringify(skemaJson(nama), null, 2)}\n`;

/** The `json.schemas` setting for .vscode/settings.json. */
export const pemetaanVsCode = () =>
  (Object.keys(SKEMA_KONTEN) as NamaSkema[])
    .filter((n) => SKEMA_KONTEN[n].berkas.length)
    .map((n) => ({ fileMatch: [...SKEMA_KONTEN[n].berkas], url: `./schemas/${n}.schema.json` }));
