/**
 * The plain-Astro reference of the bench (docs/benchmarks.md): a bare Astro project, generated into a
 * temporary folder inside this project (so it resolves this project's Astro), that builds the same
 * number of pages as the measured site, each with the same HTML size (a list of rows of text, as a
 * report page is mostly table rows), and nothing else: no content loading, no checks, no integrations.
 * Its time is what Astro itself costs for those pages on this machine, in the same run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jalankan } from '../lib/proses.ts';

/** One row of a reference page: about 100 bytes of HTML with some words and a number. */
const BARIS = (n: number) =>
  `<tr><td>Kegiatan penyediaan jasa pelayanan ${n}</td><td>Rp ${(n * 1234567).toLocaleString('id-ID')}</td></tr>`;

export async function bangunAstroPolos(proyek: string, halaman: number, ukuranRata: number) {
  const polos = mkdtempSync(join(proyek, '.bench-astro-polos-'));
  try {
    mkdirSync(join(polos, 'src', 'pages'), { recursive: true });
    const baris = Math.max(1, Math.round((ukuranRata - 400) / BARIS(1000).length));
    writeFileSync(join(polos, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
    writeFileSync(
      join(polos, 'src', 'pages', '[n].astro'),
      `---
export const getStaticPaths = () => Array.from({ length: ${halaman} }, (_, n) => ({ params: { n: String(n) } }));
const { n } = Astro.params;
const baris = Array.from({ length: ${baris} }, (_, i) => Number(n) * ${baris} + i);
---
<html lang="id"><head><meta charset="utf-8" /><title>Halaman {n}</title></head>
<body><main><h1>Halaman {n}</h1><table>{baris.map((x) => (
<tr><td>Kegiatan penyediaan jasa pelayanan {x}</td><td>Rp {(x * 1234567).toLocaleString('id-ID')}</td></tr>
))}</table></main></body></html>
`,
    );
    const hasil = await jalankan(join(proyek, 'node_modules/.bin/astro'), ['build', '--root', polos]);
    if (hasil.kode !== 0) throw new Error(`Astro polos gagal (plain Astro failed):\n${hasil.out.slice(-2000)}`);
    const contoh = readFileSync(join(polos, 'dist', '0', 'index.html')).length;
    return { ms: hasil.ms, cpu: hasil.cpu, puncak: hasil.puncak, ukuranHalaman: contoh };
  } finally {
    rmSync(polos, { recursive: true, force: true });
  }
}
