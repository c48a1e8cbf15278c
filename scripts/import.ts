/**
 * npm run import -- <berkas.csv|berkas.xlsx> [--instansi <id> --tahun <yyyy>] [--timpa] [--konten <dir>]
 * Turns a filled-in spreadsheet (templates/lkjip.csv) into
 * content/instansi/<id>/<tahun>/lkjip.json. Reads Indonesian number formats;
 * reports every unreadable cell with its row and column; writes nothing unless
 * the result validates; never replaces existing content without --timpa.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { bacaFolder } from '../src/core/muat/baca-folder.ts';
import { folderProyek } from '../src/core/lingkungan.ts';
import { rakitKorpus } from '../src/core/muat/korpus.ts';
import { formatMasalah } from '../src/core/muat/masalah.ts';
import { readSheet } from 'read-excel-file/node';
import { barisLembar, type BarisCsv } from '../src/core/publikasi/csv-baca.ts';
import { bacaLembar, formatGalatImpor, imporLaporan } from '../src/core/publikasi/impor.ts';
import { validasiSatuBerkas } from '../src/core/publikasi/validasi.ts';
import { bacaArgumen } from './lib/argumen.ts';

const BANTUAN =
  'Pemakaian (usage): npm run import -- <berkas.csv|.xlsx> [--instansi <id> --tahun <yyyy>] [--timpa] [--konten <folder berisi content/>]';
const argumen = bacaArgumen(process.argv.slice(2), {
  nilai: ['instansi', 'tahun', 'konten'],
  bendera: ['timpa', 'help'],
});
const [sumber] = argumen.posisi;
if (argumen.galat || argumen.bendera.has('help') || !sumber || argumen.posisi.length > 1) {
  console.error(argumen.galat ? `${argumen.galat}\n${BANTUAN}` : BANTUAN);
  process.exit(argumen.bendera.has('help') ? 0 : 2);
}
if (/\.xls$/i.test(sumber)) {
  console.error(
    'Berkas .xls (Excel lama) tidak didukung: simpan sebagai .xlsx atau CSV. (Old .xls files are not supported: save as .xlsx or CSV.)',
  );
  process.exit(2);
}
let lembarMasuk: string | BarisCsv[];
if (/\.xlsx$/i.test(sumber)) {
  // The first sheet; number cells stay numbers (Excel has already read the Indonesian format).
  lembarMasuk = barisLembar(await readSheet(resolve(sumber)));
} else {
  const isiMentah = readFileSync(resolve(sumber));
  try {
    lembarMasuk = new TextDecoder('utf-8', { fatal: true }).decode(isiMentah);
  } catch {
    // Older Excel saves CSV as Windows-1252.
    lembarMasuk = new TextDecoder('windows-1252').decode(isiMentah);
    console.warn('Catatan: berkas bukan UTF-8, dibaca sebagai Windows-1252 (note: not UTF-8, read as Windows-1252).');
  }
}
const nama = relative(process.cwd(), resolve(sumber));
const { lembar, galat } = bacaLembar(lembarMasuk);
const instansi = argumen.nilai.instansi ?? lembar.meta.instansi?.nilai;
const tahunTeks = argumen.nilai.tahun ?? lembar.meta.tahun?.nilai;
if (!instansi || !tahunTeks || !/^\d{4}$/.test(tahunTeks)) {
  console.error(
    'Instansi dan tahun tidak diketahui: tulis "#instansi" dan "#tahun" di lembar, atau beri --instansi dan --tahun. (Agency and year unknown.)',
  );
  process.exit(2);
}
const tahun = Number(tahunTeks);
const proyek = argumen.nilai.konten ? resolve(argumen.nilai.konten) : folderProyek();
const berkas = `content/instansi/${instansi}/${tahun}/lkjip.json`;
const tujuan = join(proyek, berkas);
const semuaBerkas = bacaFolder(proyek);
const { korpus } = rakitKorpus(semuaBerkas);

let ada: unknown;
if (existsSync(tujuan)) {
  try {
    ada = JSON.parse(readFileSync(tujuan, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    if (!argumen.bendera.has('timpa')) {
      console.error(
        `✘ ${berkas} ada tetapi bukan JSON yang valid; perbaiki dulu, atau pakai --timpa untuk membuat ulang. (Exists but is not valid JSON.)`,
      );
      process.exit(1);
    }
  }
}
const hasil = galat.length
  ? { galat, diganti: [], catatan: [], laporan: undefined }
  : imporLaporan({ lembar, korpus, instansi, tahun, ada: ada as never });
if (hasil.galat.length) {
  console.error(
    `${hasil.galat.map((g) => formatGalatImpor(nama, g)).join('\n\n')}\n\n✘ ` +
      `${hasil.galat.length} sel/baris tidak dapat dibaca; tidak ada yang ditulis. ` +
      `(${hasil.galat.length} cells/rows could not be read; nothing was written.)`,
  );
  process.exit(1);
}
if (hasil.diganti.length && !argumen.bendera.has('timpa')) {
  console.error(
    `✘ ${berkas} sudah berisi ${hasil.diganti.join(', ')}; tidak ditimpa. Pakai --timpa untuk menggantinya. ` +
      `(${berkas} already holds ${hasil.diganti.join(', ')}; not overwritten. Use --timpa to replace it.)`,
  );
  process.exit(1);
}
const isi = `${JSON.stringify(hasil.laporan, null, 2)}\n`;
const milik = validasiSatuBerkas(semuaBerkas, berkas, isi);
if (milik.some((m) => m.tingkat === 'galat')) {
  console.error(
    `${milik.map(formatMasalah).join('\n\n')}\n\n✘ Hasil impor tidak valid; tidak ada yang ` +
      `ditulis. (The imported report does not validate; nothing was written.)`,
  );
  process.exit(1);
}
mkdirSync(dirname(tujuan), { recursive: true });
writeFileSync(tujuan, isi);
console.log(`✔ ${berkas} ${ada ? 'diperbarui (updated)' : 'dibuat (created)'} dari (from) ${nama}.`);
for (const catatan of hasil.catatan) console.log(`  • ${catatan}`);
if (milik.length) console.log(`\n${milik.map(formatMasalah).join('\n\n')}`);
