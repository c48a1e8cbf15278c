/**
 * What the money bought, every report page opened fresh at phone and laptop width: each program's outputs
 * with target and realisasi are on the page without opening anything (no <details> around them), readable
 * inside the screen, every program says its serapan and output capaian or says plainly there is none, and
 * the chart of capaian against serapan carries its data as a table. axe clean on these pages.
 */
import { describe, expect, it } from 'vitest';
import { indeks, pasangPeramban, pelanggaranAxe } from './alat.ts';

const uji = pasangPeramban();

describe('apa yang dibeli (what the money bought)', () => {
  it('shows every program output openly, with capaian against serapan, at 375 and 1366 px', async () => {
    const ada: string[] = [];
    for (const lebar of [375, 1366]) {
      const ctx = await uji.browser.newContext({ viewport: { width: lebar, height: 900 }, locale: 'id-ID' });
      for (const instansi of indeks().instansi)
        for (const laporan of instansi.laporan) {
          const halaman = await ctx.newPage();
          await halaman.goto(`${uji.server.url}instansi/${instansi.id}/${laporan.tahun}/`);
          const nama = `${instansi.id} ${laporan.tahun} @${lebar}`;
          const isi = await halaman.evaluate(() => {
            const bagian = document.querySelector('section.hasil-belanja');
            if (!bagian) return null;
            const sel = [...bagian.querySelectorAll('.program-belanja td')];
            return {
              teks: bagian.textContent ?? '',
              program: [...bagian.querySelectorAll('.program-belanja > p')].map((x) => x.textContent ?? ''),
              baris: bagian.querySelectorAll('.program-belanja tbody tr').length,
              diLipat: sel.filter((td) => td.closest('details')).length,
              // a cell is readable when it is displayed and inside the screen's width
              tersembunyi: sel.filter((td) => {
                const kotak = td.getBoundingClientRect();
                return kotak.width === 0 || kotak.left < -1 || kotak.right > document.documentElement.clientWidth + 1;
              }).length,
              grafik: [...bagian.querySelectorAll('figure')].map((fig) => ({
                kanvas: !!fig.querySelector('canvas'),
                tabel: [...fig.querySelectorAll('table thead th')].map((th) => th.textContent?.trim() ?? ''),
              })),
            };
          });
          if (isi) {
            ada.push(nama);
            expect(isi.baris, nama).toBeGreaterThan(0);
            expect(isi.diLipat, nama).toBe(0);
            expect(isi.tersembunyi, nama).toBe(0);
            for (const ringkasan of isi.program) {
              expect(ringkasan, nama).toMatch(/serapan (<?[\d.,]+ %|tidak dapat dihitung)/);
              expect(ringkasan, nama).toMatch(
                /Capaian keluaran \(median\) [\d.,]+ %|Tidak ada keluaran yang dicetak|capaiannya tidak dapat dihitung/,
              );
            }
            expect(isi.teks, nama).not.toMatch(/undefined|NaN|Infinity/);
            for (const grafik of isi.grafik) {
              expect(grafik.kanvas, nama).toBe(true);
              expect(grafik.tabel.join(' | '), nama).toMatch(/Capaian keluaran.*Serapan anggaran/);
            }
            expect(await pelanggaranAxe(halaman), nama).toEqual([]);
          }
          await halaman.close();
        }
      await ctx.close();
    }
    // the reports whose budget tables print programs with outputs (real content)
    expect(ada).toContain('bkpsdm-kota-bontang 2020 @375');
    expect(ada).toContain('bkd-provinsi-kalimantan-timur 2020 @1366');
  });
});
