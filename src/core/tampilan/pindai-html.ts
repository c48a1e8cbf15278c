/**
 * A rendered page read as a string, token by token, for the glossary pass (`istilah.ts`), which splices
 * a few links into the page instead of parsing all of it into a tree and writing it out again (3.5×
 * less CPU on a report page, docs/benchmarks.md). The table-card pass (`tabel-kartu.ts`) keeps parse5:
 * it reads small table fragments, where the string scan measured no faster. The HTML is the site's own (Astro's output and sanitised Markdown), so a
 * small tokenizer suffices: tags with quoted or bare attributes (a `>` inside quotes included),
 * comments and doctypes, text, and raw-text elements read up to their end tag. Pure.
 */

/** Elements with no end tag: they never hold anything (also read by scripts/lib/teks-indeks.ts). */
export const ELEMEN_KOSONG: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is raw text (never markup), read up to their end tag. */
const TEKS_MENTAH = new Set(['script', 'style', 'textarea', 'title']);

const TOKEN =
  /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|[^<]+|</g;

export type Token =
  /** a start tag; `kosong` when nothing can follow it inside (a void element, `<x/>`, a raw-text element) */
  | { jenis: 'buka'; nama: string; atribut: string; awal: number; akhir: number; kosong: boolean }
  | { jenis: 'tutup'; nama: string; awal: number; akhir: number }
  | { jenis: 'teks'; awal: number; akhir: number }
  /** a comment, a doctype, a stray "<", or a raw-text element's content */
  | { jenis: 'lain'; awal: number; akhir: number };

/** The tokens of `html` in order; `awal`/`akhir` are offsets in `html` (`akhir` exclusive). */
export function* pindaiHtml(html: string): Generator<Token> {
  const pola = new RegExp(TOKEN.source, 'g');
  for (let temu = pola.exec(html); temu; temu = pola.exec(html)) {
    const [utuh, tutup, namaTag, atribut, garisMiring] = temu;
    const awal = temu.index;
    const akhir = awal + utuh.length;
    if (!namaTag) {
      yield { jenis: utuh.startsWith('<') ? 'lain' : 'teks', awal, akhir };
      continue;
    }
    const nama = namaTag.toLowerCase();
    if (tutup) {
      yield { jenis: 'tutup', nama, awal, akhir };
      continue;
    }
    const mentah = TEKS_MENTAH.has(nama);
    yield {
      jenis: 'buka',
      nama,
      atribut: atribut ?? '',
      awal,
      akhir,
      kosong: mentah || ELEMEN_KOSONG.has(nama) || !!garisMiring,
    };
    if (mentah) {
      // its content is not markup: jump to its end tag, which comes next
      const ujung = new RegExp(`</${nama}\\b[^>]*>`, 'gi');
      ujung.lastIndex = akhir;
      const akhirTag = ujung.exec(html);
      const selesai = akhirTag ? akhirTag.index : html.length;
      if (selesai > akhir) yield { jenis: 'lain', awal: akhir, akhir: selesai };
      if (akhirTag) yield { jenis: 'tutup', nama, awal: akhirTag.index, akhir: ujung.lastIndex };
      pola.lastIndex = ujung.lastIndex || html.length;
    }
  }
}

/** `html` with each insertion (at an offset, in any order) spliced in. */
export function sisipkan(html: string, sisipan: readonly { letak: number; teks: string; ganti?: number }[]): string {
  const urut = [...sisipan].sort((kiri, kanan) => kiri.letak - kanan.letak);
  const potongan: string[] = [];
  let dari = 0;
  for (const { letak, teks, ganti = 0 } of urut) {
    potongan.push(html.slice(dari, letak), teks);
    dari = letak + ganti;
  }
  potongan.push(html.slice(dari));
  return potongan.join('');
}
