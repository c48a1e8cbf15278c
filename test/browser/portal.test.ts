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

async function cari(halaman: Page, kueri: Record<string, string>) {
  await halaman.goto(`${server.url}cari/?${new URLSearchParams(kueri)}`);
  await halaman.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
  return halaman.locator('#hasil-cari li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

describe('portal nasional (npm run build:wilayah)', () => {
  it('beranda menjumlahkan angka utama yang diterbitkan tiap wilayah dan menautkan situsnya', async () => {
    const halaman = await browser.newPage();
    await halaman.goto(server.url);
    const teks = (await halaman.locator('main').innerText()).replace(/\s+/g, ' ');
    const jumlah = (k: string) => wilayah.reduce((s, id) => s + indeksWilayah(id).angka[k]!, 0);
    expect(teks).toContain(
      `${jumlah('instansi')} instansi di ${wilayah.length} wilayah, ${jumlah('laporan')} laporan kinerja`,
    );
    expect(teks).toContain(`${jumlah('tercapai')} dari ${jumlah('indikator')} pengukuran indikator tercapai`);
    for (const id of wilayah) {
      await halaman.goto(server.url);
      await halaman.locator(`main a[href="/wilayah/${id}/"]`).click();
      await halaman.waitForURL(`**/wilayah/${id}/`);
      expect(await halaman.locator('h1').count()).toBe(1);
    }
    await halaman.close();
  });

  it('mencari di semua wilayah sekaligus (indeks digabung), atau di satu wilayah', async () => {
    const halaman = await browser.newPage();
    // every agency's acronym finds its own pages, on its own region's site
    for (const id of wilayah)
      for (const instansi of indeksWilayah(id).instansi) {
        const href = await cari(halaman, { q: instansi.singkatan, instansi: instansi.nama });
        expect(
          href.some((h) => h.startsWith(`/wilayah/${id}/instansi/${instansi.id}/`)),
          `${instansi.singkatan} → ${href.join(', ')}`,
        ).toBe(true);
      }
    // a word on every report: results from both regions, links that open
    const semua = await cari(halaman, { q: 'kinerja' });
    for (const id of wilayah)
      expect(
        semua.some((h) => h.startsWith(`/wilayah/${id}/`)),
        id,
      ).toBe(true);
    const jawaban = await halaman.goto(`${server.url.replace(/\/$/, '')}${semua[0]}`);
    expect(jawaban?.status()).toBe(200);
    // every word, narratives included: each region's full bundle merged
    const diambil: string[] = [];
    halaman.on('request', (x) => diambil.push(new URL(x.url()).pathname));
    const lengkap = await cari(halaman, { q: 'kinerja', isi: 'lengkap' });
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
    halaman.removeAllListeners('request');
    // one region only: the picker is in the URL and every result is on that region's site
    const satu = await cari(halaman, { q: 'kinerja', situs: 'provinsi-jawa-timur' });
    expect(await halaman.locator('#filter-situs').inputValue()).toBe('provinsi-jawa-timur');
    expect(satu.length).toBeGreaterThan(0);
    for (const tautan of satu) expect(tautan.startsWith('/wilayah/provinsi-jawa-timur/'), tautan).toBe(true);
    await halaman.close();
  });

  it('kueri pertama memakai indeks nama nasional saja; kata di luar nama memperluas ke indeks wilayah', async () => {
    const halaman = await browser.newPage();
    const diambil: string[] = [];
    halaman.on('request', (x) => diambil.push(new URL(x.url()).pathname));
    // an agency's acronym is a name: found in the national index, no region's index fetched
    const bkd = await cari(halaman, { q: 'BKD' });
    expect(bkd.some((h) => h.startsWith('/wilayah/provinsi-jawa-timur/instansi/bkd-kota-blitar/'))).toBe(true);
    expect(diambil.some((x) => x.startsWith('/pagefind-nasional/index/'))).toBe(true);
    expect(diambil.filter((x) => /^\/wilayah\/[^/]+\/pagefind/.test(x))).toEqual([]);
    expect(await halaman.locator('input[name="isi"][value="nasional"]').isChecked()).toBe(true);
    // names only, no filters: Pagefind loads every filter whole on a first query (docs/benchmarks.md)
    expect(diambil.filter((x) => x.startsWith('/pagefind-nasional/filter/'))).toEqual([]);
    // a report is reached through its agency's record, which names its years
    const tahunLaporan = await cari(halaman, { q: 'BKD 2021' });
    expect(tahunLaporan[0]).toBe('/wilayah/provinsi-jawa-timur/instansi/bkd-kota-blitar/');
    expect(await halaman.locator('#hasil-cari li .meta').first().textContent()).toContain('LKjIP 2021');
    // a shared link with a filter opens on the regions' indexes, where the filters are
    const disaring = await cari(halaman, { q: 'kinerja', tahun: '2021' });
    expect(await halaman.locator('input[name="isi"][value="ringkas"]').isChecked()).toBe(true);
    expect(await halaman.locator('#filter-tahun').inputValue()).toBe('2021');
    expect(disaring.length).toBeGreaterThan(0);
    for (const keterangan of await halaman.locator('#hasil-cari li .meta').allTextContents())
      expect(keterangan).toContain('2021');
    // "serapan" is in every report's budget, not in any name: the regions' light indexes are merged
    diambil.length = 0;
    const serapan = await cari(halaman, { q: 'serapan' });
    expect(serapan.length).toBeGreaterThan(0);
    expect(await halaman.locator('#status-cari').textContent()).toMatch(/dicari di semua wilayah/);
    expect(new URL(halaman.url()).searchParams.get('isi')).toBe('ringkas');
    for (const id of wilayah)
      expect(
        diambil.some((x) => x.startsWith(`/wilayah/${id}/pagefind-ringkas/`)),
        id,
      ).toBe(true);
    await halaman.close();
  });

  it('axe-core tidak menemukan pelanggaran WCAG 2.2 AA di beranda dan pencarian portal', async () => {
    const konteks = await browser.newContext({ bypassCSP: true });
    const hasil: string[] = [];
    for (const jalur of ['', 'cari/?q=kinerja']) {
      const halaman = await konteks.newPage();
      await halaman.goto(`${server.url}${jalur}`);
      if (jalur) await halaman.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
      for (const pelanggaran of await pelanggaranAxe(halaman)) hasil.push(`/${jalur} ${pelanggaran}`);
      await halaman.close();
    }
    await konteks.close();
    expect(hasil).toEqual([]);
  });
});
