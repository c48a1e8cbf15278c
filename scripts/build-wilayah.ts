/**
 * npm run build:wilayah -- [--keluar <folder>] [--paralel N] [--cache <folder>]
 *
 * Builds every top-level region (a province, or a national body) as a site of its own under
 * <keluar>/wilayah/<id>/, each with its own Pagefind index: memory is bounded by the largest
 * region instead of growing with the country (docs/benchmarks.md), and N regions build side by
 * side. Writes <keluar>/index.html linking them. Content comes from KINERJA_KONTEN or this folder.
 * Each region keeps its build cache (default node_modules/.astro/wilayah/<id>), so a rebuild renders
 * only the pages of agencies whose content changed and copies the rest (Astro's incremental build).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { akarKonten } from '../src/core/content/akar.ts';
import { bacaArgumen } from './lib/argumen.ts';

const arg = bacaArgumen(process.argv.slice(2), { nilai: ['keluar', 'paralel', 'cache'], bendera: ['help'] });
if (arg.galat || arg.bendera.has('help')) {
  console.error('Pemakaian (usage): npm run build:wilayah -- [--keluar <folder>] [--paralel N] [--cache <folder>]');
  process.exit(arg.galat ? 2 : 0);
}
const root = process.cwd();
const akar = akarKonten();
// Inside the project, so Astro keeps each build's intermediate files beside its own output.
const keluar = resolve(arg.nilai.keluar ?? 'dist-wilayah');
const paralel = Math.max(1, Number(arg.nilai.paralel ?? 2));
const cacheAkar = resolve(arg.nilai.cache ?? 'node_modules/.astro/wilayah');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

interface Wilayah {
  id: string;
  nama: string;
  induk?: string;
}
const wilayah: Wilayah[] = readdirSync(join(akar, 'content', 'wilayah'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(akar, 'content', 'wilayah', f), 'utf8')) as Wilayah)
  .filter((w) => !w.induk)
  .sort((a, b) => a.id.localeCompare(b.id));

// Children run on this Node (24), whatever `node` is first on the machine's PATH.
const PATH = `${dirname(process.execPath)}:${resolve(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`;

function jalankan(cmd: string, args: string[], env: Record<string, string>): Promise<{ kode: number; out: string }> {
  return new Promise((ok) => {
    const c = spawn(cmd, args, { env: { ...process.env, ...env, PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (out += d));
    c.on('close', (kode) => ok({ kode: kode ?? 1, out }));
  });
}

async function bangun(w: Wilayah): Promise<{ w: Wilayah; detik: number; halaman: number; disalin: number }> {
  const t0 = performance.now();
  const outDir = join(keluar, 'wilayah', w.id);
  const cache = join(cacheAkar, w.id);
  // A heap cap per build keeps N side-by-side builds inside the machine: a province of ~2,600
  // agency-years needs well under 1 GB of live heap, but an uncapped V8 lets the heap grow to 3–5 GB.
  const env = {
    KINERJA_KONTEN: akar,
    KINERJA_WILAYAH: w.id,
    BASE_PATH: `${base}wilayah/${w.id}/`,
    KINERJA_OUTDIR: outDir,
    KINERJA_CACHEDIR: cache,
    NODE_OPTIONS: process.env.NODE_OPTIONS ?? '--max-old-space-size=3072',
  };
  const b = await jalankan('astro', ['build'], env);
  if (b.kode !== 0) throw new Error(`Build wilayah ${w.id} gagal (failed):\n${b.out.slice(-3000)}`);
  const p = await jalankan('pagefind', ['--site', outDir], {});
  if (p.kode !== 0) throw new Error(`Pagefind wilayah ${w.id} gagal (failed):\n${p.out.slice(-2000)}`);
  const halaman = Number(/(\d+) page\(s\) built/.exec(b.out)?.[1] ?? 0);
  const disalin = b.out.match(/\((?:cached|restored)\)/g)?.length ?? 0;
  return { w, detik: (performance.now() - t0) / 1000, halaman, disalin };
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

async function main() {
  if (!wilayah.length) throw new Error('Tidak ada wilayah tingkat atas di content/wilayah (no top-level region).');
  rmSync(keluar, { recursive: true, force: true });
  mkdirSync(keluar, { recursive: true });
  const t0 = performance.now();
  const antre = [...wilayah];
  const hasil: Awaited<ReturnType<typeof bangun>>[] = [];
  await Promise.all(
    Array.from({ length: Math.min(paralel, antre.length) }, async () => {
      for (let w = antre.shift(); w; w = antre.shift()) {
        const h = await bangun(w);
        hasil.push(h);
        console.log(`${h.w.id.padEnd(36)} ${String(h.halaman).padStart(6)} halaman  ${h.detik.toFixed(1)} s${h.disalin ? `  (${h.disalin} disalin dari build sebelumnya)` : ''}`);
      }
    }),
  );
  hasil.sort((a, b) => a.w.nama.localeCompare(b.w.nama, 'id'));
  writeFileSync(
    join(keluar, 'index.html'),
    `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kinerja Terbuka: semua wilayah</title></head>
<body>
<main>
<h1>Kinerja Terbuka: semua wilayah</h1>
<p>Setiap wilayah diterbitkan sebagai situs tersendiri, dengan pencarian dan data terbukanya sendiri.</p>
<ul>
${hasil.map((h) => `<li><a href="${base}wilayah/${esc(h.w.id)}/">${esc(h.w.nama)}</a> (${h.halaman} halaman)</li>`).join('\n')}
</ul>
</main>
</body>
</html>
`,
  );
  const total = hasil.reduce((s, h) => s + h.halaman, 0);
  console.log(`${wilayah.length} wilayah, ${total} halaman dalam ${((performance.now() - t0) / 1000).toFixed(1)} s (${paralel} sekaligus) → ${keluar}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
