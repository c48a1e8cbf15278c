/**
 * node scripts/codeowners.ts [--konten <dir>] [--tim @org/team] [--periksa]
 * Writes .github/CODEOWNERS from the `pemelihara` of every agency;
 * --periksa only checks that the committed file is current (exit 1 if not).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { muatKonten } from '../src/core/muat/baca-folder.ts';
import { buatCodeowners, TIM_PEMELIHARA } from '../src/core/publikasi/kepemilikan.ts';
import { bacaArgumen } from './lib/argumen.ts';

const arg = bacaArgumen(process.argv.slice(2), { nilai: ['konten', 'tim', 'keluaran'], bendera: ['periksa'] });
if (arg.galat) {
  console.error(arg.galat);
  process.exit(2);
}
const proyek = join(import.meta.dirname, '..');
const akar = resolve(arg.nilai.konten ?? proyek);
const keluaran = resolve(arg.nilai.keluaran ?? join(proyek, '.github/CODEOWNERS'));
const { korpus } = muatKonten(akar);
const teks = buatCodeowners(
  korpus.instansi.map((i) => ({ id: i.data.id, pemelihara: i.data.pemelihara })),
  arg.nilai.tim ?? TIM_PEMELIHARA,
);

if (arg.bendera.has('periksa')) {
  const lama = existsSync(keluaran) ? readFileSync(keluaran, 'utf8') : '';
  if (lama !== teks) {
    console.error(
      '.github/CODEOWNERS tidak sesuai dengan "pemelihara" di instansi.json. Jalankan `node scripts/codeowners.ts` dan commit hasilnya ' +
        "(perubahan pemelihara). (.github/CODEOWNERS is out of date: run the script and commit it, as a maintainers' change.)",
    );
    process.exit(1);
  }
  console.log('✔ .github/CODEOWNERS sesuai (up to date).');
} else {
  mkdirSync(join(keluaran, '..'), { recursive: true });
  writeFileSync(keluaran, teks);
  console.log(`${keluaran} ditulis (written).`);
}
