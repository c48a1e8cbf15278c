/**
 * npm run new-report -- <instansi> <tahun> [--konten <dir>]
 * Writes content/instansi/<instansi>/<tahun>/lkjip.json, pre-filled from the
 * Renstra in force and last year's report, with the realisations empty.
 * Never overwrites an existing report.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { muatKonten } from '../src/core/muat/baca-folder.ts';
import { folderProyek } from '../src/core/lingkungan.ts';
import { formatMasalah } from '../src/core/muat/masalah.ts';
import { buatKerangka, GalatKerangka } from '../src/core/publikasi/kerangka.ts';
import { bacaArgumen } from './lib/argumen.ts';

const BANTUAN = 'Pemakaian (usage): npm run new-report -- <instansi> <tahun> [--konten <folder berisi content/>]';
const argumen = bacaArgumen(process.argv.slice(2), { nilai: ['konten'], bendera: ['help'] });
const [instansi, tahunTeks] = argumen.posisi;
if (
  argumen.galat ||
  argumen.bendera.has('help') ||
  !instansi ||
  !tahunTeks ||
  !/^\d{4}$/.test(tahunTeks) ||
  argumen.posisi.length > 2
) {
  console.error(argumen.galat ? `${argumen.galat}\n${BANTUAN}` : BANTUAN);
  process.exit(argumen.bendera.has('help') ? 0 : 2);
}
const tahun = Number(tahunTeks);
const proyek = argumen.nilai.konten ? resolve(argumen.nilai.konten) : folderProyek();
const tujuan = join(proyek, 'content/instansi', instansi, String(tahun), 'lkjip.json');
if (existsSync(tujuan)) {
  console.error(`✘ ${tujuan} sudah ada; tidak ditimpa. (Already exists; not overwritten.)`);
  process.exit(1);
}
const { korpus, masalah } = muatKonten(proyek);
try {
  const kerangka = buatKerangka(korpus, instansi, tahun);
  mkdirSync(dirname(tujuan), { recursive: true });
  writeFileSync(tujuan, `${JSON.stringify(kerangka.laporan, null, 2)}\n`);
  console.log(`✔ ${kerangka.berkas} dibuat (created).`);
  for (const catatan of kerangka.catatan) console.log(`  • ${catatan}`);
  const lagi = muatKonten(proyek).masalah.filter((m) => m.berkas === kerangka.berkas && m.tingkat === 'galat');
  if (lagi.length) console.log(`\nPerhatian (note):\n${lagi.map(formatMasalah).join('\n\n')}`);
} catch (galat) {
  if (!(galat instanceof GalatKerangka)) throw galat;
  console.error(`✘ ${galat.message}`);
  const terkait = masalah.filter((m) => m.tingkat === 'galat' && m.berkas.includes(`/instansi/${instansi}/`));
  if (terkait.length)
    console.error(
      `\nKonten instansi ini belum valid (this agency's content is not valid yet):\n${terkait.map(formatMasalah).join('\n\n')}`,
    );
  process.exit(1);
}
