/**
 * npm run buku-kerja -- ekspor <instansi> <tahun|renstra-AAAA-BBBB|indikator> [--keluar <folder>] [--konten <dir>]
 * npm run buku-kerja -- impor <berkas.xlsx> [--timpa] [--konten <dir>]
 * The workbook route (src/core/publikasi/buku-kerja.ts): one XLSX per report, Renstra or indicator
 * catalogue, written
 * from content and read back into it. Import writes nothing unless the result validates with the
 * rest of the content, and replaces an existing file only with --timpa.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import { bacaFolder } from '../src/core/muat/baca-folder.ts';
import { folderProyek } from '../src/core/lingkungan.ts';
import { validasiSatuBerkas } from '../src/core/publikasi/validasi.ts';
import { eksporBuku, formatGalatBuku, periksaBuku, type JenisBuku } from '../src/core/publikasi/buku-kerja.ts';
import { bacaArgumen } from './lib/argumen.ts';

const BANTUAN = [
  'Pemakaian (usage):',
  '  npm run buku-kerja -- ekspor <instansi> <tahun | renstra-AAAA-BBBB | indikator> [--keluar <folder>] [--konten <folder>]',
  '  npm run buku-kerja -- impor <berkas.xlsx> [--timpa] [--konten <folder>]',
].join('\n');
const argumen = bacaArgumen(process.argv.slice(2), { nilai: ['keluar', 'konten'], bendera: ['timpa', 'help'] });
const [perintah, ...posisi] = argumen.posisi;
const proyek = argumen.nilai.konten ? resolve(argumen.nilai.konten) : folderProyek();
const gagal = (pesan: string, kode = 2): never => {
  console.error(`${pesan}\n${BANTUAN}`);
  process.exit(kode);
};
if (argumen.galat || argumen.bendera.has('help')) gagal(argumen.galat ?? '', argumen.galat ? 2 : 0);

if (perintah === 'ekspor') {
  const [instansi, apa] = posisi;
  if (!instansi || !apa || posisi.length > 2)
    gagal('Sebutkan instansi dan tahun, renstra-AAAA-BBBB atau indikator (give the agency and what to export).');
  const jenis: JenisBuku | undefined =
    apa === 'indikator'
      ? 'indikator'
      : /^renstra-\d{4}-\d{4}$/.test(apa!)
        ? 'renstra'
        : /^\d{4}$/.test(apa!)
          ? 'lkjip'
          : undefined;
  if (!jenis) gagal(`"${apa}" bukan tahun, renstra-AAAA-BBBB atau indikator.`);
  const berkas =
    jenis === 'lkjip' ? `content/instansi/${instansi}/${apa}/lkjip.json` : `content/instansi/${instansi}/${apa}.json`;
  if (!existsSync(join(proyek, berkas)))
    gagal(
      `✘ ${berkas} tidak ada (does not exist). Buat dulu dengan npm run ${jenis === 'indikator' ? 'new-instansi' : 'new-report / new-renstra'}.`,
      1,
    );
  const dokumen = JSON.parse(readFileSync(join(proyek, berkas), 'utf8').replace(/^\uFEFF/, ''));
  const buku = await eksporBuku(jenis!, dokumen);
  const keluar = resolve(argumen.nilai.keluar ?? '.');
  mkdirSync(keluar, { recursive: true });
  const tujuan = join(keluar, `${instansi}-${apa}.xlsx`);
  await buku.xlsx.writeFile(tujuan);
  console.log(`✔ ${relative(process.cwd(), tujuan)} ditulis dari (written from) ${berkas}.`);
} else if (perintah === 'impor') {
  const [sumber] = posisi;
  if (!sumber || posisi.length > 1 || !/\.xlsx$/i.test(sumber))
    gagal('Sebutkan satu berkas .xlsx (give one .xlsx file).');
  const buku = new ExcelJS.Workbook();
  await buku.xlsx.readFile(resolve(sumber!));
  const semuaBerkas = bacaFolder(proyek);
  const hasil = periksaBuku(
    buku,
    (berkas) => (existsSync(join(proyek, berkas)) ? JSON.parse(readFileSync(join(proyek, berkas), 'utf8')) : undefined),
    (berkas, isi) => validasiSatuBerkas(semuaBerkas, berkas, isi),
  );
  const nama = relative(process.cwd(), resolve(sumber!));
  if (hasil.galat.length || !hasil.berkas || !hasil.isi) {
    console.error(
      `${hasil.galat.map((g) => formatGalatBuku(nama, g)).join('\n\n')}\n\n✘ ${hasil.galat.length} ` +
        `masalah; tidak ada yang ditulis. (${hasil.galat.length} problems; nothing was written.)`,
    );
    process.exit(1);
  }
  const tujuan = join(proyek, hasil.berkas);
  const ada = existsSync(tujuan);
  // the same content in another layout (a hand-formatted file) is no change either
  if (
    ada &&
    isDeepStrictEqual(JSON.parse(readFileSync(tujuan, 'utf8').replace(/^\uFEFF/, '')), JSON.parse(hasil.isi))
  ) {
    console.log(`✔ ${hasil.berkas} sudah sama dengan buku kerja (already identical).`);
    process.exit(0);
  }
  if (ada && !argumen.bendera.has('timpa'))
    gagal(
      `✘ ${hasil.berkas} sudah ada; tidak ditimpa. Pakai --timpa untuk menggantinya. (Exists; use --timpa to replace it.)`,
      1,
    );
  mkdirSync(dirname(tujuan), { recursive: true });
  writeFileSync(tujuan, hasil.isi);
  console.log(`✔ ${hasil.berkas} ${ada ? 'diganti (replaced)' : 'dibuat (created)'} dari (from) ${nama}.`);
  if (hasil.peringatan.length)
    console.log(
      `\n${hasil.peringatan.map((g) => formatGalatBuku(nama, g).replace(/^GALAT \(error\)/, 'PERINGATAN (warning)')).join('\n\n')}`,
    );
} else gagal(perintah ? `Perintah "${perintah}" tidak dikenal (unknown command).` : '');
