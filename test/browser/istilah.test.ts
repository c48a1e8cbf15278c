/**
 * Inline definitions, every report page opened fresh at 375 and 1366 px: the first use of SAKIP terms links
 * to its glossary entry with a definition, each term once per page, and the glossary has every anchor linked.
 */
import { describe, expect, it } from 'vitest';
import { indeks, pasangPeramban, pelanggaranAxe } from './alat.ts';

const uji = pasangPeramban();

describe('definisi istilah (inline definitions)', () => {
  it('links the first use of each SAKIP term on a report to the glossary, once per page', async () => {
    const glosarium = await uji.ctx.newPage();
    await glosarium.goto(`${uji.server.url}glosarium/`);
    const jangkar = new Set(await glosarium.$$eval('dt[id]', (dt) => dt.map((d) => d.id)));
    await glosarium.close();
    for (const lebar of [375, 1366]) {
      const ctx = await uji.browser.newContext({ viewport: { width: lebar, height: 900 }, locale: 'id-ID' });
      for (const instansi of indeks().instansi)
        for (const laporan of instansi.laporan) {
          const halaman = await ctx.newPage();
          await halaman.goto(`${uji.server.url}instansi/${instansi.id}/${laporan.tahun}/`);
          const nama = `${instansi.id} ${laporan.tahun} @${lebar}`;
          const tautan = await halaman.$$eval('main a.istilah', (as) =>
            as.map((a) => ({
              href: a.getAttribute('href') ?? '',
              judul: a.firstElementChild?.getAttribute('title') ?? '',
              tag: a.firstElementChild?.tagName ?? '',
            })),
          );
          const ids = tautan.map((t) => t.href.split('#')[1] ?? '');
          expect(new Set(ids).size, nama).toBe(ids.length);
          // the terms every report uses
          for (const id of ['capaian', 'realisasi', 'target']) expect(ids, nama).toContain(id);
          for (const istilah of tautan) {
            expect(istilah.href, nama).toMatch(/\/glosarium\/#/);
            expect(jangkar.has(istilah.href.split('#')[1]!), `${nama} ${istilah.href}`).toBe(true);
            expect(['DFN', 'ABBR'], nama).toContain(istilah.tag);
            expect(istilah.judul.length, `${nama} ${istilah.href}`).toBeGreaterThan(10);
            expect(istilah.judul, nama).not.toMatch(/undefined|NaN|\[|<\//);
          }
          if (instansi.laporan.indexOf(laporan) === 0) expect(await pelanggaranAxe(halaman), nama).toEqual([]);
          await halaman.close();
        }
      await ctx.close();
    }
  });
});
