/** The workbook: every report, Renstra and indicator catalogue in content/ exported and imported back without loss; bad input named by cell. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bacaFolder } from '../../../src/core/muat/baca-folder.ts';
import {
  bacaBuku,
  bandingkanNilai,
  BUKU,
  eksporBuku,
  eksporBukuKosong,
  KOLOM_LEMBAR_KISI,
  KOLOM_NOMOR,
  langkah,
  periksaBuku,
  skemaDi,
  tabelPerubahan,
  type GalatBuku,
  type JenisBuku,
} from '../../../src/core/publikasi/buku-kerja.ts';
import { validasiSatuBerkas } from '../../../src/core/publikasi/validasi.ts';
import { PROYEK } from './bantuan.ts';

const KONTEN = join(PROYEK, 'content/instansi');
const semua: [string, JenisBuku][] = readdirSync(KONTEN, { recursive: true, encoding: 'utf8' })
  .filter((f) => /(^|\/)(\d{4}\/lkjip|renstra-\d{4}-\d{4}|indikator)\.json$/.test(f))
  .sort()
  .map((f) => [f, f.includes('renstra-') ? 'renstra' : f.endsWith('indikator.json') ? 'indikator' : 'lkjip']);

/**
 * Synthetic, test-only: no real catalogue declares a value set yet, so one is added to a real
 * catalogue to cover the "Himpunan nilai" sheets (never content, never on the site).
 */
const BERKAS_SINTETIS = 'bkpsdm-kota-bontang/indikator.json';
const katalogSintetis = () => ({
  ...JSON.parse(readFileSync(join(KONTEN, BERKAS_SINTETIS), 'utf8')),
  himpunan_nilai: [
    { id: 'level-sintetis', nama: 'Level sintetis (uji)', nilai: ['Level 3', 'Level 2', 'Level 1'], keterangan: 'uji' },
  ],
});

/** Through a real file: written to bytes and read back, as an operator's spreadsheet program would. */
async function lewatBerkas(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await wb.xlsx.writeBuffer();
  const baru = new ExcelJS.Workbook();
  await baru.xlsx.load(bytes);
  return baru;
}

// each case reads and writes whole workbooks: seconds on a shared machine, so a generous timeout
describe('workbook round trip (every report, Renstra and catalogue in content/)', { timeout: 120_000 }, () => {
  it('finds every report, Renstra and catalogue', () => {
    expect(semua.filter(([, j]) => j === 'lkjip').length).toBeGreaterThanOrEqual(6);
    expect(semua.filter(([, j]) => j === 'renstra').length).toBeGreaterThanOrEqual(3);
    expect(semua.filter(([, j]) => j === 'indikator').length).toBeGreaterThanOrEqual(6);
  });
  it.each([...semua, [`${BERKAS_SINTETIS} + himpunan nilai sintetis`, 'indikator'] as const])(
    '%s: export then import gives the same content, keys in the same order',
    async (jalurBerkas, jenis) => {
      const asli = jalurBerkas.endsWith('.json')
        ? JSON.parse(readFileSync(join(KONTEN, jalurBerkas), 'utf8'))
        : katalogSintetis();
      const wb = await lewatBerkas(await eksporBuku(jenis, asli));
      const hasil = bacaBuku(wb);
      expect(hasil.galat).toEqual([]);
      expect(hasil.jenis).toBe(jenis);
      expect(hasil.dokumen).toEqual(asli);
      const files = bacaFolder(PROYEK);
      const hasilPeriksa = periksaBuku(
        wb,
        () => asli,
        (berkas, isi) => validasiSatuBerkas(files, berkas, isi),
      );
      expect(hasilPeriksa.galat).toEqual([]);
      expect(hasilPeriksa.berkas).toBe(`content/instansi/${jalurBerkas.split(' ')[0]}`);
      // the same keys in the same order: a re-import diffs only what changed (layout is prettier's)
      expect(JSON.stringify(JSON.parse(hasilPeriksa.isi!))).toBe(JSON.stringify(asli));
    },
  );
});

const bacaKonten = (jalurBerkas: string) => JSON.parse(readFileSync(join(KONTEN, jalurBerkas), 'utf8'));

describe('the outline column "No. urut" (not "nomor", which real fields use)', { timeout: 120_000 }, () => {
  it.each([
    ['bkd-kota-blitar/renstra-2016-2021.json', 'renstra'],
    ['bkd-kota-blitar/indikator.json', 'indikator'],
  ] as const)(
    '%s with a source document number: one "nomor" column, the round trip keeps it',
    async (berkas, jenis) => {
      const asli = bacaKonten(berkas);
      asli.sumber = [
        { ...asli.sumber[0], nomor: '050/123/2021' },
        { judul: 'Dokumen kedua (uji)', berkas: 'dua.txt' },
      ];
      const wb = await lewatBerkas(await eksporBuku(jenis, asli));
      const kepala = (wb.getWorksheet('Sumber')!.getRow(1).values as unknown[]).filter(Boolean);
      expect(kepala[0]).toBe(KOLOM_NOMOR);
      expect(kepala.filter((judul) => judul === 'nomor')).toHaveLength(1);
      const hasil = bacaBuku(wb);
      expect(hasil.galat).toEqual([]);
      expect(hasil.dokumen).toEqual(asli);
    },
  );

  it('an older workbook headed "nomor" still reads where that cannot be a field', async () => {
    const asli = bacaKonten('bkd-kota-blitar/2021/lkjip.json');
    const wb = await lewatBerkas(await eksporBuku('lkjip', asli));
    let diganti = 0;
    for (const ws of wb.worksheets)
      if (ws.getRow(1).getCell(1).value === KOLOM_NOMOR) {
        ws.getRow(1).getCell(1).value = 'nomor';
        diganti++;
      }
    expect(diganti).toBeGreaterThan(5);
    const hasil = bacaBuku(wb);
    expect(hasil.galat).toEqual([]);
    expect(hasil.dokumen).toEqual(asli);
  });

  it('on a sheet whose items have a field "nomor", an old "nomor" heading is that field, not the outline', async () => {
    const asli = bacaKonten('bkd-kota-blitar/renstra-2016-2021.json');
    const wb = await lewatBerkas(await eksporBuku('renstra', asli));
    wb.getWorksheet('Sumber')!.getRow(1).getCell(1).value = 'nomor';
    const galat = bacaBuku(wb).galat;
    expect(galat).toContainEqual(
      expect.objectContaining({ lembar: 'Sumber', baris: 2, kolom: `A (${KOLOM_NOMOR})`, diharapkan: '1.2.3' }),
    );
  });
});

/** The first file in content/ (then the synthetic catalogue) whose workbook has a data row on the sheet. */
async function contohLembar(jenis: JenisBuku, nama: string) {
  const calon: [string, () => unknown][] = semua
    .filter(([, jenisBuku]) => jenisBuku === jenis)
    .map(([jalurBerkas]) => [jalurBerkas, () => JSON.parse(readFileSync(join(KONTEN, jalurBerkas), 'utf8'))]);
  if (jenis === 'indikator') calon.push([BERKAS_SINTETIS, katalogSintetis]);
  for (const [jalurBerkas, baca] of calon) {
    const asli = baca();
    const wb = await lewatBerkas(await eksporBuku(jenis, asli));
    const ws = wb.getWorksheet(nama)!;
    if (ws.getRow(2).getCell(1).value) return { f: jalurBerkas, asli, wb, ws };
  }
  return undefined;
}
const files = bacaFolder(PROYEK);
const periksa = (wb: ExcelJS.Workbook, asli: unknown) =>
  periksaBuku(
    wb,
    () => asli,
    (berkas, isi) => validasiSatuBerkas(files, berkas, isi),
  ).galat;
const lengkap = (galatBuku: GalatBuku) => {
  // bilingual, and placed: sheet and row always
  expect(galatBuku.pesan).toBeTruthy();
  expect(galatBuku.message).toBeTruthy();
  expect(galatBuku.pesan).not.toBe(galatBuku.message);
};

const SEMUA_LEMBAR = (['lkjip', 'renstra', 'indikator'] as const).flatMap((j) =>
  BUKU[j].lembar.map((l) => [j, l.nama, l.jalur.endsWith('[]')] as const),
);

describe('the importer names the sheet, row and column of bad input, in both languages', { timeout: 120_000 }, () => {
  it.each(SEMUA_LEMBAR)(
    '%s "%s": formula, merged cells, hidden row, wrong type, empty required field',
    async (jenis, nama, daftar) => {
      const contoh = await contohLembar(jenis, nama);
      // every sheet has a real example in content/: the corpus covers them all
      if (!contoh) throw new Error(`no report in content/ fills sheet ${nama}`);
      const kepala = (contoh.ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
      // the first filled cell after the number column (the value column of a name | value sheet)
      const baris = contoh.ws.getRow(2);
      const kolomNilai = daftar
        ? kepala.findIndex(
            (k, i) => i > 1 && k !== 'Catatan operator (tidak diimpor)' && baris.getCell(i).value != null,
          )
        : 2;
      expect(kolomNilai).toBeGreaterThan(0);
      const tempat = { lembar: nama, baris: 2 };

      const salin = async () => {
        const wb = await lewatBerkas(contoh.wb);
        return { wb, ws: wb.getWorksheet(nama)! };
      };
      // a formula instead of its value
      let salinan = await salin();
      salinan.ws.getRow(2).getCell(kolomNilai).value = { formula: '1+1', result: 2 } as never;
      let daftarGalat = bacaBuku(salinan.wb).galat;
      // (a child sheet's rows then miss their parent too: those errors follow)
      const rumus = daftarGalat.find((e) => e.ditemukan === '=1+1')!;
      expect(rumus).toMatchObject(tempat);
      expect(rumus.kolom).toMatch(/^[A-Z]+ \(/);
      lengkap(rumus);
      // merged cells
      salinan = await salin();
      salinan.ws.mergeCells(2, kolomNilai, 2, kolomNilai + 1);
      daftarGalat = bacaBuku(salinan.wb).galat;
      expect(daftarGalat).toContainEqual(
        expect.objectContaining({ ...tempat, pesan: expect.stringContaining('Sel digabung') }),
      );
      // a hidden row
      salinan = await salin();
      salinan.ws.getRow(2).hidden = true;
      daftarGalat = bacaBuku(salinan.wb).galat;
      expect(daftarGalat[0]).toMatchObject({ ...tempat, pesan: expect.stringContaining('Baris tersembunyi') });
      // a value of the wrong type: an object where the field holds text, numbers or lists
      salinan = await salin();
      salinan.ws.getRow(2).getCell(kolomNilai).value = '{"salah": true}';
      daftarGalat = periksa(salinan.wb, contoh.asli);
      expect(daftarGalat.length).toBeGreaterThan(0);
      expect(daftarGalat[0]).toMatchObject(tempat);
      lengkap(daftarGalat[0]!);
      // an empty required column: the first field the schema requires, cleared in every row
      salinan = await salin();
      const wajib = daftar ? kolomWajib(jenis, nama, kepala) : barisWajib(jenis, nama, contoh.ws);
      if (wajib === undefined) return;
      if (daftar) salinan.ws.eachRow((r, i) => i > 1 && (r.getCell(wajib).value = null));
      else salinan.ws.getRow(wajib).getCell(2).value = null;
      daftarGalat = periksa(salinan.wb, contoh.asli);
      expect(daftarGalat.length).toBeGreaterThan(0);
      expect(daftarGalat[0]!.lembar).toBe(nama);
      // a name | value sheet's emptied field is named at its own row
      if (!daftar) expect(daftarGalat[0]!.baris).toBe(wajib);
      lengkap(daftarGalat[0]!);
    },
  );

  it.each([
    ['lkjip', 'Pengukuran'],
    ['lkjip', 'PK indikator'],
    ['renstra', 'Indikator sasaran'],
  ] as const)('%s "%s": an unknown indicator is named with its row and column', async (jenis, nama) => {
    const contoh = (await contohLembar(jenis, nama))!;
    const kepala = (contoh.ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    contoh.ws.getRow(2).getCell(kepala.indexOf('indikator')).value = 'indikator-tak-dikenal';
    const daftarGalat = periksa(contoh.wb, contoh.asli);
    expect(daftarGalat).toContainEqual(
      expect.objectContaining({ lembar: nama, baris: 2, kolom: expect.stringContaining('(indikator)') }),
    );
  });
});

const wajibDi = (skema: unknown, kunci: string) => {
  const def = (skema as { _zod: { def: { shape?: Record<string, { _zod: { def: { type: string } } }> } } } | undefined)
    ?._zod.def;
  const bidang = def?.shape?.[kunci];
  return !!bidang && !['optional', 'default', 'nullable'].includes(bidang._zod.def.type);
};

/** The row (1-based) of the first field a name | value sheet's object requires. */
function barisWajib(jenis: JenisBuku, nama: string, ws: ExcelJS.Worksheet): number | undefined {
  const lembar = BUKU[jenis].lembar.find((x) => x.nama === nama)!;
  const skema = skemaDi(BUKU[jenis].skema, langkah(lembar.jalur, ''));
  for (let nomorBaris = 2; nomorBaris <= ws.actualRowCount; nomorBaris++) {
    const kunci = String(ws.getRow(nomorBaris).getCell(1).value ?? '');
    if (!kunci.includes('.') && wajibDi(skema, kunci)) return nomorBaris;
  }
  return undefined;
}

/** The column (1-based) of the first field the sheet's items require. */
function kolomWajib(jenis: JenisBuku, nama: string, kepala: string[]): number | undefined {
  const lembar = BUKU[jenis].lembar.find((x) => x.nama === nama)!;
  const kolom = kepala.findIndex((judul, nomor) => {
    if (nomor < 2 || judul.includes('.') || judul === 'Catatan operator (tidak diimpor)') return false;
    return wajibDi(skemaDi(BUKU[jenis].skema, langkah(lembar.jalur, '')), judul);
  });
  return kolom > 0 ? kolom : undefined;
}

describe('the catalogue workbook: bad definitions named by sheet, row and column', { timeout: 120_000 }, () => {
  const katalog = async () => {
    const contoh = (await contohLembar('indikator', 'Indikator'))!;
    const kepala = (contoh.ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    return { ...contoh, kolom: (judul: string) => kepala.indexOf(judul) };
  };
  it('an unknown polarity ("naik turun")', async () => {
    const { wb, ws, asli, kolom } = await katalog();
    ws.getRow(2).getCell(kolom('polaritas')).value = 'naik turun';
    const galat = periksa(wb, asli);
    expect(galat).toContainEqual(
      expect.objectContaining({ lembar: 'Indikator', baris: 2, kolom: expect.stringContaining('(polaritas)') }),
    );
    lengkap(galat[0]!);
  });
  it('a duplicate indicator id', async () => {
    const { wb, ws, asli, kolom } = await katalog();
    ws.getRow(3).getCell(kolom('id')).value = ws.getRow(2).getCell(kolom('id')).value;
    const galat = periksa(wb, asli);
    expect(galat).toContainEqual(
      expect.objectContaining({
        lembar: 'Indikator',
        baris: 3,
        kolom: expect.stringContaining('(id)'),
        pesan: expect.stringContaining('ganda'),
      }),
    );
  });
  it('a number where the name (text) belongs, and an empty name', async () => {
    const { wb, ws, asli, kolom } = await katalog();
    ws.getRow(2).getCell(kolom('nama')).value = 12;
    ws.getRow(3).getCell(kolom('nama')).value = null;
    const galat = periksa(wb, asli);
    expect(galat).toContainEqual(
      expect.objectContaining({ lembar: 'Indikator', baris: 2, kolom: expect.stringContaining('(nama)') }),
    );
    expect(galat).toContainEqual(
      expect.objectContaining({ lembar: 'Indikator', baris: 3, kolom: expect.stringContaining('(nama)') }),
    );
  });
  it('a workbook of another kind is not read as a catalogue', async () => {
    const { wb } = await katalog();
    wb.title = 'katalog';
    expect(bacaBuku(wb).galat[0]).toMatchObject({ lembar: 'Petunjuk', diharapkan: 'lkjip | renstra | indikator' });
  });
});

describe('the blank catalogue workbook (a new agency from the browser)', { timeout: 120_000 }, () => {
  // a new agency's folder as the operator makes it in GitHub's web editor: instansi.json only (test data)
  const INSTANSI_BARU = {
    path: 'content/instansi/dinas-uji-baru/instansi.json',
    isi: JSON.stringify({ id: 'dinas-uji-baru', nama: 'Dinas Uji Baru', wilayah: 'kota-blitar' }),
  };
  const periksaBaru = (wb: ExcelJS.Workbook) =>
    periksaBuku(
      wb,
      () => undefined,
      (berkas, isi) => validasiSatuBerkas(files, berkas, isi, [INSTANSI_BARU]),
    );
  const isiSel = (ws: ExcelJS.Worksheet, baris: number, nilai: Record<string, string>) => {
    const kepala = (ws.getRow(1).values as unknown[]).map(String);
    for (const [judul, isi] of Object.entries(nilai)) ws.getRow(baris).getCell(kepala.indexOf(judul)).value = isi;
  };

  it('holds every sheet, Profil asks for the agency id, and unfilled it is refused at that cell', async () => {
    const wb = await lewatBerkas(await eksporBukuKosong('indikator'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Petunjuk', ...BUKU.indikator.lembar.map((l) => l.nama)]);
    expect(wb.getWorksheet('Profil')!.getRow(2).getCell(1).value).toBe('instansi');
    expect(bacaBuku(wb).jenis).toBe('indikator');
    expect(periksaBaru(wb).galat[0]).toMatchObject({ lembar: 'Profil', baris: 2 });
  });

  it("filled in, it becomes the new agency's indikator.json and validates", async () => {
    const wb = await lewatBerkas(await eksporBukuKosong('indikator'));
    wb.getWorksheet('Profil')!.getRow(2).getCell(2).value = 'dinas-uji-baru';
    isiSel(wb.getWorksheet('Sumber')!, 2, {
      [KOLOM_NOMOR]: '1',
      judul: 'Renstra Dinas Uji Baru',
      berkas: 'renstra.pdf',
    });
    isiSel(wb.getWorksheet('Indikator')!, 2, {
      [KOLOM_NOMOR]: '1',
      id: 'indeks-uji',
      nama: 'Indeks uji',
      polaritas: 'naik',
    });
    isiSel(wb.getWorksheet('IKU')!, 2, { [KOLOM_NOMOR]: '1.1', isi: '2025-2029' });
    const hasil = periksaBaru(await lewatBerkas(wb));
    expect(hasil.galat).toEqual([]);
    expect(hasil.berkas).toBe('content/instansi/dinas-uji-baru/indikator.json');
    expect(JSON.parse(hasil.isi!)).toEqual({
      instansi: 'dinas-uji-baru',
      sumber: [{ judul: 'Renstra Dinas Uji Baru', berkas: 'renstra.pdf' }],
      indikator: [{ id: 'indeks-uji', nama: 'Indeks uji', polaritas: 'naik', iku: ['2025-2029'] }],
    });
  });
});

describe('other tables as grid sheets ("Tabel lain N", laid out as printed)', { timeout: 120_000 }, () => {
  const BERKAS = 'bkd-kota-blitar/2021/lkjip.json';
  /** Test data: the edges a grid must keep apart (numeric text, "-" text and null, "", quotes, a short row). */
  const TABEL_UJI = {
    judul: 'Tabel uji (sintetis)',
    lokasi: { halaman: 1 },
    kolom: ['Uraian', '2020', '-', '[catatan]'],
    baris: [
      ['a', 1, null, '-'],
      ['', '72,58', 72.58, '"kutip"'],
      ['baris pendek', 2],
    ],
  };
  const ekspor = async (ubah?: (dok: { tabel_lain: unknown[] }) => void) => {
    const asli = bacaKonten(BERKAS);
    ubah?.(asli);
    return { asli, wb: await lewatBerkas(await eksporBuku('lkjip', asli)) };
  };
  const kepala = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);

  it('each table is a sheet: row 1 its headings verbatim, then its rows; the list sheet names it', async () => {
    const { asli, wb } = await ekspor();
    const daftar = wb.getWorksheet('Tabel lain')!;
    expect(kepala(daftar)).toContain(KOLOM_LEMBAR_KISI);
    expect(kepala(daftar)).not.toContain('kolom');
    expect(kepala(daftar)).not.toContain('baris');
    const kolomLembar = kepala(daftar).indexOf(KOLOM_LEMBAR_KISI) + 1;
    asli.tabel_lain.forEach((tabel: { kolom: string[]; baris: unknown[][] }, indeks: number) => {
      expect(daftar.getRow(indeks + 2).getCell(kolomLembar).value).toBe(`Tabel lain ${indeks + 1}`);
      const ws = wb.getWorksheet(`Tabel lain ${indeks + 1}`)!;
      expect(kepala(ws)).toEqual(tabel.kolom);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).protection?.locked).not.toBe(true);
      // null is "-"; text that would read otherwise is quoted as JSON, as on every sheet
      const sel = (nilai: unknown) =>
        nilai === null
          ? '-'
          : typeof nilai === 'string' &&
              (/^\s*[-–—]?\s*$/.test(nilai) || /^["[{]/.test(nilai) || nilai !== nilai.trim())
            ? JSON.stringify(nilai)
            : nilai;
      tabel.baris.forEach((isi, nomor) =>
        isi.forEach((nilai, kolom) => expect(ws.getRow(nomor + 2).getCell(kolom + 1).value).toEqual(sel(nilai))),
      );
    });
  });

  it('lossless: numeric text stays text, "-" text and null stay apart, "" and quotes keep, a short row stays short', async () => {
    const { asli, wb } = await ekspor((dok) => dok.tabel_lain.push(TABEL_UJI));
    const ws = wb.getWorksheet(`Tabel lain ${asli.tabel_lain.length}`)!;
    expect(ws.getRow(3).getCell(2).value).toBe('72,58');
    expect(ws.getRow(3).getCell(3).value).toBe(72.58);
    const hasil = bacaBuku(wb);
    expect(hasil.galat).toEqual([]);
    expect(hasil.dokumen).toEqual(asli);
    expect((hasil.dokumen!.tabel_lain as unknown[]).at(-1)).toEqual(TABEL_UJI);
  });

  it('an edited value reads back as that change, and the change list names it tabel_lain[…].baris[…]', async () => {
    const { asli, wb } = await ekspor();
    const ws = wb.getWorksheet('Tabel lain 1')!;
    const kolom = asli.tabel_lain[0].baris[1].findIndex((v: unknown) => typeof v === 'number');
    expect(kolom).toBeGreaterThanOrEqual(0);
    ws.getRow(3).getCell(kolom + 1).value = 12345;
    const hasil = bacaBuku(await lewatBerkas(wb));
    expect(hasil.galat).toEqual([]);
    const dokumen = hasil.dokumen as typeof asli;
    expect(dokumen.tabel_lain[0].baris[1][kolom]).toBe(12345);
    const perubahan = bandingkanNilai(asli, dokumen);
    expect(perubahan).toEqual([
      { jalur: `tabel_lain[1].baris[2][${kolom + 1}]`, lama: asli.tabel_lain[0].baris[1][kolom], baru: 12345 },
    ]);
    expect(tabelPerubahan(perubahan)).toContain(`| \`tabel_lain[1].baris[2][${kolom + 1}]\` |`);
  });

  it('a new table: a row on "Tabel lain" naming a new sheet', async () => {
    const { asli, wb } = await ekspor();
    const daftar = wb.getWorksheet('Tabel lain')!;
    const judul = kepala(daftar);
    const baru = daftar.getRow(asli.tabel_lain.length + 2);
    baru.getCell(1).value = String(asli.tabel_lain.length + 1);
    baru.getCell(judul.indexOf('judul') + 1).value = 'Tabel baru';
    baru.getCell(judul.indexOf(KOLOM_LEMBAR_KISI) + 1).value = 'Tabel lain baru';
    const ws = wb.addWorksheet('Tabel lain baru');
    ws.addRow(['Uraian', 'Nilai']);
    ws.addRow(['x', 3]);
    const hasil = bacaBuku(await lewatBerkas(wb));
    expect(hasil.galat).toEqual([]);
    expect((hasil.dokumen!.tabel_lain as unknown[]).at(-1)).toEqual({
      judul: 'Tabel baru',
      kolom: ['Uraian', 'Nilai'],
      baris: [['x', 3]],
    });
  });

  it('a workbook from before the grids (kolom and baris as JSON cells) still reads', async () => {
    const { asli, wb } = await ekspor();
    const daftar = wb.getWorksheet('Tabel lain')!;
    const kolomLembar = kepala(daftar).indexOf(KOLOM_LEMBAR_KISI) + 1;
    const kolomBaris = kepala(daftar).length + 1;
    daftar.getRow(1).getCell(kolomLembar).value = 'kolom';
    daftar.getRow(1).getCell(kolomBaris).value = 'baris';
    asli.tabel_lain.forEach((tabel: { kolom: unknown; baris: unknown }, indeks: number) => {
      daftar.getRow(indeks + 2).getCell(kolomLembar).value = JSON.stringify(tabel.kolom);
      daftar.getRow(indeks + 2).getCell(kolomBaris).value = JSON.stringify(tabel.baris);
      wb.removeWorksheet(wb.getWorksheet(`Tabel lain ${indeks + 1}`)!.id);
    });
    const hasil = bacaBuku(await lewatBerkas(wb));
    expect(hasil.galat).toEqual([]);
    expect(hasil.dokumen).toEqual(asli);
  });

  it('a content problem inside a grid (a row shorter than its headings) is placed at that row of the grid sheet', async () => {
    const { asli, wb } = await ekspor();
    const ws = wb.getWorksheet('Tabel lain 2')!;
    ws.getRow(3).getCell(asli.tabel_lain[1].kolom.length).value = null;
    const galat = periksa(await lewatBerkas(wb), asli);
    expect(galat).toContainEqual(
      expect.objectContaining({
        lembar: 'Tabel lain 2',
        baris: 3,
        pesan: expect.stringContaining('[tabel_lain[1].baris[1]]'),
      }),
    );
    galat.forEach(lengkap);
  });

  it('bad grids are named by sheet, row and column, in both languages', async () => {
    const { wb: asal } = await ekspor();
    const salin = async () => {
      const wb = await lewatBerkas(asal);
      return { wb, ws: wb.getWorksheet('Tabel lain 1')! };
    };
    const galatDari = (wb: ExcelJS.Workbook) => {
      const galat = bacaBuku(wb).galat;
      galat.forEach(lengkap);
      return galat;
    };
    // a formula
    let { wb, ws } = await salin();
    ws.getRow(2).getCell(2).value = { formula: '1+1', result: 2 } as never;
    expect(galatDari(wb)).toContainEqual(
      expect.objectContaining({
        lembar: 'Tabel lain 1',
        baris: 2,
        kolom: expect.stringMatching(/^B \(/),
        ditemukan: '=1+1',
      }),
    );
    // merged cells
    ({ wb, ws } = await salin());
    ws.mergeCells(2, 1, 2, 2);
    expect(galatDari(wb)).toContainEqual(
      expect.objectContaining({ lembar: 'Tabel lain 1', baris: 2, pesan: expect.stringContaining('Sel digabung') }),
    );
    // a hidden row
    ({ wb, ws } = await salin());
    ws.getRow(3).hidden = true;
    expect(galatDari(wb)).toContainEqual(
      expect.objectContaining({
        lembar: 'Tabel lain 1',
        baris: 3,
        pesan: expect.stringContaining('Baris tersembunyi'),
      }),
    );
    // a value under an empty heading
    ({ wb, ws } = await salin());
    const lebar = kepala(ws).length;
    ws.getRow(2).getCell(lebar + 2).value = 'lebih';
    expect(galatDari(wb)).toContainEqual(
      expect.objectContaining({
        lembar: 'Tabel lain 1',
        baris: 2,
        kolom: String.fromCharCode(65 + lebar + 1),
        ditemukan: 'lebih',
      }),
    );
    // a gap in the headings
    ({ wb, ws } = await salin());
    ws.getRow(1).getCell(2).value = null;
    expect(galatDari(wb)).toContainEqual(
      expect.objectContaining({
        lembar: 'Tabel lain 1',
        baris: 1,
        kolom: 'B',
        pesan: expect.stringContaining('Judul kolom kosong'),
      }),
    );
    // an empty cell inside a row
    ({ wb, ws } = await salin());
    ws.getRow(2).getCell(1).value = null;
    expect(galatDari(wb)).toContainEqual(
      expect.objectContaining({ lembar: 'Tabel lain 1', baris: 2, kolom: expect.stringMatching(/^A \(/) }),
    );
    // the list row names a sheet that does not exist
    ({ wb } = await salin());
    wb.removeWorksheet(wb.getWorksheet('Tabel lain 2')!.id);
    expect(galatDari(wb)).toContainEqual(
      expect.objectContaining({
        lembar: 'Tabel lain',
        baris: 3,
        kolom: expect.stringContaining(`(${KOLOM_LEMBAR_KISI})`),
        ditemukan: 'Tabel lain 2',
      }),
    );
    // a grid sheet no row names (it would be dropped)
    ({ wb } = await salin());
    wb.addWorksheet('Tabel lain 99').addRow(['Uraian']);
    expect(galatDari(wb)).toContainEqual(
      expect.objectContaining({ lembar: 'Tabel lain 99', pesan: expect.stringContaining(KOLOM_LEMBAR_KISI) }),
    );
  });
});

describe('a list below a tree (a budget line’s outputs, at any depth of the budget tree)', { timeout: 120_000 }, () => {
  it('No. urut is the budget line’s own number, then the output’s; a number whose line does not exist is an error', async () => {
    const asli = bacaKonten('bkd-kota-blitar/2021/lkjip.json');
    const wb = await lewatBerkas(await eksporBuku('lkjip', asli));
    const ws = wb.getWorksheet('Keluaran anggaran')!;
    const nomor: string[] = [];
    ws.eachRow((row, i) => i > 1 && nomor.push(String(row.getCell(1).value)));
    // outputs of sub-activities (line 1.2.1.1 → output 1.2.1.1.1): deeper than the sheet's three fixed parts
    expect(Math.max(...nomor.map((n) => n.split('.').length))).toBeGreaterThan(3);
    const [tabel, ...jalur] = nomor.at(-1)!.split('.').map(Number);
    const baris = jalur
      .slice(0, -1)
      .reduce(
        (induk: { anak?: unknown[] } | undefined, ke, i) =>
          (i === 0 ? asli.anggaran[tabel! - 1].baris : induk?.anak)?.[ke - 1] as { anak?: unknown[] },
        undefined,
      ) as { keluaran: unknown[] };
    expect(baris.keluaran[jalur.at(-1)! - 1]).toBeDefined();
    ws.getRow(nomor.length + 1).getCell(1).value = `${nomor.at(-1)!.split('.').slice(0, -1).join('.')}.9.1`;
    expect(bacaBuku(await lewatBerkas(wb)).galat).toContainEqual(
      expect.objectContaining({ lembar: 'Keluaran anggaran', baris: nomor.length + 1, kolom: `A (${KOLOM_NOMOR})` }),
    );
  });
});

describe('blank workbooks: a column for every field the schema allows, through unions and nested objects', () => {
  it.each([
    ['lkjip', 'Skala', ['id', 'nama', 'acuan']],
    ['lkjip', 'Skala pita', ['kode', 'label', 'bawah.nilai', 'bawah.inklusif', 'atas.nilai', 'atas.inklusif']],
    ['lkjip', 'Aturan tabel', ['jenis', 'hasil', 'dari', 'pembilang', 'penyebut', 'keterangan']],
    ['renstra', 'Aturan tabel', ['jenis', 'hasil', 'baris']],
  ] as const)('%s "%s": %j', async (jenis, nama, bidang) => {
    const wb = await eksporBukuKosong(jenis);
    const kepala = (wb.getWorksheet(nama)!.getRow(1).values as unknown[]).slice(1);
    expect(kepala).toEqual(expect.arrayContaining([KOLOM_NOMOR, ...bidang]));
    expect(kepala).not.toContain('isi');
  });

  it('an object field no item fills yet is its dotted columns, not one cell to type JSON into', async () => {
    const wb = await eksporBukuKosong('lkjip');
    for (const nama of ['Tabel lain', 'Pengukuran periode', 'Tercetak lain']) {
      const kepala = (wb.getWorksheet(nama)!.getRow(1).values as unknown[]).slice(1);
      expect(kepala).toEqual(expect.arrayContaining(['lokasi.bagian', 'lokasi.tabel', 'lokasi.halaman']));
      expect(kepala).not.toContain('lokasi');
    }
  });
});
