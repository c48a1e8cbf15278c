/**
 * The national portal that `npm run build:wilayah` writes over per-region sites, built here from the
 * real content (four provinces): its home sums the regions' published figures, and its search merges
 * the regions' Pagefind indexes or searches one of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bukaChromium, pelanggaranAxe, sajikan } from './alat.ts';
import { envBersih } from '../site/bangun.ts';

const keluar = mkdtempSync(resolve('test-results', 'portal-'));
let browser: Browser;
let server: Awaited<ReturnType<typeof sajikan>>;

interface Indeks {
  angka: Record<string, number>;
  instansi: { id: string; nama: string; singkatan: string }[];
}
const wilayah = [
  'provinsi-jawa-timur',
  'provinsi-kalimantan-timur',
  'provinsi-nusa-tenggara-timur',
  'provinsi-sulawesi-barat',
];
const indeksWilayah = (id: string) =>
  JSON.parse(readFileSync(join(keluar, 'wilayah', id, 'data', 'index.json'), 'utf8')) as Indeks;

beforeAll(() => {
  execFileSync(
    resolve('node_modules/.bin/node'),
    ['scripts/build-wilayah.ts', '--keluar', keluar, '--paralel', '2', '--cache', `${keluar}-cache`],
    {
      env: envBersih({ BASE_PATH: '/' }),
      stdio: 'pipe',
      timeout: 300_000,
    },
  );
}, 300_000);

beforeAll(async () => {
  browser = await bukaChromium();
  server = await sajikan(keluar, '/');
});

afterAll(async () => {
  await browser?.close();
  await server?.tutup();
  rmSync(keluar, { recursive: true, force: true });
  rmSync(`${keluar}-cache`, { recursive: true, force: true });
});

async function cari(p: Page, q: Record<string, string>) {
  await p.goto(`${server.url}cari/?${new URLSearchParams(q)}`);
  await p.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
  return p.locator('#hasil-cari li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

describe('portal nasional (npm run build:wilayah)', () => {
  it('beranda menjumlahkan angka utama yang diterbitkan tiap wilayah dan menautkan situsnya', async () => {
    const p = await browser.newPage();
    await p.goto(server.url);
    const teks = (await p.locator('main').innerText()).replace(/\s+/g, ' ');
    const jumlah = (k: string) => wilayah.reduce((s, id) => s + indeksWilayah(id).angka[k]!, 0);
    expect(teks).toContain(
      `${jumlah('instansi')} instansi di ${wilayah.length} wilayah, ${jumlah('laporan')} laporan kinerja`,
    );
    expect(teks).toContain(`${jumlah('tercapai')} dari ${jumlah('indikator')} pengukuran indikator tercapai`);
    for (const id of wilayah) {
      await p.goto(server.url);
      await p.locator(`main a[href="/wilayah/${id}/"]`).click();
      await p.waitForURL(`**/wilayah/${id}/`);
      expect(await p.locator('h1').count()).toBe(1);
    }
    await p.close();
  });

  it('mencari di semua wilayah sekaligus (indeks digabung), atau di satu wilayah', async () => {
    const p = await browser.newPage();
    // every agency's acronym finds its own pages, on its own region's site
    for (const id of wilayah)
      for (const i of indeksWilayah(id).instansi) {
        const href = await cari(p, { q: i.singkatan, instansi: i.nama });
        expect(
          href.some((h) => h.startsWith(`/wilayah/${id}/instansi/${i.id}/`)),
          `${i.singkatan} → ${href.join(', ')}`,
        ).toBe(true);
      }
    // a word on every report: results from both regions, links that open
    const semua = await cari(p, { q: 'kinerja' });
    for (const id of wilayah)
      expect(
        semua.some((h) => h.startsWith(`/wilayah/${id}/`)),
        id,
      ).toBe(true);
    const r = await p.goto(`${server.url.replace(/\/$/, '')}${semua[0]}`);
    expect(r?.status()).toBe(200);
    // every word, narratives included: each region's full bundle merged
    const diambil: string[] = [];
    p.on('request', (x) => diambil.push(new URL(x.url()).pathname));
    const lengkap = await cari(p, { q: 'kinerja', isi: 'lengkap' });
    for (const id of wilayah) {
      expect(
        lengkap.some((h) => h.startsWith(`/wilayah/${id}/`)),
        id,
      ).toBe(true);
      expect(
        diambil.some((x) => x.startsWith(`/wilayah/${id}/pagefind/index/`)),
        `${id}: indeks lengkap`,
      ).toBe(true);
    }
    p.removeAllListeners('request');
    // one region only: the picker is in the URL and every result is on that region's site
    const satu = await cari(p, { q: 'kinerja', situs: 'provinsi-jawa-timur' });
    expect(await p.locator('#filter-situs').inputValue()).toBe('provinsi-jawa-timur');
    expect(satu.length).toBeGreaterThan(0);
    for (const h of satu) expect(h.startsWith('/wilayah/provinsi-jawa-timur/'), h).toBe(true);
    await p.close();
  });

  it('axe-core tidak menemukan pelanggaran WCAG 2.2 AA di beranda dan pencarian portal', async () => {
    const c = await browser.newContext({ bypassCSP: true });
    const hasil: string[] = [];
    for (const jalur of ['', 'cari/?q=kinerja']) {
      const p = await c.newPage();
      await p.goto(`${server.url}${jalur}`);
      if (jalur) await p.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
      for (const v of await pelanggaranAxe(p)) hasil.push(`/${jalur} ${v}`);
      await p.close();
    }
    await c.close();
    expect(hasil).toEqual([]);
  });
});
