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
const tambah = (h: ReturnType<typeof hash>, f: BerkasKonten) => h.update(f.path).update('\0').update(f.isi).update('\0');

/** Agency id → a key that changes whenever anything a page of that agency reads from content changes. */
export function kunciCache(files: readonly BerkasKonten[], akar = 'content'): KunciCache {
  const urut = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const bersama = hash();
  const perInstansi = new Map<string, BerkasKonten[]>();
  for (const f of urut) {
    const letak = letakBerkas(f.path, akar);
    if (!letak) continue; // ignored files are never rendered
    if (letak.instansi === undefined) tambah(bersama, f);
    else {
      const milik = perInstansi.get(letak.instansi);
      if (milik) milik.push(f);
      else perInstansi.set(letak.instansi, [f]);
    }
  }
  const dasar = bersama.digest('hex');
  const out = new Map<string, string>();
  for (const [id, fs] of perInstansi) {
    const h = hash().update(dasar);
    for (const f of fs) tambah(h, f);
    out.set(id, h.digest('base64url'));
  }
  return out;
}
