import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import ExcelJS from 'exceljs';
import { xlsxLaporan, zipLaporan } from '../../../src/core/data-terbuka/unduhan.ts';
import { korpusContoh } from '../audit/korpus-contoh.ts';

const korpus = korpusContoh();
const laporan = korpus.laporan[0]!;

describe('per-report downloads', () => {
  it('the same content gives the same bytes, even seconds apart (builds stay byte-identical)', async () => {
    const buku = await xlsxLaporan(korpus, laporan);
    await new Promise((r) => setTimeout(r, 2100));
    expect(Buffer.from(await xlsxLaporan(korpus, laporan)).equals(Buffer.from(buku))).toBe(true);
    const arsip = zipLaporan(korpus, laporan, { halaman: 'https://contoh.go.id/instansi/x/2022/' });
    expect(
      Buffer.from(zipLaporan(korpus, laporan, { halaman: 'https://contoh.go.id/instansi/x/2022/' })).equals(
        Buffer.from(arsip),
      ),
    ).toBe(true);
  }, 20_000);

  it('the zip holds the README, datapackage.json and one CSV per non-empty table; the XLSX one sheet each', async () => {
    const isi = unzipSync(zipLaporan(korpus, laporan, { halaman: 'https://contoh.go.id/r/' }));
    const paket = JSON.parse(strFromU8(isi['datapackage.json']!));
    expect(
      Object.keys(isi)
        .filter((n) => n.endsWith('.csv'))
        .sort(),
    ).toEqual(paket.resources.map((r: { path: string }) => r.path).sort());
    expect(strFromU8(isi['README.md']!)).toContain('https://contoh.go.id/r/');
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.load((await xlsxLaporan(korpus, laporan)).buffer as ArrayBuffer);
    expect(buku.worksheets).toHaveLength(paket.resources.length);
  });
});
