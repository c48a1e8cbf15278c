/**
 * Search quality on the built site, through the search page as a reader uses it: the fixed queries of
 * test/helpers/kueri-cari.ts and their expected first results, no match on a single character or a
 * stray symbol, and snippets whose words from different elements stay apart.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fragmen, pasangPeramban } from './alat.ts';
import { KUERI_CARI } from '../helpers/kueri-cari.ts';

const uji = pasangPeramban();

/**
 * Words of two elements run together: "PolaritasMakin", "2295–2313)KomponenKualifikasi". A printed
 * number or code (digits and slashes, such as '119/DP-korpriXii/2021') is left alone.
 */
const kataMenyatu = (teks: string) =>
  teks
    .split(/\s+/)
    .filter((w) => !(/\d/.test(w) && w.includes('/')))
    .filter((w) => w.split(/[^\p{L}]+/u).some((b) => /\p{Ll}{2}\p{Lu}\p{Ll}{2}/u.test(b)));

/** The search page's results for a query: paths in order (every page of them) and excerpts. */
async function cari(halaman: Page, kueri: string) {
  await halaman.goto(`${uji.server.url}cari/?q=${encodeURIComponent(kueri)}`);
  await halaman.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
  const lagi = halaman.getByRole('button', { name: /hasil berikutnya/ });
  while (await lagi.isVisible()) {
    const jumlah = await halaman.locator('#hasil-cari li').count();
    await lagi.click();
    await halaman.waitForFunction((n) => document.querySelectorAll('#hasil-cari li').length > n, jumlah);
  }
  return {
    jalur: await halaman
      .locator('#hasil-cari li h2 a')
      .evaluateAll((a) => a.map((x) => new URL((x as HTMLAnchorElement).href).pathname)),
    kutipan: await halaman.locator('#hasil-cari li > p:not(.meta)').allTextContents(),
    status: (await halaman.locator('#status-cari').textContent()) ?? '',
  };
}

describe('kueri tetap pada situs yang dibangun', () => {
  for (const kasus of KUERI_CARI)
    it(`"${kasus.q}": ${kasus.mengapa}`, async () => {
      const halaman = await uji.ctx.newPage();
      const hasil = await cari(halaman, kasus.q);
      if (kasus.jumlah === 0) {
        expect(hasil.jalur).toEqual([]);
        expect(hasil.status).toMatch(/Tidak ada hasil|sekurangnya dua huruf/);
      }
      let awal = 0;
      for (const grup of kasus.awal ?? []) {
        expect(
          hasil.jalur.slice(awal, awal + grup.length).sort(),
          `hasil ke-${awal + 1}–${awal + grup.length}`,
        ).toEqual([...grup].sort());
        awal += grup.length;
      }
      expect(hasil.kutipan.flatMap(kataMenyatu), 'kata dari elemen berbeda menyatu').toEqual([]);
      await halaman.close();
    });
});

describe('filter instansi', () => {
  it('pilihannya memakai label pendek yang unik, nilainya tetap nama lengkap', async () => {
    const halaman = await uji.ctx.newPage();
    await cari(halaman, 'kepegawaian');
    const pilihan = await halaman
      .locator('#filter-instansi option')
      .evaluateAll((o) => o.map((x) => [(x as HTMLOptionElement).value, x.textContent!.replace(/ \(\d+\)$/, '')]));
    expect(pilihan).toContainEqual(['Badan Kepegawaian Daerah Kota Blitar', 'BKD Kota Blitar']);
    expect(pilihan).toContainEqual(['Badan Kepegawaian Daerah Provinsi Kalimantan Timur', 'BKD Prov. Kaltim']);
    await halaman.close();
  });
});

describe('indeks pencarian', () => {
  it('teks yang diindeks memisahkan kata dari elemen berbeda, dan tidak memuat kata satu huruf', () => {
    for (const bundel of ['pagefind', 'pagefind-ringkas'])
      for (const potongan of fragmen(bundel)) {
        expect(kataMenyatu(potongan.content), `${bundel} ${potongan.url}`).toEqual([]);
        // a word Pagefind indexes is what remains of a whitespace-separated token once its
        // punctuation is gone: none may be a single letter or digit
        const satu = potongan.content.split(/\s+/).filter((t) => t.replace(/[^\p{L}\p{N}]/gu, '').length === 1);
        expect(satu, `${bundel} ${potongan.url}`).toEqual([]);
      }
  });
});
