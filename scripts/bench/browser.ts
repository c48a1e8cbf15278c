/** What a browser fetches on a built site, measured in Debian's Chromium (bytes as gzip would send them). */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { layani } from '../lib/server-statis.ts';
import { bukaChromium } from '../lib/chromium.ts';

interface Catatan {
  url: string;
  jenis: string;
  gz: number;
}

function rekam(tab: Page): Catatan[] {
  const rekaman: Catatan[] = [];
  tab.on('response', async (tanggapan) => {
    try {
      const isi = await tanggapan.body();
      rekaman.push({ url: tanggapan.url(), jenis: tanggapan.request().resourceType(), gz: gzipSync(isi).length });
    } catch {
      // redirects and aborted requests have no body
    }
  });
  return rekaman;
}

const jumlah = (daftar: Catatan[], pilih: (catatan: Catatan) => boolean = () => true) =>
  daftar.filter(pilih).reduce((s, c) => s + c.gz, 0);

async function gulirSampaiBawah(tab: Page) {
  await tab.evaluate(async () => {
    for (let posisiGulir = 0; posisiGulir < document.body.scrollHeight; posisiGulir += 400) {
      window.scrollTo(0, posisiGulir);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await tab.waitForLoadState('networkidle');
}

/** The bytes a search page's first query fetches from its search bundles ("kepegawaian", typed by a reader). */
async function kueriPertama(peramban: Browser, alamat: string) {
  const tabCari = await peramban.newPage();
  const rekamanCari = rekam(tabCari);
  await tabCari.goto(alamat, { waitUntil: 'networkidle' });
  await tabCari.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 60_000 });
  await tabCari.locator('input[type="search"]').first().fill('kepegawaian');
  await tabCari.waitForTimeout(1500);
  await tabCari.waitForLoadState('networkidle');
  await tabCari.close();
  return jumlah(rekamanCari, (c) => /\/pagefind(-ringkas|-nasional)?\//.test(c.url));
}

/** The portal's first search on a built portal in `dist`, in Chromium. */
export async function ukurCariPortal(dist: string) {
  const peramban = await bukaChromium();
  const server = await layani(dist);
  try {
    return await kueriPertama(peramban, `${server.url.replace(/\/$/, '')}/cari/`);
  } finally {
    await peramban.close();
    await server.tutup();
  }
}

/** `situs`: where the measured site sits under `dist` ("" for one build, "/wilayah/<id>" for a region). */
export async function ukurBrowser(dist: string, jalurLaporan: string, situs = '') {
  const peramban = await bukaChromium();
  const server = await layani(dist);
  try {
    const tab = await peramban.newPage();
    const alamatDasar = server.url.replace(/\/$/, '');

    const rekamanLaporan = rekam(tab);
    await tab.goto(`${alamatDasar}${jalurLaporan}`, { waitUntil: 'networkidle' });
    const laporanTanpaGrafik = jumlah(rekamanLaporan);
    await gulirSampaiBawah(tab);
    const jsLaporan = jumlah(rekamanLaporan, (c) => c.jenis === 'script');

    const tabBanding = await peramban.newPage();
    const rekamanBanding = rekam(tabBanding);
    await tabBanding.goto(`${alamatDasar}${situs}/bandingkan/`, { waitUntil: 'networkidle' });
    await gulirSampaiBawah(tabBanding);
    const jsBandingkan = jumlah(rekamanBanding, (c) => c.jenis === 'script');

    // the search page's first query, then the same query over every word (narratives included)
    const cari = (halaman: string) => kueriPertama(peramban, `${alamatDasar}${halaman}`);
    const cariPertama = await cari(`${situs}/cari/`);
    const cariLengkap = await cari(`${situs}/cari/?isi=lengkap`);
    // on a per-region build, the national portal's first search (its index of names), and the same
    // query over every region's light index merged (what the portal did before, and does when widened)
    const cariPortal = situs ? await cari('/cari/') : undefined;
    const cariPortalWilayah = situs ? await cari('/cari/?isi=ringkas') : undefined;
    return { laporanTanpaGrafik, jsLaporan, jsBandingkan, cariPertama, cariLengkap, cariPortal, cariPortalWilayah };
  } finally {
    await peramban.close();
    await server.tutup();
  }
}
