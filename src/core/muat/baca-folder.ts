/** Reads a content folder from disk (the only part of content loading that touches the file system). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { rakitKorpus, type BerkasKonten, type HasilMuat } from './korpus.ts';
import { kunciDasar, kunciInstansi } from './kunci-cache.ts';
import { subsetDariLingkungan as subsetDariEnv, type Subset } from '../lingkungan.ts';
import type { Masalah } from './masalah.ts';

function daftarBerkas(root: string, akar: string): string[] {
  return readdirSync(join(root, akar), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

const instansiDari = (path: string, akar: string) =>
  path.startsWith(`${akar}/instansi/`) ? path.split('/')[2] : undefined;

const bacaJson = (root: string, path: string): Record<string, unknown> | undefined => {
  try {
    return JSON.parse(readFileSync(join(root, path), 'utf8'));
  } catch {
    return undefined; // the full validation reports it if the agency is selected
  }
};

/**
 * Each agency's region and the regions above it, nearest first (a city, then its province), from
 * the region files and each agency's instansi.json; a loop in `induk` ends the chain.
 */
function rantaiWilayah(root: string, akar: string, paths: readonly string[]): Map<string, string[]> {
  const induk = new Map<string, string | undefined>();
  for (const p of paths.filter((p) => p.startsWith(`${akar}/wilayah/`))) {
    const w = bacaJson(root, p);
    if (typeof w?.id === 'string') induk.set(w.id, typeof w.induk === 'string' ? w.induk : undefined);
  }
  const out = new Map<string, string[]>();
  for (const p of paths.filter((p) => /\/instansi\/[^/]+\/instansi\.json$/.test(p))) {
    const rantai: string[] = [];
    for (let w = bacaJson(root, p)?.wilayah; typeof w === 'string' && !rantai.includes(w); w = induk.get(w))
      rantai.push(w);
    out.set(instansiDari(p, akar)!, rantai);
  }
  return out;
}

/**
 * The agencies a subset build covers: those named, or those in the named regions
 * (a province takes in its cities and regencies). null = everything.
 */
export function pilihInstansi(
  root: string,
  akar = 'content',
  subset: Subset | null = subsetDariEnv(),
): Set<string> | null {
  if (!subset) return null;
  const paths = daftarBerkas(root, akar);
  const pilihan = new Set(subset.instansi ?? []);
  if (subset.wilayah?.length)
    for (const [id, rantai] of rantaiWilayah(root, akar, paths))
      if (rantai.some((w) => subset.wilayah!.includes(w))) pilihan.add(id);
  return pilihan;
}

/**
 * The ids a subset build names that the content does not have, as errors: a mistyped id would
 * otherwise build a site with no agencies in it and say nothing.
 */
export function subsetTakDikenal(root: string, akar = 'content', subset: Subset | null = subsetDariEnv()): Masalah[] {
  if (!subset) return [];
  const paths = daftarBerkas(root, akar);
  const instansi = new Set(paths.map((p) => instansiDari(p, akar)).filter((id) => id !== undefined));
  const berkasWilayah = paths.filter((p) => p.startsWith(`${akar}/wilayah/`)).map((p) => bacaJson(root, p));
  const wilayah = new Set(berkasWilayah.map((w) => w?.id));
  // the hint lists top-level regions first: a region build names a province
  const teratas = new Set(berkasWilayah.filter((w) => w && !w.induk).map((w) => w!.id));
  const contoh = (ids: Set<unknown>) =>
    `${[...ids]
      .filter((x) => typeof x === 'string')
      .sort()
      .slice(0, 5)
      .join(', ')}${ids.size > 5 ? ', …' : ''}`;
  const galat = (env: string, jenis: [string, string], id: string, ada: Set<unknown>): Masalah => ({
    tingkat: 'galat',
    berkas: `${env} (variabel lingkungan / environment variable)`,
    jalur: env,
    pesan: `${jenis[0]} "${id}" tidak ada di ${akar}/.`,
    message: `${jenis[1]} "${id}" is not in ${akar}/.`,
    diharapkan: `id yang ada (an existing id): ${contoh(ada)}`,
    ditemukan: id,
  });
  return [
    ...(subset.instansi ?? [])
      .filter((id) => !instansi.has(id))
      .map((id) => galat('KINERJA_INSTANSI', ['Instansi', 'Agency'], id, instansi)),
    ...(subset.wilayah ?? [])
      .filter((id) => !wilayah.has(id))
      .map((id) => galat('KINERJA_WILAYAH', ['Wilayah', 'Region'], id, teratas)),
  ];
}

export function bacaFolder(
  root: string,
  akar = 'content',
  subset: Subset | null = subsetDariEnv(),
  saring: (path: string) => boolean = () => true,
): BerkasKonten[] {
  const pilihan = pilihInstansi(root, akar, subset);
  return daftarBerkas(root, akar)
    .filter((p) => {
      const id = instansiDari(p, akar);
      return saring(p) && (!pilihan || id === undefined || pilihan.has(id));
    })
    .map((path) => ({ path, isi: readFileSync(join(root, path)) }));
}

/** Loads and validates `<root>/content` (or the subset of it named by KINERJA_INSTANSI / KINERJA_WILAYAH). */
export const muatKonten = (root: string, akar = 'content', subset: Subset | null = subsetDariEnv()): HasilMuat =>
  rakitKorpus(bacaFolder(root, akar, subset), akar);

/**
 * Top-level region id → a key over all the content its site is built from (site settings, regions and
 * its agencies' files), read one agency at a time so memory stays small on a national corpus.
 * `npm run build:wilayah` skips a region whose key and code are unchanged since its last build.
 */
export function kunciWilayahTeratas(root: string, akar = 'content'): Map<string, string> {
  const paths = daftarBerkas(root, akar);
  const baca = (ps: string[]) => ps.map((path) => ({ path, isi: readFileSync(join(root, path)) }));
  const dasar = kunciDasar(baca(paths.filter((p) => instansiDari(p, akar) === undefined)), akar);
  const rantai = rantaiWilayah(root, akar, paths);
  const perInstansi = new Map<string, string[]>();
  for (const p of paths) {
    const id = instansiDari(p, akar);
    if (id === undefined) continue;
    const milik = perInstansi.get(id);
    if (milik) milik.push(p);
    else perInstansi.set(id, [p]);
  }
  const teratas = paths
    .filter((p) => p.startsWith(`${akar}/wilayah/`))
    .map((p) => bacaJson(root, p))
    .filter((w) => typeof w?.id === 'string' && !w.induk);
  const perWilayah = new Map<string, string[]>(teratas.map((w) => [w!.id as string, []]));
  for (const [id, ps] of perInstansi)
    perWilayah.get(rantai.get(id)?.at(-1) ?? '')?.push(`${id}:${kunciInstansi(dasar, baca(ps), akar)}`);
  return new Map(
    [...perWilayah].map(([id, kunci]) => [
      id,
      createHash('sha256').update(dasar).update(kunci.sort().join('\n')).digest('hex'),
    ]),
  );
}
