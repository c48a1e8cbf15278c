/** Writes a scaffold's files after checking them with the rest of the content; nothing is written on an error. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bacaFolder } from '../../src/core/muat/baca-folder.ts';
import { formatMasalah } from '../../src/core/muat/masalah.ts';
import { validasiBerkas } from '../../src/core/publikasi/validasi.ts';
import type { HasilPerancah } from '../../src/core/publikasi/perancah.ts';

export function tulisPerancah(proyek: string, hasil: HasilPerancah): never {
  const ada = hasil.berkas.filter((b) => existsSync(join(proyek, b.path)));
  if (ada.length) {
    console.error(
      `✘ ${ada.map((b) => b.path).join(', ')} sudah ada; tidak ditimpa. (Already exists; not overwritten.)`,
    );
    process.exit(1);
  }
  const jalur = new Set(hasil.berkas.map((b) => b.path));
  const validasi = validasiBerkas([...bacaFolder(proyek), ...hasil.berkas]);
  const milik = validasi.masalah.filter((m) => jalur.has(m.berkas));
  if (milik.some((m) => m.tingkat === 'galat')) {
    console.error(
      `${milik.map(formatMasalah).join('\n\n')}\n\n✘ Hasil tidak valid; tidak ada yang ditulis. (Invalid; nothing written.)`,
    );
    process.exit(1);
  }
  for (const berkas of hasil.berkas) {
    mkdirSync(dirname(join(proyek, berkas.path)), { recursive: true });
    writeFileSync(join(proyek, berkas.path), berkas.isi);
    console.log(`✔ ${berkas.path} dibuat (created).`);
  }
  for (const catatan of hasil.catatan) console.log(`  • ${catatan}`);
  if (milik.length) console.log(`\n${milik.map(formatMasalah).join('\n\n')}`);
  process.exit(0);
}
