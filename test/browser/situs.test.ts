/**
 * The built site in Chromium: navigation, computed capaian, the audit section, the
 * compare chart and its URL state, search with filters, phone width, axe-core, CSP,
 * and screenshots of every page type (test-results/screenshots/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bukaChromium, DIST, fragmen, indeks, laporanPertama, pelanggaranAxe, sajikan, SCREENSHOT } from './alat.ts';
import { jenisHalaman } from './halaman.ts';
import { bacaCsv } from '../helpers/csv.ts';

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

const u = (jalur: string) => server.url + jalur;
const idr2 = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

async function gulirSemua(p: Page) {
  await p.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, 0);
  });
}

describe('navigasi dan laporan', () => {
  it('beranda → instansi → laporan', async () => {
    const { instansi, tahun } = laporanPertama();
    const p = await ctx.newPage();
    await p.goto(u(''));
    await expect(p.locator('h1').textContent()).resolves.toBeTruthy();
    await p.locator(`main a[href$="/instansi/${instansi.id}/"]`).first().click();
    await p.waitForURL(`**/instansi/${instansi.id}/`);
    expect(await p.locator('h1').textContent()).toContain(instansi.nama);
    await p.locator(`main a[href$="/instansi/${instansi.id}/${tahun}/"]`).first().click();
    await p.waitForURL(`**/instansi/${instansi.id}/${tahun}/`);
    expect(await p.locator('h1').textContent()).toContain(String(tahun));
    // skip link moves focus to main
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.textContent)).toContain('Langsung ke isi');
    await p.keyboard.press('Enter');
    expect(await p.evaluate(() => location.hash)).toBe('#isi');
    await p.close();
  });

  it('tabel capaian menampilkan capaian hasil hitung ulang', async () => {
    const { instansi, tahun } = laporanPertama();
    const json = JSON.parse(readFileSync(join(DIST, 'data', 'laporan', `${instansi.id}-${tahun}.json`), 'utf8'));
    const p = await ctx.newPage();
    await p.goto(u(`instansi/${instansi.id}/${tahun}/`));
    const baris = p.locator('#tabel-capaian tbody tr');
    expect(await baris.count()).toBe(json.dihitung.indikator.length);
    for (const [i, ind] of (
      json.dihitung.indikator as { indikator: string; capaian: { jenis: string; nilai?: number; tercapai?: boolean } }[]
    ).entries()) {
      const sel = (await baris.nth(i).locator('[data-capaian]').textContent())!;
      if (ind.capaian.jenis === 'persen') expect(sel).toContain(idr2.format(ind.capaian.nilai!));
      else if (ind.capaian.jenis === 'kualitatif')
        expect(sel).toMatch(ind.capaian.tercapai ? /^Tercapai/ : /^Tidak tercapai/);
      else expect(sel).toMatch(/^–/);
      // predicate is text + icon, not colour alone
      expect((await baris.nth(i).locator('.lencana').textContent())!.length).toBeGreaterThan(3);
    }
    await p.close();
  });

  it('bagian audit mendaftar setiap angka yang berbeda', async () => {
    const { instansi, tahun } = laporanPertama();
    const json = JSON.parse(readFileSync(join(DIST, 'data', 'laporan', `${instansi.id}-${tahun}.json`), 'utf8'));
    const beda = (json.audit as { status: string; label: string }[]).filter((a) => a.status === 'berbeda');
    const p = await ctx.newPage();
    await p.goto(u(`instansi/${instansi.id}/${tahun}/#audit`));
    const teks = (await p.locator('#bagian-audit').textContent())!;
    if (beda.length === 0) expect(teks).toContain('Tidak ada angka tercetak yang berbeda');
    else {
      expect(await p.locator('#tabel-audit tbody tr').count()).toBe(beda.length);
      for (const b of beda) expect(teks).toContain(b.label);
    }
    await p.close();
  });
});

describe('daftar instansi', () => {
  it('filter tingkat bekerja tanpa JavaScript', async () => {
    const c = await browser.newContext({ javaScriptEnabled: false });
    const p = await c.newPage();
    await p.goto(u('instansi/'));
    const kartu = p.locator('li.instansi');
    const semua = await kartu.count();
    expect(semua).toBeGreaterThan(0);
    const tingkat = await p.locator('input[name="tingkat"]:not([value="semua"])').first().getAttribute('value');
    await p.locator(`input[name="tingkat"][value="${tingkat}"]`).check();
    const terlihat = await p.locator('li.instansi:visible').count();
    const cocok = await p.locator(`li.instansi[data-tingkat="${tingkat}"]`).count();
    expect(terlihat).toBe(cocok);
    await c.close();
  });
});

describe('bandingkan', () => {
  it('grafik tergambar dan pilihan bolak-balik lewat URL', async () => {
    const p = await ctx.newPage();
    const data = JSON.parse(readFileSync(join(DIST, 'bandingkan', 'data.json'), 'utf8')) as {
      indikator: { id: string; seri: { instansi: string }[] }[];
    };
    const ind = data.indikator.find((i) => i.seri.length > 1) ?? data.indikator[0]!;
    const ins = ind.seri[0]!.instansi;
    await p.goto(u(`bandingkan/?indikator=${ind.id}&instansi=${ins}&besaran=capaian`));
    await p.waitForSelector('#form-banding[data-siap="ya"]', { timeout: 15_000 });
    await p.locator('#banding-indikator').scrollIntoViewIfNeeded();
    await p.waitForSelector('#banding-indikator[data-digambar="ya"]', { timeout: 15_000 });
    expect(await p.locator('#pilih-indikator').inputValue()).toBe(ind.id);
    expect(await p.locator('input[name="besaran"][value="capaian"]').isChecked()).toBe(true);
    expect(await p.locator(`input[name="instansi"][value="${ins}"]`).isChecked()).toBe(true);
    // the canvas has pixels
    const lebar = await p.locator('#banding-indikator canvas').evaluate((c: HTMLCanvasElement) => c.width);
    expect(lebar).toBeGreaterThan(100);
    // change → URL → reload → same state
    await p.locator('input[name="besaran"][value="realisasi"]').check();
    await p.waitForFunction(() => location.search.includes('besaran=realisasi'));
    const alamat = p.url();
    expect(alamat).toContain(`indikator=${ind.id}`);
    const p2 = await ctx.newPage();
    await p2.goto(alamat);
    await p2.waitForSelector('#form-banding[data-siap="ya"]', { timeout: 15_000 });
    expect(await p2.locator('input[name="besaran"][value="realisasi"]').isChecked()).toBe(true);
    expect(await p2.locator('#pilih-indikator').inputValue()).toBe(ind.id);
    // CSV download of the chart's data
    const [unduhan] = await Promise.all([
      p2.waitForEvent('download'),
      p2.locator('#banding-indikator button[data-unduh="csv"]').click(),
    ]);
    expect(unduhan.suggestedFilename()).toMatch(/\.csv$/);
    const [png] = await Promise.all([
      p2.waitForEvent('download'),
      p2.locator('#banding-indikator button[data-unduh="png"]').click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    await p.close();
    await p2.close();
  });
});

describe('cari', () => {
  it('menemukan laporan yang benar dengan filter instansi dan tahun', async () => {
    const { instansi, tahun } = laporanPertama();
    const p = await ctx.newPage();
    const q = new URLSearchParams({
      q: instansi.singkatan,
      instansi: instansi.nama,
      tahun: String(tahun),
      jenis: 'LKjIP',
    });
    await p.goto(u(`cari/?${q}`));
    await p.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
    // the filters from the URL are applied in the form
    expect(await p.locator('#filter-instansi').inputValue()).toBe(instansi.nama);
    expect(await p.locator('#filter-tahun').inputValue()).toBe(String(tahun));
    const hasil = p.locator('#hasil-cari li');
    expect(await hasil.count()).toBeGreaterThan(0);
    const href = await hasil.first().locator('a').getAttribute('href');
    expect(href).toContain(`/instansi/${instansi.id}/${tahun}/`);
    const meta = (await hasil.first().locator('.meta').textContent())!;
    expect(meta).toContain(String(tahun));
    expect(meta).toContain(instansi.nama);
    // the acronym SAKIP finds reports too
    await p.goto(u('cari/?q=SAKIP'));
    await p.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
    expect(await p.locator('#hasil-cari li').count()).toBeGreaterThan(0);
    await p.close();
  });

  it('indeks pencarian memuat nama kegiatan, bukan kolom angkanya (scripts/indeks-cari.ts)', async () => {
    // a kegiatan whose printed pagu (from the open data) shows on its report page only inside the
    // numeric cells the search bundles leave out (catatan may quote a figure in words, and those are indexed)
    const p = await ctx.newPage();
    const teks = new Map<string, { semua: string; diLuarAngka: string }>();
    const keg = bacaCsv(readFileSync(join(DIST, 'data', 'anggaran.csv'), 'utf8')).filter(
      (b) => b.tingkat === 'kegiatan' && b.pagu,
    );
    let pilihan: { instansi: string; tahun: string; nama: string; pagu: string } | undefined;
    for (const k of keg) {
      const jalur = `instansi/${k.instansi}/${k.tahun}/`;
      if (!teks.has(jalur)) {
        await p.goto(u(jalur));
        teks.set(
          jalur,
          await p.evaluate(() => {
            const m = document.querySelector('main')!.cloneNode(true) as HTMLElement;
            const semua = m.textContent!;
            m.querySelectorAll('.angka, .pohon b, .angka-besar').forEach((e) => e.remove());
            return { semua, diLuarAngka: m.textContent! };
          }),
        );
      }
      const t = teks.get(jalur)!;
      const pagu = Number(k.pagu).toLocaleString('id-ID');
      if (t.semua.includes(pagu) && !t.diLuarAngka.includes(pagu)) {
        pilihan = { instansi: k.instansi!, tahun: k.tahun!, nama: k.nama!, pagu };
        break;
      }
    }
    expect(pilihan, 'tidak ada kegiatan yang pagunya hanya tercetak di sel angka').toBeDefined();
    const { instansi, tahun, nama, pagu } = pilihan!;
    await p.close();
    // what Pagefind indexed for that page, in both bundles: its fragment holds the page's indexed text
    for (const bundel of ['pagefind', 'pagefind-ringkas']) {
      const f = fragmen(bundel).find((x) => x.url === `/instansi/${instansi}/${tahun}/`);
      expect(f, `halaman laporan tidak ada di ${bundel}`).toBeDefined();
      expect(f!.content).toContain(nama);
      expect(f!.content).not.toContain(pagu);
    }
  });

  it('kueri pertama memakai indeks ringkas; kata yang hanya ada di narasi dicari di seluruh isi', async () => {
    // words of the reports' narratives that the light bundle has on no page, rarest first
    const ringkas = fragmen('pagefind-ringkas')
      .map((f) => f.content.toLowerCase())
      .join(' ');
    const kali = new Map<string, number>();
    for (const f of fragmen('pagefind').filter((x) => /\/instansi\/[^/]+\/\d{4}\/$/.test(x.url)))
      for (const w of f.content.toLowerCase().match(/\p{L}{8,}/gu) ?? [])
        if (!ringkas.includes(w)) kali.set(w, (kali.get(w) ?? 0) + 1);
    const calon = [...kali].sort((a, b) => a[1] - b[1]).map(([w]) => w);
    expect(calon.length, 'tidak ada kata yang hanya ada di narasi').toBeGreaterThan(0);
    const permintaan = (p: Page) => {
      const urls: string[] = [];
      p.on('request', (r) => urls.push(new URL(r.url()).pathname));
      return urls;
    };
    const dariBundel = (urls: string[], b: string) => urls.filter((x) => x.startsWith(`/${b}/`) && !x.endsWith('.js'));

    // a word in titles and names: only the light bundle is fetched
    const p = await ctx.newPage();
    let urls = permintaan(p);
    await p.goto(u('cari/?q=kinerja'));
    await p.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
    expect(await p.locator('#hasil-cari li').count()).toBeGreaterThan(0);
    expect(await p.getByRole('radio', { name: /Judul, indikator/ }).isChecked()).toBe(true);
    expect(dariBundel(urls, 'pagefind-ringkas').some((x) => x.includes('/index/'))).toBe(true);
    expect(dariBundel(urls, 'pagefind')).toEqual([]);

    // the reader widens the search: the full bundle, and the choice in the URL
    await p.getByRole('radio', { name: /Seluruh isi/ }).check();
    await p.waitForURL(/isi=lengkap/);
    await p.waitForFunction(() => document.querySelector('#status-cari')?.textContent?.includes('hasil'));
    expect(dariBundel(urls, 'pagefind').some((x) => x.includes('/index/'))).toBe(true);
    await p.close();

    // a word only in a narrative: nothing in the light bundle, so the search widens by itself (the
    // light bundle may still match a candidate through a word of the same stem, hence several tries)
    const p2 = await ctx.newPage();
    urls = permintaan(p2);
    let diperluas = false;
    for (const kata of calon.slice(0, 40)) {
      await p2.goto(u(`cari/?q=${encodeURIComponent(kata)}`));
      await p2.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
      diperluas = p2.url().includes('isi=lengkap');
      if (diperluas) break;
    }
    expect(diperluas, `tidak satu pun dari ${calon.slice(0, 40).join(', ')} dicari di seluruh isi`).toBe(true);
    expect(await p2.locator('#hasil-cari li').count()).toBeGreaterThan(0);
    expect(await p2.locator('#status-cari').textContent()).toContain('dicari di seluruh isi');
    expect(await p2.getByRole('radio', { name: /Seluruh isi/ }).isChecked()).toBe(true);
    expect(p2.url()).toContain('isi=lengkap');
    expect(dariBundel(urls, 'pagefind').some((x) => x.includes('/fragment/'))).toBe(true);
    await p2.close();
  });

  it('menampilkan sepuluh hasil sekaligus, dan berikutnya atas permintaan', async () => {
    const p = await ctx.newPage();
    const diambil: string[] = [];
    p.on('request', (r) => /\/pagefind(-ringkas)?\/fragment\//.test(r.url()) && diambil.push(r.url()));
    // "kinerja" is on nearly every page of the site
    await p.goto(u('cari/?q=kinerja'));
    await p.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
    const hasil = p.locator('#hasil-cari li');
    expect(await hasil.count()).toBe(10);
    expect(diambil).toHaveLength(10);
    const lagi = p.getByRole('button', { name: /hasil berikutnya/ });
    await lagi.click();
    await p.waitForFunction(() => document.querySelectorAll('#hasil-cari li').length > 10);
    expect(await hasil.count()).toBeGreaterThan(10);
    expect(await hasil.count()).toBeLessThanOrEqual(20);
    await p.close();
  });
});

describe('setiap jenis halaman', () => {
  const halaman = () => jenisHalaman();

  it('tanpa gulir mendatar dan tanpa galat di konsol (CSP, skrip) pada lebar 375 px', async () => {
    const hp = await browser.newContext({
      viewport: { width: 375, height: 800 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    const gagal: string[] = [];
    for (const h of halaman()) {
      const p = await hp.newPage();
      // a style or script the CSP blocks, or a script that throws, is an error in the console
      p.on('console', (pesan) => {
        if (pesan.type() === 'error' && !(h.nama === '404' && /404/.test(pesan.text())))
          gagal.push(`${h.jalur}: ${pesan.text()}`);
      });
      p.on('pageerror', (galat) => gagal.push(`${h.jalur}: ${galat.message}`));
      await p.goto(u(h.jalur));
      await gulirSemua(p);
      const lebar = await p.evaluate(() => document.documentElement.scrollWidth);
      if (lebar > 375) gagal.push(`${h.jalur}: ${lebar}px`);
      await p.screenshot({ path: join(SCREENSHOT, `${h.nama}-375.png`), fullPage: true });
      await p.close();
    }
    await hp.close();
    expect(gagal).toEqual([]);
  }, 240_000);

  it('axe-core tidak menemukan pelanggaran WCAG 2.2 AA (laptop; ponsel untuk halaman bertabel kartu, bandingkan dan cari)', async () => {
    const c = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const hp = await browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true });
    const hasil: string[] = [];
    const daftar = [
      ...halaman().map((h) => ({ h, c })),
      ...halaman()
        .filter((h) => ['laporan', 'indikator', 'indikator-detail', 'bandingkan', 'cari'].includes(h.nama))
        .map((h) => ({ h: { ...h, nama: `${h.nama}-375` }, c: hp })),
    ];
    for (const { h, c } of daftar) {
      const p = await c.newPage();
      await p.goto(u(h.jalur));
      await gulirSemua(p);
      await p.waitForTimeout(300);
      for (const v of await pelanggaranAxe(p)) hasil.push(`${h.nama} ${h.jalur} ${v}`);
      await p.close();
    }
    await c.close();
    await hp.close();
    expect(hasil).toEqual([]);
  }, 240_000);

  it('tidak ada pelanggaran Content-Security-Policy atau galat skrip; tangkapan layar laptop', async () => {
    const galat: string[] = [];
    for (const h of halaman()) {
      const p = await ctx.newPage();
      p.on('console', (m) => {
        if (m.type() === 'error' && !/404|Failed to load resource/.test(m.text()))
          galat.push(`${h.jalur}: ${m.text()}`);
      });
      p.on('pageerror', (e) => galat.push(`${h.jalur}: ${e.message}`));
      await p.goto(u(h.jalur));
      await gulirSemua(p);
      await p.waitForTimeout(400);
      await p.screenshot({ path: join(SCREENSHOT, `${h.nama}-1366.png`), fullPage: true });
      await p.close();
    }
    expect(galat).toEqual([]);
  }, 240_000);

  it('chart.js dimuat hanya saat grafik mendekati layar', async () => {
    const { instansi } = laporanPertama();
    const p = await ctx.newPage();
    const muat: string[] = [];
    p.on('request', (r) => {
      if (/\/_astro\/chart\.[^/]*\.js$/.test(r.url())) muat.push(r.url());
    });
    // chart.js is held back until the page's layout before drawing has been measured
    let lepas = () => {};
    const gerbang = new Promise<void>((r) => (lepas = r));
    await p.route(/\/_astro\/chart\.[^/]*\.js$/, async (route) => {
      await gerbang;
      await route.continue();
    });
    await p.goto(u(`instansi/${instansi.id}/`), { waitUntil: 'domcontentloaded' });
    const fig = p.locator('figure[data-grafik]').first();
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
    await p.waitForSelector('figure[data-digambar="ya"]', { timeout: 15_000 });
    expect(muat.length).toBe(1);
    expect(await posisiSetelah()).toBe(sebelum);
    await p.close();
  });

  it('cetak: grafik diganti tabel datanya', async () => {
    const { instansi } = laporanPertama();
    const p = await ctx.newPage();
    await p.goto(u(`instansi/${instansi.id}/`));
    const fig = p.locator('figure[data-grafik]').first();
    if ((await fig.count()) === 0) return;
    await p.emulateMedia({ media: 'print' });
    expect(await fig.locator('.kanvas').isVisible()).toBe(false);
    expect(await fig.locator('table').isVisible()).toBe(true);
    await p.emulateMedia({ media: 'screen' });
    await p.close();
  });

  it('fokus keyboard terlihat', async () => {
    const p = await ctx.newPage();
    await p.goto(u(''));
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    const outline = await p.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await p.close();
  });
});

describe('indeks data', () => {
  it('ada laporan untuk diuji', () => {
    expect(indeks().instansi.length).toBeGreaterThan(0);
  });
});

describe('BASE_PATH di peramban', () => {
  it('navigasi dan hasil pencarian berada di bawah base', { timeout: 600_000 }, async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { bangun } = await import('../site/bangun.ts');
    const d = mkdtempSync(join(tmpdir(), 'kt-base-browser-'));
    let s: Awaited<ReturnType<typeof sajikan>> | undefined;
    try {
      bangun(d, { BASE_PATH: '/kt/' }, true);
      s = await sajikan(d, '/kt/');
      const { instansi, tahun } = laporanPertama(d);
      const p = await ctx.newPage();
      await p.goto(s.url);
      await p.locator(`main a[href="/kt/instansi/${instansi.id}/"]`).first().click();
      await p.waitForURL(`**/kt/instansi/${instansi.id}/`);
      await p.goto(`${s.url}cari/?${new URLSearchParams({ q: instansi.singkatan, tahun: String(tahun) })}`);
      await p.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
      const href = await p.locator('#hasil-cari li a').first().getAttribute('href');
      expect(href).toMatch(/^\/kt\/instansi\//);
      await p.locator('#hasil-cari li a').first().click();
      await p.waitForURL('**/kt/instansi/**');
      expect(await p.locator('h1').count()).toBe(1);
      await p.close();
    } finally {
      await s?.tutup();
      rmSync(d, { recursive: true, force: true });
    }
  });
});
