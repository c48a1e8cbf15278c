/**
 * npm run validate [-- --konten <dir>] [--json]
 * Checks every content file (schemas, references, unsafe MDX/HTML, budget
 * warnings) and prints ALL problems: file, line, field path, expected/found, in
 * Bahasa Indonesia with English beside it, and a hint. Exit 0 only when there is
 * no error (warnings allowed); 1 on errors; 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bacaFolder } from '../src/core/muat/baca-folder.ts';
import { folderProyek } from '../src/core/lingkungan.ts';
import { formatMasalah, ringkasMasalah } from '../src/core/muat/masalah.ts';
import { validasiBerkas } from '../src/core/publikasi/validasi.ts';
import { bacaArgumen } from './lib/argumen.ts';

const BANTUAN = `Pemakaian (usage): npm run validate -- [--konten <folder berisi content/>] [--json]`;

const arg = bacaArgumen(process.argv.slice(2), { nilai: ['konten'], bendera: ['json', 'help'] });
if (arg.galat || arg.bendera.has('help')) {
  console.error(arg.galat ? `${arg.galat}\n${BANTUAN}` : BANTUAN);
  process.exit(arg.galat ? 2 : 0);
}
const akar = arg.nilai.konten ? resolve(arg.nilai.konten) : folderProyek();
if (!existsSync(join(akar, 'content'))) {
  console.error(`Folder ${join(akar, 'content')} tidak ada (does not exist).\n${BANTUAN}`);
  process.exit(2);
}

const berkas = bacaFolder(akar);
const hasil = validasiBerkas(berkas);
if (arg.bendera.has('json')) {
  console.log(
    JSON.stringify(
      { sah: hasil.sah, galat: hasil.galat, peringatan: hasil.peringatan, masalah: hasil.masalah },
      null,
      2,
    ),
  );
} else {
  if (hasil.masalah.length) console.log(`${hasil.masalah.map(formatMasalah).join('\n\n')}\n`);
  console.log(
    hasil.sah
      ? `✔ Konten valid (content is valid): ${berkas.length} berkas diperiksa (files checked); ${ringkasMasalah(hasil.masalah)}.`
      : `✘ Konten tidak valid (content is invalid): ${ringkasMasalah(hasil.masalah)}.`,
  );
}
process.exit(hasil.sah ? 0 : 1);
