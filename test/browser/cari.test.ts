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
async function cari(p: Page, q: string) {
  await p.goto(`${uji.server.url}cari/?q=${encodeURIComponent(q)}`);
  await p.waitForSelector('#form-cari[data-siap="ya"]', { timeout: 15_000 });
  const lagi = p.getByRole('button', { name: /hasil berikutnya/ });
  while (await lagi.isVisible()) {
    const n = await p.locator('#hasil-cari li').count();
    await lagi.click();
    await p.waitForFunction((n) => document.querySelectorAll('#hasil-cari li').length > n, n);
  }
  return {
    jalur: await p
      .locator('#hasil-cari li h2 a')
      .evaluateAll((a) => a.map((x) => new URL((x as HTMLAnchorElement).href).pathname)),
    kutipan: await p.locator('#hasil-cari li > p:not(.meta)').allTextContents(),
    status: (await p.locator('#status-cari').textContent()) ?? '',
  };
}

describe('kueri tetap pada situs yang dibangun', () => {
  for (const k of KUERI_CARI)
    it(`"${k.q}": ${k.mengapa}`, async () => {
      const p = await uji.ctx.newPage();
      const r = await cari(p, k.q);
      if (k.jumlah === 0) {
        expect(r.jalur).toEqual([]);
        expect(r.status).toMatch(/Tidak ada hasil|sekurangnya dua huruf/);
      }
      let awal = 0;
      for (const grup of k.awal ?? []) {
        expect(r.jalur.slice(awal, awal + grup.length).sort(), `hasil ke-${awal + 1}–${awal + grup.length}`).toEqual(
          [...grup].sort(),
        );
        awal += grup.length;
      }
      expect(r.kutipan.flatMap(kataMenyatu), 'kata dari elemen berbeda menyatu').toEqual([]);
      await p.close();
    });
});

describe('filter instansi', () => {
  it('pilihannya memakai label pendek yang unik, nilainya tetap nama lengkap', async () => {
    const p = await uji.ctx.newPage();
    await cari(p, 'kepegawaian');
    const pilihan = await p
      .locator('#filter-instansi option')
      .evaluateAll((o) => o.map((x) => [(x as HTMLOptionElement).value, x.textContent!.replace(/ \(\d+\)$/, '')]));
    expect(pilihan).toContainEqual(['Badan Kepegawaian Daerah Kota Blitar', 'BKD Kota Blitar']);
    expect(pilihan).toContainEqual(['Badan Kepegawaian Daerah Provinsi Kalimantan Timur', 'BKD Prov. Kaltim']);
    await p.close();
  });
});

describe('indeks pencarian', () => {
  it('teks yang diindeks memisahkan kata dari elemen berbeda, dan tidak memuat kata satu huruf', () => {
    for (const bundel of ['pagefind', 'pagefind-ringkas'])
      for (const f of fragmen(bundel)) {
        expect(kataMenyatu(f.content), `${bundel} ${f.url}`).toEqual([]);
        // a word Pagefind indexes is what remains of a whitespace-separated token once its
        // punctuation is gone: none may be a single letter or digit
        const satu = f.content.split(/\s+/).filter((t) => t.replace(/[^\p{L}\p{N}]/gu, '').length === 1);
        expect(satu, `${bundel} ${f.url}`).toEqual([]);
      }
  });
});
