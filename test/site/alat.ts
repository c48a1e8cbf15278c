/** Reading a built site: its HTML files, their internal links, and the text a reader sees. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function semuaBerkas(dir: string): string[] {
  const out: string[] = [];
  const jalan = (folder: string) => {
    for (const nama of readdirSync(folder)) {
      const jalur = join(folder, nama);
      if (statSync(jalur).isDirectory()) jalan(jalur);
      else out.push(jalur);
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
  for (const cocok of html.matchAll(ATRIBUT)) out.push(cocok[2]!.replace(/&amp;/g, '&'));
  return out;
}

export function idDi(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** The file a site path resolves to under `base`, or null. */
export function berkasUntuk(dir: string, jalur: string, base = '/'): string | null {
  if (!jalur.startsWith(base)) return null;
  let rel = decodeURIComponent(jalur.slice(base.length));
  const berkas = join(dir, rel);
  if (existsSync(berkas) && statSync(berkas).isFile()) return berkas;
  if (!rel.endsWith('/') && rel !== '') return null;
  rel = join(rel, 'index.html');
  const berkasIndeks = join(dir, rel);
  return existsSync(berkasIndeks) ? berkasIndeks : null;
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
  const ids = (berkas: string) => {
    let daftarId = cacheId.get(berkas);
    if (!daftarId) cacheId.set(berkas, (daftarId = idDi(readFileSync(berkas, 'utf8'))));
    return daftarId;
  };
  for (const file of halamanHtml(dir)) {
    const html = readFileSync(file, 'utf8');
    const halaman = jalurHalaman(dir, file, base);
    for (const rujukan of tautan(html)) {
      if (/^(mailto:|tel:|data:|javascript:)/.test(rujukan)) continue;
      const alamat = new URL(rujukan, asal + halaman);
      if (alamat.origin !== asal) continue;
      const target = alamat.pathname === halaman && alamat.hash ? file : berkasUntuk(dir, alamat.pathname, base);
      if (!target) {
        rusak.push({
          halaman,
          tautan: rujukan,
          alasan: alamat.pathname.startsWith(base) ? 'berkas tidak ada' : `di luar base ${base}`,
        });
        continue;
      }
      if (alamat.hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(alamat.hash.slice(1))))
        rusak.push({ halaman, tautan: rujukan, alasan: `id ${alamat.hash} tidak ada` });
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
