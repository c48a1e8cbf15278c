/**
 * node scripts/periksa-buku-kerja.ts --konten <folder> [--basis <folder>]
 * The browser-only route's check, run by the pull-request guard with the base branch's code: every
 * workbook (.xlsx) in an agency folder of <folder>/content is read as data, converted, validated with
 * the rest of the content, and compared with the content as it is on the base branch (--basis).
 * Prints Markdown for the job summary: problems by sheet/row/column, and a table of the values that
 * change. Exit 1 when a workbook has errors.
 * A new agency uploads its catalogue, Renstra and report workbooks in one pull request: they are read
 * catalogue first, then Renstra, then reports, and each is validated with the files the ones before it
 * become, as the content will be once they are imported.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { bacaFolder } from '../src/core/muat/baca-folder.ts';
import {
  adalahJenisBuku,
  bandingkanNilai,
  formatGalatBuku,
  periksaBuku,
  jenisBuku,
  tabelPerubahan,
  type JenisBuku,
} from '../src/core/publikasi/buku-kerja.ts';
import { blokKode, kodeSebaris } from '../src/core/publikasi/markdown-aman.ts';
import { validasiSatuBerkas } from '../src/core/publikasi/validasi.ts';
import { bacaArgumen } from './lib/argumen.ts';

/** An operator's workbook is a few hundred kilobytes; a larger file is refused before it is unpacked. */
const UKURAN_MAKS = 5 * 1024 * 1024;

const argumen = bacaArgumen(process.argv.slice(2), { nilai: ['konten', 'basis'], bendera: [] });
if (argumen.galat || !argumen.nilai.konten) {
  console.error(
    `${argumen.galat ?? ''}\nPemakaian (usage): node scripts/periksa-buku-kerja.ts --konten <folder> [--basis <folder>]`,
  );
  process.exit(2);
}
const proyek = resolve(argumen.nilai.konten);
const basis = argumen.nilai.basis ? resolve(argumen.nilai.basis) : undefined;
const folder = join(proyek, 'content/instansi');
const buku = existsSync(folder)
  ? readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.xlsx$/i.test(f))
      .sort()
  : [];
const keluar: string[] = ['## Buku kerja (workbooks)', ''];
if (!buku.length) {
  console.log([...keluar, 'Tidak ada buku kerja di pull request ini (no workbook in this pull request).'].join('\n'));
  process.exit(0);
}
const semuaBerkas = bacaFolder(proyek);
const bacaJson = (dasar: string | undefined, berkas: string) => {
  if (!dasar || !existsSync(join(dasar, berkas))) return undefined;
  try {
    return JSON.parse(readFileSync(join(dasar, berkas), 'utf8'));
  } catch {
    return undefined;
  }
};
let gagal = 0;
/** a workbook that cannot be opened is reported at once; the others wait for their turn */
const terbaca: { jalurBuku: string; bukuKerja: ExcelJS.Workbook; urutan: number }[] = [];
const URUTAN_JENIS: Record<JenisBuku, number> = { indikator: 0, renstra: 1, lkjip: 2 };
for (const jalurBuku of buku) {
  const gagalBuka = (pesan: string) => {
    gagal++;
    keluar.push(`### ${kodeSebaris(`content/instansi/${jalurBuku}`)}`, '', pesan, '');
  };
  const ukuran = statSync(join(folder, jalurBuku)).size;
  if (ukuran > UKURAN_MAKS) {
    gagalBuka(`✘ Berkas terlalu besar (${ukuran} bita; paling besar ${UKURAN_MAKS}) (file too large).`);
    continue;
  }
  const bukuKerja = new ExcelJS.Workbook();
  try {
    await bukuKerja.xlsx.readFile(join(folder, jalurBuku));
  } catch {
    gagalBuka('✘ Bukan berkas XLSX yang dapat dibaca; simpan ulang sebagai .xlsx (not a readable XLSX file).');
    continue;
  }
  const jenis = jenisBuku(bukuKerja);
  terbaca.push({ jalurBuku, bukuKerja, urutan: adalahJenisBuku(jenis) ? URUTAN_JENIS[jenis] : 3 });
}
// the content as it will be: the files the workbooks read so far become
const hasilImpor: { path: string; isi: string }[] = [];
for (const { jalurBuku, bukuKerja } of terbaca.sort((a, b) => a.urutan - b.urutan)) {
  const nama = `content/instansi/${jalurBuku}`;
  keluar.push(`### ${kodeSebaris(nama)}`, '');
  const hasil = periksaBuku(
    bukuKerja,
    (berkas) => bacaJson(basis, berkas) ?? bacaJson(proyek, berkas),
    (berkas, isi) => validasiSatuBerkas(semuaBerkas, berkas, isi, hasilImpor),
  );
  if (hasil.berkas && !hasil.berkas.startsWith(`content/instansi/${jalurBuku.split('/')[0]}/`)) {
    hasil.galat.push({
      lembar: 'Profil',
      pesan: `Buku kerja ini untuk ${hasil.berkas}, bukan untuk folder tempat ia diunggah.`,
      message: `This workbook is for ${hasil.berkas}, not for the folder it was uploaded to.`,
      saran: 'Unggah ke folder instansinya sendiri (upload it to its own agency folder).',
    });
  }
  if (hasil.galat.length) {
    gagal++;
    keluar.push(
      `✘ ${hasil.galat.length} masalah; perbaiki di buku kerja lalu unggah lagi (${hasil.galat.length} problems; fix them in the workbook and upload again).`,
      '',
      blokKode(hasil.galat.map((g) => formatGalatBuku(relative(proyek, join(folder, jalurBuku)), g)).join('\n\n')),
      '',
    );
    continue;
  }
  hasilImpor.push({ path: hasil.berkas!, isi: hasil.isi! });
  keluar.push(
    `✔ Terbaca dan valid; menjadi ${kodeSebaris(hasil.berkas!)} (reads and validates; becomes that file).`,
    '',
    tabelPerubahan(bandingkanNilai(bacaJson(basis, hasil.berkas!), JSON.parse(hasil.isi!))),
    '',
  );
  if (hasil.peringatan.length)
    keluar.push(
      '<details><summary>Peringatan (warnings)</summary>',
      '',
      blokKode(
        hasil.peringatan
          .map((g) => formatGalatBuku(nama, g).replace(/^GALAT \(error\)/, 'PERINGATAN (warning)'))
          .join('\n\n'),
      ),
      '</details>',
      '',
    );
}
console.log(keluar.join('\n'));
process.exit(gagal ? 1 : 0);
