/** Writes a scaffold's files after checking them with the rest of the content; nothing is written on an error. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bacaFolder } from '../../src/core/muat/baca-folder.ts';
import { formatMasalah } from '../../src/core/muat/masalah.ts';
import { validasiBerkas } from '../../src/core/publikasi/validasi.ts';
import type { HasilPerancah } from '../../src/core/publikasi/perancah.ts';

export function tulisPerancah(proyek: string, h: HasilPerancah): never {
  const ada = h.berkas.filter((b) => existsSync(join(proyek, b.path)));
  if (ada.length) {
    console.error(
      `✘ ${ada.map((b) => b.path).join(', ')} sudah ada; tidak ditimpa. (Already exists; not overwritten.)`,
    );
    process.exit(1);
  }
  const jalur = new Set(h.berkas.map((b) => b.path));
  const v = validasiBerkas([...bacaFolder(proyek), ...h.berkas]);
  const milik = v.masalah.filter((m) => jalur.has(m.berkas));
  if (milik.some((m) => m.tingkat === 'galat')) {
    console.error(
      `${milik.map(formatMasalah).join('\n\n')}\n\n✘ Hasil tidak valid; tidak ada yang ditulis. (Invalid; nothing written.)`,
    );
    process.exit(1);
  }
  for (const b of h.berkas) {
    mkdirSync(dirname(join(proyek, b.path)), { recursive: true });
    writeFileSync(join(proyek, b.path), b.isi);
    console.log(`✔ ${b.path} dibuat (created).`);
  }
  for (const c of h.catatan) console.log(`  • ${c}`);
  if (milik.length) console.log(`\n${milik.map(formatMasalah).join('\n\n')}`);
  process.exit(0);
}
