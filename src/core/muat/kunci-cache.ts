/**
 * Cache keys for Astro's incremental builds (experimental.incrementalBuild): a page built from one
 * agency's content may be copied from the previous build when its key is unchanged. Its key covers
 * everything such a page reads from content: the agency's own files (all years, Renstra, IKI,
 * narratives) and the site-wide settings and regions shown in its header, breadcrumbs and profile.
 * Code changes are Astro's side: it also compares a hash of the page's module graph.
 */
import { createHash } from 'node:crypto';
import { letakBerkas, type BerkasKonten } from './korpus.ts';

export type KunciCache = ReadonlyMap<string, string>;

const hash = () => createHash('sha256');
const tambah = (h: ReturnType<typeof hash>, f: BerkasKonten) =>
  h.update(f.path).update('\0').update(f.isi).update('\0');

/** The part of every key that site-wide content gives: settings and regions (files outside any agency). */
export function kunciDasar(files: readonly BerkasKonten[], folderKonten = 'content'): string {
  const sidik = hash();
  for (const berkas of urutkan(files)) {
    const letak = letakBerkas(berkas.path, folderKonten);
    if (letak && letak.instansi === undefined) tambah(sidik, berkas);
  }
  return sidik.digest('hex');
}

/** One agency's key, from the site-wide part and the agency's own files. */
export function kunciInstansi(dasar: string, files: readonly BerkasKonten[], folderKonten = 'content'): string {
  const sidik = hash().update(dasar);
  for (const berkas of urutkan(files)) if (letakBerkas(berkas.path, folderKonten)) tambah(sidik, berkas);
  return sidik.digest('base64url');
}

const urutkan = (files: readonly BerkasKonten[]) =>
  [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/** Agency id → a key that changes whenever anything a page of that agency reads from content changes. */
export function kunciCache(files: readonly BerkasKonten[], folderKonten = 'content'): KunciCache {
  const dasar = kunciDasar(files, folderKonten);
  const perInstansi = new Map<string, BerkasKonten[]>();
  for (const berkas of files) {
    const id = letakBerkas(berkas.path, folderKonten)?.instansi;
    if (id === undefined) continue;
    const milik = perInstansi.get(id);
    if (milik) milik.push(berkas);
    else perInstansi.set(id, [berkas]);
  }
  return new Map([...perInstansi].map(([id, fs]) => [id, kunciInstansi(dasar, fs, folderKonten)]));
}
