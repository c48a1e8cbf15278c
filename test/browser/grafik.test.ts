/**
 * Charts as a reader gets them from a shared link: the chart drawn is the one chosen in the URL
 * (read from the Chart.js instance itself, not from the table beside it), and what the download
 * buttons save belongs to that chart.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { DIST, indeks, pasangPeramban } from './alat.ts';
import { barisCsv, bacaCsv } from '../helpers/csv.ts';

const uji = pasangPeramban();

interface DataBanding {
  indikator: {
    id: string;
    nama: string;
    seri: { instansi: string; label: string; titik: { tahun: number; capaian: number | null }[] }[];
  }[];
}
const banding = () => JSON.parse(readFileSync(join(DIST, 'bandingkan', 'data.json'), 'utf8')) as DataBanding;

/**
 * The labels and datasets of the Chart.js instance drawn on a figure's canvas, read in the page from
 * the same chart.js module the page loaded (its Chart class keeps the registry of drawn charts).
 * Written as a string: Vite would rewrite an import() inside a function passed to the page.
 */
async function isiGrafik(halaman: Page, figur: string) {
  return (await halaman.evaluate(`(async () => {
    const url = performance.getEntriesByType('resource').map((e) => e.name)
      .find((n) => /\\/_astro\\/chart\\.[^/]*\\.js$/.test(n));
    if (!url) throw new Error('chart.js belum dimuat');
    const m = await import(url);
    const Chart = Object.values(m).find((x) => typeof x === 'function' && 'getChart' in x);
    const c = Chart.getChart(document.querySelector(${JSON.stringify(figur + ' canvas')}));
    if (!c) return null;
    return {
      labels: c.data.labels.map(String),
      datasets: c.data.datasets.map((d) => ({ label: d.label, data: d.data })),
    };
  })()`)) as { labels: string[]; datasets: { label: string; data: (number | null)[] }[] } | null;
}

async function siap(halaman: Page) {
  await halaman.waitForSelector('#form-banding[data-siap="ya"]', { timeout: 15_000 });
  await halaman.locator('#banding-indikator').scrollIntoViewIfNeeded();
  await halaman.waitForSelector('#banding-indikator[data-digambar="ya"]', { timeout: 15_000 });
  // a draw already under way when the choice arrived finishes after this point if it is stale
  await halaman.waitForTimeout(300);
}

async function unduhPng(halaman: Page): Promise<Download> {
  const [unduhan] = await Promise.all([
    halaman.waitForEvent('download'),
    halaman.locator('#banding-indikator button[data-unduh="png"]').click(),
  ]);
  return unduhan;
}

const bytes = async (d: Download) => readFileSync((await d.path())!);

describe('tautan perbandingan yang dibagikan', () => {
  const IND = 'persentase-sdm-aparatur-memenuhi-standar-kompetensi-jabatan';
  const INS = 'bkd-provinsi-kalimantan-timur';

  it('halaman baru menggambar grafik pilihan di URL, dan PNG-nya grafik itu', async () => {
    const ind = banding().indikator.find((i) => i.id === IND);
    expect(ind, `indikator ${IND} ada di bandingkan/data.json`).toBeDefined();
    const seri = ind!.seri.find((s) => s.instansi === INS)!;
    const diharapkan = {
      labels: seri.titik.map((t) => String(t.tahun)),
      datasets: [{ label: seri.label, data: seri.titik.map((t) => t.capaian) }],
    };

    const halaman = await uji.ctx.newPage();
    await halaman.goto(`${uji.server.url}bandingkan/?indikator=${IND}&instansi=${INS}&besaran=capaian`);
    await siap(halaman);
    expect(await isiGrafik(halaman, '#banding-indikator')).toEqual(diharapkan);
    const judul = (await halaman.locator('#banding-indikator figcaption').textContent())!.trim();
    expect(judul).toContain(ind!.nama);
    const png = await unduhPng(halaman);
    const namaBerkas = png.suggestedFilename();
    // named after the chart shown: its title, in lowercase ASCII with hyphens
    expect(namaBerkas).toMatch(/^[a-z0-9-]{20,}\.png$/);
    expect(judul.toLowerCase().replace(/[^a-z0-9]+/g, '-')).toContain(namaBerkas.replace(/\.png$/, ''));
    const dariTautan = await bytes(png);
    await halaman.close();

    // the same choice made by hand on a fresh page (a path that always redraws) gives the same PNG
    const halamanKedua = await uji.ctx.newPage();
    await halamanKedua.goto(`${uji.server.url}bandingkan/`);
    await siap(halamanKedua);
    await halamanKedua.locator('#pilih-indikator').selectOption(IND);
    for (const cb of await halamanKedua.locator('input[name="instansi"]').all())
      await cb.setChecked((await cb.getAttribute('value')) === INS);
    await halamanKedua.locator('input[name="besaran"][value="capaian"]').check();
    await halamanKedua.waitForFunction(() => location.search.includes('besaran=capaian'));
    await halamanKedua.waitForTimeout(300);
    expect(await isiGrafik(halamanKedua, '#banding-indikator')).toEqual(diharapkan);
    const png2 = await unduhPng(halamanKedua);
    expect(png2.suggestedFilename()).toBe(namaBerkas);
    expect(dariTautan.equals(await bytes(png2)), 'PNG dari tautan berbeda dengan PNG grafik yang sama').toBe(true);
    await halamanKedua.close();
  });
});

/** Records the text drawn on each canvas; when one is exported, keeps its size and its text. */
function rekamTeksKanvas() {
  const tulisan = new WeakMap<HTMLCanvasElement, { teks: string; font: string; x: number; lebar: number }[]>();
  const asli = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, teks, absis, ordinat, maks) {
    const daftar = tulisan.get(this.canvas) ?? [];
    const kiri = this.textAlign === 'right' || this.textAlign === 'end' ? absis - this.measureText(teks).width : absis;
    daftar.push({ teks, font: this.font, x: kiri, lebar: this.measureText(teks).width });
    tulisan.set(this.canvas, daftar);
    return asli.call(this, teks, absis, ordinat, maks);
  };
  const keData = HTMLCanvasElement.prototype.toDataURL;
  HTMLCanvasElement.prototype.toDataURL = function (
    this: HTMLCanvasElement,
    ...argumen: Parameters<HTMLCanvasElement['toDataURL']>
  ) {
    (window as unknown as { __png: unknown }).__png = {
      lebar: this.width,
      tinggi: this.height,
      teks: tulisan.get(this) ?? [],
    };
    return keData.apply(this, argumen);
  };
}

interface TeksPng {
  lebar: number;
  tinggi: number;
  teks: { teks: string; font: string; x: number; lebar: number }[];
}
const rapat = (s: string) => s.replace(/\s+/g, '');

describe('unduhan grafik', () => {
  it('PNG memuat judul, instansi, tahun, sumber dengan alamat halaman, dan tanggal, terbaca pada ukurannya', async () => {
    const IND = 'persentase-sdm-aparatur-memenuhi-standar-kompetensi-jabatan';
    const seri = banding()
      .indikator.find((i) => i.id === IND)!
      .seri.find((s) => s.instansi === 'bkd-provinsi-kalimantan-timur')!;
    const konteks = await uji.browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'id-ID' });
    await konteks.addInitScript(rekamTeksKanvas);
    const halaman = await konteks.newPage();
    await halaman.goto(`${uji.server.url}bandingkan/?indikator=${IND}&instansi=${seri.instansi}&besaran=capaian`);
    await siap(halaman);
    // the caption's own text, without the note beside it
    const judul = await halaman
      .locator('#banding-indikator figcaption')
      .evaluate((e) => e.firstChild!.textContent!.trim());
    const png = await unduhPng(halaman);
    const isi = await bytes(png);
    const png_ = (await halaman.evaluate(() => (window as unknown as { __png: unknown }).__png)) as TeksPng;
    // the file is the canvas recorded: its size is in the PNG header (IHDR)
    expect([isi.readUInt32BE(16), isi.readUInt32BE(20)]).toEqual([png_.lebar, png_.tinggi]);
    // the same size whatever the screen: made for sharing, not a copy of a phone's canvas
    expect(png_.lebar).toBeGreaterThanOrEqual(1000);
    const semua = rapat(png_.teks.map((t) => t.teks).join(''));
    const tahun = seri.titik.map((t) => t.tahun);
    const alamat = `https://kinerja-terbuka.github.io/bandingkan/?indikator=${IND}&instansi=${seri.instansi}&besaran=capaian#banding-indikator`;
    const hariIni = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date());
    for (const harus of [
      judul,
      seri.label,
      `${Math.min(...tahun)}–${Math.max(...tahun)}`,
      `Sumber: ${indeks().situs} · ${alamat}`,
      hariIni,
    ])
      expect(semua, `PNG tanpa "${harus}"`).toContain(rapat(harus));
    // readable at the PNG's size: no text under 14 px, and none runs off the image
    for (const tulisan of png_.teks) {
      expect(Number(/(\d+(?:\.\d+)?)px/.exec(tulisan.font)?.[1]), tulisan.teks).toBeGreaterThanOrEqual(14);
      expect(tulisan.x, tulisan.teks).toBeGreaterThanOrEqual(0);
      expect(tulisan.x + tulisan.lebar, tulisan.teks).toBeLessThanOrEqual(png_.lebar);
    }
    await konteks.close();
  });

  async function unduhCsv(halaman: Page, figur: string) {
    const [unduhan] = await Promise.all([
      halaman.waitForEvent('download'),
      halaman.locator(`${figur} button[data-unduh="csv"]`).click(),
    ]);
    return barisCsv(readFileSync((await unduhan.path())!, 'utf8').replace(/^\ufeff/, ''));
  }
  /** Every number cell: no float noise, and one number of decimals per column. */
  function periksaAngka(baris: string[][]) {
    for (let kolom = 1; kolom < baris[0]!.length; kolom++) {
      const sel = baris
        .slice(1)
        .map((b) => b[kolom]!)
        .filter(Boolean);
      for (const nilai of sel) expect(nilai).toMatch(/^-?\d+(\.\d{1,6})?$/);
      expect(new Set(sel.map((v) => v.split('.')[1]?.length ?? 0)).size, `kolom ${baris[0]![kolom]}`).toBe(1);
    }
  }

  it('CSV grafik: angka tanpa derau pecahan dengan presisi tercetak, label utuh', async () => {
    const halaman = await uji.ctx.newPage();
    await halaman.goto(`${uji.server.url}bandingkan/`);
    for (const fig of await halaman.locator('figure[data-grafik]').all()) {
      const id = await fig.getAttribute('id');
      await fig.scrollIntoViewIfNeeded();
      periksaAngka(await unduhCsv(halaman, `#${id}`));
    }
    const bontang = 'bkpsdm-kota-bontang';
    await halaman.goto(`${uji.server.url}instansi/${bontang}/`);
    // SAKIP scores as printed (62,67 is 62.66999999999999 in floating point)
    const sakip = await unduhCsv(halaman, `#sakip-${bontang}`);
    periksaAngka(sakip);
    expect(sakip.slice(1).map((b) => b[1])).toContain('62.67');

    // a report's capaian chart: its categories are the indicators' full names, as in the open data
    const nama = bacaCsv(readFileSync(join(DIST, 'data', 'indikator.csv'), 'utf8'))
      .filter((b) => b.instansi === 'bkd-kota-blitar' && b.tahun === '2021' && b.jenis === 'pengukuran' && b.capaian)
      .map((b) => b.indikator);
    expect(
      nama.some((n) => n!.length > 48),
      'ada nama indikator yang panjang',
    ).toBe(true);
    await halaman.goto(`${uji.server.url}instansi/bkd-kota-blitar/2021/`);
    const capaian = await unduhCsv(halaman, '#capaian-bkd-kota-blitar-2021');
    periksaAngka(capaian);
    expect(capaian.slice(1).map((b) => b[0])).toEqual(nama);
    await halaman.close();
  });
});

describe('label instansi yang unik', () => {
  // In the corpus "BKD" is BKD Kota Blitar's acronym, BKD Prov. Kaltim's, and BKPSDM Bontang's before 2016
  const polos = (teks: string[]) => teks.filter((t) => /(^|\s)BKD$/.test(t.trim()));

  it('legenda grafik, pilihan instansi dan kartu tidak memakai "BKD" polos', async () => {
    const halaman = await uji.ctx.newPage();
    await halaman.goto(`${uji.server.url}bandingkan/`);
    await siap(halaman);
    const legenda: string[] = [];
    for (const id of ['#banding-indikator', '#banding-distribusi', '#banding-serapan']) {
      await halaman.locator(id).scrollIntoViewIfNeeded();
      await halaman.waitForSelector(`${id}[data-digambar="ya"]`, { timeout: 15_000 });
      const grafik = (await isiGrafik(halaman, id))!;
      legenda.push(...grafik.datasets.map((d) => d.label), ...grafik.labels.map((l) => l.replace(/ \d{4}$/, '')));
    }
    const kotak = (await halaman.locator('#pilih-instansi label').allTextContents()).map((t) => t.trim());
    const distribusi = (await isiGrafik(halaman, '#banding-distribusi'))!.datasets.map((d) => d.label);
    expect(new Set(distribusi).size).toBe(distribusi.length);
    expect(distribusi.some((l) => l.includes('Blitar'))).toBe(true);
    expect(polos([...legenda, ...kotak])).toEqual([]);

    await halaman.goto(uji.server.url);
    const kartu = await halaman.locator('#terbaru ~ ul .kartu h3').allTextContents();
    const tautan = await halaman.locator('main a[aria-label^="LKjIP"]').evaluateAll((a) => a.map((x) => x.ariaLabel!));
    expect(kartu.length).toBeGreaterThan(0);
    expect(polos([...kartu, ...tautan])).toEqual([]);
    await halaman.close();
  });
});
