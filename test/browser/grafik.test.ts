/**
 * Charts as a reader gets them from a shared link: the chart drawn is the one chosen in the URL
 * (read from the Chart.js instance itself, not from the table beside it), and what the download
 * buttons save belongs to that chart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { bukaChromium, DIST, sajikan } from './alat.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof sajikan>>;
let ctx: BrowserContext;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ belum ada: jalankan `npm run build` dahulu (npm test melakukannya).');
  browser = await bukaChromium();
  server = await sajikan();
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', acceptDownloads: true });
});

afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await server?.tutup();
});

interface DataBanding {
  indikator: {
    id: string;
    nama: string;
    seri: { instansi: string; singkatan: string; titik: { tahun: number; capaian: number | null }[] }[];
  }[];
}
const banding = () => JSON.parse(readFileSync(join(DIST, 'bandingkan', 'data.json'), 'utf8')) as DataBanding;

/**
 * The labels and datasets of the Chart.js instance drawn on a figure's canvas, read in the page from
 * the same chart.js module the page loaded (its Chart class keeps the registry of drawn charts).
 * Written as a string: Vite would rewrite an import() inside a function passed to the page.
 */
async function isiGrafik(p: Page, figur: string) {
  return (await p.evaluate(`(async () => {
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

async function siap(p: Page) {
  await p.waitForSelector('#form-banding[data-siap="ya"]', { timeout: 15_000 });
  await p.locator('#banding-indikator').scrollIntoViewIfNeeded();
  await p.waitForSelector('#banding-indikator[data-digambar="ya"]', { timeout: 15_000 });
  // a draw already under way when the choice arrived finishes after this point if it is stale
  await p.waitForTimeout(300);
}

async function unduhPng(p: Page): Promise<Download> {
  const [d] = await Promise.all([
    p.waitForEvent('download'),
    p.locator('#banding-indikator button[data-unduh="png"]').click(),
  ]);
  return d;
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
      datasets: [{ label: seri.singkatan, data: seri.titik.map((t) => t.capaian) }],
    };

    const p = await ctx.newPage();
    await p.goto(`${server.url}bandingkan/?indikator=${IND}&instansi=${INS}&besaran=capaian`);
    await siap(p);
    expect(await isiGrafik(p, '#banding-indikator')).toEqual(diharapkan);
    const judul = (await p.locator('#banding-indikator figcaption').textContent())!.trim();
    expect(judul).toContain(ind!.nama);
    const png = await unduhPng(p);
    const namaBerkas = png.suggestedFilename();
    // named after the chart shown: its title, in lowercase ASCII with hyphens
    expect(namaBerkas).toMatch(/^[a-z0-9-]{20,}\.png$/);
    expect(judul.toLowerCase().replace(/[^a-z0-9]+/g, '-')).toContain(namaBerkas.replace(/\.png$/, ''));
    const dariTautan = await bytes(png);
    await p.close();

    // the same choice made by hand on a fresh page (a path that always redraws) gives the same PNG
    const p2 = await ctx.newPage();
    await p2.goto(`${server.url}bandingkan/`);
    await siap(p2);
    await p2.locator('#pilih-indikator').selectOption(IND);
    for (const cb of await p2.locator('input[name="instansi"]').all())
      await cb.setChecked((await cb.getAttribute('value')) === INS);
    await p2.locator('input[name="besaran"][value="capaian"]').check();
    await p2.waitForFunction(() => location.search.includes('besaran=capaian'));
    await p2.waitForTimeout(300);
    expect(await isiGrafik(p2, '#banding-indikator')).toEqual(diharapkan);
    const png2 = await unduhPng(p2);
    expect(png2.suggestedFilename()).toBe(namaBerkas);
    expect(dariTautan.equals(await bytes(png2)), 'PNG dari tautan berbeda dengan PNG grafik yang sama').toBe(true);
    await p2.close();
  });
});
