/**
 * Plain answers first, every report page opened fresh on a phone: before any table, one answer per sasaran
 * saying the target, what was reached and whether that met it; the average beside the count that met
 * the target and the median. (axe at 375 and 1366 px on these pages: tabel.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { indeks, pasangPeramban } from './alat.ts';

const uji = pasangPeramban();

describe('jawaban singkat (plain answers)', () => {
  it('each report opens with one answer per sasaran, before its first table, and an average that shows its median', async () => {
    const ctx = await uji.browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'id-ID' });
    for (const instansi of indeks().instansi)
      for (const laporan of instansi.laporan) {
        const halaman = await ctx.newPage();
        await halaman.goto(`${uji.server.url}instansi/${instansi.id}/${laporan.tahun}/`);
        const isi = await halaman.evaluate(() => {
          const jawaban = document.querySelector('.jawaban');
          const tabel = document.querySelector('main table');
          return {
            sebelumTabel:
              !!jawaban && !!tabel && !!(jawaban.compareDocumentPosition(tabel) & Node.DOCUMENT_POSITION_FOLLOWING),
            sasaran: [...document.querySelectorAll('.jawaban-sasaran > li')].map((li) => li.textContent ?? ''),
            rata: document.querySelector('.jawaban-rata')?.textContent ?? null,
          };
        });
        const nama = `${instansi.id} ${laporan.tahun}`;
        expect(isi.sebelumTabel, nama).toBe(true);
        expect(isi.sasaran.length, nama).toBeGreaterThan(0);
        for (const kalimat of isi.sasaran)
          expect(kalimat, nama).toMatch(
            /Target .+, tercapai .+: (melebihi target|tepat mencapai target|di bawah target|capaian tidak dapat dihitung)|\d+ dari \d+ indikator mencapai/,
          );
        if (isi.rata !== null)
          expect(isi.rata, nama).toMatch(
            /dari \d+ indikator: \d+ mencapai atau melebihi target, \d+ tidak; nilai tengahnya \(median\) [\d.,]+ %/,
          );
        expect(isi.sasaran.join(' ') + (isi.rata ?? ''), nama).not.toMatch(/undefined|NaN|Infinity/);
        await halaman.close();
      }
    await ctx.close();
  });
});
