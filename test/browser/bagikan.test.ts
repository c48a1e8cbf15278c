/**
 * Sharing and accountability in Chromium, each page opened fresh: another site can frame an embed page but
 * no other page (the headers `_headers` sets, served as a host that reads it would); the feeds parse as
 * XML and list every report; the citation gets the reader's access date and copies; the embed control's
 * code copies; every page's preview tags point to images that exist; a report's history lists the real
 * commits of its files, and a site built from a shallow clone says the history is not available; the
 * "Laporkan kesalahan" link opens an issue filled in with the agency, year and source; the new pages pass
 * axe-core (WCAG 2.2 AA) at 375 and 1366 px without sideways scrolling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, indeks, laporanPertama, pasangPeramban, pelanggaranAxe, sajikan } from './alat.ts';
import { jenisHalaman } from './halaman.ts';
import { BATAS_UJI_BANGUN, bangun } from '../site/bangun.ts';

const uji = pasangPeramban();
const alamatSitus = (jalur: string) => uji.server.url + jalur;
const sematanPertama = () => readdirSync(join(DIST, 'sematkan')).sort()[0]!;

describe('bingkai (framing by another site)', () => {
  let lain: Server;
  let asalLain: string;
  beforeAll(async () => {
    // another origin (another port) whose page frames an embed page and a report page of the site
    lain = createServer((req, res) => {
      const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Situs lain</title><iframe id="b" src="${src}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((ok) => lain.listen(0, '127.0.0.1', ok));
    asalLain = `http://localhost:${(lain.address() as { port: number }).port}/`;
  });
  afterAll(() => new Promise<void>((ok) => lain.close(() => ok())));

  async function bingkai(jalur: string) {
    const halaman = await uji.ctx.newPage();
    await halaman.goto(`${asalLain}?src=${encodeURIComponent(alamatSitus(jalur))}`);
    await halaman.waitForTimeout(1500);
    const bingkaiDalam = halaman.frames().find((x) => x !== halaman.mainFrame())!;
    const isi = bingkaiDalam.url().startsWith('http')
      ? await bingkaiDalam.evaluate(() => document.body?.innerHTML ?? '').catch(() => '')
      : '';
    await halaman.close();
    return { url: bingkaiDalam.url(), isi };
  }

  it('an embed page shows its chart inside another site', async () => {
    const hasil = await bingkai(`sematkan/${sematanPertama()}/`);
    expect(hasil.url).toBe(alamatSitus(`sematkan/${sematanPertama()}/`));
    expect(hasil.isi).toContain('class="grafik"');
  });

  it('a report page refuses to be framed', async () => {
    const { instansi, tahun } = laporanPertama();
    const hasil = await bingkai(`instansi/${instansi.id}/${tahun}/`);
    expect(hasil.isi).not.toContain(instansi.nama);
    expect(hasil.url).not.toBe(alamatSitus(`instansi/${instansi.id}/${tahun}/`));
  });
});

describe('umpan (feeds)', () => {
  async function bacaUmpan(halaman: Page, jalur: string) {
    return halaman.evaluate(async (url) => {
      const xml = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        galat: doc.querySelector('parsererror')?.textContent ?? null,
        elemenUtama: doc.documentElement.nodeName,
        item: [...doc.querySelectorAll('channel > item')].map((i) => ({
          link: i.querySelector('link')?.textContent ?? '',
          judul: i.querySelector('title')?.textContent ?? '',
        })),
      };
    }, alamatSitus(jalur));
  }

  it("the site's feed is well-formed XML (RSS 2.0) with an item per published report; each agency's lists its own", async () => {
    const halaman = await uji.ctx.newPage();
    await halaman.goto(alamatSitus(''));
    const umpan = await halaman
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((e) => e.map((x) => x.getAttribute('href')));
    expect(umpan).toEqual(['/rss.xml']);
    const ix = indeks();
    const situs = await bacaUmpan(halaman, 'rss.xml');
    expect(situs.galat).toBeNull();
    expect(situs.elemenUtama).toBe('rss');
    const semua = ix.instansi.flatMap((i) => i.laporan.map((l) => `/instansi/${i.id}/${l.tahun}/`));
    expect(situs.item.map((i) => new URL(i.link).pathname).sort()).toEqual(semua.sort());
    for (const instansi of ix.instansi) {
      const umpanInstansi = await bacaUmpan(halaman, `instansi/${instansi.id}/rss.xml`);
      expect(umpanInstansi.galat).toBeNull();
      expect(umpanInstansi.item.map((x) => new URL(x.link).pathname).sort()).toEqual(
        instansi.laporan.map((l) => `/instansi/${instansi.id}/${l.tahun}/`).sort(),
      );
    }
    await halaman.close();
  });

  it("an agency's pages link its feed beside the site's", async () => {
    const { instansi, tahun } = laporanPertama();
    const halaman = await uji.ctx.newPage();
    await halaman.goto(alamatSitus(`instansi/${instansi.id}/${tahun}/`));
    const umpan = await halaman
      .locator('link[rel="alternate"]')
      .evaluateAll((e) => e.map((x) => x.getAttribute('href')));
    expect(umpan).toEqual(['/rss.xml', `/instansi/${instansi.id}/rss.xml`]);
    await halaman.close();
  });
});

describe('kutip dan sematkan (cite and embed)', () => {
  const hariIni = () =>
    new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

  it("the citation gets the reader's access date and copies with the permalink", async () => {
    const { instansi, tahun } = laporanPertama();
    const ctx = await uji.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const halaman = await ctx.newPage();
    await halaman.goto(alamatSitus(`instansi/${instansi.id}/${tahun}/`));
    const apa = halaman.locator('#kutip-apa');
    await expect.poll(() => apa.textContent()).toContain(hariIni());
    await halaman.locator('button[data-salin="kutip-apa"]').click();
    const salinan = await halaman.evaluate(() => navigator.clipboard.readText());
    expect(salinan).toContain(`/instansi/${instansi.id}/${tahun}/`);
    expect(salinan).toContain(instansi.nama);
    expect(salinan).toContain(hariIni());
    expect(salinan).not.toContain('[tanggal akses]');
    await expect.poll(() => halaman.locator('.kutipan + .catatan .status-salin').textContent()).toContain('Tersalin');
    await ctx.close();
  });

  it('without JavaScript the citation is readable text with a place for the date, and no dead buttons', async () => {
    const { instansi, tahun } = laporanPertama();
    const ctx = await uji.browser.newContext({ javaScriptEnabled: false });
    const halaman = await ctx.newPage();
    await halaman.goto(alamatSitus(`instansi/${instansi.id}/${tahun}/`));
    expect(await halaman.locator('#kutip-biasa').textContent()).toMatch(
      /\/instansi\/.+ \(diakses \[tanggal akses\]\)\./,
    );
    expect(await halaman.locator('button[data-salin]:visible').count()).toBe(0);
    await ctx.close();
  });

  it("a chart's embed control shows the iframe code of its embed page, and copies it", async () => {
    const { instansi, tahun } = laporanPertama();
    const ctx = await uji.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const halaman = await ctx.newPage();
    await halaman.goto(alamatSitus(`instansi/${instansi.id}/${tahun}/`));
    const fig = halaman.locator('figure.grafik').first();
    const id = await fig.getAttribute('id');
    await fig.locator('details.sematkan summary').click();
    const kode = await fig.locator('textarea').inputValue();
    expect(kode).toMatch(new RegExp(`^<iframe src="https?://[^"]+/sematkan/${id}/" title="[^"]+"`));
    await fig.locator('button[data-salin]').click();
    expect(await halaman.evaluate(() => navigator.clipboard.readText())).toBe(kode);
    await ctx.close();
  });

  it('an embed page opened fresh draws its chart, with its table and no site chrome', async () => {
    const halaman = await uji.ctx.newPage();
    await halaman.goto(alamatSitus(`sematkan/${sematanPertama()}/`));
    await halaman.waitForSelector('figure[data-digambar="ya"]', { timeout: 15_000 });
    expect(await halaman.locator('header, nav, footer').count()).toBe(0);
    expect(await halaman.locator('figure table').count()).toBe(1);
    await halaman.close();
  });
});

describe('halaman baru (the new pages)', () => {
  const baru = () => jenisHalaman().filter((h) => ['laporan', 'riwayat', 'terbitan', 'sematkan'].includes(h.nama));

  it('axe-core finds no WCAG 2.2 AA violation at 375 and 1366 px, and nothing scrolls sideways at 375', async () => {
    expect(baru()).toHaveLength(4);
    const hasil: string[] = [];
    for (const lebar of [375, 1366]) {
      const konteks = await uji.browser.newContext({ viewport: { width: lebar, height: 900 }, bypassCSP: true });
      for (const jenis of baru()) {
        const halaman = await konteks.newPage();
        await halaman.goto(alamatSitus(jenis.jalur));
        // the embed code and the chart data open, as a reader would open them
        for (const rincian of await halaman.locator('details.sematkan, details.data-grafik').all())
          await rincian.evaluate((e) => ((e as HTMLDetailsElement).open = true));
        await halaman.waitForTimeout(300);
        for (const pelanggaran of await pelanggaranAxe(halaman)) hasil.push(`${jenis.nama} ${lebar}: ${pelanggaran}`);
        const lebarIsi = await halaman.evaluate(() => document.documentElement.scrollWidth);
        if (lebarIsi > lebar) hasil.push(`${jenis.nama} ${lebar}: ${lebarIsi}px`);
        await halaman.close();
      }
      await konteks.close();
    }
    expect(hasil).toEqual([]);
  });
});

describe('pratinjau (preview tags), opened fresh', () => {
  it("every page type's og:image and twitter:image are a 1200 × 630 PNG that the site serves", async () => {
    const hasil: string[] = [];
    // an embed page is for iframes: noindex, its canonical link is the page it comes from, which has the tags
    for (const jenis of jenisHalaman().filter((x) => !['404', 'sematkan'].includes(x.nama))) {
      const halaman = await uji.ctx.newPage();
      await halaman.goto(alamatSitus(jenis.jalur));
      const meta = (nama: string) =>
        halaman.locator(`meta[property="${nama}"], meta[name="${nama}"]`).first().getAttribute('content');
      const og = await meta('og:image');
      const tw = await meta('twitter:image');
      expect(await meta('twitter:card'), jenis.nama).toBe('summary_large_image');
      expect(tw, jenis.nama).toBe(og);
      const alamat = new URL((await meta('og:url')) ?? '');
      expect(alamat.pathname, jenis.nama).toBe(`/${jenis.jalur}`);
      // the tags name the public address; the same path must be an image on this build
      const gambar = new URL(og!);
      expect(gambar.origin, jenis.nama).toBe(alamat.origin);
      const jawaban = await halaman.request.get(alamatSitus(gambar.pathname.slice(1)));
      const png = Buffer.from(await jawaban.body());
      if (jawaban.status() !== 200 || jawaban.headers()['content-type'] !== 'image/png')
        hasil.push(`${jenis.nama}: ${og} ${jawaban.status()}`);
      else if (png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630) hasil.push(`${jenis.nama}: ukuran ${og}`);
      await halaman.close();
    }
    expect(hasil).toEqual([]);
  });
});

describe('riwayat (history) from the real repository', () => {
  it("a report's history page lists the commits that changed its file, newest first, with their dates", async () => {
    const { instansi, tahun } = laporanPertama();
    const log = execFileSync(
      'git',
      ['log', '--format=%h %cs', '--', `content/instansi/${instansi.id}/${tahun}/lkjip.json`],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .map((b) => b.split(' '));
    expect(log.length).toBeGreaterThan(0);
    const halaman = await uji.ctx.newPage();
    await halaman.goto(alamatSitus(`instansi/${instansi.id}/${tahun}/riwayat/`));
    // this checkout itself shallow (a CI clone with depth 1): the page must say so, as the next block tests
    if (execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true') {
      expect(await halaman.locator('main').textContent()).toContain('Riwayat tidak tersedia');
      return halaman.close();
    }
    const baris = await halaman.locator('ol.riwayat > li').evaluateAll((e) =>
      e.map((li) => ({
        sha: li.querySelector('code')?.textContent ?? '',
        tanggal: li.querySelector('time')?.getAttribute('datetime'),
      })),
    );
    // every commit of the report file is listed (others touching its catalogue or narrative may be too)
    for (const [sha, tanggal] of log)
      expect(baris).toContainEqual({ sha: expect.stringMatching(new RegExp(`^${sha}`)), tanggal });
    const tanggal = baris.map((b) => b.tanggal!);
    expect(tanggal).toEqual([...tanggal].sort().reverse());
    await halaman.close();
  });
});

describe('situs dari klon dangkal dengan repositori (a shallow clone that names its repository)', () => {
  const REPO = 'https://github.com/contoh/kinerja-contoh';
  const kerja = mkdtempSync(join(tmpdir(), 'kt-dangkal-'));
  const klon = join(kerja, 'klon');
  const keluar = join(kerja, 'dist');
  let server: Awaited<ReturnType<typeof sajikan>>;
  let ctx: BrowserContext;
  beforeAll(async () => {
    // CI checks out with depth 1 unless told otherwise: the same committed content, one commit deep
    execFileSync('git', ['clone', '-q', '--depth', '1', '--no-local', `file://${resolve('.')}`, klon]);
    const berkas = join(klon, 'content/situs.json');
    writeFileSync(berkas, JSON.stringify({ ...JSON.parse(readFileSync(berkas, 'utf8')), repositori: REPO }));
    bangun(keluar, { KINERJA_KONTEN: klon });
    server = await sajikan(keluar);
    // its own context, closed before the server so that no kept-alive connection holds it open
    ctx = await uji.browser.newContext();
  }, BATAS_UJI_BANGUN);
  afterAll(async () => {
    await ctx?.close();
    await server?.tutup();
    rmSync(kerja, { recursive: true, force: true });
  });

  it('the history page and the report say the history is not available, instead of failing', async () => {
    const { instansi, tahun } = laporanPertama(keluar);
    const halaman = await ctx.newPage();
    const jawaban = await halaman.goto(server.url + `instansi/${instansi.id}/${tahun}/riwayat/`);
    expect(jawaban?.status()).toBe(200);
    await expect.poll(() => halaman.locator('main').textContent()).toContain('Riwayat tidak tersedia');
    expect(await halaman.locator('ol.riwayat').count()).toBe(0);
    await halaman.goto(server.url + `instansi/${instansi.id}/${tahun}/`);
    expect(await halaman.locator('#riwayat + p').textContent()).toContain('tidak tersedia');
    await halaman.close();
  });

  it('"Laporkan kesalahan" opens a new issue filled in with the agency, year, source document and page', async () => {
    const { instansi, tahun } = laporanPertama(keluar);
    const lkjip = JSON.parse(readFileSync(join(klon, `content/instansi/${instansi.id}/${tahun}/lkjip.json`), 'utf8'));
    const halaman = await ctx.newPage();
    await halaman.goto(server.url + `instansi/${instansi.id}/${tahun}/`);
    const tautan = halaman.locator('a.laporkan').first();
    await expect.poll(() => tautan.textContent()).toContain('Laporkan kesalahan');
    const href = new URL((await tautan.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(`${REPO}/issues/new`);
    const judul = href.searchParams.get('title')!;
    const isi = href.searchParams.get('body')!;
    expect(judul).toContain(`LKjIP ${tahun}`);
    expect(isi).toContain(`**Instansi:** ${instansi.nama}`);
    expect(isi).toContain(`**Tahun:** ${tahun}`);
    expect(isi).toContain(`**Letak di dokumen sumber:** ${lkjip.sumber.judul}`);
    expect(isi).toContain(`/instansi/${instansi.id}/${tahun}/`);
    await halaman.close();
  });
});
