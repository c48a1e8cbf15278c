/**
 * node scripts/indeks-cari.ts <folder of a built site> [--dari-html]
 *
 * A site's two Pagefind bundles, built after Astro (npm run build, build:wilayah, bench, tests):
 * - `pagefind-ringkas/`: everything on the pages except the narratives. The search page queries it
 *   first, so a first query stays light in the largest regions: a common word such as "kepegawaian"
 *   fetches ~270 KB there instead of ~430 KB from the full index (docs/benchmarks.md).
 * - `pagefind/`: every word, narratives included. The search page widens to it when the reader asks,
 *   or by itself when the light index finds nothing.
 *
 * Both are built in one pass through Pagefind's Node API. The pages built from one agency's content
 * (profiles, reports, IKI, Renstra: nearly every page) are indexed from that content as search records
 * (src/core/publikasi/rekaman-cari.ts), never read back from the built HTML; the agencies are those the
 * built site lists in its /data/index.json. The site's other searchable pages (methodology, data,
 * indicators), a few that do not grow with the reports, are indexed from their HTML as before.
 * Both leave figures out: they are read on the page, not searched for, and numbers made up most of the
 * index (1,000 synthetic reports: 199,140 indexed words → 14,651, Pagefind's time −40 %). Charts are
 * left out too: their data tables repeat the tables beside them.
 *
 * `--dari-html` builds both bundles the previous way, by running Pagefind over every built page twice:
 * the reference the tests compare results against and the bench compares time against.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { muatKonten } from '../src/core/muat/baca-folder.ts';
import { adaGalat, tanpaDraf } from '../src/core/muat/korpus.ts';
import { formatMasalah } from '../src/core/muat/masalah.ts';
import { folderProyek } from '../src/core/lingkungan.ts';
import { isiRekaman, rekamanCari, type Cakupan, type RekamanCari } from '../src/core/publikasi/rekaman-cari.ts';
import {
  indikatorDariCsv,
  rekamanNasional,
  type IndeksNamaWilayah,
  type SitusWilayah,
} from '../src/core/publikasi/rekaman-nasional.ts';
import { bacaCsv } from '../src/core/publikasi/csv-baca.ts';
import { jalankan, rssPohon } from './lib/proses.ts';
import { htmlUntukIndeks } from './lib/teks-indeks.ts';

export const BUNDEL = { ringkas: 'pagefind-ringkas', lengkap: 'pagefind' } as const;
/** The national portal's index of names (src/core/publikasi/rekaman-nasional.ts), at the portal's root. */
export const BUNDEL_NASIONAL = 'pagefind-nasional';
export type { Cakupan };

// the budget tree's figures are its <b> (src/components/JudulBaris.astro)
const ANGKA = ['.angka', '.pohon b', '.angka-besar', 'figure.grafik'];
/** Marks the text only the full bundle indexes (src/components/Narasi.astro). */
export const HANYA_LENGKAP = '[data-cari-lengkap]';
export const PENGECUALIAN: Record<Cakupan, string[]> = { ringkas: [...ANGKA, HANYA_LENGKAP], lengkap: ANGKA };
const CAKUPAN = Object.keys(BUNDEL) as Cakupan[];
/** Records in flight to Pagefind's service at once. */
const SEKALIGUS = 64;

/** The site's HTML pages (path from the site's root, URL), outside the search bundles. */
function halamanHtml(situs: string): { relatif: string; url: string }[] {
  const bundel = new Set<string>(Object.values(BUNDEL));
  const hasil: { relatif: string; url: string }[] = [];
  for (const entri of readdirSync(situs, { recursive: true, withFileTypes: true })) {
    if (!entri.isFile() || !entri.name.endsWith('.html')) continue;
    const relatif = join(entri.parentPath, entri.name)
      .slice(situs.length + 1)
      .replaceAll('\\', '/');
    if (bundel.has(relatif.split('/')[0]!)) continue;
    hasil.push({ relatif, url: `/${relatif.replace(/index\.html$/, '')}` });
  }
  return hasil;
}

/** The agencies a built site holds, from its /data/index.json. */
function instansiSitus(situs: string): string[] {
  const berkasIndeks = join(situs, 'data', 'index.json');
  if (!existsSync(berkasIndeks)) return [];
  return ((JSON.parse(readFileSync(berkasIndeks, 'utf8')) as { instansi?: { id: string }[] }).instansi ?? []).map(
    (i) => i.id,
  );
}

const cek = (apa: string, hasil: { errors: string[] }) => {
  if (hasil.errors.length) throw new Error(`Pagefind (${apa}) gagal (failed):\n${hasil.errors.join('\n')}`);
};

async function tambahRekaman(indeks: pagefind.PagefindIndex, rekaman: RekamanCari, cakupan: Cakupan) {
  cek(
    rekaman.url,
    await indeks.addCustomRecord({
      url: rekaman.url,
      content: isiRekaman(rekaman, cakupan),
      language: 'id',
      meta: rekaman.meta,
      filters: rekaman.filters,
      sort: rekaman.sort,
    }),
  );
}

/**
 * The national portal's index of names (regions, agencies with their reports' years, indicators) from what each region
 * site in `<portal>/wilayah/` publishes, written to `<portal>/pagefind-nasional/`.
 */
export const bangunIndeksNasional = (folder: string) => satuPerSatu(() => indeksNasional(folder));

async function indeksNasional(folder: string) {
  const portal = resolve(folder);
  const folderWilayah = join(portal, 'wilayah');
  const situs: SitusWilayah[] = readdirSync(folderWilayah)
    .filter((id) => existsSync(join(folderWilayah, id, 'data', 'index.json')))
    .sort()
    .map((id) => {
      const data = join(folderWilayah, id, 'data');
      const indeks = JSON.parse(readFileSync(join(data, 'index.json'), 'utf8')) as IndeksNamaWilayah;
      const csv = join(data, 'indikator.csv');
      return {
        id,
        nama: indeks.wilayah.find((w) => w.id === id)?.nama ?? id,
        indeks,
        indikator: existsSync(csv) ? indikatorDariCsv(bacaCsv(readFileSync(csv, 'utf8'))) : [],
      };
    });
  return indeksNasionalDari(situs, portal);
}

/** The national index of the given region sites, written to `<portal>/pagefind-nasional/` (the bench's way in). */
export const tulisIndeksNasional = (situs: readonly SitusWilayah[], portal: string) =>
  satuPerSatu(() => indeksNasionalDari(situs, portal));

async function indeksNasionalDari(situs: readonly SitusWilayah[], portal: string) {
  const mulai = performance.now();
  const rekaman = rekamanNasional(situs);
  try {
    const hasilBuat = await pagefind.createIndex({ forceLanguage: 'id' });
    cek(BUNDEL_NASIONAL, hasilBuat);
    for (let awal = 0; awal < rekaman.length; awal += SEKALIGUS)
      await Promise.all(
        rekaman.slice(awal, awal + SEKALIGUS).map((x) => tambahRekaman(hasilBuat.index!, x, 'ringkas')),
      );
    const keluaran = join(portal, BUNDEL_NASIONAL);
    rmSync(keluaran, { recursive: true, force: true });
    cek(BUNDEL_NASIONAL, await hasilBuat.index!.writeFiles({ outputPath: keluaran }));
  } finally {
    await pagefind.close();
  }
  return { ms: performance.now() - mulai, rekaman: rekaman.length };
}

/** Builds both bundles into `site` in one pass: records from the content, the other pages from their HTML. */
export const bangunIndeksCari = (folder: string, proyek = folderProyek()) =>
  satuPerSatu(() => indeksCari(folder, proyek));

// Pagefind's Node API runs one backend per process, and close() ends it for every index in the process:
// regions built side by side (build:wilayah --paralel) finished their indexes at the same moment and one
// closed the other's backend ("Pagefind backend closed"). Indexing therefore runs one site at a time.
let antrean: Promise<unknown> = Promise.resolve();
function satuPerSatu<T>(kerja: () => Promise<T>): Promise<T> {
  const hasil = antrean.then(kerja, kerja);
  antrean = hasil.catch(() => undefined);
  return hasil;
}

async function indeksCari(folder: string, proyek: string) {
  const mulai = performance.now();
  const situs = resolve(folder);
  let puncak = 0;
  const ukur = () => (puncak = Math.max(puncak, rssPohon(process.pid)));
  const pencatat = setInterval(ukur, 100);
  try {
    const idInstansi = instansiSitus(situs);
    const muat = idInstansi.length ? muatKonten(proyek, 'content', { instansi: idInstansi }) : null;
    // a site built from other content than this project's (an id it does not have) is not indexed half
    if (muat && adaGalat(muat.masalah))
      throw new Error(
        `Konten situs ${situs} tidak ada di ${proyek} (the site's content is not in this project):\n` +
          muat.masalah
            .filter((m) => m.tingkat === 'galat')
            .map(formatMasalah)
            .join('\n'),
      );
    const rekaman = muat ? rekamanCari(tanpaDraf(muat.korpus)) : [];
    const dariRekaman = new Set(rekaman.map((r) => r.url));
    const indeks = {} as Record<Cakupan, pagefind.PagefindIndex>;
    for (const cakupan of CAKUPAN) {
      const hasilBuat = await pagefind.createIndex({ excludeSelectors: PENGECUALIAN[cakupan], forceLanguage: 'id' });
      cek(BUNDEL[cakupan], hasilBuat);
      indeks[cakupan] = hasilBuat.index!;
    }
    const kata = { ringkas: 0, lengkap: 0 };
    // records go to Pagefind's service many at a time: one by one, the build waited on each round trip
    for (let awal = 0; awal < rekaman.length; awal += SEKALIGUS)
      await Promise.all(
        rekaman.slice(awal, awal + SEKALIGUS).flatMap((r) => CAKUPAN.map((c) => tambahRekaman(indeks[c], r, c))),
      );
    let halaman = rekaman.length;
    for (const berkasHtml of halamanHtml(situs)) {
      if (dariRekaman.has(berkasHtml.url)) continue;
      const isiHtml = readFileSync(join(situs, berkasHtml.relatif), 'utf8');
      if (!isiHtml.includes('data-pagefind-body')) continue;
      const isi = htmlUntukIndeks(isiHtml);
      for (const cakupan of CAKUPAN)
        cek(berkasHtml.url, await indeks[cakupan].addHTMLFile({ url: berkasHtml.url, content: isi }));
      halaman += 1;
    }
    for (const cakupan of CAKUPAN) {
      const keluaran = join(situs, BUNDEL[cakupan]);
      rmSync(keluaran, { recursive: true, force: true });
      cek(BUNDEL[cakupan], await indeks[cakupan].writeFiles({ outputPath: keluaran }));
      kata[cakupan] = readdirSync(join(keluaran, 'index')).length;
    }
    ukur();
    const ringkasan = CAKUPAN.map(
      (c) =>
        `${BUNDEL[c]}/: ${halaman.toLocaleString('id-ID')} halaman (${rekaman.length.toLocaleString('id-ID')} dari konten), ${kata[c]} potongan indeks`,
    );
    return { ms: performance.now() - mulai, puncak, ringkasan };
  } finally {
    clearInterval(pencatat);
    await pagefind.close();
  }
}

/** A copy of the site's pages as Pagefind should read them, in a temporary folder. */
function salinanUntukIndeks(situs: string): string {
  const salinan = mkdtempSync(join(tmpdir(), 'kt-indeks-'));
  for (const { relatif } of halamanHtml(situs)) {
    mkdirSync(dirname(join(salinan, relatif)), { recursive: true });
    writeFileSync(join(salinan, relatif), htmlUntukIndeks(readFileSync(join(situs, relatif), 'utf8')));
  }
  return salinan;
}

/** The previous way, kept as the reference: Pagefind's command line over every built page, once per bundle. */
export async function bangunIndeksCariDariHtml(folder: string, tujuan = folder) {
  const mulai = performance.now();
  const situs = resolve(folder);
  const salinan = salinanUntukIndeks(situs);
  let puncak = 0;
  const ringkasan: string[] = [];
  try {
    for (const cakupan of CAKUPAN) {
      const hasil = await jalankan('pagefind', [
        '--site',
        salinan,
        '--output-path',
        join(resolve(tujuan), BUNDEL[cakupan]),
        '--exclude-selectors',
        PENGECUALIAN[cakupan].join(', '),
      ]);
      if (hasil.kode !== 0)
        throw new Error(`Pagefind (${BUNDEL[cakupan]}) gagal (failed) di ${situs}:\n${hasil.out.slice(-2000)}`);
      puncak = Math.max(puncak, hasil.puncak);
      const jumlah = (apa: string) =>
        Number(new RegExp(`Indexed (\\d+) ${apa}`).exec(hasil.out)?.[1] ?? 0).toLocaleString('id-ID');
      ringkasan.push(
        `${BUNDEL[cakupan]}/: ${jumlah('pages')} halaman, ${jumlah('words')} kata berbeda, ${(hasil.ms / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    rmSync(salinan, { recursive: true, force: true });
  }
  return { ms: performance.now() - mulai, puncak, ringkasan };
}

if (import.meta.main) {
  const situs = process.argv[2];
  if (!situs) {
    console.error('Pemakaian (usage): node scripts/indeks-cari.ts <folder situs> [--dari-html]');
    process.exit(2);
  }
  try {
    const hasil = process.argv.includes('--dari-html')
      ? await bangunIndeksCariDariHtml(situs)
      : await bangunIndeksCari(situs);
    console.log(`Indeks pencarian dibuat (search bundles built):\n  ${hasil.ringkasan.join('\n  ')}`);
  } catch (galat) {
    console.error((galat as Error).message);
    process.exit(1);
  }
}
