/**
 * Phone-first tables, every report page opened fresh at 375 px: in every table whose header names target,
 * realisasi or capaian, every cell is inside the screen without scrolling (the rows became cards); a table
 * box that still scrolls shows a shade at its edge; axe-core stays clean at 375 and 1366 px.
 */
import { describe, expect, it } from 'vitest';
import { indeks, pasangPeramban, pelanggaranAxe } from './alat.ts';

const uji = pasangPeramban();
const laporan = () => indeks().instansi.flatMap((i) => i.laporan.map((l) => `instansi/${i.id}/${l.tahun}/`));

describe('tabel di ponsel (tables on a phone)', () => {
  it('target, realisasi and capaian are visible without sideways scrolling in every report table', async () => {
    const ctx = await uji.browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'id-ID' });
    const hasil: string[] = [];
    let diperiksa = 0;
    for (const jalur of laporan()) {
      const halaman = await ctx.newPage();
      await halaman.goto(uji.server.url + jalur);
      // what a reader opens (chart data, collapsed details) is checked open
      await halaman.locator('details').evaluateAll((d) => d.forEach((e) => ((e as HTMLDetailsElement).open = true)));
      const isi = await halaman.evaluate(() => {
        const lebar = document.documentElement.clientWidth;
        const keluar: string[] = [];
        let tabel = 0;
        for (const tabelLaporan of document.querySelectorAll('main table')) {
          const kepala = tabelLaporan.querySelector('thead')?.textContent ?? '';
          if (!/target|realisasi|capaian/i.test(kepala)) continue;
          tabel++;
          for (const sel of tabelLaporan.querySelectorAll('tbody td, tbody th')) {
            const kotak = sel.getBoundingClientRect();
            if (kotak.width > 0 && (kotak.left < -0.5 || kotak.right > lebar + 0.5))
              keluar.push(
                `${tabelLaporan.querySelector('caption')?.textContent?.trim() ?? tabelLaporan.closest('[aria-label]')?.getAttribute('aria-label')}: ` +
                  `"${sel.textContent?.trim().slice(0, 30)}" ${Math.round(kotak.right)}px`,
              );
          }
        }
        return { keluar, tabel };
      });
      diperiksa += isi.tabel;
      hasil.push(...isi.keluar.slice(0, 5).map((k) => `${jalur} ${k}`));
      await halaman.close();
    }
    await ctx.close();
    expect(diperiksa).toBeGreaterThan(laporan().length);
    expect(hasil).toEqual([]);
  });

  it('a table box that still scrolls shows a shade at the edge that has more', async () => {
    const ctx = await uji.browser.newContext({ viewport: { width: 375, height: 800 } });
    const halaman = await ctx.newPage();
    await halaman.goto(uji.server.url + laporan()[0]);
    const gulir = halaman.locator('.gulir').first();
    // a box made to scroll: its table wider than the box, as a table without a header row stays
    await gulir.evaluate((g) => ((g.firstElementChild as HTMLElement).style.minWidth = '900px'));
    const latar = await gulir.evaluate((g) => getComputedStyle(g).backgroundImage);
    expect(latar.match(/gradient/g)?.length).toBe(4);
    expect(await gulir.evaluate((g) => g.scrollWidth > g.clientWidth)).toBe(true);
    await ctx.close();
  });

  it('axe-core finds no WCAG 2.2 AA violation on any report page at 375 and 1366 px', async () => {
    const hasil: string[] = [];
    for (const lebar of [375, 1366]) {
      const ctx = await uji.browser.newContext({ viewport: { width: lebar, height: 900 }, bypassCSP: true });
      for (const jalur of laporan()) {
        const halaman = await ctx.newPage();
        await halaman.goto(uji.server.url + jalur);
        for (const pelanggaran of await pelanggaranAxe(halaman)) hasil.push(`${jalur} ${lebar}: ${pelanggaran}`);
        const lebarIsi = await halaman.evaluate(() => document.documentElement.scrollWidth);
        if (lebarIsi > lebar) hasil.push(`${jalur} ${lebar}: ${lebarIsi}px`);
        await halaman.close();
      }
      await ctx.close();
    }
    expect(hasil).toEqual([]);
  }, 300_000);
});
