/** What a browser fetches on a built site, measured in Debian's Chromium (bytes as gzip would send them). */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { layani } from '../lib/server-statis.ts';
import { bukaChromium } from '../lib/chromium.ts';

interface Catatan {
  url: string;
  jenis: string;
  gz: number;
}

function rekam(page: Page): Catatan[] {
  const log: Catatan[] = [];
  page.on('response', async (r) => {
    try {
      const body = await r.body();
      log.push({ url: r.url(), jenis: r.request().resourceType(), gz: gzipSync(body).length });
    } catch {
      // redirects and aborted requests have no body
    }
  });
  return log;
}

const jumlah = (xs: Catatan[], f: (c: Catatan) => boolean = () => true) => xs.filter(f).reduce((s, c) => s + c.gz, 0);

async function gulirSampaiBawah(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
}

/** `situs`: where the measured site sits under `dist` ("" for one build, "/wilayah/<id>" for a region). */
export async function ukurBrowser(dist: string, jalurLaporan: string, situs = '') {
  const browser = await bukaChromium();
  const srv = await layani(dist);
  try {
    const page = await browser.newPage();
    const base = srv.url.replace(/\/$/, '');

    const lapLog = rekam(page);
    await page.goto(`${base}${jalurLaporan}`, { waitUntil: 'networkidle' });
    const laporanTanpaGrafik = jumlah(lapLog);
    await gulirSampaiBawah(page);
    const jsLaporan = jumlah(lapLog, (c) => c.jenis === 'script');

    const page2 = await browser.newPage();
    const bandLog = rekam(page2);
    await page2.goto(`${base}${situs}/bandingkan/`, { waitUntil: 'networkidle' });
    await gulirSampaiBawah(page2);
    const jsBandingkan = jumlah(bandLog, (c) => c.jenis === 'script');

    // the search page's first query, then the same query over every word (narratives included)
    const cari = async (halaman: string) => {
      const page3 = await browser.newPage();
      const cariLog = rekam(page3);
      await page3.goto(`${base}${halaman}`, { waitUntil: 'networkidle' });
      await page3.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 60_000 });
      await page3.locator('input[type="search"]').first().fill('kepegawaian');
      await page3.waitForTimeout(1500);
      await page3.waitForLoadState('networkidle');
      await page3.close();
      return jumlah(cariLog, (c) => /\/pagefind(-ringkas|-nasional)?\//.test(c.url));
    };
    const cariPertama = await cari(`${situs}/cari/`);
    const cariLengkap = await cari(`${situs}/cari/?isi=lengkap`);
    // on a per-region build, the national portal's first search (its index of names), and the same
    // query over every region's light index merged (what the portal did before, and does when widened)
    const cariPortal = situs ? await cari('/cari/') : undefined;
    const cariPortalWilayah = situs ? await cari('/cari/?isi=ringkas') : undefined;
    return { laporanTanpaGrafik, jsLaporan, jsBandingkan, cariPertama, cariLengkap, cariPortal, cariPortalWilayah };
  } finally {
    await browser.close();
    await srv.tutup();
  }
}
