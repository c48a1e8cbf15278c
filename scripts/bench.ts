/**
 * npm run bench -- --agencies N --years Y [--per-wilayah [--matriks S] [--bangun-ulang]] [--paralel P]
 *                  [--tanpa-acuan] [--tanpa-rincian] [--keep] [--no-browser] [--indeks-nasional]
 *
 * Generates synthetic content (scripts/bench/sintetis.ts) into a temporary folder,
 * builds the site from it and prints one line per figure. Never writes to content/.
 * Beside the build (one site, or every region's and the portal's), the plain-Astro reference
 * (scripts/bench/astro-polos.ts: the same number of pages of the same HTML size, in the same run;
 * --tanpa-acuan skips it). One site: the search indexing both ways too (from content records, the
 * build's way, and from the built HTML, the previous way).
 * --per-wilayah builds it the national way instead: one site per province, P at a time
 * (npm run build:wilayah); --matriks S simulates the deploy matrix: each of S shards built and timed on
 * its own (build:wilayah --shard i/S), then the merge job (--portal); the matrix's wall time is the
 * slowest shard plus the merge. --bangun-ulang then changes one agency's report, as a merged pull
 * request would, and measures the rebuild (with --matriks, also as the matrix would deploy it). A one-site run also makes every report file alone on one
 * thread (scripts/bench/unduhan.ts; --tanpa-rincian skips it), to say how much of the build is not pages.
 * --indeks-nasional measures only the portal's national index and first search at that scale, without
 * building the region sites (scripts/bench/nasional.ts).
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

const angkaOpsi = (nama: string, bawaan: number) => {
  const posisi = process.argv.indexOf(`--${nama}`);
  return posisi > 0 ? Number(process.argv[posisi + 1]) : bawaan;
};
const adaBendera = (nama: string) => process.argv.includes(`--${nama}`);
const instansi = angkaOpsi('agencies', 100);
const tahun = angkaOpsi('years', 5);
const proyek = process.cwd();

const baris = (nama: string, nilai: string | number) => console.log(`${nama.padEnd(44)} ${nilai}`);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

function ukuranFolder(folder: string): number {
  let total = 0;
  for (const entri of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (entri.isFile()) total += statSync(join(entri.parentPath, entri.name)).size;
  return total;
}

/** Both search bundles of a site (scripts/indeks-cari.ts). */
const ukuranIndeks = (situs: string) => Object.values(BUNDEL).reduce((s, b) => s + ukuranFolder(join(situs, b)), 0);

const median = (daftar: number[]) => {
  const urut = [...daftar].sort((a, b) => a - b);
  return urut.length ? urut[Math.floor(urut.length / 2)]! : 0;
};

async function utama() {
  const kerja = mkdtempSync(join(tmpdir(), `kinerja-bench-${instansi}x${tahun}-`));
  // Astro keeps a build's intermediate files beside an outDir inside the project, but in the shared
  // <project>/.astro/ for one outside it; an outDir of its own inside the project keeps runs apart.
  const folderKeluaran = mkdtempSync(join(proyek, '.bench-dist-'));
  console.log(
    `# Kinerja Terbuka benchmark: ${instansi} instansi × ${tahun} tahun = ${instansi * tahun} laporan (DATA SINTETIS)`,
  );
  baris('mesin', `${cpus().length} core ${cpus()[0]?.model ?? ''}, ${mb(totalmem())} RAM, Node ${process.version}`);
  baris('folder kerja', kerja);

  if (adaBendera('indeks-nasional')) {
    const { ukurIndeksNasional } = await import('./bench/nasional.ts');
    await ukurIndeksNasional({ instansi, tahun }, kerja, folderKeluaran, proyek, baris);
    rmSync(kerja, { recursive: true, force: true });
    rmSync(folderKeluaran, { recursive: true, force: true });
    return;
  }
  const mulaiKonten = performance.now();
  let berkas = 0;
  let bita = 0;
  susunKonten({ instansi, tahun }, (berkasSintetis) => {
    const jalur = join(kerja, berkasSintetis.path);
    mkdirSync(dirname(jalur), { recursive: true });
    writeFileSync(jalur, berkasSintetis.isi);
    berkas += 1;
    bita += berkasSintetis.isi.length;
  });
  baris(
    'konten: berkas dibuat',
    `${berkas} (${mb(bita)}) dalam ${((performance.now() - mulaiKonten) / 1000).toFixed(1)} s`,
  );

  const lingkungan = {
    KINERJA_KONTEN: kerja,
    KINERJA_OUTDIR: folderKeluaran,
    KINERJA_CACHEDIR: join(kerja, 'cache'),
    NODE_OPTIONS: baca('NODE_OPTIONS') ?? '--max-old-space-size=8192',
  };
  let situsUkur = folderKeluaran; // the site whose pages and search the browser measures
  /** Plain Astro building as many pages of the same mean HTML size as the output holds, in this run. */
  const acuanPolos = async (msBuild: number, cpuBuild: number, namaCpu: string) => {
    if (adaBendera('tanpa-acuan')) return;
    const halamanHtml = readdirSync(folderKeluaran, { recursive: true, withFileTypes: true }).filter(
      (d) => d.isFile() && d.name.endsWith('.html') && !/pagefind/.test(d.parentPath),
    );
    const ukuranHtml = halamanHtml.reduce((t, d) => t + statSync(join(d.parentPath, d.name)).size, 0);
    const polos = await bangunAstroPolos(proyek, halamanHtml.length, ukuranHtml / halamanHtml.length);
    baris(
      'acuan: astro polos, halaman sama banyak',
      `${(polos.ms / 1000).toFixed(1)} s (${halamanHtml.length} halaman HTML × ${kb(polos.ukuranHalaman)}; situs rata-rata ${kb(ukuranHtml / halamanHtml.length)})`,
    );
    baris('acuan: CPU astro polos', `${(polos.cpu / 1000).toFixed(1)} s`);
    baris('build dibanding astro polos', `${(msBuild / polos.ms).toFixed(2)}×`);
    baris(`${namaCpu} dibanding astro polos, waktu CPU`, `${(cpuBuild / polos.cpu).toFixed(2)}×`);
  };
  if (adaBendera('per-wilayah')) {
    const paralel = String(angkaOpsi('paralel', 2));
    const buildWilayah = async (...lain: string[]) => {
      const hasil = await jalankan(
        process.execPath,
        [
          join(proyek, 'scripts/build-wilayah.ts'),
          '--keluar',
          folderKeluaran,
          '--paralel',
          paralel,
          '--cache',
          join(kerja, 'cache'),
          ...lain,
        ],
        { KINERJA_KONTEN: kerja },
      );
      if (hasil.kode !== 0) {
        console.error(hasil.out.slice(-4000));
        throw new Error(`build per wilayah gagal (failed) ${lain.join(' ')}`);
      }
      return hasil;
    };
    const matriks = angkaOpsi('matriks', 0);
    let hasilBuild: Awaited<ReturnType<typeof buildWilayah>>;
    /** The deploy matrix, each job on its own: shards one after another, then the merge job. */
    const jalankanMatriks = async () => {
      const shard: Awaited<ReturnType<typeof buildWilayah>>[] = [];
      for (let nomorShard = 1; nomorShard <= matriks; nomorShard++)
        shard.push(await buildWilayah('--shard', `${nomorShard}/${matriks}`));
      const portal = await buildWilayah('--portal');
      const terlama = shard.reduce((a, x, i) => (x.ms > a.ms ? { ms: x.ms, i: i + 1 } : a), { ms: 0, i: 0 });
      return { shard, portal, terlama };
    };
    if (matriks > 0) {
      const { shard, portal, terlama } = await jalankanMatriks();
      baris('matriks: waktu tiap shard', shard.map((x, i) => `${i + 1}: ${(x.ms / 1000).toFixed(1)} s`).join(', '));
      baris('matriks: shard terlama', `${terlama.i}/${matriks}: ${(terlama.ms / 1000).toFixed(1)} s`);
      baris('matriks: gabung + portal (--portal)', `${(portal.ms / 1000).toFixed(1)} s`);
      baris('matriks: waktu dinding (terlama + portal)', `${((terlama.ms + portal.ms) / 1000).toFixed(1)} s`);
      hasilBuild = {
        out: [...shard, portal].map((x) => x.out).join('\n'),
        ms: shard.reduce((t, x) => t + x.ms, portal.ms),
        cpu: shard.reduce((t, x) => t + x.cpu, portal.cpu),
        puncak: Math.max(portal.puncak, ...shard.map((x) => x.puncak)),
        kode: 0,
      };
    } else hasilBuild = await buildWilayah();
    const wilayah = [...hasilBuild.out.matchAll(/^(\S+)\s+(\d+) halaman\s+([\d.]+) s\b/gm)].map((m) => ({
      id: m[1]!,
      halaman: Number(m[2]),
      detik: Number(m[3]),
    }));
    const halaman = wilayah.reduce((s, w) => s + w.halaman, 0);
    const terbesar = wilayah.reduce((a, w) => (w.halaman > a.halaman ? w : a), wilayah[0]!);
    const indeks = wilayah.map((w) => ukuranIndeks(join(folderKeluaran, 'wilayah', w.id)));
    baris(
      'build: cara',
      `per wilayah, ${paralel} sekaligus (npm run build:wilayah${matriks ? `, ${matriks} shard satu per satu` : ''})`,
    );
    baris(
      `build: waktu total (astro + pagefind${matriks ? ', jumlah semua shard' : ''})`,
      `${(hasilBuild.ms / 1000).toFixed(1)} s`,
    );
    baris('build: waktu CPU (semua proses dan thread)', `${(hasilBuild.cpu / 1000).toFixed(1)} s`);
    baris('build: wilayah (situs)', wilayah.length);
    baris('build: halaman', halaman);
    baris('build: halaman per detik', (halaman / (hasilBuild.ms / 1000)).toFixed(1));
    baris('build: puncak memori (RSS seluruh proses)', mb(hasilBuild.puncak));
    baris(
      'build: wilayah terbesar',
      `${terbesar.id}: ${terbesar.halaman} halaman dalam ${terbesar.detik.toFixed(1)} s`,
    );
    // every region's pages and the portal's, as one plain-Astro site: what the same page count costs Astro alone
    await acuanPolos(hasilBuild.ms, hasilBuild.cpu, 'build');
    baris('ukuran: dist/', mb(ukuranFolder(folderKeluaran)));
    baris(
      'ukuran: indeks pencarian (semua / terbesar)',
      `${mb(indeks.reduce((s, x) => s + x, 0))} / ${mb(Math.max(...indeks))}`,
    );
    situsUkur = join(folderKeluaran, 'wilayah', terbesar.id);
    if (adaBendera('bangun-ulang')) {
      // one agency's report changes (a note), as a merged pull request would
      const berkas = join(kerja, 'content', 'instansi', 'instansi-sintetis-000000', String(2021), 'lkjip.json');
      writeFileSync(
        berkas,
        readFileSync(berkas, 'utf8').replace('"sumber": {', '"sumber": { "catatan": "Diperbarui.",'),
      );
      const hasilUlang = await buildWilayah();
      const ringkas = /\d+ wilayah \((\d+) dibangun, (\d+) tidak berubah\)/.exec(hasilUlang.out);
      const disalin = /(\d+) disalin dari build sebelumnya/.exec(hasilUlang.out)?.[1] ?? '0';
      baris(
        'build ulang: satu laporan berubah',
        `${(hasilUlang.ms / 1000).toFixed(1)} s (${ringkas?.[1]} wilayah dibangun, ${ringkas?.[2]} dilewati; ${disalin} halaman disalin)`,
      );
      baris('build ulang: puncak memori', mb(hasilUlang.puncak));
      if (matriks > 0) {
        // the same change deployed by the matrix: a shard whose regions did not change skips them (on
        // GitHub it restores them from its cache), so the wall time is the changed shard plus the merge
        writeFileSync(
          berkas,
          readFileSync(berkas, 'utf8').replace('"catatan": "Diperbarui.",', '"catatan": "Diperbarui lagi.",'),
        );
        const ulang = await jalankanMatriks();
        baris(
          'build ulang (matriks): shard terlama + portal',
          `${((ulang.terlama.ms + ulang.portal.ms) / 1000).toFixed(1)} s (shard ${ulang.terlama.i}/${matriks} ${(ulang.terlama.ms / 1000).toFixed(1)} s, portal ${(ulang.portal.ms / 1000).toFixed(1)} s)`,
        );
      }
    }
  } else {
    const build = await jalankan(join(proyek, 'node_modules/.bin/astro'), ['build'], lingkungan);
    if (build.kode !== 0) {
      console.error(build.out.slice(-4000));
      throw new Error('build gagal (build failed)');
    }
    const muat = /konten dimuat dan divalidasi dalam (\d+) ms/.exec(build.out)?.[1];
    // Astro prints durations as "55.33s", "1m 9s" or "800ms".
    const durasi = (teks: string | undefined) => {
      const temuan = teks ? /^(?:(\d+)m )?([\d.]+)(m?s)$/.exec(teks) : null;
      return temuan ? Number(temuan[1] ?? 0) * 60_000 + Number(temuan[2]) * (temuan[3] === 's' ? 1000 : 1) : NaN;
    };
    const halaman = Number(/(\d+) page\(s\) built in/.exec(build.out)?.[1] ?? 0);
    // rendering and writing every page: Astro's "generating static routes" step
    const waktuRender = durasi(
      /generating static routes[\s\S]*?Completed in ((?:\d+m )?[\d.]+m?s)/.exec(build.out)?.[1],
    );

    const indeksCari = await bangunIndeksCari(folderKeluaran, kerja);
    const waktuTotal = build.ms + indeksCari.ms;
    // the previous way, into a folder of its own (the site keeps the build's bundles)
    const folderLama = mkdtempSync(join(tmpdir(), 'kinerja-bench-indeks-html-'));
    const indeksCariLama = await bangunIndeksCariDariHtml(folderKeluaran, folderLama);
    rmSync(folderLama, { recursive: true, force: true });

    baris('build: waktu total (astro + pagefind)', `${(waktuTotal / 1000).toFixed(1)} s`);
    baris('build: halaman', halaman);
    baris('build: halaman per detik', (halaman / (waktuTotal / 1000)).toFixed(1));
    baris('build: puncak memori (RSS seluruh proses)', mb(Math.max(build.puncak, indeksCari.puncak)));
    baris('waktu: muat + validasi konten', muat ? `${(Number(muat) / 1000).toFixed(1)} s` : 'tidak tercatat');
    baris('waktu: build astro (seluruhnya)', `${(build.ms / 1000).toFixed(1)} s`);
    // CPU time grows far less than wall time with the other users of a shared machine
    baris('waktu: CPU build astro (semua thread)', `${(build.cpu / 1000).toFixed(1)} s`);
    baris('waktu: render halaman (laporan astro)', `${(waktuRender / 1000).toFixed(1)} s`);
    baris('waktu: indeks pencarian (rekaman konten, satu lintasan)', `${(indeksCari.ms / 1000).toFixed(1)} s`);
    baris('waktu: indeks pencarian cara lama (HTML, 2× pagefind)', `${(indeksCariLama.ms / 1000).toFixed(1)} s`);
    await acuanPolos(waktuTotal, build.cpu, 'build astro');
    if (!adaBendera('tanpa-rincian')) {
      // the report files alone, one thread: how much of the build's CPU is not pages
      const unduhan = await jalankan(process.execPath, [join(proyek, 'scripts/bench/unduhan.ts')], lingkungan);
      const { cpuMs } = JSON.parse(unduhan.out.trim().split('\n').pop()!) as { cpuMs: Record<string, number> };
      const jumlahMs = Object.values(cpuMs).reduce((jumlah, ms) => jumlah + ms, 0);
      baris(
        'rincian: CPU berkas laporan saja (XLSX, zip, PNG)',
        `${(jumlahMs / 1000).toFixed(1)} s (${Object.entries(cpuMs)
          .map(([jenis, ms]) => `${jenis} ${(ms / 1000).toFixed(1)} s`)
          .join(', ')}) = ${((100 * jumlahMs) / build.cpu).toFixed(0)} % CPU build astro`,
      );
    }
    baris('ukuran: dist/', mb(ukuranFolder(folderKeluaran)));
    baris('ukuran: indeks pencarian (ringkas + lengkap)', mb(ukuranIndeks(folderKeluaran)));
  }

  const laporan: { mentah: number; gz: number; path: string }[] = [];
  for (const entri of readdirSync(folderKeluaran, { recursive: true, withFileTypes: true })) {
    const jalur = join(entri.parentPath, entri.name);
    if (entri.name === 'index.html' && /\/instansi\/[^/]+\/\d{4}$/.test(entri.parentPath)) {
      const isiHtml = readFileSync(jalur);
      laporan.push({ mentah: isiHtml.length, gz: gzipSync(isiHtml).length, path: jalur });
    }
  }
  const terbesar = laporan.reduce(
    (a, b) => (b.mentah > a.mentah ? b : a),
    laporan[0] ?? { mentah: 0, gz: 0, path: '' },
  );
  baris(
    'halaman laporan: median HTML',
    `${kb(median(laporan.map((l) => l.mentah)))} (gzip ${kb(median(laporan.map((l) => l.gz)))})`,
  );
  baris('halaman laporan: terbesar HTML', `${kb(terbesar.mentah)} (gzip ${kb(terbesar.gz)})`);

  if (!adaBendera('no-browser')) {
    const { ukurBrowser } = await import('./bench/browser.ts');
    // the largest report of the measured site; for per-region builds, the largest region's site
    const diSitus = laporan.filter((l) => l.path.startsWith(`${situsUkur}/`));
    const contoh = diSitus.reduce((a, b) => (b.mentah > a.mentah ? b : a), diSitus[0]!);
    const hasilPeramban = await ukurBrowser(
      folderKeluaran,
      contoh.path.slice(folderKeluaran.length).replace(/index\.html$/, ''),
      situsUkur.slice(folderKeluaran.length),
    );
    baris('JS: halaman laporan (dimuat peramban)', kb(hasilPeramban.jsLaporan));
    baris('JS: halaman bandingkan (dimuat peramban)', kb(hasilPeramban.jsBandingkan));
    baris('halaman laporan: ditransfer sebelum kode grafik', kb(hasilPeramban.laporanTanpaGrafik));
    baris('pencarian: byte kueri pertama (indeks ringkas)', kb(hasilPeramban.cariPertama));
    baris('pencarian: byte kueri pertama di seluruh isi', kb(hasilPeramban.cariLengkap));
    if (hasilPeramban.cariPortal !== undefined)
      baris('pencarian portal: kueri pertama (indeks nama nasional)', kb(hasilPeramban.cariPortal));
    if (hasilPeramban.cariPortalWilayah !== undefined)
      baris('pencarian portal: semua wilayah digabung (?isi=ringkas)', kb(hasilPeramban.cariPortalWilayah));
  }
  if (!adaBendera('keep'))
    for (const folder of [kerja, folderKeluaran]) rmSync(folder, { recursive: true, force: true });
}

utama().catch((galat) => {
  console.error(galat instanceof Error ? galat.message : galat);
  process.exit(1);
});
