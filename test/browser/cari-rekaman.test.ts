/**
 * The search bundles built from content records (scripts/indeks-cari.ts) find what the bundles built
 * from the pages' HTML found: for every query of the fixed list (test/helpers/kueri-cari.ts), in both
 * bundles, the same pages. The HTML-built reference is built here from the same dist/, by the previous
 * way (`bangunIndeksCariDariHtml`: Pagefind's command line over every page), so the comparison follows
 * the content as it changes.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, pasangPeramban, sajikan } from './alat.ts';
import { KUERI_CARI } from '../helpers/kueri-cari.ts';
import { BUNDEL, bangunIndeksCariDariHtml } from '../../scripts/indeks-cari.ts';

const uji = pasangPeramban();
let acuan: string;
let server: Awaited<ReturnType<typeof sajikan>>;

beforeAll(async () => {
  acuan = mkdtempSync(join(tmpdir(), 'kt-acuan-cari-'));
  await bangunIndeksCariDariHtml(DIST, acuan);
  writeFileSync(join(acuan, 'index.html'), '<!doctype html><title>acuan</title>');
  server = await sajikan(acuan);
}, 180_000);
afterAll(async () => {
  await server?.tutup();
  rmSync(acuan, { recursive: true, force: true });
});

/** Every result URL of each query in one bundle, as Pagefind's own search returns them. */
async function hasil(halaman: Page, asal: string, bundel: string, kueri: string[]) {
  await halaman.goto(asal);
  // a string, so Vitest does not rewrite the page's dynamic import
  return (await halaman.evaluate(`(async () => {
    const pf = await import('/${bundel}/pagefind.js');
    await pf.init();
    const out = {};
    for (const q of ${JSON.stringify(kueri)}) {
      const r = await pf.search(q);
      out[q] = (await Promise.all(r.results.map((x) => x.data()))).map((d) => d.url).sort();
    }
    return out;
  })()`)) as Record<string, string[]>;
}

describe('indeks dari rekaman konten menemukan yang ditemukan indeks dari HTML', () => {
  // the search page sends Pagefind only words of two or more letters or digits (src/scripts/cari.ts)
  const kueri = KUERI_CARI.map((k) => k.q).filter((q) => q.replace(/[^\p{L}\p{N}]/gu, '').length >= 2);
  for (const bundel of Object.values(BUNDEL))
    it(`${bundel}: halaman yang sama untuk setiap kueri tetap`, async () => {
      const halaman = await uji.ctx.newPage();
      const baru = await hasil(halaman, uji.server.url, bundel, kueri);
      const lama = await hasil(halaman, server.url, bundel, kueri);
      expect(baru).toEqual(lama);
      // the list holds queries that find pages, not only ones that find nothing
      expect(Object.values(lama).filter((x) => x.length > 0).length).toBeGreaterThan(4);
      await halaman.close();
    });
});
