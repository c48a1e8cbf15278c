/**
 * Sharing and accountability in the built dist/: Open Graph and Twitter tags on every page, each report's
 * preview image (a 1200 × 630 PNG whose agency name is drawn where it was laid out), the embed pages
 * (the very chart of their page, no site chrome, the only pages `_headers` lets other sites frame).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { halamanHtml, jalurHalaman } from './alat.ts';
import { muatKonten } from '../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../src/core/hitung/korpus.ts';
import { labelInstansi } from '../../src/core/tampilan/label-instansi.ts';
import { pratinjauLaporan } from '../../src/core/tampilan/bagikan.ts';
import { gambarPratinjau, kartuLaporan } from '../../src/lib/bagikan.ts';

const DIST = resolve('dist');
const ada = existsSync(join(DIST, 'index.html'));
const baca = (p: string) => readFileSync(join(DIST, p), 'utf8');
const atribut = (html: string, nama: string) =>
  new RegExp(`<meta (?:property|name)="${nama}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');

/** A PNG's size from its header, and its pixels (RGBA) drawn by resvg from the file itself. */
function bacaPng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const lebar = png.readUInt32BE(16);
  const tinggi = png.readUInt32BE(20);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${lebar}" height="${tinggi}"><image ` +
    `href="data:image/png;base64,${png.toString('base64')}" width="${lebar}" height="${tinggi}"/></svg>`;
  return { lebar, tinggi, piksel: new Resvg(svg).render().pixels };
}

/** How many dark pixels (text) a box holds. */
function tinta(
  gambar: ReturnType<typeof bacaPng>,
  kotak: { left: number; top: number; width: number; height: number },
) {
  let jumlah = 0;
  for (
    let baris = Math.max(0, Math.floor(kotak.top));
    baris < Math.min(gambar.tinggi, kotak.top + kotak.height);
    baris++
  )
    for (
      let kolom = Math.max(0, Math.floor(kotak.left));
      kolom < Math.min(gambar.lebar, kotak.left + kotak.width);
      kolom++
    ) {
      const letak = (baris * gambar.lebar + kolom) * 4;
      if (gambar.piksel[letak]! + gambar.piksel[letak + 1]! + gambar.piksel[letak + 2]! < 3 * 110) jumlah++;
    }
  return jumlah;
}

describe.skipIf(!ada)('bagikan (sharing)', () => {
  const halaman = halamanHtml(DIST).filter((f) => !jalurHalaman(DIST, f).startsWith('/sematkan/'));

  it('every page has Open Graph and Twitter card tags, and its preview image is a published PNG', () => {
    const kurang: string[] = [];
    for (const berkas of halaman) {
      const html = readFileSync(berkas, 'utf8');
      const jalur = jalurHalaman(DIST, berkas);
      for (const properti of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image'])
        if (!atribut(html, properti)) kurang.push(`${jalur}: ${properti}`);
      const gambar = atribut(html, 'og:image');
      if (gambar && !existsSync(join(DIST, new URL(gambar).pathname))) kurang.push(`${jalur}: ${gambar} tidak ada`);
    }
    expect(halaman.length).toBeGreaterThan(10);
    expect(kurang).toEqual([]);
  });

  it('a report page shares its own preview image, URL and title', () => {
    const ix = JSON.parse(baca('data/index.json')) as { instansi: { id: string; laporan: { tahun: number }[] }[] };
    for (const instansi of ix.instansi)
      for (const laporan of instansi.laporan) {
        const html = baca(`instansi/${instansi.id}/${laporan.tahun}/index.html`);
        expect(new URL(atribut(html, 'og:image')!).pathname).toBe(
          `/pratinjau/instansi/${instansi.id}/${laporan.tahun}.png`,
        );
        expect(new URL(atribut(html, 'og:url')!).pathname).toBe(`/instansi/${instansi.id}/${laporan.tahun}/`);
        expect(atribut(html, 'og:title')).toContain(String(laporan.tahun));
      }
  });

  it("each report's preview is a 1200 × 630 PNG with the agency's name drawn where it was laid out", async () => {
    const hasilHitung = hitungKorpus(muatKonten(resolve('.')).korpus);
    const label = labelInstansi(hasilHitung.korpus);
    expect(hasilHitung.laporan.length).toBeGreaterThan(0);
    for (const laporan of hasilHitung.laporan) {
      const id = laporan.instansi.data.id;
      const gambar = bacaPng(
        readFileSync(join(DIST, `pratinjau/instansi/${id}/${laporan.terhitung.laporan.tahun}.png`)),
      );
      expect([gambar.lebar, gambar.tinggi]).toEqual([1200, 630]);
      const kartu = kartuLaporan(pratinjauLaporan(laporan, label.get(id)!), hasilHitung.korpus.situs.nama);
      const { teks } = await gambarPratinjau(kartu);
      const nama = teks.find((t) => t.teks === laporan.instansi.data.nama);
      expect(nama, `${id}: nama instansi pada gambar`).toBeDefined();
      expect(teks.some((t) => t.teks.includes(String(laporan.terhitung.laporan.tahun)))).toBe(true);
      // the name's box is inked in the published image; the empty band between title and figures is not
      expect(tinta(gambar, nama!)).toBeGreaterThan(nama!.width * 2);
      const bawahJudul = nama!.top + nama!.height;
      const baris = teks.find((t) => t.teks.startsWith('•'))!;
      expect(tinta(gambar, { left: 0, top: bawahJudul + 4, width: 1200, height: baris.top - bawahJudul - 8 })).toBe(0);
    }
  });
});

describe.skipIf(!ada)('sematkan (embedding)', () => {
  const dataGrafik = (html: string) =>
    new Map(
      [...html.matchAll(/<figure class="grafik" id="([^"]+)" data-grafik="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
    );

  it("every chart's embed control leads to a page with the very same chart and no site chrome", () => {
    let diperiksa = 0;
    for (const berkas of halaman()) {
      const html = readFileSync(berkas, 'utf8');
      const grafik = dataGrafik(html);
      for (const cocok of html.matchAll(/<a href="\/sematkan\/([^"/]+)\/">Lihat halaman sematan/g)) {
        const sematan = baca(`sematkan/${cocok[1]}/index.html`);
        expect(dataGrafik(sematan).get(cocok[1]!), `${jalurHalaman(DIST, berkas)} → ${cocok[1]}`).toBe(
          grafik.get(cocok[1]!),
        );
        expect(sematan).not.toMatch(/<header|<nav|<footer|class="kepala"|class="kaki"/);
        expect(sematan).toContain('<table');
        expect(sematan).toContain('<meta name="robots" content="noindex">');
        diperiksa++;
      }
    }
    expect(diperiksa).toBeGreaterThan(5);
  });

  it('every chart on a report page can be embedded', () => {
    const laporan = halaman().filter((f) => /instansi\/[^/]+\/\d{4}\/index\.html$/.test(f));
    for (const berkas of laporan) {
      const html = readFileSync(berkas, 'utf8');
      for (const id of dataGrafik(html).keys()) expect(html, id).toContain(`href="/sematkan/${id}/"`);
    }
  });

  it('_headers lets other sites frame /sematkan/ only; the sitemap leaves the embed pages out', () => {
    const teks = baca('_headers');
    const blok = teks.split(/\n(?=\/)/).slice(1);
    const atas = new Set(
      halaman()
        .map((f) => jalurHalaman(DIST, f).split('/')[1]!)
        .filter((a) => !a.includes('.')),
    );
    for (const bagian of atas) {
      const aturan = blok.find((x) => x.startsWith(bagian ? `/${bagian}/*` : '/\n'));
      expect(aturan, bagian).toContain("frame-ancestors 'none'");
    }
    expect(blok.find((x) => x.startsWith('/sematkan/*'))).toContain('frame-ancestors *');
    const peta = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(peta).toContain('/instansi/');
    expect(peta).not.toContain('/sematkan/');
  });

  function halaman() {
    return halamanHtml(DIST).filter((f) => !jalurHalaman(DIST, f).startsWith('/sematkan/'));
  }
});
