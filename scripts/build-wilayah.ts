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
const argumen = bacaArgumen(process.argv.slice(2), {
  nilai: ['keluar', 'paralel', 'cache', 'shard', 'shard-maks'],
  bendera: ['help', 'portal', 'rencana', 'github'],
});
const shardDiminta = argumen.nilai.shard === undefined ? undefined : bacaShard(argumen.nilai.shard);
const galatArgumen =
  argumen.galat ??
  (shardDiminta === null
    ? `--shard ditulis i/n, mis. 2/4 (--shard is written i/n, e.g. 2/4): "${argumen.nilai.shard}"`
    : undefined) ??
  ([shardDiminta, argumen.bendera.has('portal'), argumen.bendera.has('rencana')].filter(Boolean).length > 1
    ? '--shard, --portal dan --rencana tidak dapat digabung (cannot be combined)'
    : undefined);
if (galatArgumen || argumen.bendera.has('help')) {
  console.error(galatArgumen ? `${galatArgumen}\n${PEMAKAIAN}` : PEMAKAIAN);
  process.exit(galatArgumen ? 2 : 0);
}
// the site's code is here; the content may be another project's (KINERJA_KONTEN)
const folderKode = process.cwd();
const proyek = folderProyek();
// Inside the project, so Astro keeps each build's intermediate files beside its own output.
const keluar = resolve(argumen.nilai.keluar ?? 'dist-wilayah');
const paralel = Math.max(1, Number(argumen.nilai.paralel ?? 2));
const folderCache = resolve(argumen.nilai.cache ?? 'node_modules/.astro/wilayah');
const alamatDasar = (baca('BASE_PATH') ?? '/').replace(/\/?$/, '/');

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
  const sidik = createHash('sha256').update(JSON.stringify({ base: alamatDasar, site: baca('SITE_URL') ?? '' }));
  const berkas = ['astro.config.mjs', 'package-lock.json', 'scripts/indeks-cari.ts', 'tsconfig.json'].filter((f) =>
    existsSync(join(folderKode, f)),
  );
  for (const folder of ['src', 'public'])
    for (const entri of readdirSync(join(folderKode, folder), { recursive: true, withFileTypes: true }))
      if (entri.isFile()) berkas.push(relative(folderKode, join(entri.parentPath, entri.name)));
  for (const jalur of berkas.sort())
    sidik
      .update(jalur)
      .update('\0')
      .update(readFileSync(join(folderKode, jalur)))
      .update('\0');
  return sidik.digest('hex');
}

interface Hasil {
  wilayah: Wilayah;
  detik: number;
  halaman: number;
  disalin: number;
  dilewati: boolean;
}

async function bangun(wilayahIni: Wilayah, kunci: string): Promise<Hasil> {
  const mulai = performance.now();
  const folderKeluaran = join(keluar, 'wilayah', wilayahIni.id);
  const cache = join(folderCache, wilayahIni.id);
  // unchanged since its last build into this folder: nothing to do
  const catatan = join(cache, 'wilayah-terakhir.json');
  const lalu = existsSync(catatan)
    ? (JSON.parse(readFileSync(catatan, 'utf8')) as { kunci: string; keluar: string; halaman: number })
    : undefined;
  if (
    lalu?.kunci === kunci &&
    lalu.keluar === folderKeluaran &&
    existsSync(join(folderKeluaran, 'index.html')) &&
    existsSync(join(folderKeluaran, BUNDEL.ringkas, 'pagefind.js'))
  )
    return {
      wilayah: wilayahIni,
      detik: (performance.now() - mulai) / 1000,
      halaman: lalu.halaman,
      disalin: 0,
      dilewati: true,
    };
  // A heap cap per build keeps N side-by-side builds inside the machine: a province of ~2,600
  // agency-years needs well under 1 GB of live heap, but an uncapped V8 lets the heap grow to 3–5 GB.
  const lingkungan = {
    KINERJA_KONTEN: proyek,
    KINERJA_WILAYAH: wilayahIni.id,
    BASE_PATH: `${alamatDasar}wilayah/${wilayahIni.id}/`,
    KINERJA_OUTDIR: folderKeluaran,
    KINERJA_CACHEDIR: cache,
    NODE_OPTIONS: baca('NODE_OPTIONS') ?? '--max-old-space-size=3072',
  };
  const hasilBuild = await jalankan('astro', ['build'], lingkungan);
  if (hasilBuild.kode !== 0)
    throw new Error(`Build wilayah ${wilayahIni.id} gagal (failed):\n${hasilBuild.out.slice(-3000)}`);
  await bangunIndeksCari(folderKeluaran);
  const halaman = Number(/(\d+) page\(s\) built/.exec(hasilBuild.out)?.[1] ?? 0);
  const disalin = hasilBuild.out.match(/\((?:cached|restored)\)/g)?.length ?? 0;
  mkdirSync(cache, { recursive: true });
  writeFileSync(catatan, JSON.stringify({ kunci, keluar: folderKeluaran, halaman }));
  return { wilayah: wilayahIni, detik: (performance.now() - mulai) / 1000, halaman, disalin, dilewati: false };
}

/**
 * The national portal at the root: its home (each region's figures from the region's /data/index.json)
 * and a search over the regions' indexes, built by Astro in portal mode (src/portal/pages), which
 * starts on a national index of names (pagefind-nasional/, scripts/indeks-cari.ts).
 */
async function bangunPortal() {
  const sementara = `${keluar}.portal`;
  const hasilBuild = await jalankan('astro', ['build'], {
    KINERJA_KONTEN: proyek,
    KINERJA_PORTAL: keluar,
    BASE_PATH: alamatDasar,
    KINERJA_OUTDIR: sementara,
    KINERJA_CACHEDIR: join(folderCache, '_portal'),
  });
  if (hasilBuild.kode !== 0) throw new Error(`Build portal gagal (failed):\n${hasilBuild.out.slice(-3000)}`);
  // the root holds the portal's files beside wilayah/; a new build replaces the old ones
  for (const namaBerkas of readdirSync(keluar))
    if (namaBerkas !== 'wilayah') rmSync(join(keluar, namaBerkas), { recursive: true, force: true });
  for (const namaBerkas of readdirSync(sementara)) renameSync(join(sementara, namaBerkas), join(keluar, namaBerkas));
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
  const konten = kunciWilayahTeratas(proyek, 'content', new Set(daftar.map((w) => w.id)));
  const kunci = (w: Wilayah) =>
    createHash('sha256')
      .update(kode)
      .update(konten.get(w.id) ?? '')
      .digest('hex');
  const antre = [...daftar];
  const hasil: Hasil[] = [];
  await Promise.all(
    Array.from({ length: Math.min(paralel, antre.length) }, async () => {
      for (let wilayahIni = antre.shift(); wilayahIni; wilayahIni = antre.shift()) {
        const hasilWilayah = await bangun(wilayahIni, kunci(wilayahIni));
        hasil.push(hasilWilayah);
        const catatan = hasilWilayah.dilewati
          ? '  (tidak berubah, dilewati)'
          : hasilWilayah.disalin
            ? `  (${hasilWilayah.disalin} disalin dari build sebelumnya)`
            : '';
        console.log(
          `${hasilWilayah.wilayah.id.padEnd(36)} ${String(hasilWilayah.halaman).padStart(6)} halaman  ${hasilWilayah.detik.toFixed(1)} s${catatan}`,
        );
      }
    }),
  );
  return hasil;
}

async function utama() {
  if (!wilayah.length) throw new Error('Tidak ada wilayah tingkat atas di content/wilayah (no top-level region).');
  const terbit = Situs.parse(JSON.parse(readFileSync(join(proyek, 'content', 'situs.json'), 'utf8'))).terbit;
  const maks = Number(argumen.nilai['shard-maks'] ?? terbit.shard_maks);
  if (argumen.bendera.has('rencana')) {
    const shard = rencana(maks);
    if (!argumen.bendera.has('github')) console.log(JSON.stringify(shard));
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
  const mulai = performance.now();
  mkdirSync(join(keluar, 'wilayah'), { recursive: true });
  if (argumen.bendera.has('portal')) {
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
    for (const idWilayah of readdirSync(join(keluar, 'wilayah')))
      if (!wilayah.some((w) => w.id === idWilayah))
        rmSync(join(keluar, 'wilayah', idWilayah), { recursive: true, force: true });
  const hasil = await bangunWilayah(daftar);
  if (!shardDiminta) await bangunPortal();
  const total = hasil.reduce((s, h) => s + h.halaman, 0);
  const dilewati = hasil.filter((h) => h.dilewati).length;
  const detik = ((performance.now() - mulai) / 1000).toFixed(1);
  console.log(
    `${shardDiminta ? `Shard ${shardDiminta.ke}/${shardDiminta.dari}: ` : ''}${daftar.length} wilayah ` +
      `(${daftar.length - dilewati} dibangun, ${dilewati} tidak berubah), ` +
      `${total} halaman dalam ${detik} s (${paralel} sekaligus) → ${keluar}`,
  );
}

utama().catch((galat) => {
  console.error(galat instanceof Error ? galat.message : galat);
  process.exit(1);
});
