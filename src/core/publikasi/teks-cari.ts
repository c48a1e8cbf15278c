/**
 * Text as Pagefind should index it: Pagefind backtracks a word it does not know to the longest indexed
 * word it starts with, so with the "x" of a multiplication in the index, "xyzqq" found seven pages. No
 * single letter or digit is indexed: a lone "x" becomes "×", another lone character is left out (its
 * punctuation stays). Used for the pages' HTML (scripts/lib/teks-indeks.ts) and the search records
 * built from content (rekaman-cari.ts).
 */
const SPASI = /(\s+|&nbsp;|&#160;|&#xa0;)/i;
/** An entity, or one letter or digit outside an entity. */
const ENTITAS_ATAU_HURUF = /(&(?:[a-z]+|#\d+|#x[0-9a-f]+);)|([\p{L}\p{N}])/giu;
/** The letters and digits of a word, outside entities such as &#39; */
const alfanumerik = (kata: string) => [...kata.matchAll(ENTITAS_ATAU_HURUF)].flatMap((m) => (m[2] ? [m[2]] : []));
const ganti = (kata: string, jadi: string) => kata.replace(ENTITAS_ATAU_HURUF, (m, entitas) => (entitas ? m : jadi));

/** A whitespace-separated word with a single letter or digit (HTML spaces aside). */
const SATU_HURUF = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}][^\s\p{L}\p{N}]*(?=\s|$)/u;

/** Text without single-character words (see above). */
export function tanpaKataSatuHuruf(teks: string): string {
  // most text has no such word and no entity: returned as it is, without splitting it word by word
  if (!teks.includes('&') && !SATU_HURUF.test(teks)) return teks;
  // words at even indexes, the spaces between them at odd ones
  const bagian = teks.split(SPASI);
  for (let indeks = 0; indeks < bagian.length; indeks += 2) {
    const kata = bagian[indeks]!;
    const inti = alfanumerik(kata);
    if (inti.length !== 1) continue;
    if (inti[0] === 'x' || inti[0] === 'X') {
      bagian[indeks] = ganti(kata, '×');
      continue;
    }
    const sisa = ganti(kata, '').replace(/\(\)|\[\]/g, '');
    bagian[indeks] = sisa;
    // what is left ("),", ".") joins the word before it; a word left out takes a space with it
    if (indeks > 0) bagian[indeks - 1] = '';
    else if (!sisa && bagian.length > 1) bagian[1] = '';
  }
  return bagian.join('');
}
