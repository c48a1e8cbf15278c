/**
 * The last check on a narrative, on the HTML it rendered to: whatever Markdown or MDX syntax
 * produced it (an escaped colon, a reference definition, a character reference, an autolink),
 * every URL in it must be http, https, mailto or relative, no element may carry an event
 * handler, and no element that loads or runs something (script, iframe, object…) may appear.
 * The validator (mdx-aman.ts) refuses all of these in the source already; this check holds
 * even if the renderer reads the source differently. Pure: HTML in, problems out.
 */
import { fromHtml } from 'hast-util-from-html';
import { JALUR_MDX, pesanSkema, urlDiizinkan } from './mdx-aman.ts';
import type { Masalah } from './masalah.ts';

/** hast property names (camelCase) whose value is a URL, or a list of them. */
const PROPERTI_URL = new Set([
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'poster',
  'cite',
  'background',
  'data',
  'xLinkHref',
  'ping',
  'longDesc',
  'manifest',
  'codeBase',
  'archive',
  'lowsrc',
  'dynsrc',
]);

const ELEMEN_TERLARANG = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'meta',
  'link',
  'style',
  'template',
  'svg',
  'math',
]);

interface Simpul {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Simpul[];
}

/** Each URL of a property value: a srcset's candidates, a ping's list. */
const daftarUrl = (nama: string, nilai: unknown): string[] => {
  const teks = Array.isArray(nilai) ? nilai.map(String) : [String(nilai)];
  return nama === 'srcSet' ? teks.flatMap((s) => s.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')) : teks;
};

export function periksaHtmlNarasi(html: string, berkas: string): Masalah[] {
  const out: Masalah[] = [];
  const galat = (pesan: string, message: string, ditemukan: string) =>
    out.push({
      tingkat: 'galat',
      berkas,
      jalur: `${JALUR_MDX} → HTML`,
      pesan,
      message,
      diharapkan:
        'tautan http, https, mailto atau relatif, tanpa kode (http, https, mailto or relative links, no code)',
      ditemukan: ditemukan.length > 60 ? `${ditemukan.slice(0, 57)}...` : ditemukan,
      saran: 'Gunakan tautan Markdown biasa ke alamat https:// (use a plain Markdown link to an https:// address).',
    });
  const tumpukan: Simpul[] = [fromHtml(html, { fragment: true }) as unknown as Simpul];
  for (let simpul = tumpukan.pop(); simpul; simpul = tumpukan.pop()) {
    if (simpul.type === 'element') {
      const tag = simpul.tagName ?? '';
      if (ELEMEN_TERLARANG.has(tag))
        galat(
          `Hasil narasi berisi elemen <${tag}>.`,
          `The rendered narrative contains a <${tag}> element.`,
          `<${tag}>`,
        );
      for (const [nama, nilai] of Object.entries(simpul.properties ?? {})) {
        if (/^on/i.test(nama))
          galat(
            `Hasil narasi berisi atribut penangan peristiwa "${nama}".`,
            `The rendered narrative contains the event-handler attribute "${nama}".`,
            `<${tag} ${nama}>`,
          );
        else if (PROPERTI_URL.has(nama)) {
          for (const url of daftarUrl(nama, nilai))
            if (!urlDiizinkan(url))
              galat(
                `Hasil narasi: ${pesanSkema(url).pesan}`,
                `Rendered narrative: ${pesanSkema(url).message}`,
                `<${tag} ${nama}="${url}">`,
              );
        } else if (nama === 'style' && /url\s*\(|expression\s*\(/i.test(String(nilai)))
          galat(
            'Hasil narasi berisi gaya (style) yang memuat alamat.',
            'The rendered narrative contains a style that loads an address.',
            `<${tag} style="${String(nilai)}">`,
          );
      }
    }
    tumpukan.push(...(simpul.children ?? []));
  }
  return out;
}
