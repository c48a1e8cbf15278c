/**
 * Inline definitions of SAKIP terms, fed from the glossary's own source (src/dokumentasi/glosarium.mdx): its
 * `<Istilah id nama kepanjangan>` entries are read here, so the glossary page and the inline definitions
 * share one list. The first use of each term in a page's rendered HTML becomes a link to `/glosarium/#id`
 * with the definition's first sentence (or an abbreviation's long form) as its title. Pure.
 */
import { pindaiHtml, sisipkan } from './pindai-html.ts';
export interface IstilahGlosarium {
  id: string;
  nama: string;
  kepanjangan: string | null;
  /** the definition's first sentence, plain text */
  ringkas: string;
  /** an abbreviation (PK, SILPA, LKjIP) matches as written; a word matches in any case */
  singkatan: boolean;
}

const POLA_ISTILAH = /<Istilah\s+id="([^"]+)"\s+nama="([^"]+)"(?:\s+kepanjangan="([^"]+)")?\s*>([\s\S]*?)<\/Istilah>/g;

/** The first sentence of an MDX body as plain text: links keep their words, components and markup go. */
function kalimatPertama(mdx: string): string {
  const polos = mdx
    .replace(/<[A-Z][^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const akhir = polos.search(/\.(\s|$)/);
  return akhir < 0 ? polos : polos.slice(0, akhir + 1);
}

/** The glossary's terms, in its order, from the MDX text of the glossary page. */
export function bacaGlosarium(mdx: string): IstilahGlosarium[] {
  return [...mdx.matchAll(POLA_ISTILAH)].map(([, id, nama, kepanjangan, isi]) => ({
    id: id!,
    nama: nama!,
    kepanjangan: kepanjangan ?? null,
    ringkas: kalimatPertama(isi!),
    // "LKjIP", "SILPA", "N/A": a capital after the first letter
    singkatan: /^.[^a-z\s]*[A-Z/]/.test(nama!) && !/\s/.test(nama!),
  }));
}

/** What a term matches in text: an abbreviation as written, otherwise its anchor's words in any case. */
const kataIstilah = (i: IstilahGlosarium) => (i.singkatan ? i.nama : i.id.replace(/-/g, ' '));

const escRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a term must not be linked: inside links and other controls, headings, code, scripts, existing definitions. */
const LEWATI = new Set([
  'a',
  'abbr',
  'dfn',
  'button',
  'summary',
  'label',
  'select',
  'option',
  'textarea',
  'script',
  'style',
  'template',
  'code',
  'pre',
  'svg',
  'canvas',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'caption',
  'th',
  'figcaption',
]);

/**
 * Links the first use of each glossary term in `html` to its entry (`glosarium` is the glossary's URL,
 * e.g. "/glosarium/"); `sudah` holds the ids already defined on the page and is updated.
 *
 * The page is read as a string (`pindai-html.ts`): only the text runs outside the skipped elements are
 * looked at, and a link is spliced in where a term first appears. Text runs are matched as written
 * (entities left encoded), so a term is matched by its encoded form.
 */
export function tandaiIstilah(
  html: string,
  istilah: readonly IstilahGlosarium[],
  glosarium: string,
  sudah: Set<string> = new Set(),
): string {
  // Two patterns over the terms not yet defined, in the glossary's order (which wins a tie at one
  // position): abbreviations as written, words in any case. Rebuilt only when a term gets its link.
  const buatPola = (singkatan: boolean) => {
    const sisa = istilah.flatMap((i, urutan) => (i.singkatan === singkatan && !sudah.has(i.id) ? [urutan] : []));
    if (!sisa.length) return null;
    const pilihan = sisa.map((urutan) => `(?<t${urutan}>${escRegex(escHtml(kataIstilah(istilah[urutan]!)))})`);
    // the left edge is checked by hand: a regex that starts with a lookbehind tries it at every position
    return new RegExp(`(?:${pilihan.join('|')})(?![\\p{L}\\p{N}-])`, singkatan ? 'gu' : 'giu');
  };
  const TEPI_KATA = /[\p{L}\p{N}-]/u;
  /** The first match of `re` in `teks` that does not continue a word on its left. */
  const temuPertama = (re: RegExp, teks: string) => {
    re.lastIndex = 0;
    for (let temu = re.exec(teks); temu; temu = re.exec(teks)) {
      if (temu.index === 0 || !TEPI_KATA.test(teks[temu.index - 1]!)) return temu;
      re.lastIndex = temu.index + 1;
    }
    return null;
  };
  let pola = [buatPola(true), buatPola(false)];
  /** The earliest term in `teks`, with its glossary order, or null. */
  const cariIstilah = (teks: string) => {
    let awal: { urutan: number; posisi: number; kata: string } | null = null;
    for (const re of pola) {
      const temu = re && temuPertama(re, teks);
      if (!temu) continue;
      const urutan = Number(
        Object.entries(temu.groups!)
          .find(([, kata]) => kata !== undefined)![0]
          .slice(1),
      );
      if (!awal || temu.index < awal.posisi || (temu.index === awal.posisi && urutan < awal.urutan))
        awal = { urutan, posisi: temu.index, kata: temu[0] };
    }
    return awal;
  };
  if (!pola[0] && !pola[1]) return html;
  // open elements, and how many of them make their content skipped
  const terbuka: { nama: string; lewati: boolean }[] = [];
  let dilewati = 0;
  const sisipan: { letak: number; teks: string; ganti: number }[] = [];
  for (const token of pindaiHtml(html)) {
    if (token.jenis === 'tutup') {
      const letak = terbuka.findLastIndex((elemen) => elemen.nama === token.nama);
      if (letak >= 0) for (const elemen of terbuka.splice(letak)) if (elemen.lewati) dilewati -= 1;
      continue;
    }
    if (token.jenis === 'buka') {
      if (token.kosong) continue;
      const lewati = LEWATI.has(token.nama) || /\s(?:aria-hidden|data-tanpa-istilah)(?=[\s=]|$)/i.test(token.atribut);
      terbuka.push({ nama: token.nama, lewati });
      if (lewati) dilewati += 1;
      continue;
    }
    if (token.jenis !== 'teks' || dilewati > 0) continue;
    // a run of text: link the earliest terms not yet defined on this page, one after another
    let awalTeks = token.awal;
    let teks = html.slice(token.awal, token.akhir);
    for (let awal = cariIstilah(teks); awal; awal = cariIstilah(teks)) {
      const entri = istilah[awal.urutan]!;
      const { posisi, kata } = awal;
      sudah.add(entri.id);
      pola = [buatPola(true), buatPola(false)];
      const judul = escHtml(entri.kepanjangan ? `${entri.kepanjangan}. ${entri.ringkas}` : entri.ringkas);
      const tanda = entri.singkatan ? 'abbr' : 'dfn';
      sisipan.push({
        letak: awalTeks + posisi,
        ganti: kata.length,
        teks: `<a class="istilah" href="${escHtml(glosarium)}#${escHtml(entri.id)}"><${tanda} title="${judul}">${kata}</${tanda}></a>`,
      });
      teks = teks.slice(posisi + kata.length);
      awalTeks += posisi + kata.length;
    }
    if (!pola[0] && !pola[1]) break;
  }
  return sisipkan(html, sisipan);
}
