/**
 * npm run bench -- --agencies N --years Y [--per-wilayah [--matriks S] [--bangun-ulang]] [--paralel P]
 *                  [--tanpa-acuan] [--tanpa-rincian] [--keep] [--no-browser]
 *
 * Generates synthetic content (scripts/bench/sintetis.ts) into a temporary folder,
 * builds the site from it and prints one line per figure. Never writes to content/.
 * One site: beside the build, the plain-Astro reference (scripts/bench/astro-polos.ts: the same number
 * of pages of the same HTML size, in the same run; --tanpa-acuan skips it) and the search indexing
 * both ways (from content records, the build's way, and from the built HTML, the previous way).
 * --per-wilayah builds it the national way instead: one site per province, P at a time
 * (npm run build:wilayah); --matriks S simulates the deploy matrix: each of S shards built and timed on
 * its own (build:wilayah --shard i/S), then the merge job (--portal); the matrix's wall time is the
 * slowest shard plus the merge. --bangun-ulang then changes one agency's report, as a merged pull
 * request would, and measures the rebuild. A one-site run also makes every report file alone on one
 * thread (scripts/bench/unduhan.ts; --tanpa-rincian skips it), to say how much of the build is not pages.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { baca } from '../src/core/lingkungan.ts';
import { susunKonten } from './bench/sintetis.ts';
import { jalankan } from './lib/proses.ts';
import { BUNDEL, bangunIndeksCari, bangunIndeksCariDariHtml } from './indeks-cari.ts';
import { bangunAstroPolos } from './bench/astro-polos.ts';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const flag = (name: string) => process.argv.includes(`--${name}`);
const instansi = arg('agencies', 100);
const tahun = arg('years', 5);
const proyek = process.cwd();

const baris = (nama: string, nilai: string | number) => console.log(`${nama.padEnd(44)} ${nilai}`);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

function ukuranFolder(dir: string): number {
  let total = 0;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (d.isFile()) total += statSync(join(d.parentPath, d.name)).size;
  return total;
}

/** Both search bundles of a site (scripts/indeks-cari.ts). */
const ukuranIndeks = (situs: string) => Object.values(BUNDEL).reduce((s, b) => s + ukuranFolder(join(situs, b)), 0);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

async function main() {
  const kerja = mkdtempSync(join(tmpdir(), `kinerja-bench-${instansi}x${tahun}-`));
  // Astro keeps a build's intermediate files beside an outDir inside the project, but in the shared
  // <project>/.astro/ for one outside it; an outDir of its own inside the project keeps runs apart.
  const outDir = mkdtempSync(join(proyek, '.bench-dist-'));
  console.log(
    `# Kinerja Terbuka benchmark: ${instansi} instansi × ${tahun} tahun = ${instansi * tahun} laporan (DATA SINTETIS)`,
  );
  baris('mesin', `${cpus().length} core ${cpus()[0]?.model ?? ''}, ${mb(totalmem())} RAM, Node ${process.version}`);
  baris('folder kerja', kerja);

  const t = performance.now();
  let berkas = 0;
  let bita = 0;
  susunKonten({ instansi, tahun }, (f) => {
    const p = join(kerja, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.isi);
    berkas += 1;
    bita += f.isi.length;
  });
  baris('konten: berkas dibuat', `${berkas} (${mb(bita)}) dalam ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const env = {
    KINERJA_KONTEN: kerja,
    KINERJA_OUTDIR: outDir,
    KINERJA_CACHEDIR: join(kerja, 'cache'),
    NODE_OPTIONS: baca('NODE_OPTIONS') ?? '--max-old-space-size=8192',
  };
  let situsUkur = outDir; // the site whose pages and search the browser measures
  if (flag('per-wilayah')) {
    const paralel = String(arg('paralel', 2));
    const buildWilayah = async (...lain: string[]) => {
      const r = await jalankan(
        process.execPath,
        [
          join(proyek, 'scripts/build-wilayah.ts'),
          '--keluar',
          outDir,
          '--paralel',
          paralel,
          '--cache',
          join(kerja, 'cache'),
          ...lain,
        ],
        { KINERJA_KONTEN: kerja },
      );
      if (r.kode !== 0) {
        console.error(r.out.slice(-4000));
        throw new Error(`build per wilayah gagal (failed) ${lain.join(' ')}`);
      }
      return r;
    };
    const matriks = arg('matriks', 0);
    let b: Awaited<ReturnType<typeof buildWilayah>>;
    if (matriks > 0) {
      // the deploy matrix, each job on its own: shards one after another, then the merge job
      const shard: { ms: number; cpu: number; puncak: number; out: string }[] = [];
      for (let i = 1; i <= matriks; i++) shard.push(await buildWilayah('--shard', `${i}/${matriks}`));
      const portal = await buildWilayah('--portal');
      const terlama = shard.reduce((a, x, i) => (x.ms > a.ms ? { ms: x.ms, i: i + 1 } : a), { ms: 0, i: 0 });
      baris('matriks: waktu tiap shard', shard.map((x, i) => `${i + 1}: ${(x.ms / 1000).toFixed(1)} s`).join(', '));
      baris('matriks: shard terlama', `${terlama.i}/${matriks}: ${(terlama.ms / 1000).toFixed(1)} s`);
      baris('matriks: gabung + portal (--portal)', `${(portal.ms / 1000).toFixed(1)} s`);
      baris('matriks: waktu dinding (terlama + portal)', `${((terlama.ms + portal.ms) / 1000).toFixed(1)} s`);
      b = {
        out: [...shard, portal].map((x) => x.out).join('\n'),
        ms: shard.reduce((t, x) => t + x.ms, portal.ms),
        cpu: shard.reduce((t, x) => t + x.cpu, portal.cpu),
        puncak: Math.max(portal.puncak, ...shard.map((x) => x.puncak)),
        kode: 0,
      };
    } else b = await buildWilayah();
    const wilayah = [...b.out.matchAll(/^(\S+)\s+(\d+) halaman\s+([\d.]+) s\b/gm)].map((m) => ({
      id: m[1]!,
      halaman: Number(m[2]),
      detik: Number(m[3]),
    }));
    const halaman = wilayah.reduce((s, w) => s + w.halaman, 0);
    const terbesar = wilayah.reduce((a, w) => (w.halaman > a.halaman ? w : a), wilayah[0]!);
    const indeks = wilayah.map((w) => ukuranIndeks(join(outDir, 'wilayah', w.id)));
    baris(
      'build: cara',
      `per wilayah, ${paralel} sekaligus (npm run build:wilayah${matriks ? `, ${matriks} shard satu per satu` : ''})`,
    );
    baris(
      `build: waktu total (astro + pagefind${matriks ? ', jumlah semua shard' : ''})`,
      `${(b.ms / 1000).toFixed(1)} s`,
    );
    baris('build: waktu CPU (semua proses dan thread)', `${(b.cpu / 1000).toFixed(1)} s`);
    baris('build: wilayah (situs)', wilayah.length);
    baris('build: halaman', halaman);
    baris('build: halaman per detik', (halaman / (b.ms / 1000)).toFixed(1));
    baris('build: puncak memori (RSS seluruh proses)', mb(b.puncak));
    baris(
      'build: wilayah terbesar',
      `${terbesar.id}: ${terbesar.halaman} halaman dalam ${terbesar.detik.toFixed(1)} s`,
    );
    baris('ukuran: dist/', mb(ukuranFolder(outDir)));
    baris(
      'ukuran: indeks pencarian (semua / terbesar)',
      `${mb(indeks.reduce((s, x) => s + x, 0))} / ${mb(Math.max(...indeks))}`,
    );
    situsUkur = join(outDir, 'wilayah', terbesar.id);
    if (flag('bangun-ulang')) {
      // one agency's report changes (a note), as a merged pull request would
      const berkas = join(kerja, 'content', 'instansi', 'instansi-sintetis-000000', String(2021), 'lkjip.json');
      writeFileSync(
        berkas,
        readFileSync(berkas, 'utf8').replace('"sumber": {', '"sumber": { "catatan": "Diperbarui.",'),
      );
      const u = await buildWilayah();
      const ringkas = /\d+ wilayah \((\d+) dibangun, (\d+) tidak berubah\)/.exec(u.out);
      const disalin = /(\d+) disalin dari build sebelumnya/.exec(u.out)?.[1] ?? '0';
      baris(
        'build ulang: satu laporan berubah',
        `${(u.ms / 1000).toFixed(1)} s (${ringkas?.[1]} wilayah dibangun, ${ringkas?.[2]} dilewati; ${disalin} halaman disalin)`,
      );
      baris('build ulang: puncak memori', mb(u.puncak));
    }
  } else {
    const build = await jalankan(join(proyek, 'node_modules/.bin/astro'), ['build'], env);
    if (build.kode !== 0) {
      console.error(build.out.slice(-4000));
      throw new Error('build gagal (build failed)');
    }
    const muat = /konten dimuat dan divalidasi dalam (\d+) ms/.exec(build.out)?.[1];
    // Astro prints durations as "55.33s", "1m 9s" or "800ms".
    const durasi = (t: string | undefined) => {
      const m = t ? /^(?:(\d+)m )?([\d.]+)(m?s)$/.exec(t) : null;
      return m ? Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 's' ? 1000 : 1) : NaN;
    };
    const halaman = Number(/(\d+) page\(s\) built in/.exec(build.out)?.[1] ?? 0);
    // rendering and writing every page: Astro's "generating static routes" step
    const renderMs = durasi(/generating static routes[\s\S]*?Completed in ((?:\d+m )?[\d.]+m?s)/.exec(build.out)?.[1]);

    const pf = await bangunIndeksCari(outDir, kerja);
    const totalMs = build.ms + pf.ms;
    // the previous way, into a folder of its own (the site keeps the build's bundles)
    const lamaDir = mkdtempSync(join(tmpdir(), 'kinerja-bench-indeks-html-'));
    const pfLama = await bangunIndeksCariDariHtml(outDir, lamaDir);
    rmSync(lamaDir, { recursive: true, force: true });
    const html = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter(
      (d) => d.isFile() && d.name.endsWith('.html') && !/pagefind/.test(d.parentPath),
    );
    const ukuranHtml = html.reduce((t, d) => t + statSync(join(d.parentPath, d.name)).size, 0);

    baris('build: waktu total (astro + pagefind)', `${(totalMs / 1000).toFixed(1)} s`);
    baris('build: halaman', halaman);
    baris('build: halaman per detik', (halaman / (totalMs / 1000)).toFixed(1));
    baris('build: puncak memori (RSS seluruh proses)', mb(Math.max(build.puncak, pf.puncak)));
    baris('waktu: muat + validasi konten', muat ? `${(Number(muat) / 1000).toFixed(1)} s` : 'tidak tercatat');
    baris('waktu: build astro (seluruhnya)', `${(build.ms / 1000).toFixed(1)} s`);
    // CPU time grows far less than wall time with the other users of a shared machine
    baris('waktu: CPU build astro (semua thread)', `${(build.cpu / 1000).toFixed(1)} s`);
    baris('waktu: render halaman (laporan astro)', `${(renderMs / 1000).toFixed(1)} s`);
    baris('waktu: indeks pencarian (rekaman konten, satu lintasan)', `${(pf.ms / 1000).toFixed(1)} s`);
    baris('waktu: indeks pencarian cara lama (HTML, 2× pagefind)', `${(pfLama.ms / 1000).toFixed(1)} s`);
    if (!flag('tanpa-acuan')) {
      const polos = await bangunAstroPolos(proyek, html.length, ukuranHtml / html.length);
      baris(
        'acuan: astro polos, halaman sama banyak',
        `${(polos.ms / 1000).toFixed(1)} s (${html.length} halaman HTML × ${kb(polos.ukuranHalaman)}; situs rata-rata ${kb(ukuranHtml / html.length)})`,
      );
      baris('acuan: CPU astro polos', `${(polos.cpu / 1000).toFixed(1)} s`);
      baris('build dibanding astro polos', `${(totalMs / polos.ms).toFixed(2)}×`);
      baris('build astro dibanding astro polos, waktu CPU', `${(build.cpu / polos.cpu).toFixed(2)}×`);
    }
    if (!flag('tanpa-rincian')) {
      // the report files alone, one thread: how much of the build's CPU is not pages
      const unduhan = await jalankan(process.execPath, [join(proyek, 'scripts/bench/unduhan.ts')], env);
      const { cpuMs } = JSON.parse(unduhan.out.trim().split('\n').pop()!) as { cpuMs: Record<string, number> };
      const jumlahMs = Object.values(cpuMs).reduce((t, ms) => t + ms, 0);
      baris(
        'rincian: CPU berkas laporan saja (XLSX, zip, PNG)',
        `${(jumlahMs / 1000).toFixed(1)} s (${Object.entries(cpuMs)
          .map(([jenis, ms]) => `${jenis} ${(ms / 1000).toFixed(1)} s`)
          .join(', ')}) = ${((100 * jumlahMs) / build.cpu).toFixed(0)} % CPU build astro`,
      );
    }
    baris('ukuran: dist/', mb(ukuranFolder(outDir)));
    baris('ukuran: indeks pencarian (ringkas + lengkap)', mb(ukuranIndeks(outDir)));
  }

  const laporan: { raw: number; gz: number; path: string }[] = [];
  for (const d of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    const p = join(d.parentPath, d.name);
    if (d.name === 'index.html' && /\/instansi\/[^/]+\/\d{4}$/.test(d.parentPath)) {
      const html = readFileSync(p);
      laporan.push({ raw: html.length, gz: gzipSync(html).length, path: p });
    }
  }
  const terbesar = laporan.reduce((a, b) => (b.raw > a.raw ? b : a), laporan[0] ?? { raw: 0, gz: 0, path: '' });
  baris(
    'halaman laporan: median HTML',
    `${kb(median(laporan.map((l) => l.raw)))} (gzip ${kb(median(laporan.map((l) => l.gz)))})`,
  );
  baris('halaman laporan: terbesar HTML', `${kb(terbesar.raw)} (gzip ${kb(terbesar.gz)})`);

  if (!flag('no-browser')) {
    const { ukurBrowser } = await import('./bench/browser.ts');
    // the largest report of the measured site; for per-region builds, the largest region's site
    const diSitus = laporan.filter((l) => l.path.startsWith(`${situsUkur}/`));
    const contoh = diSitus.reduce((a, b) => (b.raw > a.raw ? b : a), diSitus[0]!);
    const b = await ukurBrowser(
      outDir,
      contoh.path.slice(outDir.length).replace(/index\.html$/, ''),
      situsUkur.slice(outDir.length),
    );
    baris('JS: halaman laporan (dimuat peramban)', kb(b.jsLaporan));
    baris('JS: halaman bandingkan (dimuat peramban)', kb(b.jsBandingkan));
    baris('halaman laporan: ditransfer sebelum kode grafik', kb(b.laporanTanpaGrafik));
    baris('pencarian: byte kueri pertama (indeks ringkas)', kb(b.cariPertama));
    baris('pencarian: byte kueri pertama di seluruh isi', kb(b.cariLengkap));
    if (b.cariPortal !== undefined) baris('pencarian portal: kueri pertama (indeks nama nasional)', kb(b.cariPortal));
    if (b.cariPortalWilayah !== undefined)
      baris('pencarian portal: semua wilayah digabung (?isi=ringkas)', kb(b.cariPortalWilayah));
  }
  if (!flag('keep')) for (const d of [kerja, outDir]) rmSync(d, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
