/**
 * Inline definitions of SAKIP terms, fed from the glossary's own source (src/dokumentasi/glosarium.mdx): its
 * `<Istilah id nama kepanjangan>` entries are read here, so the glossary page and the inline definitions
 * share one list. The first use of each term in a page's rendered HTML becomes a link to `/glosarium/#id`
 * with the definition's first sentence (or an abbreviation's long form) as its title. Pure.
 */
import { parseFragment, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';

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

type Simpul = T.ChildNode | T.DocumentFragment;

/**
 * Links the first use of each glossary term in `html` to its entry (`glosarium` is the glossary's URL,
 * e.g. "/glosarium/"); `sudah` holds the ids already defined on the page and is updated.
 */
export function tandaiIstilah(
  html: string,
  istilah: readonly IstilahGlosarium[],
  glosarium: string,
  sudah: Set<string> = new Set(),
): string {
  const pola = istilah.map((i) => ({
    i,
    re: new RegExp(`(?<![\\p{L}\\p{N}-])${escRegex(kataIstilah(i))}(?![\\p{L}\\p{N}-])`, i.singkatan ? 'u' : 'iu'),
  }));
  const fragmen = parseFragment(html);
  const jalan = (simpul: Simpul) => {
    // `data-tanpa-istilah`: markup kept deliberately compact (the budget tree) opts out
    if (
      'tagName' in simpul &&
      (LEWATI.has(simpul.tagName) ||
        simpul.attrs.some((a) => a.name === 'aria-hidden' || a.name === 'data-tanpa-istilah'))
    )
      return;
    if (!('childNodes' in simpul)) return;
    for (let indeks = 0; indeks < simpul.childNodes.length; indeks++) {
      const anak = simpul.childNodes[indeks]!;
      if (anak.nodeName !== '#text' || !('value' in anak)) {
        jalan(anak);
        continue;
      }
      // the earliest match among the terms not yet defined on this page
      let awal: { i: IstilahGlosarium; posisi: number; kata: string } | null = null;
      for (const { i: urutan, re } of pola) {
        if (sudah.has(urutan.id)) continue;
        const cocok = re.exec(anak.value);
        if (cocok && (!awal || cocok.index < awal.posisi)) awal = { i: urutan, posisi: cocok.index, kata: cocok[0] };
      }
      if (!awal) continue;
      sudah.add(awal.i.id);
      const { i: urutanAwal, posisi, kata } = awal;
      const judul = escHtml(
        urutanAwal.kepanjangan ? `${urutanAwal.kepanjangan}. ${urutanAwal.ringkas}` : urutanAwal.ringkas,
      );
      const tanda = urutanAwal.singkatan ? 'abbr' : 'dfn';
      const sisipan = parseFragment(
        `${escHtml(anak.value.slice(0, posisi))}<a class="istilah" ` +
          `href="${escHtml(glosarium)}#${escHtml(urutanAwal.id)}"><${tanda} title="${judul}">${escHtml(kata)}</${tanda}></a>`,
      ).childNodes;
      const sisa = anak.value.slice(posisi + kata.length);
      anak.value = sisa;
      for (const sisip of sisipan) sisip.parentNode = simpul as T.ParentNode;
      simpul.childNodes.splice(indeks, 0, ...sisipan);
      // continue with the rest of this text (the next loop step lands on it)
      indeks += sisipan.length - 1;
    }
  };
  jalan(fragmen);
  return serialize(fragmen);
}
