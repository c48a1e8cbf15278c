/**
 * Every number shown on a built report page is in the open data: each number of the page's visible text
 * (id-ID form: 1.234,56, Rp, %) is looked up among the cells of that report's own data package (its
 * zip: the report's rows of every table, with its agency's Renstra and profile), at the precision shown.
 * The allow-list (BUKAN_DATA in angka-halaman.ts) names what is not data and why. Needs a built dist/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { adaDiData, angkaDiHalaman, indeksData } from './angka-halaman.ts';

const halaman = readdirSync('dist/instansi', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(`dist/instansi/${d.name}`)
      .filter((t) => /^\d{4}$/.test(t))
      .map((t) => `dist/instansi/${d.name}/${t}/index.html`),
  )
  .filter((f) => existsSync(f));

/** The CSVs of a report's zip, /data/laporan/<instansi>-<tahun>.zip. */
function csvLaporan(berkas: string): string[] {
  const [, instansi, tahun] = /instansi\/([^/]+)\/(\d{4})\//.exec(berkas)!;
  const isi = unzipSync(readFileSync(`dist/data/laporan/${instansi}-${tahun}.zip`));
  return Object.entries(isi)
    .filter(([n]) => n.endsWith('.csv'))
    .map(([, d]) => strFromU8(d));
}

describe('numbers on report pages', () => {
  it('there are report pages to check', () => expect(halaman.length).toBeGreaterThan(0));

  it.each(halaman)('%s: every number shown is in the data package', (berkas) => {
    const indeks = indeksData(csvLaporan(berkas));
    const angka = angkaDiHalaman(readFileSync(berkas, 'utf8'));
    expect(angka.length).toBeGreaterThan(20);
    const hilang = angka.filter((a) => !adaDiData(indeks, a)).map((a) => `${a.teks}  ←  …${a.konteks}…`);
    expect(hilang, `${berkas}: numbers shown but not in /data/`).toEqual([]);
  });

  it('reads id-ID numbers and skips codes, locators and what is not data', () => {
    const angka = angkaDiHalaman(
      '<main><p>Pagu Rp 1.234.567 dan capaian 98,76 % (baris 120–130); berkas 001_ab12.txt; LHE 700/1481/ITDA.03</p>' +
        '<p class="catatan">Catatan 55,55</p><div class="narasi"><p>naik 8,66 poin</p></div><svg><text>77</text></svg></main>',
    );
    expect(angka.map((x) => [x.teks, x.nilai, x.desimal])).toEqual([
      ['1.234.567', 1234567, 0],
      ['98,76', 98.76, 2],
    ]);
  });
});
