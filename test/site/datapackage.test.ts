/**
 * The open data validated by the Frictionless project's own library: the descriptor against the
 * tabular-data-package profile it ships (a registry name, so nothing is downloaded), then every row of
 * every resource cast to its Table Schema, with primary keys unique and foreign keys resolved.
 * The same for each report's zip. Needs a built dist/.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Package } from 'datapackage';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { bacaCsv } from '../helpers/csv.ts';

/** Every error of a package: descriptor, then rows (a cast or key error names the resource and row). */
async function galatPaket(path: string): Promise<string[]> {
  const paket = await Package.load(path);
  const galat = paket.errors.map((e) => `descriptor: ${e.message}`);
  for (const sumber of paket.resources) {
    if (!sumber.valid) galat.push(...sumber.errors.map((e) => `${sumber.name}: ${e.message}`));
    try {
      await sumber.read({ cast: true, relations: true });
    } catch (kegagalan) {
      const err = kegagalan as Error & { errors?: Error[] };
      galat.push(`${sumber.name}: ${err.message}`, ...(err.errors ?? []).map((x) => `${sumber.name}: ${x.message}`));
    }
  }
  return galat;
}

describe('dist/data/datapackage.json', () => {
  const deskriptor = JSON.parse(readFileSync('dist/data/datapackage.json', 'utf8'));

  it('is a valid tabular data package and every row of every resource fits its Table Schema', async () => {
    expect(await galatPaket('dist/data/datapackage.json')).toEqual([]);
  });

  it('describes every CSV under /data/, each field with a description', () => {
    const csv = readdirSync('dist/data').filter((f) => f.endsWith('.csv'));
    expect(deskriptor.resources.map((r: { path: string }) => r.path).sort()).toEqual(csv.sort());
    for (const sumber of deskriptor.resources)
      for (const kolom of sumber.schema.fields) expect(kolom.description, `${sumber.name}.${kolom.name}`).toMatch(/\S/);
  });

  it('keeps the indicator columns users already read, in order, and states the licence', () => {
    const ind = deskriptor.resources.find((r: { name: string }) => r.name === 'indikator');
    expect(ind.schema.fields.slice(0, 12).map((f: { name: string }) => f.name)).toEqual(
      'instansi,tahun,tingkat,indikator_id,indikator,satuan,polaritas,target,realisasi,capaian,capaian_tercetak,status'.split(
        ',',
      ),
    );
    expect(deskriptor.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', title: 'CC BY 4.0' });
  });

  it('fails on a row that does not fit its schema (the check can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paket-'));
    try {
      const sumber = deskriptor.resources.find((x: { name: string }) => x.name === 'ringkasan');
      const teks = readFileSync('dist/data/ringkasan.csv', 'utf8').replace(/\r\n$/, '');
      const baris = teks.split('\r\n');
      baris[1] = baris[1]!.replace(/^([^,]*),(\d+),/, '$1,dua ribu,');
      writeFileSync(join(dir, 'ringkasan.csv'), baris.join('\r\n') + '\r\n');
      writeFileSync(join(dir, 'datapackage.json'), JSON.stringify({ ...deskriptor, resources: [sumber] }));
      expect((await galatPaket(join(dir, 'datapackage.json'))).join('\n')).toMatch(/ringkasan/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('per-report downloads', () => {
  const zips = readdirSync('dist/data/laporan').filter((f) => f.endsWith('.zip'));
  const dir = mkdtempSync(join(tmpdir(), 'unduhan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('one zip and one XLSX per report JSON', () => {
    const json = readdirSync('dist/data/laporan').filter((f) => f.endsWith('.json'));
    expect(zips.length).toBe(json.length);
    expect(zips.length).toBeGreaterThan(0);
    for (const arsip of zips) expect(readdirSync('dist/data/laporan')).toContain(arsip.replace(/\.zip$/, '.xlsx'));
  });

  it.each(zips)('%s: a valid data package with a bilingual README, and its XLSX has the same tables', async (arsip) => {
    const isi = unzipSync(readFileSync(join('dist/data/laporan', arsip)));
    // the package's paths are relative to its own folder
    const folder = mkdtempSync(join(dir, `${arsip}-`));
    for (const [nama, data] of Object.entries(isi)) writeFileSync(join(folder, nama), data);
    expect(await galatPaket(join(folder, 'datapackage.json'))).toEqual([]);
    const readme = new TextDecoder().decode(isi['README.md']);
    expect(readme).toMatch(/Lisensi: CC BY 4\.0/);
    expect(readme).toMatch(/How to cite:/);
    const paket = JSON.parse(new TextDecoder().decode(isi['datapackage.json']));
    const csv = Object.keys(isi).filter((n) => n.endsWith('.csv'));
    expect(paket.resources.map((r: { path: string }) => r.path).sort()).toEqual(csv.sort());

    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(join('dist/data/laporan', arsip.replace(/\.zip$/, '.xlsx')));
    expect(buku.worksheets.map((w) => w.name)).toEqual(
      paket.resources.map((r: { title: string }) => r.title.slice(0, 31)),
    );
    for (const [urutan, lembar] of buku.worksheets.entries()) {
      const sumber = paket.resources[urutan];
      const baris = bacaCsv(new TextDecoder().decode(isi[sumber.path]));
      // the header row, then the CSV's rows
      expect(lembar.getRow(1).values).toEqual([
        undefined,
        ...sumber.schema.fields.map((f: { name: string }) => f.name),
      ]);
      expect(lembar.rowCount).toBe(baris.length + 1);
    }
  });
});
