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

const arg = bacaArgumen(process.argv.slice(2), {
  nilai: ['konten', 'tim', 'keluaran', 'basis'],
  bendera: ['periksa'],
});
if (arg.galat) {
  console.error(arg.galat);
  process.exit(2);
}
const proyek = resolve(arg.nilai.konten ?? join(import.meta.dirname, '..'));
const keluaran = resolve(arg.nilai.keluaran ?? join(proyek, '.github/CODEOWNERS'));
const tim = arg.nilai.tim ?? TIM_PEMELIHARA;
const instansi = muatKonten(proyek, 'content', null).korpus.instansi.map((i) => ({
  id: i.data.id,
  pemelihara: i.data.pemelihara,
}));

if (arg.bendera.has('periksa')) {
  const idBasis = arg.nilai.basis ? new Set(pemeliharaInstansi(resolve(arg.nilai.basis)).keys()) : undefined;
  const h = periksaCodeowners(existsSync(keluaran) ? readFileSync(keluaran, 'utf8') : '', instansi, idBasis, tim);
  (h.lulus ? console.log : console.error)(h.pesan.join('\n'));
  process.exit(h.lulus ? 0 : 1);
} else {
  mkdirSync(join(keluaran, '..'), { recursive: true });
  writeFileSync(keluaran, buatCodeowners(instansi, tim));
  console.log(`${keluaran} ditulis (written).`);
}
