/** The workbook: every report and Renstra in content/ exported and imported back without loss; bad input named by cell. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bacaFolder } from '../../../src/core/muat/baca-folder.ts';
import { bacaBuku, eksporBuku, periksaBuku, type JenisBuku } from '../../../src/core/publikasi/buku-kerja.ts';
import { validasiBerkas } from '../../../src/core/publikasi/validasi.ts';
import { AKAR_PROYEK } from './bantuan.ts';

const KONTEN = join(AKAR_PROYEK, 'content/instansi');
const semua: [string, JenisBuku][] = readdirSync(KONTEN, { recursive: true, encoding: 'utf8' })
  .filter((f) => /(^|\/)(\d{4}\/lkjip|renstra-\d{4}-\d{4})\.json$/.test(f))
  .sort()
  .map((f) => [f, f.includes('renstra-') ? 'renstra' : 'lkjip']);

/** Through a real file: written to bytes and read back, as an operator's spreadsheet program would. */
async function lewatBerkas(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await wb.xlsx.writeBuffer();
  const baru = new ExcelJS.Workbook();
  await baru.xlsx.load(bytes);
  return baru;
}

describe('workbook round trip (every report and Renstra in content/)', () => {
  it('finds every report and Renstra', () => {
    expect(semua.filter(([, j]) => j === 'lkjip').length).toBeGreaterThanOrEqual(6);
    expect(semua.filter(([, j]) => j === 'renstra').length).toBeGreaterThanOrEqual(3);
  });
  it.each(semua)('%s: export then import gives the same content, keys in the same order', async (f, jenis) => {
    const teks = readFileSync(join(KONTEN, f), 'utf8');
    const asli = JSON.parse(teks);
    const wb = await lewatBerkas(await eksporBuku(jenis, asli));
    const h = bacaBuku(wb);
    expect(h.galat).toEqual([]);
    expect(h.jenis).toBe(jenis);
    expect(h.dokumen).toEqual(asli);
    const files = bacaFolder(AKAR_PROYEK);
    const p = periksaBuku(
      wb,
      () => asli,
      (berkas, isi) =>
        validasiBerkas([...files.filter((x) => x.path !== berkas), { path: berkas, isi }]).masalah.filter(
          (m) => m.berkas === berkas,
        ),
    );
    expect(p.galat).toEqual([]);
    expect(p.berkas).toBe(`content/instansi/${f}`);
    // the same keys in the same order: a re-import diffs only what changed (layout is prettier's)
    expect(JSON.stringify(JSON.parse(p.isi!))).toBe(JSON.stringify(asli));
  });
});
