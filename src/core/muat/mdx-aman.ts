/**
 * Content is data, never code. A narrative chapter (MDX) may contain Markdown
 * and a tiny allow-list of harmless elements, nothing else: no import/export,
 * no JavaScript expressions in braces, no <script>, no <iframe>, no event-handler
 * attributes, no `javascript:` URLs. The body is parsed with the same MDX
 * grammar Astro uses (micromark + mdxjs), so what is checked is what would run.
 * Pure: text in, problems out.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { KEDALAMAN_MAKS } from './batas.ts';
import type { Masalah } from './masalah.ts';

/**
 * The project's own components a narrative may use (none yet), and the few plain
 * HTML elements Markdown lacks, each with the attributes it may carry (string values only).
 */
export const ELEMEN_DIIZINKAN: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sup: [],
  sub: [],
  abbr: ['title'],
};

export const JALUR_MDX = '(isi narasi MDX / MDX body)';

interface Titik {
  line: number;
  column: number;
}
interface Simpul {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Simpul[];
  position?: { start: Titik };
}

// eslint-disable-next-line no-control-regex -- the control characters are what a browser drops from a URL
const bersihkanUrl = (u: string) => u.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');

/**
 * Text that would run code if it were ever used as a link: a `javascript:` or `vbscript:` URL, or a
 * `data:` URL with a media type or payload (not the word "Data:" in a sentence). For text fields;
 * links themselves are held to the allow-list below.
 */
export const urlBerbahaya = (u: string) =>
  /^(javascript|vbscript):|^data:((text|image|application|audio|video|font|model|multipart|message)\/|[;,])/i.test(
    bersihkanUrl(u),
  );

/** The schemes a narrative's links and images may use; anything else with a scheme is refused. */
export const SKEMA_URL_DIIZINKAN = ['http', 'https', 'mailto'] as const;

/**
 * Whether a link target is allowed: http, https, mailto, or relative (no scheme). The scheme is read
 * as a browser reads it, after dropping the spaces and control characters it ignores.
 */
export function urlDiizinkan(url: string): boolean {
  const skema = skemaUrl(url);
  return skema === undefined || (SKEMA_URL_DIIZINKAN as readonly string[]).includes(skema);
}

/** A URL's scheme as a browser reads it (lowercase), or undefined for a relative address. */
export const skemaUrl = (u: string) => /^([a-z][a-z\d+.-]*):/i.exec(bersihkanUrl(u))?.[1]?.toLowerCase();

/** The problem text for a link whose scheme is not on the allow-list. */
export const pesanSkema = (url: string) => {
  const skema = skemaUrl(url) ?? '';
  return {
    pesan: `Tautan dengan skema "${skema}:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.`,
    message: `A link with the scheme "${skema}:" is not allowed: only http, https, mailto or a relative address.`,
  };
};

const ringkas = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Plain Markdown, which is what nearly every chapter is, holds none of the characters MDX needs for
 * elements, expressions or ESM, no character reference (`&#x09;` can hide a scheme), and no bracket
 * or backslash, without which no link or image can be written: such text needs no parse (parsing was
 * 70 % of validation time at scale). Whatever could hide a link goes through the full parse.
 */
export function pastiMarkdownBiasa(isi: string): boolean {
  return !/[<>{}&[\]\\]|^\s*(import|export)\b|xmpp:/im.test(isi) && !BARIS_DALAM.test(isi);
}

/**
 * The site renders narratives with GitHub's Markdown, which also turns bare `xmpp:name@host` into a
 * link (its literal autolinks are otherwise www., http(s) and e-mail addresses, all allowed).
 */
const AUTOLINK_XMPP = /\bxmpp:[^\s@]+@\S+/i;

/** A line that opens more levels (indents, quote marks, list markers) than the tree may have: parsed to be measured. */
const BARIS_DALAM = new RegExp(`^(?:[ \\t>*+-]|\\d+[.)]){${KEDALAMAN_MAKS},}`, 'm');

/**
 * `isi`: the MDX body without front matter; `barisAwal`: the file line the body
 * starts on, so problems point at the line in the file.
 */
export function periksaMdx(isi: string, berkas: string, barisAwal = 1): Masalah[] {
  if (pastiMarkdownBiasa(isi)) return [];
  const out: Masalah[] = [];
  const baris = (p?: { start: Titik }) => (p ? p.start.line + barisAwal - 1 : barisAwal);
  const galat = (
    n: Simpul | undefined,
    pesan: string,
    message: string,
    ditemukan: string,
    saran: string,
    diharapkan?: string,
  ) =>
    out.push({
      tingkat: 'galat',
      berkas,
      baris: baris(n?.position),
      jalur: JALUR_MDX,
      pesan,
      message,
      ...(diharapkan ? { diharapkan } : {}),
      ditemukan: ringkas(ditemukan),
      saran,
    });

  let pohon: Simpul;
  try {
    pohon = fromMarkdown(isi, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as unknown as Simpul;
  } catch (kesalahan) {
    if (kesalahan instanceof RangeError) return [galatKedalaman(berkas, barisAwal)];
    const err = kesalahan as { line?: number; place?: Titik | { start: Titik }; reason?: string; message?: string };
    const place = err.place && 'start' in err.place ? err.place.start : (err.place as Titik | undefined);
    const line = err.line ?? place?.line;
    out.push({
      tingkat: 'galat',
      berkas,
      baris: line ? line + barisAwal - 1 : barisAwal,
      jalur: JALUR_MDX,
      pesan: 'Narasi tidak dapat dibaca sebagai MDX.',
      message: `The narrative cannot be parsed as MDX (${err.reason ?? err.message ?? 'syntax error'}).`,
      diharapkan: 'Markdown biasa (plain Markdown)',
      ditemukan: ringkas(String(err.reason ?? err.message)),
      saran:
        'Tanda "<" dan "{" punya arti khusus di MDX; tulis "&lt;" dan "\\{" untuk menampilkannya (write "&lt;" and "\\{" to show them as text).',
    });
    return out;
  }

  const izin = Object.keys(ELEMEN_DIIZINKAN)
    .map((n) => `<${n}>`)
    .join(', ');
  const kunjungi = (simpul: Simpul) => {
    switch (simpul.type) {
      case 'mdxjsEsm':
        galat(
          simpul,
          'Pernyataan import/export tidak diizinkan di narasi: konten adalah data, bukan kode.',
          'import/export statements are not allowed in a narrative: content is data, not code.',
          simpul.value ?? '',
          'Hapus baris ini; narasi hanya berisi teks Markdown (remove this line; a narrative holds Markdown text only).',
          'teks Markdown (Markdown text)',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        galat(
          simpul,
          'Ekspresi JavaScript dalam kurung kurawal {…} tidak diizinkan di narasi.',
          'JavaScript expressions in braces {…} are not allowed in a narrative.',
          `{${simpul.value ?? ''}}`,
          'Tulis angkanya sebagai teks, atau "\\{" untuk kurung kurawal biasa (write the figure as text, or "\\{" for a literal brace).',
          'teks Markdown (Markdown text)',
        );
        break;
      case 'html':
        galat(
          simpul,
          'HTML mentah tidak diizinkan di narasi.',
          'Raw HTML is not allowed in a narrative.',
          simpul.value ?? '',
          'Gunakan Markdown (use Markdown).',
        );
        break;
      case 'text': {
        const xmpp = AUTOLINK_XMPP.exec(simpul.value ?? '')?.[0];
        if (xmpp)
          galat(
            simpul,
            pesanSkema(xmpp).pesan,
            pesanSkema(xmpp).message,
            xmpp,
            'Tulis alamatnya tanpa "xmpp:" (write the address without "xmpp:").',
            'https://… atau alamat relatif (or a relative address)',
          );
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        // the URL as parsed: escapes (`javascript\:`) and character references already decoded
        if (simpul.url && !urlDiizinkan(simpul.url))
          galat(
            simpul,
            pesanSkema(simpul.url).pesan,
            pesanSkema(simpul.url).message,
            simpul.url,
            'Gunakan alamat https:// (use an https:// address).',
            'https://… atau alamat relatif (or a relative address)',
          );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const nama = simpul.name ?? '';
        const tag = nama ? `<${nama}>` : '<>';
        const boleh = Object.hasOwn(ELEMEN_DIIZINKAN, nama) ? ELEMEN_DIIZINKAN[nama]! : null;
        if (nama.toLowerCase() === 'script')
          galat(
            simpul,
            'Elemen <script> tidak diizinkan: konten tidak boleh berisi kode.',
            '<script> elements are not allowed: content must not contain code.',
            tag,
            'Hapus elemen ini (remove this element).',
            izin,
          );
        else if (nama.toLowerCase() === 'iframe')
          galat(
            simpul,
            'Elemen <iframe> tidak diizinkan: narasi tidak boleh menyematkan halaman lain.',
            '<iframe> elements are not allowed: a narrative must not embed other pages.',
            tag,
            'Gunakan tautan Markdown [teks](https://…) (use a Markdown link).',
            izin,
          );
        else if (boleh === null)
          galat(
            simpul,
            `Elemen atau komponen ${tag} tidak ada di daftar yang diizinkan.`,
            `Element or component ${tag} is not on the allow-list.`,
            tag,
            'Gunakan Markdown: tabel, daftar, tautan, penekanan (use Markdown: tables, lists, links, emphasis).',
            izin,
          );
        for (const atribut of simpul.attributes ?? []) {
          if (atribut.type === 'mdxJsxExpressionAttribute') {
            galat(
              simpul,
              'Ekspresi JavaScript dalam kurung kurawal {…} tidak diizinkan di narasi.',
              'JavaScript expressions in braces {…} are not allowed in a narrative.',
              `${tag} {${String(atribut.value ?? '')}}`,
              'Tulis atribut sebagai teks: nama="nilai" (write attributes as text: name="value").',
              'teks Markdown (Markdown text)',
            );
            continue;
          }
          const an = atribut.name ?? '';
          const nilai = atribut.value;
          if (/^on/i.test(an)) {
            galat(
              simpul,
              `Atribut penangan peristiwa "${an}" tidak diizinkan: konten tidak boleh berisi kode.`,
              `Event-handler attribute "${an}" is not allowed: content must not contain code.`,
              `${an}=${typeof nilai === 'string' ? JSON.stringify(nilai) : '{…}'}`,
              'Hapus atribut ini (remove this attribute).',
            );
            continue;
          }
          if (nilai && typeof nilai === 'object') {
            galat(
              simpul,
              'Ekspresi JavaScript dalam kurung kurawal {…} tidak diizinkan di narasi.',
              'JavaScript expressions in braces {…} are not allowed in a narrative.',
              `${an}={${String((nilai as { value?: string }).value ?? '')}}`,
              'Tulis nilai atribut sebagai teks: nama="nilai" (write the value as text: name="value").',
              'teks Markdown (Markdown text)',
            );
            continue;
          }
          if (typeof nilai === 'string' && urlBerbahaya(nilai)) {
            galat(
              simpul,
              'Tautan "javascript:" (atau skema lain yang menjalankan kode) tidak diizinkan.',
              'A "javascript:" link (or another scheme that runs code) is not allowed.',
              `${an}=${JSON.stringify(nilai)}`,
              'Gunakan alamat https:// (use an https:// address).',
            );
            continue;
          }
          if (boleh !== null && !boleh.includes(an))
            galat(
              simpul,
              `Atribut "${an}" tidak diizinkan pada ${tag}.`,
              `Attribute "${an}" is not allowed on ${tag}.`,
              an,
              'Hapus atribut ini (remove this attribute).',
              boleh.length ? boleh.join(', ') : 'tanpa atribut (no attributes)',
            );
        }
        break;
      }
    }
  };
  // iterative, depth-limited: a deeply nested tree must not overflow the stack here or in the renderer
  const tumpukan: [Simpul, number][] = [[pohon, 0]];
  for (let item = tumpukan.pop(); item; item = tumpukan.pop()) {
    const [simpul, dalam] = item;
    if (dalam > KEDALAMAN_MAKS) {
      out.push(galatKedalaman(berkas, baris(simpul.position)));
      break;
    }
    kunjungi(simpul);
    for (const anak of [...(simpul.children ?? [])].reverse()) tumpukan.push([anak, dalam + 1]);
  }
  return out;
}

function galatKedalaman(berkas: string, baris: number): Masalah {
  return {
    tingkat: 'galat',
    berkas,
    baris,
    jalur: JALUR_MDX,
    pesan: `Narasi bersarang terlalu dalam: lebih dari ${KEDALAMAN_MAKS} tingkat (kutipan, daftar atau elemen di dalam satu sama lain).`,
    message: `The narrative is nested too deeply: more than ${KEDALAMAN_MAKS} levels (quotes, lists or elements inside one another).`,
    diharapkan: `paling banyak ${KEDALAMAN_MAKS} tingkat (at most ${KEDALAMAN_MAKS} levels)`,
    ditemukan: `lebih dari ${KEDALAMAN_MAKS} tingkat (more than ${KEDALAMAN_MAKS} levels)`,
    saran:
      'Ratakan susunannya: narasi LKjIP cukup dengan paragraf, daftar dan tabel (flatten it: paragraphs, lists and tables suffice).',
  };
}
