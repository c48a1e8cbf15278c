/**
 * npm run validate [-- --instansi <id>] [--konten <dir>] [--json]
 * Checks every content file (schemas, references, unsafe MDX/HTML, budget
 * warnings) and prints ALL problems (with --instansi, only that agency's: its folder's files,
 * checked against the whole corpus); under each draft report, what is still missing: file, line, field path, expected/found, in
 * Bahasa Indonesia with English beside it, and a hint. Exit 0 only when there is
 * no error (warnings allowed); 1 on errors; 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bacaFolder } from '../src/core/muat/baca-folder.ts';
import { folderProyek } from '../src/core/lingkungan.ts';
import { formatMasalah, ringkasMasalah } from '../src/core/muat/masalah.ts';
import { validasiBerkas } from '../src/core/publikasi/validasi.ts';
import { sisaDraf } from '../src/core/publikasi/draf.ts';
import { rakitKorpus } from '../src/core/muat/korpus.ts';
import { bacaArgumen } from './lib/argumen.ts';

const BANTUAN = `Pemakaian (usage): npm run validate -- [--instansi <id>] [--konten <folder berisi content/>] [--json]`;

const argumen = bacaArgumen(process.argv.slice(2), { nilai: ['konten', 'instansi'], bendera: ['json', 'help'] });
if (argumen.galat || argumen.bendera.has('help')) {
  console.error(argumen.galat ? `${argumen.galat}\n${BANTUAN}` : BANTUAN);
  process.exit(argumen.galat ? 2 : 0);
}
const proyek = argumen.nilai.konten ? resolve(argumen.nilai.konten) : folderProyek();
if (!existsSync(join(proyek, 'content'))) {
  console.error(`Folder ${join(proyek, 'content')} tidak ada (does not exist).\n${BANTUAN}`);
  process.exit(2);
}

const berkas = bacaFolder(proyek);
const instansi = argumen.nilai.instansi;
const folder = instansi ? `content/instansi/${instansi}/` : 'content/';
if (instansi && !berkas.some((f) => f.path.startsWith(folder))) {
  console.error(`Folder ${folder} tidak ada (no such agency folder).\n${BANTUAN}`);
  process.exit(2);
}
const semua = validasiBerkas(berkas);
const masalah = semua.masalah.filter((m) => m.berkas.startsWith(folder));
const galat = masalah.filter((m) => m.tingkat === 'galat').length;
const hasil = { sah: galat === 0, galat, peringatan: masalah.length - galat, masalah };
// drafts are not in the published corpus: read them from the files
const draf = rakitKorpus(berkas)
  .korpus.instansi.flatMap((i) => i.laporan)
  .filter((l) => l.data.draf && l.berkas.startsWith(folder));
if (argumen.bendera.has('json')) {
  console.log(
    JSON.stringify({ ...hasil, draf: draf.map((l) => ({ berkas: l.berkas, belum: sisaDraf(l.data) })) }, null, 2),
  );
} else {
  if (hasil.masalah.length) console.log(`${hasil.masalah.map(formatMasalah).join('\n\n')}\n`);
  for (const laporan of draf)
    console.log(
      `DRAF (draft)  ${laporan.berkas}: yang masih kurang (still missing):\n${sisaDraf(laporan.data)
        .map((s) => `  • ${s}`)
        .join('\n')}\n`,
    );
  console.log(
    hasil.sah
      ? `✔ Konten valid (content is valid): ` +
          `${instansi ? `instansi ${instansi}` : `${berkas.length} berkas diperiksa (files checked)`}; ${ringkasMasalah(hasil.masalah)}.`
      : `✘ Konten tidak valid (content is invalid): ${ringkasMasalah(hasil.masalah)}.`,
  );
}
process.exit(hasil.sah ? 0 : 1);
