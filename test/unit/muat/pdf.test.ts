/**
 * An agency's own PDF beside its content (`sumber.berkas_pdf`): read under the hostile-input rules
 * (a PDF's bytes, no link, no folder in the name, a size limit), named by the report, published at a
 * stable path, and every paged locator of the report links to its page.
 */
import { mkdtempSync, cpSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bacaFolder } from '../../../src/core/muat/baca-folder.ts';
import { rakitKorpus, type BerkasKonten } from '../../../src/core/muat/korpus.ts';
import { UKURAN_PDF_MAKS } from '../../../src/core/muat/batas.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { halamanLaporan } from '../../../src/core/tampilan/halaman-laporan.ts';
import { pdfTerbit, tautanLokasi } from '../../../src/core/tampilan/lokasi.ts';
import { PROYEK_CONTOH, BERKAS_LKJIP } from '../audit/korpus-contoh.ts';

const PDF = readFileSync(new URL('../../fixtures/pdf/sintetis.pdf', import.meta.url));
const BERKAS_PDF = 'content/instansi/dinas-contoh/2022/lkjip-2022.pdf';

/** The fixture, with the report naming `nama` and the files `tambahan` added. */
function muat(nama: string | undefined, tambahan: BerkasKonten[], proyek = PROYEK_CONTOH) {
  const files = bacaFolder(proyek, 'content', null).map((berkas) => {
    if (berkas.path !== BERKAS_LKJIP || nama === undefined) return berkas;
    const json = JSON.parse(Buffer.from(berkas.isi).toString('utf8'));
    json.sumber.berkas_pdf = nama;
    json.pengukuran.lokasi.halaman = 7;
    return { path: berkas.path, isi: JSON.stringify(json) };
  });
  return rakitKorpus([...files, ...tambahan]);
}
const galat = (h: ReturnType<typeof muat>) => h.masalah.filter((m) => m.tingkat === 'galat');

describe('PDF milik instansi (an agency-stored PDF)', () => {
  it('is loaded, published at /dokumen/<instansi>/<tahun>/<nama>, and locators with a page link to it', () => {
    const hasil = muat('lkjip-2022.pdf', [{ path: BERKAS_PDF, isi: PDF }]);
    expect(galat(hasil)).toEqual([]);
    const hitungan = hitungKorpus(hasil.korpus);
    expect(pdfTerbit(hitungan.korpus)).toEqual([
      { alamat: '/dokumen/dinas-contoh/2022/lkjip-2022.pdf', berkas: BERKAS_PDF },
    ]);
    const hl = halamanLaporan(hitungan.laporan[0]!, { korpus: hitungan });
    expect(hl.sumber.pdf).toBe('/dokumen/dinas-contoh/2022/lkjip-2022.pdf');
    expect(tautanLokasi(hl.terhitung.laporan.pengukuran.lokasi, hl.sumber)).toEqual({
      teks: 'Bab III, Tabel 3.1, hlm. 7, baris 100–110 transkripsi',
      href: '/dokumen/dinas-contoh/2022/lkjip-2022.pdf#page=7',
    });
    // no page, or a page of another file: words only
    expect(tautanLokasi({ tabel: 'Tabel 3.1' }, hl.sumber)?.href).toBeNull();
    expect(tautanLokasi({ berkas: 'lain.txt', halaman: 3 }, hl.sumber)?.href).toBeNull();
  });

  it('without berkas_pdf nothing links and nothing is published', () => {
    const hasil = muat(undefined, []);
    const hitungan = hitungKorpus(hasil.korpus);
    expect(pdfTerbit(hitungan.korpus)).toEqual([]);
    const hl = halamanLaporan(hitungan.laporan[0]!, { korpus: hitungan });
    expect(tautanLokasi({ halaman: 4 }, hl.sumber)).toEqual({ teks: 'hlm. 4', href: null });
  });

  it('a named PDF that is not there: an error naming file, field, expected and found', () => {
    const [masalah, ...lain] = galat(muat('lkjip-2021.pdf', [{ path: BERKAS_PDF, isi: PDF }]));
    expect(lain).toEqual([]);
    expect(masalah).toMatchObject({
      berkas: BERKAS_LKJIP,
      jalur: 'sumber.berkas_pdf',
      diharapkan: expect.stringContaining('content/instansi/dinas-contoh/2022/lkjip-2021.pdf'),
      ditemukan: 'lkjip-2021.pdf',
    });
    expect(masalah!.pesan).toMatch(/tidak ada/);
    expect(masalah!.message).toMatch(/is not in/);
  });

  it('a folder or another extension in the name is refused by the schema', () => {
    for (const nama of ['../2021/lkjip.pdf', 'sub/lkjip.pdf', 'lkjip.exe', '.pdf']) {
      const daftarGalat = galat(muat(nama, [{ path: BERKAS_PDF, isi: PDF }]));
      expect(daftarGalat.map((m) => m.jalur)).toContain('sumber.berkas_pdf');
    }
  });

  it('a .pdf whose bytes are not a PDF is refused', () => {
    const hasil = muat('lkjip-2022.pdf', [{ path: BERKAS_PDF, isi: '<html><script>alert(1)</script>' }]);
    const daftarGalat = galat(hasil);
    expect(daftarGalat).toContainEqual(
      expect.objectContaining({ berkas: BERKAS_PDF, ditemukan: JSON.stringify('<html') }),
    );
  });

  it('a PDF nothing names is a warning and is not published', () => {
    const hasil = muat(undefined, [{ path: BERKAS_PDF, isi: PDF }]);
    expect(galat(hasil)).toEqual([]);
    expect(hasil.masalah).toContainEqual(expect.objectContaining({ tingkat: 'peringatan', berkas: BERKAS_PDF }));
    expect(pdfTerbit(hasil.korpus)).toEqual([]);
  });

  it('on disk: a symbolic link or a PDF over the size limit is refused before it is read', () => {
    const proyek = mkdtempSync(join(tmpdir(), 'pdf-'));
    cpSync(PROYEK_CONTOH, proyek, { recursive: true });
    const dok = join(proyek, 'content/instansi/dinas-contoh/2022');
    writeFileSync(join(proyek, 'asli.pdf'), PDF);
    symlinkSync(join(proyek, 'asli.pdf'), join(dok, 'lkjip-2022.pdf'));
    expect(galat(muat('lkjip-2022.pdf', [], proyek)).map((m) => [m.berkas, m.ditemukan])).toContainEqual([
      BERKAS_PDF,
      expect.stringContaining('symbolic link'),
    ]);
    writeFileSync(join(dok, 'besar.pdf'), PDF);
    truncateSync(join(dok, 'besar.pdf'), UKURAN_PDF_MAKS + 1);
    expect(galat(muat('besar.pdf', [], proyek)).map((m) => m.berkas)).toContain(
      'content/instansi/dinas-contoh/2022/besar.pdf',
    );
  });
});
