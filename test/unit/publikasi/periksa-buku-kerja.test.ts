/** The browser-only route's check: a workbook uploaded into an agency folder, as the pull-request guard runs it. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterAll, describe, expect, it } from 'vitest';
import { eksporBuku, eksporBukuKosong, type JenisBuku } from '../../../src/core/publikasi/buku-kerja.ts';
import { PROYEK } from './bantuan.ts';

const node = existsSync(join(PROYEK, 'node_modules/.bin/node'))
  ? join(PROYEK, 'node_modules/.bin/node')
  : process.execPath;
const folder: string[] = [];
afterAll(() => folder.forEach((d) => rmSync(d, { recursive: true, force: true })));
const BERKAS = 'content/instansi/bkpsdm-kota-bontang/2020/lkjip.json';

interface BukuUsulan {
  ubah: (wb: ExcelJS.Workbook) => void;
  berkas?: string;
  jenis?: JenisBuku;
  nama?: string;
}
/** A pull request's files: content/ with the workbooks, each changed by `ubah`, uploaded into the agency folder. */
async function usulanBanyak(daftar: BukuUsulan[]) {
  const folderUsulan = mkdtempSync(join(tmpdir(), 'usulan-'));
  folder.push(folderUsulan);
  cpSync(join(PROYEK, 'content'), join(folderUsulan, 'content'), { recursive: true });
  for (const { ubah, berkas = BERKAS, jenis = 'lkjip', nama = 'lkjip-2020.xlsx' } of daftar) {
    const wb = await eksporBuku(jenis, JSON.parse(readFileSync(join(PROYEK, berkas), 'utf8')));
    ubah(wb);
    await wb.xlsx.writeFile(join(folderUsulan, 'content/instansi/bkpsdm-kota-bontang', nama));
  }
  return spawnSync(node, [join(PROYEK, 'scripts/periksa-buku-kerja.ts'), '--konten', folderUsulan, '--basis', PROYEK], {
    encoding: 'utf8',
  });
}
const usulan = (ubah: BukuUsulan['ubah'], pilihan: Omit<BukuUsulan, 'ubah'> = {}) =>
  usulanBanyak([{ ubah, ...pilihan }]);
/** A blank workbook's sheet filled as an operator would: Profil by field name, list sheets by column heading. */
function isi(wb: ExcelJS.Workbook, lembar: string, baris: Record<string, string | number>[]) {
  const ws = wb.getWorksheet(lembar)!;
  if (lembar === 'Profil' || lembar === 'Evaluasi SAKIP') {
    for (const [nama, nilai] of Object.entries(baris[0]!)) {
      let nomorBaris = 2;
      while (ws.getRow(nomorBaris).getCell(1).value !== nama) {
        if (nomorBaris > ws.actualRowCount) throw new Error(`${lembar} has no row ${nama}`);
        nomorBaris++;
      }
      ws.getRow(nomorBaris).getCell(2).value = nilai;
    }
    return;
  }
  baris.forEach((isiBaris, indeks) => {
    for (const [judul, nilai] of Object.entries(isiBaris)) {
      const nomorKolom = kolom(ws, judul);
      if (nomorKolom < 1) throw new Error(`${lembar} has no column ${judul}`);
      ws.getRow(indeks + 2).getCell(nomorKolom).value = nilai;
    }
  });
}
const kolom = (ws: ExcelJS.Worksheet, nama: string) => (ws.getRow(1).values as unknown[]).findIndex((v) => v === nama);

describe('periksa-buku-kerja (the pull-request guard on an uploaded workbook)', () => {
  it(
    'a new agency from the browser alone: its instansi.json and three blank workbooks from /panduan/, in one pull request',
    { timeout: 120_000 },
    async () => {
      const folderUsulan = mkdtempSync(join(tmpdir(), 'usulan-'));
      folder.push(folderUsulan);
      cpSync(join(PROYEK, 'content'), join(folderUsulan, 'content'), { recursive: true });
      // test data: an agency that does not exist, in a region the content has
      const folderInstansi = join(folderUsulan, 'content/instansi/dinas-uji-baru');
      mkdirSync(folderInstansi);
      writeFileSync(
        join(folderInstansi, 'instansi.json'),
        JSON.stringify({ id: 'dinas-uji-baru', nama: 'Dinas Uji Baru', wilayah: 'kota-blitar' }),
      );
      const sumber = { 'No. urut': '1', judul: 'Dokumen uji', berkas: 'uji.pdf' };
      const katalog = await eksporBukuKosong('indikator');
      isi(katalog, 'Profil', [{ instansi: 'dinas-uji-baru' }]);
      isi(katalog, 'Sumber', [sumber]);
      isi(katalog, 'Indikator', [
        { 'No. urut': '1', id: 'indeks-uji', nama: 'Indeks uji', polaritas: 'naik', satuan: 'poin' },
      ]);
      isi(katalog, 'IKU', [{ 'No. urut': '1.1', isi: '2025-2029' }]);
      const renstra = await eksporBukuKosong('renstra');
      isi(renstra, 'Profil', [{ instansi: 'dinas-uji-baru', 'periode.mulai': 2025, 'periode.selesai': 2029 }]);
      isi(renstra, 'Sumber', [sumber]);
      isi(renstra, 'Versi', [{ 'No. urut': '1', id: 'awal', nama: 'Renstra 2025-2029', berlaku_mulai: 2025 }]);
      isi(renstra, 'Tujuan', [{ 'No. urut': '1.1', id: 'tujuan-uji', nama: 'Tujuan uji' }]);
      isi(renstra, 'Sasaran', [{ 'No. urut': '1.1.1', id: 'sasaran-uji', nama: 'Sasaran uji' }]);
      isi(renstra, 'Indikator sasaran', [{ 'No. urut': '1.1.1.1', indikator: 'indeks-uji' }]);
      isi(renstra, 'Target sasaran', [{ 'No. urut': '1.1.1.1.1', tahun: 2025, target: 70 }]);
      const laporan = await eksporBukuKosong('lkjip');
      isi(laporan, 'Profil', [
        {
          instansi: 'dinas-uji-baru',
          tahun: 2025,
          'rencana.jenis': 'renstra',
          'rencana.periode': '2025-2029',
          'sumber.judul': 'LKjIP Dinas Uji Baru 2025',
          'sumber.berkas': 'lkjip-2025.pdf',
          'transkripsi.cakupan': 'lengkap',
        },
      ]);
      isi(laporan, 'Pengukuran', [{ 'No. urut': '1', indikator: 'indeks-uji', target: 70, realisasi: 72.5 }]);
      for (const [nama, wb] of [
        ['indikator.xlsx', katalog],
        ['renstra-2025-2029.xlsx', renstra],
        ['lkjip-2025.xlsx', laporan],
      ] as const)
        await wb.xlsx.writeFile(join(folderInstansi, nama));
      const hasil = spawnSync(
        node,
        [join(PROYEK, 'scripts/periksa-buku-kerja.ts'), '--konten', folderUsulan, '--basis', PROYEK],
        {
          encoding: 'utf8',
        },
      );
      expect(hasil.stdout).not.toContain('GALAT (error)');
      expect(hasil.status, hasil.stdout).toBe(0);
      for (const berkas of ['indikator.json', 'renstra-2025-2029.json', '2025/lkjip.json'])
        expect(hasil.stdout).toContain(`menjadi \`content/instansi/dinas-uji-baru/${berkas}\``);
    },
  );

  it(
    'a valid workbook: the summary names the file it becomes and every value that changes, old and new',
    { timeout: 120_000 },
    async () => {
      const hasil = await usulan((wb) => {
        const ws = wb.getWorksheet('Pengukuran')!;
        ws.getRow(2).getCell(kolom(ws, 'realisasi')).value = 99.5;
      });
      expect(hasil.status).toBe(0);
      expect(hasil.stdout).toContain(`menjadi \`${BERKAS}\``);
      expect(hasil.stdout).toContain('1 nilai berubah (values change)');
      expect(hasil.stdout).toMatch(/\| `pengukuran\.indikator\[1:[a-z0-9-]+\]\.realisasi` \| `[\d.]+` \| `99\.5` \|/);
    },
  );

  it('a cell written to break out of the summary stays inside its code block', { timeout: 120_000 }, async () => {
    // test data: a hostile contributor's cell, trying to show the reviewer a fake "valid" and an image
    const jahat = 'x\n```\n\n## ✔ Semua valid\n\n![p](https://contoh.invalid/p.png)\n\n```text';
    const hasil = await usulan((wb) => {
      const ws = wb.getWorksheet('Pengukuran')!;
      ws.getRow(2).getCell(kolom(ws, 'realisasi')).value = jahat;
    });
    expect(hasil.status).toBe(1);
    const pohon = fromMarkdown(hasil.stdout) as { children: { type: string; depth?: number }[] };
    expect(pohon.children.filter((anak) => anak.type === 'heading').map((anak) => anak.depth)).toEqual([2, 3]);
    expect(pohon.children.map((anak) => anak.type)).not.toContain('html');
    expect(JSON.stringify(pohon)).not.toContain('"type":"image"');
    expect(hasil.stdout).toContain('## ✔ Semua valid');
  });

  it('a formula and a wrong type: problems by sheet, row and column, exit 1', { timeout: 120_000 }, async () => {
    const hasil = await usulan((wb) => {
      const ws = wb.getWorksheet('Pengukuran')!;
      ws.getRow(2).getCell(kolom(ws, 'realisasi')).value = { formula: 'B2*2', result: 4 } as never;
    });
    expect(hasil.status).toBe(1);
    expect(hasil.stdout).toContain('lembar (sheet) "Pengukuran", baris (row) 2, kolom (column)');
    expect(hasil.stdout).toContain('(realisasi)');
    expect(hasil.stdout).toContain('ditemukan (found): =B2*2');
  });

  it(
    'a catalogue workbook: converted, validated with the rest, its changed definitions listed field by field',
    { timeout: 120_000 },
    async () => {
      const katalog = { berkas: 'content/instansi/bkpsdm-kota-bontang/indikator.json', jenis: 'indikator' as const };
      const hasil = await usulan(
        (wb) => {
          const ws = wb.getWorksheet('Indikator')!;
          ws.getRow(2).getCell(kolom(ws, 'satuan')).value = 'poin';
          wb.getWorksheet('IKU')!.addRow(['1.2', '2022-2026']);
        },
        { ...katalog, nama: 'indikator.xlsx' },
      );
      expect(hasil.status).toBe(0);
      expect(hasil.stdout).toContain(`menjadi \`${katalog.berkas}\``);
      expect(hasil.stdout).toContain('2 nilai berubah (values change)');
      expect(hasil.stdout).toMatch(/\| `indikator\[1:[a-z0-9-]+\]\.satuan` \| `[^`]+` \| `poin` \|/);
      expect(hasil.stdout).toMatch(/\| `indikator\[1:[a-z0-9-]+\]\.iku\[2\]` \| — \| `2022-2026` \|/);
      // an unknown polarity is an error of the workbook, by sheet, row and column
      const rusak = await usulan(
        (wb) => {
          const ws = wb.getWorksheet('Indikator')!;
          ws.getRow(2).getCell(kolom(ws, 'polaritas')).value = 'naik turun';
        },
        { ...katalog, nama: 'indikator.xlsx' },
      );
      expect(rusak.status).toBe(1);
      expect(rusak.stdout).toContain('lembar (sheet) "Indikator", baris (row) 2, kolom (column)');
      expect(rusak.stdout).toContain('(polaritas)');
    },
  );

  it(
    'a catalogue and a report in one pull request: the report is checked against the catalogue as it will be',
    { timeout: 120_000 },
    async () => {
      // the report names an indicator only the uploaded catalogue defines; file names sort the report first
      const katalogBaru = {
        berkas: 'content/instansi/bkpsdm-kota-bontang/indikator.json',
        jenis: 'indikator' as const,
        nama: 'z-indikator.xlsx',
        ubah: (wb: ExcelJS.Workbook) => {
          const ws = wb.getWorksheet('Indikator')!;
          const baris = ws.getRow(ws.actualRowCount + 1);
          baris.getCell(kolom(ws, 'No. urut')).value = String(ws.actualRowCount);
          baris.getCell(kolom(ws, 'id')).value = 'indeks-uji-baru';
          baris.getCell(kolom(ws, 'nama')).value = 'Indeks uji baru';
          baris.getCell(kolom(ws, 'polaritas')).value = 'naik';
        },
      };
      const laporan = {
        nama: 'a-lkjip-2020.xlsx',
        ubah: (wb: ExcelJS.Workbook) => {
          const ws = wb.getWorksheet('Pengukuran')!;
          ws.getRow(2).getCell(kolom(ws, 'indikator')).value = 'indeks-uji-baru';
        },
      };
      const sendiri = await usulan(laporan.ubah, { nama: laporan.nama });
      expect(sendiri.status).toBe(1);
      expect(sendiri.stdout).toContain('indeks-uji-baru');
      const bersama = await usulanBanyak([laporan, katalogBaru]);
      const urutan = [...bersama.stdout.matchAll(/^### `([^`]+)`/gm)].map((m) => m[1]);
      expect(urutan).toEqual([
        'content/instansi/bkpsdm-kota-bontang/z-indikator.xlsx',
        'content/instansi/bkpsdm-kota-bontang/a-lkjip-2020.xlsx',
      ]);
      expect(bersama.status, bersama.stdout).toBe(0);
      expect(bersama.stdout).not.toContain('GALAT (error)');
    },
  );
});
