/** Test helpers: a tiny static server over dist/ and Debian's Chromium via playwright-core. */
import { afterAll, beforeAll } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join, resolve } from 'node:path';
import { layani } from '../../scripts/lib/server-statis.ts';
import { bukaChromium } from '../../scripts/lib/chromium.ts';
import { baca } from '../../src/core/lingkungan.ts';

export { bukaChromium, CHROMIUM } from '../../scripts/lib/chromium.ts';

export const DIST = resolve(baca('KINERJA_DIST') ?? 'dist');

/** Serves `dir` under `base` (e.g. "/" or "/kinerja/") on 127.0.0.1; 404.html for missing files. */
export const sajikan = (dir = DIST, base = '/') => layani(dir, base);

/**
 * For a test file over the built dist/: Chromium, the site served, and a laptop-sized context (1280 ×
 * 900, id-ID, downloads accepted), opened before its tests and closed after them.
 */
export function pasangPeramban() {
  const uji = {} as { browser: Browser; server: Awaited<ReturnType<typeof sajikan>>; ctx: BrowserContext };
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html')))
      throw new Error('dist/ belum ada: jalankan `npm run build` dahulu (npm test melakukannya).');
    uji.browser = await bukaChromium();
    uji.server = await sajikan();
    uji.ctx = await uji.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'id-ID',
      acceptDownloads: true,
    });
  });
  afterAll(async () => {
    await uji.ctx?.close();
    await uji.browser?.close();
    await uji.server?.tutup();
  });
  return uji;
}

export interface IndeksData {
  situs: string;
  instansi: {
    id: string;
    nama: string;
    singkatan: string;
    wilayah: string;
    renstra: { periode: string }[];
    laporan: { tahun: number; data: string }[];
    iki: { tahun: number }[];
  }[];
}

/**
 * Collects what a page logs as an error (a style or script the CSP blocks, a resource that is missing)
 * and what its scripts throw, into `galat` as "<jalur>: <message>". The 404 page's own status is the
 * one error expected. One listener for every browser test, so each walks pages with the same strictness.
 */
export function catatGalatKonsol(halaman: Page, jalur: string, galat: string[], halaman404 = false) {
  halaman.on('console', (pesan) => {
    if (pesan.type() === 'error' && !(halaman404 && /404/.test(pesan.text()))) galat.push(`${jalur}: ${pesan.text()}`);
  });
  halaman.on('pageerror', (salah) => galat.push(`${jalur}: ${salah.message}`));
}

/** The published index (/data/index.json): tests follow whatever content the build has. */
export function indeks(dir = DIST): IndeksData {
  return JSON.parse(readFileSync(join(dir, 'data', 'index.json'), 'utf8')) as IndeksData;
}

/** The pages a search bundle of dist/ holds, with the text it indexed for each. */
export const fragmen = (bundel: string, dir = DIST) =>
  readdirSync(join(dir, bundel, 'fragment')).map(
    (f) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, bundel, 'fragment', f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as { url: string; content: string },
  );

/** The first report of the first agency that has one. */
export function laporanPertama(dir = DIST) {
  const ix = indeks(dir);
  for (const instansi of ix.instansi)
    if (instansi.laporan.length) return { instansi, tahun: instansi.laporan[0]!.tahun };
  throw new Error('Tidak ada laporan dalam dist/data/index.json');
}

export const SCREENSHOT = resolve('test-results/screenshots');

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each. */
export async function pelanggaranAxe(halaman: Page): Promise<string[]> {
  await halaman.evaluate(AXE);
  const hasil = (await halaman.evaluate(() =>
    (window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  return hasil.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')})`,
  );
}
