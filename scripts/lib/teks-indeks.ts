/**
 * A page's HTML as Pagefind should read it, which the reader never sees (scripts/indeks-cari.ts).
 * - Pagefind separates words only at the elements it knows as blocks (p, td, li, div, h1–h6…): the
 *   site's minified tables and definition lists gave "PolaritasMakin", "nasionalIndikatorPembanding".
 *   Header cells, terms, definitions and captions are read as the blocks they are (th → td, dt/dd/
 *   caption/figcaption/summary/legend → p), so each ends a sentence in the excerpts.
 * - Pagefind backtracks a word it does not know to the longest indexed word it starts with, so with
 *   the "x" of a multiplication in the index, "xyzqq" found seven pages. No single letter or digit is
 *   indexed: a lone "x" becomes "×", another lone character is left out (its punctuation stays).
 * Filter and meta values are left as they are. Raw text (script, style) and comments are untouched.
 */
import { tanpaKataSatuHuruf } from '../../src/core/publikasi/teks-cari.ts';
import { ELEMEN_KOSONG } from '../../src/core/tampilan/pindai-html.ts';

const SEBAGAI_BLOK: Record<string, string> = {
  th: 'td',
  dt: 'p',
  dd: 'p',
  caption: 'p',
  figcaption: 'p',
  summary: 'p',
  legend: 'p',
};

const ATRIBUT = /(?:[^>"']|"[^"]*"|'[^']*')*/.source;
// a comment, a doctype, an element whose content is not text (with that content), or any other tag
const MARKAH = new RegExp(
  [
    /<!--[\s\S]*?-->/.source,
    /<!doctype[^>]*>/.source,
    `<(script|style|template|textarea)\\b${ATRIBUT}>[\\s\\S]*?<\\/\\1\\s*>`,
    `<(\\/?)([a-zA-Z][a-zA-Z0-9-]*)(${ATRIBUT})>`,
  ].join('|'),
  'gi',
);
/** An element whose text is a filter's or meta's value (data-pagefind-filter="instansi"), not one given in the attribute ("tahun:2021"). */
const NILAI_PAGEFIND = /\sdata-pagefind-(?:filter|meta)\s*=\s*(?:"[\w-]+"|'[\w-]+'|[\w-]+(?=[\s>]|$))/i;

/** The HTML Pagefind indexes for a page (see above). */
export function htmlUntukIndeks(html: string): string {
  let hasil = '';
  let akhir = 0;
  // inside an element whose text is a filter or meta value: its tag name and nesting depth
  let lewati: { tag: string; dalam: number } | null = null;
  let tutupSebelumnya = false;
  for (const temuan of html.matchAll(MARKAH)) {
    const teks = html.slice(akhir, temuan.index);
    hasil += lewati ? teks : tanpaKataSatuHuruf(teks);
    // "<span>Program</span><span>Meningkatnya…" reads as two words on the page (the spans are laid
    // out apart), but Pagefind joins inline elements: a space between an end tag and the next tag
    // keeps them apart (and changes nothing between blocks)
    if (!teks && tutupSebelumnya && temuan[2] === '' && temuan[3]) hasil += ' ';
    akhir = temuan.index + temuan[0].length;
    const [utuh, , tutup, nama, atribut] = temuan;
    tutupSebelumnya = tutup === '/';
    if (!nama) {
      hasil += utuh;
      continue;
    }
    const tag = nama.toLowerCase();
    if (lewati && tag === lewati.tag) lewati.dalam += tutup ? -1 : 1;
    if (lewati?.dalam === 0) lewati = null;
    else if (!lewati && !tutup && !ELEMEN_KOSONG.has(tag) && NILAI_PAGEFIND.test(atribut ?? ''))
      lewati = { tag, dalam: 1 };
    const baru = SEBAGAI_BLOK[tag];
    hasil += baru ? `<${tutup}${baru}${atribut}>` : utuh;
  }
  return hasil + tanpaKataSatuHuruf(html.slice(akhir));
}
