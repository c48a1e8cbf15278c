/** The documentation pages (glossary, about, contributor guide) in Chromium: axe-core on a phone and a laptop. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { bukaChromium, DIST, pelanggaranAxe, sajikan, SCREENSHOT } from './alat.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof sajikan>>;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ belum ada: jalankan `npm run build` dahulu (npm test melakukannya).');
  browser = await bukaChromium();
  server = await sajikan();
  mkdirSync(SCREENSHOT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.tutup();
});

const HALAMAN = ['glosarium/', 'tentang/', 'panduan/'];

describe('halaman dokumentasi', () => {
  it.each([375, 1366])(
    'axe-core finds no WCAG 2.2 AA violation at %i px, and nothing scrolls sideways',
    async (lebar) => {
      const ctx = await browser.newContext({ viewport: { width: lebar, height: 900 }, bypassCSP: true });
      const hasil: string[] = [];
      for (const jalur of HALAMAN) {
        const halaman = await ctx.newPage();
        await halaman.goto(server.url + jalur);
        for (const pelanggaran of await pelanggaranAxe(halaman)) hasil.push(`${jalur} ${pelanggaran}`);
        const lebarHalaman = await halaman.evaluate(() => document.documentElement.scrollWidth);
        if (lebarHalaman > lebar) hasil.push(`${jalur}: ${lebarHalaman}px lebar (wide)`);
        await halaman.screenshot({ path: join(SCREENSHOT, `${jalur.replace('/', '')}-${lebar}.png`), fullPage: true });
        await halaman.close();
      }
      await ctx.close();
      expect(hasil).toEqual([]);
    },
  );

  it('a shared link to a term opens at that term', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 700 } });
    const halaman = await ctx.newPage();
    await halaman.goto(`${server.url}glosarium/#serapan`);
    const atas = await halaman.locator('#serapan').evaluate((el) => el.getBoundingClientRect().top);
    // at the top of the window, give or take a sub-pixel
    expect(atas).toBeGreaterThan(-1);
    expect(atas).toBeLessThan(100);
    await ctx.close();
  });
});
