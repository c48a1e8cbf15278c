/** new-instansi and new-renstra, run as an operator would, into a temporary copy of content/. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROYEK } from './bantuan.ts';

const node = existsSync(join(PROYEK, 'node_modules/.bin/node'))
  ? join(PROYEK, 'node_modules/.bin/node')
  : process.execPath;
const folder = mkdtempSync(join(tmpdir(), 'perancah-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
cpSync(join(PROYEK, 'content'), join(folder, 'content'), { recursive: true });
// stdin is not a terminal here: a missing flag is a usage error, never a prompt that waits
const jalankan = (skrip: string, ...args: string[]) =>
  spawnSync(node, [join(PROYEK, 'scripts', skrip), ...args, '--konten', folder], {
    encoding: 'utf8',
    cwd: PROYEK,
    input: '',
  });
const baca = (p: string) => JSON.parse(readFileSync(join(folder, p), 'utf8'));
const ID = 'badan-kepegawaian-daerah-kota-malang';

describe('a new agency from nothing to a draft report', { timeout: 120_000 }, () => {
  it('new-instansi writes the region, the agency with its maintainers, and the catalogue', { timeout: 120_000 }, () => {
    const proses = jalankan(
      'new-instansi.ts',
      '--nama',
      'Badan Kepegawaian Daerah Kota Malang',
      '--singkatan',
      'BKD',
      '--wilayah',
      'Kota Malang',
      '--induk',
      'provinsi-jawa-timur',
      '--pemelihara',
      '@bkd-malang',
      '--indikator',
      'Indeks Profesionalitas ASN:naik; Rata-rata waktu layanan:turun',
      '--sumber-berkas',
      'lkjip-2025.pdf',
    );
    expect(proses.stderr).toBe('');
    expect(proses.status).toBe(0);
    expect(baca('content/wilayah/kota-malang.json')).toEqual({
      id: 'kota-malang',
      nama: 'Kota Malang',
      tingkat: 'kota',
      induk: 'provinsi-jawa-timur',
    });
    expect(baca(`content/instansi/${ID}/instansi.json`)).toMatchObject({
      wilayah: 'kota-malang',
      pemelihara: ['@bkd-malang'],
    });
    expect(baca(`content/instansi/${ID}/indikator.json`).indikator).toEqual([
      { id: 'indeks-profesionalitas-asn', nama: 'Indeks Profesionalitas ASN', polaritas: 'naik' },
      { id: 'rata-rata-waktu-layanan', nama: 'Rata-rata waktu layanan', polaritas: 'turun' },
    ]);
    // run again: nothing is overwritten
    expect(
      jalankan(
        'new-instansi.ts',
        '--nama',
        'Badan Kepegawaian Daerah Kota Malang',
        '--wilayah',
        'Kota Malang',
        '--pemelihara',
        '@x',
        '--indikator',
        'A:naik',
        '--sumber-berkas',
        'x.pdf',
      ).status,
    ).toBe(1);
  });

  it(
    'its closing message points to the catalogue workbook, which completes the definitions',
    { timeout: 120_000 },
    async () => {
      const proses = jalankan(
        'new-instansi.ts',
        ...['--nama', 'Dinas Katalog Contoh', '--wilayah', 'Kota Malang', '--pemelihara', '@contoh'],
        ...['--indikator', 'Indeks Kepuasan Layanan:naik', '--sumber-berkas', 'lkjip-2025.pdf'],
      );
      expect(proses.stdout).toContain('npm run buku-kerja -- ekspor dinas-katalog-contoh indikator');
      expect(jalankan('buku-kerja.ts', 'ekspor', 'dinas-katalog-contoh', 'indikator', '--keluar', folder).status).toBe(
        0,
      );
      const xlsx = join(folder, 'dinas-katalog-contoh-indikator.xlsx');
      // imported back unchanged, it is no change, even when the file is laid out otherwise (by hand)
      const katalog = join(folder, 'content/instansi/dinas-katalog-contoh/indikator.json');
      const tataLain = JSON.stringify(JSON.parse(readFileSync(katalog, 'utf8')), null, '\t');
      writeFileSync(katalog, tataLain);
      const sama = jalankan('buku-kerja.ts', 'impor', xlsx);
      expect(sama.status).toBe(0);
      expect(sama.stdout).toContain('sudah sama dengan buku kerja (already identical)');
      expect(readFileSync(katalog, 'utf8')).toBe(tataLain);
      const buku = new ExcelJS.Workbook();
      await buku.xlsx.readFile(xlsx);
      const lembar = buku.getWorksheet('Indikator')!;
      const kolom = (judul: string) => (lembar.getRow(1).values as unknown[]).indexOf(judul);
      lembar.getRow(2).getCell(kolom('satuan')).value = 'indeks';
      lembar.getRow(2).getCell(kolom('formula')).value = 'Jumlah nilai / jumlah responden';
      buku.getWorksheet('Varian nama')!.addRow(['1.1', 'IKM']);
      await buku.xlsx.writeFile(xlsx);
      // without --timpa the existing catalogue is kept; with it, replaced
      expect(jalankan('buku-kerja.ts', 'impor', xlsx).status).toBe(1);
      const impor = jalankan('buku-kerja.ts', 'impor', xlsx, '--timpa');
      expect(impor.stderr).toBe('');
      expect(baca('content/instansi/dinas-katalog-contoh/indikator.json').indikator).toEqual([
        {
          id: 'indeks-kepuasan-layanan',
          nama: 'Indeks Kepuasan Layanan',
          polaritas: 'naik',
          satuan: 'indeks',
          formula: 'Jumlah nilai / jumlah responden',
          varian_nama: ['IKM'],
        },
      ]);
    },
  );

  it('a missing flag without a terminal is a usage error naming the flag', () => {
    const proses = jalankan('new-instansi.ts', '--nama', 'Dinas Baru');
    expect(proses.status).toBe(2);
    expect(proses.stderr).toContain('--wilayah');
  });

  it('an indicator without polarity is refused, nothing written', () => {
    const proses = jalankan(
      'new-instansi.ts',
      '--nama',
      'Dinas Lain',
      '--wilayah',
      'Kota Blitar',
      '--pemelihara',
      '@a',
      '--indikator',
      'Indeks A',
      '--sumber-berkas',
      'a.pdf',
    );
    expect(proses.status).toBe(1);
    expect(proses.stderr).toContain('Polaritas belum disebut untuk: "Indeks A"');
    expect(existsSync(join(folder, 'content/instansi/dinas-lain'))).toBe(false);
  });

  it('its first Renstra, then a report; the agency validates with only draft warnings', { timeout: 120_000 }, () => {
    const proses = jalankan(
      'new-renstra.ts',
      ID,
      '--mulai',
      '2025',
      '--tujuan',
      'Meningkatnya kualitas ASN',
      '--sasaran',
      'Meningkatnya profesionalitas ASN',
      '--sumber-berkas',
      'renstra.pdf',
    );
    expect(proses.status).toBe(0);
    const renstra = baca(`content/instansi/${ID}/renstra-2025-2029.json`);
    expect(renstra.versi[0].tujuan[0].sasaran[0].indikator.map((i: { indikator: string }) => i.indikator)).toEqual([
      'indeks-profesionalitas-asn',
      'rata-rata-waktu-layanan',
    ]);
    expect(jalankan('new-report.ts', ID, '2025').status).toBe(0);
    const validasi = jalankan('validate.ts', '--instansi', ID);
    expect(validasi.status).toBe(0);
    expect(validasi.stdout).toContain('0 galat');
    expect(validasi.stdout).toContain(`DRAF (draft)  content/instansi/${ID}/2025/lkjip.json`);
  });
});

describe('new-renstra: the next period of an existing agency', () => {
  it(
    "follows the last period, same length, with the last version's tujuan, sasaran and indicators, targets empty",
    { timeout: 120_000 },
    () => {
      const proses = jalankan('new-renstra.ts', 'bkd-kota-blitar', '--sumber-berkas', 'renstra-2022.pdf');
      expect(proses.status).toBe(0);
      const lama = baca('content/instansi/bkd-kota-blitar/renstra-2016-2021.json');
      const baru = baca('content/instansi/bkd-kota-blitar/renstra-2022-2027.json');
      expect(baru.periode).toEqual({ mulai: 2022, selesai: 2027 });
      const ids = (r: {
        versi: {
          tujuan: { indikator: { indikator: string }[]; sasaran: { indikator: { indikator: string }[] }[] }[];
        }[];
      }) =>
        r.versi
          .at(-1)!
          .tujuan.flatMap((t) => [...t.indikator, ...t.sasaran.flatMap((s) => s.indikator)].map((i) => i.indikator));
      expect(ids(baru)).toEqual(ids(lama));
      expect(JSON.stringify(baru)).not.toContain('"target"');
      expect(jalankan('validate.ts', '--instansi', 'bkd-kota-blitar').status).toBe(0);
      // the same period again would overwrite: refused
      expect(jalankan('new-renstra.ts', 'bkd-kota-blitar', '--mulai', '2022', '--sumber-berkas', 'x.pdf').status).toBe(
        1,
      );
    },
  );
});
