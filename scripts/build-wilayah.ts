/**
 * npm run build:wilayah -- [--keluar <folder>] [--paralel N] [--cache <folder>]
 *                          [--shard i/n | --portal | --rencana [--shard-maks N]]
 *
 * Builds every top-level region (a province, or a national body) as a site of its own under
 * <keluar>/wilayah/<id>/, each with its own Pagefind index: memory is bounded by the largest
 * region instead of growing with the country (docs/benchmarks.md), and N regions build side by
 * side, then the national portal at <keluar>/ (home and a search over every region's index).
 * Content comes from KINERJA_KONTEN or this folder.
 * Each region keeps its build cache (default node_modules/.astro/wilayah/<id>): a region whose content
 * and the site's code are unchanged since its last build is skipped, and a region that changed renders
 * only the pages of agencies whose content changed and copies the rest (Astro's incremental build).
 *
 * On a GitHub Actions matrix (.github/workflows/terbit.yml) the same steps run apart:
 *   --rencana        prints the plan as JSON: the shards (regions balanced by agency-years, src/core/publikasi/shard.ts);
 *                    with --github, as the deploy workflow's job outputs (`susunan`, `matriks`), following
 *                    content/situs.json "terbit" (a one-site layout is a matrix of one)
 *   --shard i/n      builds only shard i's regions into <keluar>/wilayah/ (no portal, other regions left alone)
 *   --portal         builds only the portal over the regions already in <keluar>/wilayah/ (the merge step),
 *                    after checking every top-level region is there
 * Without these, a local run builds every region (all shards' worth, through the same function) and then the
 * portal: the same code, the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { baca, folderProyek } from '../src/core/lingkungan.ts';
import { kunciWilayahTeratas } from '../src/core/muat/baca-folder.ts';
import { bacaArgumen } from './lib/argumen.ts';
import { jalankan } from './lib/proses.ts';
import { BUNDEL, bangunIndeksCari, bangunIndeksNasional } from './indeks-cari.ts';
import { bacaShard, bagiShard, type Shard } from '../src/core/publikasi/shard.ts';
import { Situs } from '../src/core/skema/situs.ts';

const PEMAKAIAN =
  'Pemakaian (usage): npm run build:wilayah -- [--keluar <folder>] [--paralel N] [--cache <folder>] [--shard i/n | --portal | --rencana [--shard-maks N]]';
const arg = bacaArgumen(process.argv.slice(2), {
  nilai: ['keluar', 'paralel', 'cache', 'shard', 'shard-maks'],
  bendera: ['help', 'portal', 'rencana', 'github'],
});
const shardDiminta = arg.nilai.shard === undefined ? undefined : bacaShard(arg.nilai.shard);
const galatArgumen =
  arg.galat ??
  (shardDiminta === null
    ? `--shard ditulis i/n, mis. 2/4 (--shard is written i/n, e.g. 2/4): "${arg.nilai.shard}"`
    : undefined) ??
  ([shardDiminta, arg.bendera.has('portal'), arg.bendera.has('rencana')].filter(Boolean).length > 1
    ? '--shard, --portal dan --rencana tidak dapat digabung (cannot be combined)'
    : undefined);
if (galatArgumen || arg.bendera.has('help')) {
  console.error(galatArgumen ? `${galatArgumen}\n${PEMAKAIAN}` : PEMAKAIAN);
  process.exit(galatArgumen ? 2 : 0);
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
const semuaWilayah: Wilayah[] = readdirSync(join(proyek, 'content', 'wilayah'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(proyek, 'content', 'wilayah', f), 'utf8')) as Wilayah);
const wilayah = semuaWilayah.filter((w) => !w.induk).sort((a, b) => a.id.localeCompare(b.id));

/** Each top-level region's agency-years (its agencies' year folders): what a shard has to build. */
function bobotWilayah(): Map<string, number> {
  const induk = new Map(semuaWilayah.map((w) => [w.id, w.induk]));
  const teratas = (id: string | undefined) => {
    const dilalui = new Set<string>();
    while (id && induk.get(id) && !dilalui.has(id)) {
      dilalui.add(id);
      id = induk.get(id);
    }
    return id;
  };
  const bobot = new Map(wilayah.map((w) => [w.id, 0]));
  const folder = join(proyek, 'content', 'instansi');
  for (const id of existsSync(folder) ? readdirSync(folder) : []) {
    const berkas = join(folder, id, 'instansi.json');
    if (!existsSync(berkas)) continue;
    const atas = teratas((JSON.parse(readFileSync(berkas, 'utf8')) as { wilayah?: string }).wilayah);
    const tahun = readdirSync(join(folder, id)).filter((d) => /^\d{4}$/.test(d)).length;
    if (atas && bobot.has(atas)) bobot.set(atas, bobot.get(atas)! + Math.max(1, tahun));
  }
  return bobot;
}

function rencana(maks: number): Shard[] {
  const bobot = bobotWilayah();
  return bagiShard(
    wilayah.map((w) => ({ id: w.id, bobot: bobot.get(w.id) ?? 0 })),
    maks,
  );
}

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
 * and a search over the regions' indexes, built by Astro in portal mode (src/portal/pages), which
 * starts on a national index of names (pagefind-nasional/, scripts/indeks-cari.ts).
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
  // the portal's first search: names of regions, agencies, reports and indicators from the regions' data
  await bangunIndeksNasional(keluar);
}

/** The merge step: the portal needs every region's site in place (a matrix job that failed to upload shows here). */
function periksaLengkap() {
  const hilang = wilayah.filter((w) => !existsSync(join(keluar, 'wilayah', w.id, 'index.html'))).map((w) => w.id);
  if (hilang.length)
    throw new Error(
      `Situs wilayah belum dibangun (region sites missing) di ${join(keluar, 'wilayah')}: ${hilang.join(', ')}. ` +
        'Bangun shard-nya dulu (build their shards first): npm run build:wilayah -- --shard i/n',
    );
}

/** Builds the given regions, N at a time; returns what each took. */
async function bangunWilayah(daftar: readonly Wilayah[]): Promise<Hasil[]> {
  const kode = kunciKode();
  const konten = kunciWilayahTeratas(proyek);
  const kunci = (w: Wilayah) =>
    createHash('sha256')
      .update(kode)
      .update(konten.get(w.id) ?? '')
      .digest('hex');
  const antre = [...daftar];
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
  return hasil;
}

async function main() {
  if (!wilayah.length) throw new Error('Tidak ada wilayah tingkat atas di content/wilayah (no top-level region).');
  const terbit = Situs.parse(JSON.parse(readFileSync(join(proyek, 'content', 'situs.json'), 'utf8'))).terbit;
  const maks = Number(arg.nilai['shard-maks'] ?? terbit.shard_maks);
  if (arg.bendera.has('rencana')) {
    const shard = rencana(maks);
    if (!arg.bendera.has('github')) console.log(JSON.stringify(shard));
    else {
      // each matrix entry names its regions by a short key, so its cache survives a change elsewhere
      const matriks =
        terbit.susunan === 'satu-situs'
          ? [{ ke: 1, dari: 1, nama: 'situs', kunci: 'situs' }]
          : shard.map((s) => ({
              ke: s.ke,
              dari: shard.length,
              nama: `shard ${s.ke}/${shard.length} (${s.wilayah.join(', ')})`,
              kunci: createHash('sha256').update(s.wilayah.join(',')).digest('hex').slice(0, 16),
            }));
      console.log(`susunan=${terbit.susunan}\nmatriks=${JSON.stringify(matriks)}`);
    }
    return;
  }
  const t0 = performance.now();
  mkdirSync(join(keluar, 'wilayah'), { recursive: true });
  if (arg.bendera.has('portal')) {
    periksaLengkap();
    await bangunPortal();
    console.log(`Portal dibangun (portal built) atas ${wilayah.length} wilayah → ${keluar}`);
    return;
  }
  const daftar = shardDiminta
    ? (rencana(shardDiminta.dari)
        .find((s) => s.ke === shardDiminta.ke)
        ?.wilayah.map((id) => wilayah.find((w) => w.id === id)!) ?? [])
    : wilayah;
  // a full run: regions no longer in the content leave the portal (a shard leaves other shards' regions alone)
  if (!shardDiminta)
    for (const d of readdirSync(join(keluar, 'wilayah')))
      if (!wilayah.some((w) => w.id === d)) rmSync(join(keluar, 'wilayah', d), { recursive: true, force: true });
  const hasil = await bangunWilayah(daftar);
  if (!shardDiminta) await bangunPortal();
  const total = hasil.reduce((s, h) => s + h.halaman, 0);
  const dilewati = hasil.filter((h) => h.dilewati).length;
  const detik = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${shardDiminta ? `Shard ${shardDiminta.ke}/${shardDiminta.dari}: ` : ''}${daftar.length} wilayah ` +
      `(${daftar.length - dilewati} dibangun, ${dilewati} tidak berubah), ` +
      `${total} halaman dalam ${detik} s (${paralel} sekaligus) → ${keluar}`,
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
