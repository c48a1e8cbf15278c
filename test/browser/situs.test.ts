/**
 * The built site in Chromium: navigation, computed capaian, the audit section, the
 * compare chart and its URL state, search with filters, phone width, axe-core, CSP,
 * and screenshots of every page type (test-results/screenshots/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  bukaChromium,
  catatGalatKonsol,
  DIST,
  fragmen,
  indeks,
  laporanPertama,
  pelanggaranAxe,
  sajikan,
  SCREENSHOT,
} from './alat.ts';
import { jenisHalaman } from './halaman.ts';
import { bacaCsv } from '../helpers/csv.ts';
import { BATAS_UJI_BANGUN } from '../site/bangun.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof sajikan>>;
let ctx: BrowserContext;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ belum ada: jalankan `npm run build` dahulu (npm test melakukannya).');
  browser = await bukaChromium();
  server = await sajikan();
  ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  mkdirSync(SCREENSHOT, { recursive: true });
});

afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await server?.tutup();
});

const alamatSitus = (jalur: string) => server.url + jalur;
const idr2 = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

async function gulirSemua(halaman: Page) {
  await halaman.evaluate(async () => {
    for (let posisi = 0; posisi < document.body.scrollHeight; posisi += 500) {
      window.scrollTo(0, posisi);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, 0);
  });
}

describe('navigasi dan laporan', () => {
  it('beranda → instansi → laporan', async () => {
    const { instansi, tahun } = laporanPertama();
    const halaman = await ctx.newPage();
    await halaman.goto(alamatSitus(''));
    await expect(halaman.locator('h1').textContent()).resolves.toBeTruthy();
    await halaman.locator(`main a[href$="/instansi/${instansi.id}/"]`).first().click();
    await halaman.waitForURL(`**/instansi/${instansi.id}/`);
    expect(await halaman.locator('h1').textContent()).toContain(instansi.nama);
    await halaman.locator(`main a[href$="/instansi/${instansi.id}/${tahun}/"]`).first().click();
    await halaman.waitForURL(`**/instansi/${instansi.id}/${tahun}/`);
    expect(await halaman.locator('h1').textContent()).toContain(String(tahun));
    // skip link moves focus to main
    await halaman.keyboard.press('Tab');
    expect(await halaman.evaluate(() => document.activeElement?.textContent)).toContain('Langsung ke isi');
    await halaman.keyboard.press('Enter');
    expect(await halaman.evaluate(() => location.hash)).toBe('#isi');
    await halaman.close();
  });

  it('tabel capaian menampilkan capaian hasil hitung ulang', async () => {
    const { instansi, tahun } = laporanPertama();
    const json = JSON.parse(readFileSync(join(DIST, 'data', 'laporan', `${instansi.id}-${tahun}.json`), 'utf8'));
    const halaman = await ctx.newPage();
    await halaman.goto(alamatSitus(`instansi/${instansi.id}/${tahun}/`));
    const baris = halaman.locator('#tabel-capaian tbody tr');
    expect(await baris.count()).toBe(json.dihitung.indikator.length);
    for (const [urutan, ind] of (
      json.dihitung.indikator as { indikator: string; capaian: { jenis: string; nilai?: number; tercapai?: boolean } }[]
    ).entries()) {
      const sel = (await baris.nth(urutan).locator('[data-capaian]').textContent())!;
      if (ind.capaian.jenis === 'persen') expect(sel).toContain(idr2.format(ind.capaian.nilai!));
      else if (ind.capaian.jenis === 'kualitatif')
        expect(sel).toMatch(ind.capaian.tercapai ? /^Tercapai/ : /^Tidak tercapai/);
      else expect(sel).toMatch(/^–/);
      // predicate is text + icon, not colour alone
      expect((await baris.nth(urutan).locator('.lencana').textContent())!.length).toBeGreaterThan(3);
    }
    await halaman.close();
  });

  it('bagian audit mendaftar setiap angka yang berbeda', async () => {
    const { instansi, tahun } = laporanPertama();
    const json = JSON.parse(readFileSync(join(DIST, 'data', 'laporan', `${instansi.id}-${tahun}.json`), 'utf8'));
    const beda = (json.audit as { status: string; label: string }[]).filter((a) => a.status === 'berbeda');
    const halaman = await ctx.newPage();
    await halaman.goto(alamatSitus(`instansi/${instansi.id}/${tahun}/#audit`));
    const teks = (await halaman.locator('#bagian-audit').textContent())!;
    if (beda.length === 0) expect(teks).toContain('Tidak ada angka tercetak yang berbeda');
    else {
      expect(await halaman.locator('#tabel-audit tbody tr').count()).toBe(beda.length);
      for (const butir of beda) expect(teks).toContain(butir.label);
    }
    await halaman.close();
  });
});

describe('daftar instansi', () => {
  it('filter tingkat bekerja tanpa JavaScript', async () => {
    const konteks = await browser.newContext({ javaScriptEnabled: false });
    const halaman = await konteks.newPage();
    await halaman.goto(alamatSitus('instansi/'));
    const kartu = halaman.locator('li.instansi');
    const semua = await kartu.count();
    expect(semua).toBeGreaterThan(0);
    const tingkat = await halaman.locator('input[name="tingkat"]:not([value="semua"])').first().getAttribute('value');
    await halaman.locator(`input[name="tingkat"][value="${tingkat}"]`).check();
    const terlihat = await halaman.locator('li.instansi:visible').count();
    const cocok = await halaman.locator(`li.instansi[data-tingkat="${tingkat}"]`).count();
    expect(terlihat).toBe(cocok);
    await konteks.close();
  });
});

describe('bandingkan', () => {
  it('grafik tergambar dan pilihan bolak-balik lewat URL', async () => {
    const halaman = await ctx.newPage();
    const data = JSON.parse(readFileSync(join(DIST, 'bandingkan', 'data.json'), 'utf8')) as {
      indikator: { id: string; seri: { instansi: string }[] }[];
    };
    const ind = data.indikator.find((i) => i.seri.length > 1) ?? data.indikator[0]!;
    const ins = ind.seri[0]!.instansi;
    await halaman.goto(alamatSitus(`bandingkan/?indikator=${ind.id}&instansi=${ins}&besaran=capaian`));
    await halaman.waitForSelector('#form-banding[data-siap="ya"]', { timeout: 15_000 });
    await halaman.locator('#banding-indikator').scrollIntoViewIfNeeded();
    await halaman.waitForSelector('#banding-indikator[data-digambar="ya"]', { timeout: 15_000 });
    expect(await halaman.locator('#pilih-indikator').inputValue()).toBe(ind.id);
    expect(await halaman.locator('input[name="besaran"][value="capaian"]').isChecked()).toBe(true);
    expect(await halaman.locator(`input[name="instansi"][value="${ins}"]`).isChecked()).toBe(true);
    // the canvas has pixels
    const lebar = await halaman.locator('#banding-indikator canvas').evaluate((c: HTMLCanvasElement) => c.width);
    expect(lebar).toBeGreaterThan(100);
    // change → URL → reload → same state
    await halaman.locator('input[name="besaran"][value="realisasi"]').check();
    await halaman.waitForFunction(() => location.search.includes('besaran=realisasi'));
    const alamat = halaman.url();
    expect(alamat).toContain(`indikator=${ind.id}`);
    const halamanKedua = await ctx.newPage();
    await halamanKedua.goto(alamat);
    await halamanKedua.waitForSelector('#form-banding[data-siap="ya"]', { timeout: 15_000 });
    expect(await halamanKedua.locator('input[name="besaran"][value="realisasi"]').isChecked()).toBe(true);
    expect(await halamanKedua.locator('#pilih-indikator').inputValue()).toBe(ind.id);
    // CSV download of the chart's data
    const [unduhan] = await Promise.all([
      halamanKedua.waitForEvent('download'),
      halamanKedua.locator('#banding-indikator button[data-unduh="csv"]').click(),
    ]);
    expect(unduhan.suggestedFilename()).toMatch(/\.csv$/);
    const [png] = await Promise.all([
      halamanKedua.waitForEvent('download'),
      halamanKedua.locator('#banding-indikator button[data-unduh="png"]').click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    await halaman.close();
    await halamanKedua.close();
  });
});

describe('cari', () => {
  it('menemukan laporan yang benar dengan filter instansi dan tahun', async () => {
    const { instansi, tahun } = laporanPertama();
    const halaman = await ctx.newPage();
    const kueri = new URLSearchParams({
      q: instansi.singkatan,
      instansi: instansi.nama,
      tahun: String(tahun),
      jenis: 'LKjIP',
    });
    await halaman.goto(alamatSitus(`cari/?${kueri}`));
    await halaman.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
    // the filters from the URL are applied in the form
    expect(await halaman.locator('#filter-instansi').inputValue()).toBe(instansi.nama);
    expect(await halaman.locator('#filter-tahun').inputValue()).toBe(String(tahun));
    const hasil = halaman.locator('#hasil-cari li');
    expect(await hasil.count()).toBeGreaterThan(0);
    const href = await hasil.first().locator('a').getAttribute('href');
    expect(href).toContain(`/instansi/${instansi.id}/${tahun}/`);
    const meta = (await hasil.first().locator('.meta').textContent())!;
    expect(meta).toContain(String(tahun));
    expect(meta).toContain(instansi.nama);
    // the acronym SAKIP finds reports too
    await halaman.goto(alamatSitus('cari/?q=SAKIP'));
    await halaman.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
    expect(await halaman.locator('#hasil-cari li').count()).toBeGreaterThan(0);
    await halaman.close();
  });

  it('indeks pencarian memuat nama kegiatan, bukan kolom angkanya (scripts/indeks-cari.ts)', async () => {
    // a kegiatan whose printed pagu (from the open data) shows on its report page only inside the
    // numeric cells the search bundles leave out (catatan may quote a figure in words, and those are indexed)
    const halaman = await ctx.newPage();
    const teks = new Map<string, { semua: string; diLuarAngka: string }>();
    const keg = bacaCsv(readFileSync(join(DIST, 'data', 'anggaran.csv'), 'utf8')).filter(
      (b) => b.tingkat === 'kegiatan' && b.pagu,
    );
    let pilihan: { instansi: string; tahun: string; nama: string; pagu: string } | undefined;
    for (const kegiatan of keg) {
      const jalur = `instansi/${kegiatan.instansi}/${kegiatan.tahun}/`;
      if (!teks.has(jalur)) {
        await halaman.goto(alamatSitus(jalur));
        teks.set(
          jalur,
          await halaman.evaluate(() => {
            const salinanUtama = document.querySelector('main')!.cloneNode(true) as HTMLElement;
            const semua = salinanUtama.textContent!;
            salinanUtama.querySelectorAll('.angka, .pohon b, .angka-besar').forEach((e) => e.remove());
            return { semua, diLuarAngka: salinanUtama.textContent! };
          }),
        );
      }
      const teksLaporan = teks.get(jalur)!;
      const pagu = Number(kegiatan.pagu).toLocaleString('id-ID');
      if (teksLaporan.semua.includes(pagu) && !teksLaporan.diLuarAngka.includes(pagu)) {
        pilihan = { instansi: kegiatan.instansi!, tahun: kegiatan.tahun!, nama: kegiatan.nama!, pagu };
        break;
      }
    }
    expect(pilihan, 'tidak ada kegiatan yang pagunya hanya tercetak di sel angka').toBeDefined();
    const { instansi, tahun, nama, pagu } = pilihan!;
    await halaman.close();
    // what Pagefind indexed for that page, in both bundles: its fragment holds the page's indexed text
    for (const bundel of ['pagefind', 'pagefind-ringkas']) {
      const potongan = fragmen(bundel).find((x) => x.url === `/instansi/${instansi}/${tahun}/`);
      expect(potongan, `halaman laporan tidak ada di ${bundel}`).toBeDefined();
      expect(potongan!.content).toContain(nama);
      expect(potongan!.content).not.toContain(pagu);
    }
  });

  it('kueri pertama memakai indeks ringkas; kata yang hanya ada di narasi dicari di seluruh isi', async () => {
    // words of the reports' narratives that the light bundle has on no page, rarest first
    const ringkas = fragmen('pagefind-ringkas')
      .map((f) => f.content.toLowerCase())
      .join(' ');
    const kali = new Map<string, number>();
    for (const potongan of fragmen('pagefind').filter((x) => /\/instansi\/[^/]+\/\d{4}\/$/.test(x.url)))
      for (const kata of potongan.content.toLowerCase().match(/\p{L}{8,}/gu) ?? [])
        if (!ringkas.includes(kata)) kali.set(kata, (kali.get(kata) ?? 0) + 1);
    const calon = [...kali].sort((a, b) => a[1] - b[1]).map(([w]) => w);
    expect(calon.length, 'tidak ada kata yang hanya ada di narasi').toBeGreaterThan(0);
    const permintaan = (halaman: Page) => {
      const urls: string[] = [];
      halaman.on('request', (r) => urls.push(new URL(r.url()).pathname));
      return urls;
    };
    const dariBundel = (urls: string[], b: string) => urls.filter((x) => x.startsWith(`/${b}/`) && !x.endsWith('.js'));

    // a word in titles and names: only the light bundle is fetched
    const halaman = await ctx.newPage();
    let urls = permintaan(halaman);
    await halaman.goto(alamatSitus('cari/?q=kinerja'));
    await halaman.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
    expect(await halaman.locator('#hasil-cari li').count()).toBeGreaterThan(0);
    expect(await halaman.getByRole('radio', { name: /Judul, indikator/ }).isChecked()).toBe(true);
    expect(dariBundel(urls, 'pagefind-ringkas').some((x) => x.includes('/index/'))).toBe(true);
    expect(dariBundel(urls, 'pagefind')).toEqual([]);

    // the reader widens the search: the full bundle, and the choice in the URL
    await halaman.getByRole('radio', { name: /Seluruh isi/ }).check();
    await halaman.waitForURL(/isi=lengkap/);
    await halaman.waitForFunction(() => document.querySelector('#status-cari')?.textContent?.includes('hasil'));
    expect(dariBundel(urls, 'pagefind').some((x) => x.includes('/index/'))).toBe(true);
    await halaman.close();

    // a word only in a narrative: nothing in the light bundle, so the search widens by itself (the
    // light bundle may still match a candidate through a word of the same stem, hence several tries)
    const halamanKedua = await ctx.newPage();
    urls = permintaan(halamanKedua);
    let diperluas = false;
    for (const kata of calon.slice(0, 40)) {
      await halamanKedua.goto(alamatSitus(`cari/?q=${encodeURIComponent(kata)}`));
      await halamanKedua.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
      diperluas = halamanKedua.url().includes('isi=lengkap');
      if (diperluas) break;
    }
    expect(diperluas, `tidak satu pun dari ${calon.slice(0, 40).join(', ')} dicari di seluruh isi`).toBe(true);
    expect(await halamanKedua.locator('#hasil-cari li').count()).toBeGreaterThan(0);
    expect(await halamanKedua.locator('#status-cari').textContent()).toContain('dicari di seluruh isi');
    expect(await halamanKedua.getByRole('radio', { name: /Seluruh isi/ }).isChecked()).toBe(true);
    expect(halamanKedua.url()).toContain('isi=lengkap');
    expect(dariBundel(urls, 'pagefind').some((x) => x.includes('/fragment/'))).toBe(true);
    await halamanKedua.close();
  });

  it('menampilkan sepuluh hasil sekaligus, dan berikutnya atas permintaan', async () => {
    const halaman = await ctx.newPage();
    const diambil: string[] = [];
    halaman.on('request', (r) => /\/pagefind(-ringkas)?\/fragment\//.test(r.url()) && diambil.push(r.url()));
    // "kinerja" is on nearly every page of the site
    await halaman.goto(alamatSitus('cari/?q=kinerja'));
    await halaman.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
    const hasil = halaman.locator('#hasil-cari li');
    expect(await hasil.count()).toBe(10);
    expect(diambil).toHaveLength(10);
    const lagi = halaman.getByRole('button', { name: /hasil berikutnya/ });
    await lagi.click();
    await halaman.waitForFunction(() => document.querySelectorAll('#hasil-cari li').length > 10);
    expect(await hasil.count()).toBeGreaterThan(10);
    expect(await hasil.count()).toBeLessThanOrEqual(20);
    await halaman.close();
  });
});

describe('setiap jenis halaman', () => {
  const semuaJenis = () => jenisHalaman();

  it('tanpa gulir mendatar dan tanpa galat di konsol (CSP, skrip) pada lebar 375 px', async () => {
    const hp = await browser.newContext({
      viewport: { width: 375, height: 800 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    const gagal: string[] = [];
    for (const jenis of semuaJenis()) {
      const halaman = await hp.newPage();
      catatGalatKonsol(halaman, jenis.jalur, gagal, jenis.nama === '404');
      await halaman.goto(alamatSitus(jenis.jalur));
      await gulirSemua(halaman);
      const lebar = await halaman.evaluate(() => document.documentElement.scrollWidth);
      if (lebar > 375) gagal.push(`${jenis.jalur}: ${lebar}px`);
      await halaman.screenshot({ path: join(SCREENSHOT, `${jenis.nama}-375.png`), fullPage: true });
      await halaman.close();
    }
    await hp.close();
    expect(gagal).toEqual([]);
  }, 240_000);

  it('axe-core tidak menemukan pelanggaran WCAG 2.2 AA (laptop; ponsel untuk halaman bertabel kartu, bandingkan dan cari)', async () => {
    const laptop = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const hp = await browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true });
    const hasil: string[] = [];
    const daftar = [
      ...semuaJenis().map((h) => ({ jenis: h, konteks: laptop })),
      ...semuaJenis()
        .filter((h) => ['laporan', 'indikator', 'indikator-detail', 'bandingkan', 'cari'].includes(h.nama))
        .map((h) => ({ jenis: { ...h, nama: `${h.nama}-375` }, konteks: hp })),
    ];
    for (const { jenis, konteks } of daftar) {
      const halaman = await konteks.newPage();
      await halaman.goto(alamatSitus(jenis.jalur));
      await gulirSemua(halaman);
      await halaman.waitForTimeout(300);
      for (const pelanggaran of await pelanggaranAxe(halaman))
        hasil.push(`${jenis.nama} ${jenis.jalur} ${pelanggaran}`);
      await halaman.close();
    }
    await laptop.close();
    await hp.close();
    expect(hasil).toEqual([]);
  }, 240_000);

  it('tidak ada pelanggaran Content-Security-Policy atau galat skrip; tangkapan layar laptop', async () => {
    const galat: string[] = [];
    for (const jenis of semuaJenis()) {
      const halaman = await ctx.newPage();
      catatGalatKonsol(halaman, jenis.jalur, galat, jenis.nama === '404');
      await halaman.goto(alamatSitus(jenis.jalur));
      await gulirSemua(halaman);
      await halaman.waitForTimeout(400);
      await halaman.screenshot({ path: join(SCREENSHOT, `${jenis.nama}-1366.png`), fullPage: true });
      await halaman.close();
    }
    expect(galat).toEqual([]);
  }, 240_000);

  it('chart.js dimuat hanya saat grafik mendekati layar', async () => {
    const { instansi } = laporanPertama();
    const halaman = await ctx.newPage();
    const muat: string[] = [];
    halaman.on('request', (permintaan) => {
      if (/\/_astro\/chart\.[^/]*\.js$/.test(permintaan.url())) muat.push(permintaan.url());
    });
    // chart.js is held back until the page's layout before drawing has been measured
    let lepas = () => {};
    const gerbang = new Promise<void>((r) => (lepas = r));
    await halaman.route(/\/_astro\/chart\.[^/]*\.js$/, async (route) => {
      await gerbang;
      await route.continue();
    });
    await halaman.goto(alamatSitus(`instansi/${instansi.id}/`), { waitUntil: 'domcontentloaded' });
    const fig = halaman.locator('figure[data-grafik]').first();
    expect(await fig.count(), 'profil instansi punya grafik').toBeGreaterThan(0);
    const atas = await fig.evaluate((e) => e.getBoundingClientRect().top);
    if (atas > 900 + 400) expect(muat).toEqual([]);
    // what follows the chart must not move when it is drawn (no layout shift)
    const posisiSetelah = () =>
      fig.evaluate(
        (e) => (e.querySelector('details.data-grafik') as HTMLElement).getBoundingClientRect().top + window.scrollY,
      );
    await fig.scrollIntoViewIfNeeded();
    const sebelum = await posisiSetelah();
    lepas();
    await halaman.waitForSelector('figure[data-digambar="ya"]', { timeout: 15_000 });
    expect(muat.length).toBe(1);
    expect(await posisiSetelah()).toBe(sebelum);
    await halaman.close();
  });

  it('cetak: grafik diganti tabel datanya', async () => {
    const { instansi } = laporanPertama();
    const halaman = await ctx.newPage();
    await halaman.goto(alamatSitus(`instansi/${instansi.id}/`));
    const fig = halaman.locator('figure[data-grafik]').first();
    if ((await fig.count()) === 0) return;
    await halaman.emulateMedia({ media: 'print' });
    expect(await fig.locator('.kanvas').isVisible()).toBe(false);
    expect(await fig.locator('table').isVisible()).toBe(true);
    await halaman.emulateMedia({ media: 'screen' });
    await halaman.close();
  });

  it('fokus keyboard terlihat', async () => {
    const halaman = await ctx.newPage();
    await halaman.goto(alamatSitus(''));
    await halaman.keyboard.press('Tab');
    await halaman.keyboard.press('Tab');
    const outline = await halaman.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await halaman.close();
  });
});

describe('indeks data', () => {
  it('ada laporan untuk diuji', () => {
    expect(indeks().instansi.length).toBeGreaterThan(0);
  });
});

describe('BASE_PATH di peramban', () => {
  it('navigasi dan hasil pencarian berada di bawah base', { timeout: BATAS_UJI_BANGUN }, async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { bangun } = await import('../site/bangun.ts');
    const keluar = mkdtempSync(join(tmpdir(), 'kt-base-browser-'));
    let sajian: Awaited<ReturnType<typeof sajikan>> | undefined;
    try {
      bangun(keluar, { BASE_PATH: '/kt/' }, true);
      sajian = await sajikan(keluar, '/kt/');
      const { instansi, tahun } = laporanPertama(keluar);
      const halaman = await ctx.newPage();
      await halaman.goto(sajian.url);
      await halaman.locator(`main a[href="/kt/instansi/${instansi.id}/"]`).first().click();
      await halaman.waitForURL(`**/kt/instansi/${instansi.id}/`);
      await halaman.goto(`${sajian.url}cari/?${new URLSearchParams({ q: instansi.singkatan, tahun: String(tahun) })}`);
      await halaman.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
      const href = await halaman.locator('#hasil-cari li a').first().getAttribute('href');
      expect(href).toMatch(/^\/kt\/instansi\//);
      await halaman.locator('#hasil-cari li a').first().click();
      await halaman.waitForURL('**/kt/instansi/**');
      expect(await halaman.locator('h1').count()).toBe(1);
      await halaman.close();
    } finally {
      await sajian?.tutup();
      rmSync(keluar, { recursive: true, force: true });
    }
  });
});
