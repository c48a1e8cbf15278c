/** Reading a built site: its HTML files, their internal links, and the text a reader sees. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function semuaBerkas(dir: string): string[] {
  const out: string[] = [];
  const jalan = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) jalan(p);
      else out.push(p);
    }
  };
  jalan(dir);
  return out.sort();
}

export const halamanHtml = (dir: string) => semuaBerkas(dir).filter((f) => f.endsWith('.html'));

/** The site URL path of an HTML file: dist/a/b/index.html → /a/b/ */
export function jalurHalaman(dir: string, file: string, base = '/'): string {
  const rel = relative(dir, file).split(sep).join('/');
  return base + rel.replace(/(^|\/)index\.html$/, '$1');
}

const ATRIBUT = /\s(href|src)="([^"]*)"/g;

/** Every href/src of a page, decoded (&amp; → &). */
export function tautan(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(ATRIBUT)) out.push(m[2]!.replace(/&amp;/g, '&'));
  return out;
}

export function idDi(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** The file a site path resolves to under `base`, or null. */
export function berkasUntuk(dir: string, jalur: string, base = '/'): string | null {
  if (!jalur.startsWith(base)) return null;
  let rel = decodeURIComponent(jalur.slice(base.length));
  const p = join(dir, rel);
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (!rel.endsWith('/') && rel !== '') return null;
  rel = join(rel, 'index.html');
  const q = join(dir, rel);
  return existsSync(q) ? q : null;
}

export interface TautanRusak {
  halaman: string;
  tautan: string;
  alasan: string;
}

/** Crawls every page: each internal link must resolve to a file, and its #fragment to an id on that page. */
export function periksaTautan(dir: string, base = '/', asal = 'https://situs.invalid'): TautanRusak[] {
  const rusak: TautanRusak[] = [];
  const cacheId = new Map<string, Set<string>>();
  const ids = (f: string) => {
    let s = cacheId.get(f);
    if (!s) cacheId.set(f, (s = idDi(readFileSync(f, 'utf8'))));
    return s;
  };
  for (const file of halamanHtml(dir)) {
    const html = readFileSync(file, 'utf8');
    const halaman = jalurHalaman(dir, file, base);
    for (const t of tautan(html)) {
      if (/^(mailto:|tel:|data:|javascript:)/.test(t)) continue;
      const u = new URL(t, asal + halaman);
      if (u.origin !== asal) continue;
      const target = u.pathname === halaman && u.hash ? file : berkasUntuk(dir, u.pathname, base);
      if (!target) {
        rusak.push({
          halaman,
          tautan: t,
          alasan: u.pathname.startsWith(base) ? 'berkas tidak ada' : `di luar base ${base}`,
        });
        continue;
      }
      if (u.hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(u.hash.slice(1))))
        rusak.push({ halaman, tautan: t, alasan: `id ${u.hash} tidak ada` });
    }
  }
  return rusak;
}

/** What a reader sees or hears: text nodes plus alt/title/aria-label/placeholder/content attributes (code samples excluded). */
export function teksPembaca(html: string): string {
  // code samples (e.g. JSON in the contributor guide) are literal data, not numbers shown to a reader
  const tanpa = html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<pre[\s\S]*?<\/pre>/gi, ' ')
    .replace(/<code[\s\S]*?<\/code>/gi, ' ');
  const atribut = [...tanpa.matchAll(/\s(?:alt|title|aria-label|placeholder|content)="([^"]*)"/g)].map((m) => m[1]);
  const teks = tanpa.replace(/<[^>]+>/g, ' ');
  return [teks, ...atribut].join(' ').replace(/&[a-z]+;|&#\d+;/g, ' ');
}
