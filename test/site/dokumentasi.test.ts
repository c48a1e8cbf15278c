/** The site's documentation pages in the built dist/: the glossary's anchors, the about page and the footer links. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BUKU, bacaBuku, type JenisBuku } from '../../src/core/publikasi/buku-kerja.ts';
import { halamanHtml, idDi, jalurHalaman, tautan } from './alat.ts';

const DIST = resolve('dist');
const ada = existsSync(join(DIST, 'index.html'));

/** Every SAKIP word a reader meets on the site; other pages link /glosarium/#<id>, so these never change. */
const ISTILAH = [
  'capaian',
  'realisasi',
  'target',
  'pagu',
  'serapan',
  'silpa',
  'predikat',
  'kategori',
  'pk',
  'iku',
  'iki',
  'lkjip',
  'renstra',
  'rpjmd',
  'sakip',
  'lhe',
  'efisiensi',
  'program',
  'kegiatan',
  'sub-kegiatan',
  'apbd',
  'apbd-p',
  'murni',
  'perubahan',
  'opd',
  'na',
  'tidak-ada-di-sumber',
  'tercetak',
  'dihitung-ulang',
  'cocok',
  'berbeda',
  'tidak-dapat-dihitung-ulang',
  'selisih',
];

const baca = (jalur: string) => readFileSync(join(DIST, jalur, 'index.html'), 'utf8');

describe.skipIf(!ada)('halaman dokumentasi (documentation pages)', () => {
  it('/glosarium/ has a term with its own id for every SAKIP word', () => {
    const html = baca('glosarium');
    const ids = idDi(html);
    expect(ISTILAH.filter((id) => !ids.has(id))).toEqual([]);
    // each anchor is a defined term, not a stray id
    for (const id of ISTILAH) expect(html, id).toMatch(new RegExp(`<dt id="${id}"[^>]*>\\s*<dfn`));
  });

  it('/tentang/ and /panduan/ exist with their headings', () => {
    expect(baca('tentang')).toMatch(/<h1[^>]*>Tentang situs ini<\/h1>/);
    expect(baca('tentang')).toContain('Hak jawab instansi');
    expect(baca('panduan')).toMatch(/<h1[^>]*>Panduan kontributor/);
  });

  it.each(Object.keys(BUKU) as JenisBuku[])(
    '/panduan/ links the blank %s workbook, and the site serves it as a workbook of that kind',
    async (jenis) => {
      expect(tautan(baca('panduan'))).toContain(`/panduan/buku-kerja-${jenis}.xlsx`);
      const buku = new ExcelJS.Workbook();
      await buku.xlsx.readFile(join(DIST, `panduan/buku-kerja-${jenis}.xlsx`));
      expect(bacaBuku(buku).jenis).toBe(jenis);
      expect(buku.worksheets.map((ws) => ws.name)).toEqual(['Petunjuk', ...BUKU[jenis].lembar.map((l) => l.nama)]);
    },
  );

  it("every page's footer links the about page, the glossary and the guide", () => {
    const tanpa: string[] = [];
    // embed pages (/sematkan/) are a chart alone, for other sites' iframes: no header, no footer
    for (const berkas of halamanHtml(DIST).filter((h) => !jalurHalaman(DIST, h).startsWith('/sematkan/'))) {
      const kaki = /<footer[\s\S]*<\/footer>/.exec(readFileSync(berkas, 'utf8'))?.[0] ?? '';
      const href = new Set(tautan(kaki));
      for (const jalur of ['/tentang/', '/glosarium/', '/panduan/'])
        if (!href.has(jalur)) tanpa.push(`${jalurHalaman(DIST, berkas)} → ${jalur}`);
    }
    expect(tanpa).toEqual([]);
  });
});
