/**
 * node scripts/bench/kosakata.ts <folder of the source documents' OCR texts (*.txt)>
 *
 * Writes scripts/bench/kosakata.json: how often each word occurs in the real reports' text, so
 * synthetic narratives (sintetis.ts) draw their words as often as real reports use them. Search
 * cost depends on it: a word's posting list grows with how often pages use it. Only word counts
 * are kept, never sentences, and names are left out (words the reports only ever capitalise, and
 * the source regions' own names), so no synthetic text names a real person or place.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Names the source documents print in capitals (signatures, addresses) besides their places: synthetic agencies
 * live in "Kota Sintetis …" and are headed by nobody real.
 */
const NAMA = new Set([
  'bontang',
  'blitar',
  'kalimantan',
  'kaltim',
  'timur',
  'samarinda',
  'jawa',
  'roem',
  'moch',
  'kusno',
  'shofa',
  'basar',
  'graha',
  'grha',
]);

/** Word → occurrences. A word is kept if the text also writes it in lower case, or it is a short acronym (ASN, APBD). */
export function hitungKata(teks: string): Map<string, number> {
  const hitungan = new Map<string, number>();
  const biasa = new Set<string>();
  for (const [kataAsli] of teks.matchAll(/\p{L}{3,}/gu)) {
    const kataKecil = kataAsli.toLowerCase();
    hitungan.set(kataKecil, (hitungan.get(kataKecil) ?? 0) + 1);
    if (kataAsli === kataKecil || (kataAsli.length <= 5 && kataAsli === kataAsli.toUpperCase())) biasa.add(kataKecil);
  }
  for (const kataKecil of hitungan.keys()) if (!biasa.has(kataKecil) || NAMA.has(kataKecil)) hitungan.delete(kataKecil);
  return hitungan;
}

if (import.meta.main) {
  // the OCR texts are working files, not part of the repository (content/README.md, "Source files")
  if (!process.argv[2]) {
    console.error('Pemakaian (usage): node scripts/bench/kosakata.ts <folder berisi teks OCR dokumen sumber (*.txt)>');
    process.exit(2);
  }
  const folder = resolve(process.argv[2]);
  const teks = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(folder, f), 'utf8'))
    .join('\n');
  // words seen once are mostly OCR noise
  const kata = [...hitungKata(teks)].filter(([, c]) => c > 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const keluar = resolve(import.meta.dirname, 'kosakata.json');
  writeFileSync(keluar, `${JSON.stringify(kata)}\n`);
  console.log(`${kata.length} kata, ${kata.reduce((s, [, c]) => s + c, 0)} kemunculan → ${keluar}`);
}
