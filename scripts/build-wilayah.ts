/**
 * npm run build:wilayah -- [--keluar <folder>] [--paralel N] [--cache <folder>]
 *
 * Builds every top-level region (a province, or a national body) as a site of its own under
 * <keluar>/wilayah/<id>/, each with its own Pagefind index: memory is bounded by the largest
 * region instead of growing with the country (docs/benchmarks.md), and N regions build side by
 * side, then the national portal at <keluar>/ (home and a search over every region's index).
 * Content comes from KINERJA_KONTEN or this folder.
 * Each region keeps its build cache (default node_modules/.astro/wilayah/<id>): a region whose content
 * and the site's code are unchanged since its last build is skipped, and a region that changed renders
 * only the pages of agencies whose content changed and copies the rest (Astro's incremental build).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { baca, folderProyek } from '../src/core/lingkungan.ts';
import { kunciWilayahTeratas } from '../src/core/muat/baca-folder.ts';
import { bacaArgumen } from './lib/argumen.ts';
import { jalankan } from './lib/proses.ts';
import { BUNDEL, bangunIndeksCari } from './indeks-cari.ts';

const arg = bacaArgumen(process.argv.slice(2), { nilai: ['keluar', 'paralel', 'cache'], bendera: ['help'] });
if (arg.galat || arg.bendera.has('help')) {
  console.error('Pemakaian (usage): npm run build:wilayah -- [--keluar <folder>] [--paralel N] [--cache <folder>]');
  process.exit(arg.galat ? 2 : 0);
}
// the site's code is here; the content may be another project's (KINERJA_KONTEN)
const folderKode = process.cwd();
const proyek = folderProyek();
// Inside the project, so Astro keeps each build's intermediate files beside its own output.
const keluar = resolve(arg.nilai.keluar ?? 'dist-wilayah');
const paralel = Math.max(1, Number(arg.nilai.paralel ?? 2));
const folderCache = resolve(arg.nilai.cache ?? 'node_modules/.astro/wilayah');
const base = (baca('BASE_PATH') ?? '/').replace(/\/?$/, '/');

interface Wilayah {
  id: string;
  nama: string;
  induk?: string;
}
const wilayah: Wilayah[] = readdirSync(join(proyek, 'content', 'wilayah'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(proyek, 'content', 'wilayah', f), 'utf8')) as Wilayah)
  .filter((w) => !w.induk)
  .sort((a, b) => a.id.localeCompare(b.id));

/** The site's code and settings: a change to any of them rebuilds every region. */
function kunciKode(): string {
  const h = createHash('sha256').update(JSON.stringify({ base, site: baca('SITE_URL') ?? '' }));
  const berkas = ['astro.config.mjs', 'package-lock.json', 'scripts/indeks-cari.ts', 'tsconfig.json'].filter((f) =>
    existsSync(join(folderKode, f)),
  );
  for (const dir of ['src', 'public'])
    for (const d of readdirSync(join(folderKode, dir), { recursive: true, withFileTypes: true }))
      if (d.isFile()) berkas.push(relative(folderKode, join(d.parentPath, d.name)));
  for (const f of berkas.sort())
    h.update(f)
      .update('\0')
      .update(readFileSync(join(folderKode, f)))
      .update('\0');
  return h.digest('hex');
}

interface Hasil {
  w: Wilayah;
  detik: number;
  halaman: number;
  disalin: number;
  dilewati: boolean;
}

async function bangun(w: Wilayah, kunci: string): Promise<Hasil> {
  const t0 = performance.now();
  const outDir = join(keluar, 'wilayah', w.id);
  const cache = join(folderCache, w.id);
  // unchanged since its last build into this folder: nothing to do
  const catatan = join(cache, 'wilayah-terakhir.json');
  const lalu = existsSync(catatan)
    ? (JSON.parse(readFileSync(catatan, 'utf8')) as { kunci: string; keluar: string; halaman: number })
    : undefined;
  if (
    lalu?.kunci === kunci &&
    lalu.keluar === outDir &&
    existsSync(join(outDir, 'index.html')) &&
    existsSync(join(outDir, BUNDEL.ringkas, 'pagefind.js'))
  )
    return { w, detik: (performance.now() - t0) / 1000, halaman: lalu.halaman, disalin: 0, dilewati: true };
  // A heap cap per build keeps N side-by-side builds inside the machine: a province of ~2,600
  // agency-years needs well under 1 GB of live heap, but an uncapped V8 lets the heap grow to 3–5 GB.
  const env = {
    KINERJA_KONTEN: proyek,
    KINERJA_WILAYAH: w.id,
    BASE_PATH: `${base}wilayah/${w.id}/`,
    KINERJA_OUTDIR: outDir,
    KINERJA_CACHEDIR: cache,
    NODE_OPTIONS: baca('NODE_OPTIONS') ?? '--max-old-space-size=3072',
  };
  const b = await jalankan('astro', ['build'], env);
  if (b.kode !== 0) throw new Error(`Build wilayah ${w.id} gagal (failed):\n${b.out.slice(-3000)}`);
  await bangunIndeksCari(outDir);
  const halaman = Number(/(\d+) page\(s\) built/.exec(b.out)?.[1] ?? 0);
  const disalin = b.out.match(/\((?:cached|restored)\)/g)?.length ?? 0;
  mkdirSync(cache, { recursive: true });
  writeFileSync(catatan, JSON.stringify({ kunci, keluar: outDir, halaman }));
  return { w, detik: (performance.now() - t0) / 1000, halaman, disalin, dilewati: false };
}

/**
 * The national portal at the root: its home (each region's figures from the region's /data/index.json)
 * and a search over the regions' indexes, built by Astro in portal mode (src/portal/pages).
 */
async function bangunPortal() {
  const sementara = `${keluar}.portal`;
  const b = await jalankan('astro', ['build'], {
    KINERJA_KONTEN: proyek,
    KINERJA_PORTAL: keluar,
    BASE_PATH: base,
    KINERJA_OUTDIR: sementara,
    KINERJA_CACHEDIR: join(folderCache, '_portal'),
  });
  if (b.kode !== 0) throw new Error(`Build portal gagal (failed):\n${b.out.slice(-3000)}`);
  // the root holds the portal's files beside wilayah/; a new build replaces the old ones
  for (const f of readdirSync(keluar)) if (f !== 'wilayah') rmSync(join(keluar, f), { recursive: true, force: true });
  for (const f of readdirSync(sementara)) renameSync(join(sementara, f), join(keluar, f));
  rmSync(sementara, { recursive: true, force: true });
}

async function main() {
  if (!wilayah.length) throw new Error('Tidak ada wilayah tingkat atas di content/wilayah (no top-level region).');
  const t0 = performance.now();
  mkdirSync(join(keluar, 'wilayah'), { recursive: true });
  // regions no longer in the content leave the portal
  for (const d of readdirSync(join(keluar, 'wilayah')))
    if (!wilayah.some((w) => w.id === d)) rmSync(join(keluar, 'wilayah', d), { recursive: true, force: true });
  const kode = kunciKode();
  const konten = kunciWilayahTeratas(proyek);
  const kunci = (w: Wilayah) =>
    createHash('sha256')
      .update(kode)
      .update(konten.get(w.id) ?? '')
      .digest('hex');
  const antre = [...wilayah];
  const hasil: Hasil[] = [];
  await Promise.all(
    Array.from({ length: Math.min(paralel, antre.length) }, async () => {
      for (let w = antre.shift(); w; w = antre.shift()) {
        const h = await bangun(w, kunci(w));
        hasil.push(h);
        const catatan = h.dilewati
          ? '  (tidak berubah, dilewati)'
          : h.disalin
            ? `  (${h.disalin} disalin dari build sebelumnya)`
            : '';
        console.log(`${h.w.id.padEnd(36)} ${String(h.halaman).padStart(6)} halaman  ${h.detik.toFixed(1)} s${catatan}`);
      }
    }),
  );
  await bangunPortal();
  const total = hasil.reduce((s, h) => s + h.halaman, 0);
  const dilewati = hasil.filter((h) => h.dilewati).length;
  const detik = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${wilayah.length} wilayah (${wilayah.length - dilewati} dibangun, ${dilewati} tidak berubah), ` +
      `${total} halaman dalam ${detik} s (${paralel} sekaligus) → ${keluar}`,
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
