/**
 * node scripts/codeowners.ts [--konten <dir>] [--tim @org/team] [--keluaran <file>] [--periksa [--basis <dir>]]
 * Writes .github/CODEOWNERS from the `pemelihara` of every agency;
 * --periksa only checks that the committed file is current (exit 1 if not). With --basis (the base
 * branch's checkout, in a pull request), an agency that is new in the change need not be listed yet.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { muatKonten, pemeliharaInstansi } from '../src/core/muat/baca-folder.ts';
import { buatCodeowners, periksaCodeowners, TIM_PEMELIHARA } from '../src/core/publikasi/kepemilikan.ts';
import { bacaArgumen } from './lib/argumen.ts';

const argumen = bacaArgumen(process.argv.slice(2), {
  nilai: ['konten', 'tim', 'keluaran', 'basis'],
  bendera: ['periksa'],
});
if (argumen.galat) {
  console.error(argumen.galat);
  process.exit(2);
}
const proyek = resolve(argumen.nilai.konten ?? join(import.meta.dirname, '..'));
const keluaran = resolve(argumen.nilai.keluaran ?? join(proyek, '.github/CODEOWNERS'));
const tim = argumen.nilai.tim ?? TIM_PEMELIHARA;
const instansi = muatKonten(proyek, 'content', null).korpus.instansi.map((i) => ({
  id: i.data.id,
  pemelihara: i.data.pemelihara,
}));

if (argumen.bendera.has('periksa')) {
  const idBasis = argumen.nilai.basis ? new Set(pemeliharaInstansi(resolve(argumen.nilai.basis)).keys()) : undefined;
  const hasil = periksaCodeowners(existsSync(keluaran) ? readFileSync(keluaran, 'utf8') : '', instansi, idBasis, tim);
  (hasil.lulus ? console.log : console.error)(hasil.pesan.join('\n'));
  process.exit(hasil.lulus ? 0 : 1);
} else {
  mkdirSync(join(keluaran, '..'), { recursive: true });
  writeFileSync(keluaran, buatCodeowners(instansi, tim));
  console.log(`${keluaran} ditulis (written).`);
}
