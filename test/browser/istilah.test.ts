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
      for (const i of indeks().instansi)
        for (const l of i.laporan) {
          const p = await ctx.newPage();
          await p.goto(`${uji.server.url}instansi/${i.id}/${l.tahun}/`);
          const nama = `${i.id} ${l.tahun} @${lebar}`;
          const tautan = await p.$$eval('main a.istilah', (as) =>
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
          for (const t of tautan) {
            expect(t.href, nama).toMatch(/\/glosarium\/#/);
            expect(jangkar.has(t.href.split('#')[1]!), `${nama} ${t.href}`).toBe(true);
            expect(['DFN', 'ABBR'], nama).toContain(t.tag);
            expect(t.judul.length, `${nama} ${t.href}`).toBeGreaterThan(10);
            expect(t.judul, nama).not.toMatch(/undefined|NaN|\[|<\//);
          }
          if (i.laporan.indexOf(l) === 0) expect(await pelanggaranAxe(p), nama).toEqual([]);
          await p.close();
        }
      await ctx.close();
    }
  });
});
