/** Reads a content folder from disk (the only part of content loading that touches the file system). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { rakitKorpus, type BerkasKonten, type HasilMuat } from './korpus.ts';
import { kunciDasar, kunciInstansi } from './kunci-cache.ts';
import { subsetDariEnv, type Subset } from './akar.ts';
import type { Masalah } from './masalah.ts';

function daftarBerkas(root: string, akar: string): string[] {
  return readdirSync(join(root, akar), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

const instansiDari = (path: string, akar: string) => path.startsWith(`${akar}/instansi/`) ? path.split('/')[2] : undefined;

const bacaJson = (root: string, path: string): Record<string, unknown> | undefined => {
  try {
    return JSON.parse(readFileSync(join(root, path), 'utf8'));
  } catch {
    return undefined; // the full validation reports it if the agency is selected
  }
};

/** Region id → its parent region (undefined for a top-level one), from the region files. */
function indukWilayah(root: string, akar: string, paths: readonly string[]): Map<string, string | undefined> {
  const induk = new Map<string, string | undefined>();
  for (const p of paths.filter((p) => p.startsWith(`${akar}/wilayah/`))) {
    const w = bacaJson(root, p);
    if (typeof w?.id === 'string') induk.set(w.id, typeof w.induk === 'string' ? w.induk : undefined);
  }
  return induk;
}

/**
 * Each agency's region and the regions above it, nearest first (a city, then its province), from
 * each agency's instansi.json; a loop in `induk` ends the chain.
 */
function rantaiWilayah(root: string, akar: string, paths: readonly string[], induk: ReadonlyMap<string, string | undefined>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of paths.filter((p) => /\/instansi\/[^/]+\/instansi\.json$/.test(p))) {
    const rantai: string[] = [];
    for (let w = bacaJson(root, p)?.wilayah; typeof w === 'string' && !rantai.includes(w); w = induk.get(w)) rantai.push(w);
    out.set(instansiDari(p, akar)!, rantai);
  }
  return out;
}

/**
 * What a subset covers, from one listing of the folder: the agencies named or in the named regions
 * (a province takes in its cities and regencies; null = everything), and the named ids the content
 * does not have, as errors (a mistyped id would otherwise build a site with no agencies and say nothing).
 */
function pilih(root: string, akar: string, paths: readonly string[], subset: Subset | null): { instansi: Set<string> | null; takDikenal: Masalah[] } {
  if (!subset) return { instansi: null, takDikenal: [] };
  const induk = indukWilayah(root, akar, paths);
  const pilihan = new Set(subset.instansi ?? []);
  if (subset.wilayah?.length)
    for (const [id, rantai] of rantaiWilayah(root, akar, paths, induk)) if (rantai.some((w) => subset.wilayah!.includes(w))) pilihan.add(id);
  const adaInstansi = new Set(paths.map((p) => instansiDari(p, akar)).filter((id) => id !== undefined));
  // the hint lists top-level regions: a region build names a province
  const teratas = [...induk].filter(([, atas]) => !atas).map(([id]) => id);
  const contoh = (ids: Iterable<string>) => {
    const semua = [...ids].sort();
    return `${semua.slice(0, 5).join(', ')}${semua.length > 5 ? ', …' : ''}`;
  };
  const galat = (env: string, jenis: [string, string], id: string, ada: Iterable<string>): Masalah => ({
    tingkat: 'galat',
    berkas: `${env} (variabel lingkungan / environment variable)`,
    jalur: env,
    pesan: `${jenis[0]} "${id}" tidak ada di ${akar}/.`,
    message: `${jenis[1]} "${id}" is not in ${akar}/.`,
    diharapkan: `id yang ada (an existing id): ${contoh(ada)}`,
    ditemukan: id,
  });
  const takDikenal = [
    ...(subset.instansi ?? []).filter((id) => !adaInstansi.has(id)).map((id) => galat('KINERJA_INSTANSI', ['Instansi', 'Agency'], id, adaInstansi)),
    ...(subset.wilayah ?? []).filter((id) => !induk.has(id)).map((id) => galat('KINERJA_WILAYAH', ['Wilayah', 'Region'], id, teratas)),
  ];
  return { instansi: pilihan, takDikenal };
}

/** The agencies a subset build covers (null = everything). */
export const pilihInstansi = (root: string, akar = 'content', subset: Subset | null = subsetDariEnv()): Set<string> | null =>
  pilih(root, akar, daftarBerkas(root, akar), subset).instansi;

/** The ids a subset build names that the content does not have, as errors. */
export const subsetTakDikenal = (root: string, akar = 'content', subset: Subset | null = subsetDariEnv()): Masalah[] =>
  pilih(root, akar, daftarBerkas(root, akar), subset).takDikenal;

/**
 * The content files a build reads (the subset's agencies, and every file outside an agency), with the
 * subset's unknown ids as errors: the folder is listed once.
 */
export function bacaKonten(
  root: string,
  akar = 'content',
  subset: Subset | null = subsetDariEnv(),
  saring: (path: string) => boolean = () => true,
): { files: BerkasKonten[]; takDikenal: Masalah[] } {
  const paths = daftarBerkas(root, akar);
  const { instansi, takDikenal } = pilih(root, akar, paths, subset);
  const files = paths
    .filter((p) => {
      const id = instansiDari(p, akar);
      return saring(p) && (!instansi || id === undefined || instansi.has(id));
    })
    .map((path) => ({ path, isi: readFileSync(join(root, path)) }));
  return { files, takDikenal };
}

export const bacaFolder = (...args: Parameters<typeof bacaKonten>): BerkasKonten[] => bacaKonten(...args).files;

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
  const baca = (ps: readonly string[]) => ps.map((path) => ({ path, isi: readFileSync(join(root, path)) }));
  const dasar = kunciDasar(baca(paths.filter((p) => instansiDari(p, akar) === undefined)), akar);
  const induk = indukWilayah(root, akar, paths);
  const rantai = rantaiWilayah(root, akar, paths, induk);
  const perInstansi = Map.groupBy(paths.filter((p) => instansiDari(p, akar) !== undefined), (p) => instansiDari(p, akar)!);
  const perWilayah = new Map<string, string[]>([...induk].filter(([, atas]) => !atas).map(([id]) => [id, []]));
  for (const [id, ps] of perInstansi) perWilayah.get(rantai.get(id)?.at(-1) ?? '')?.push(`${id}:${kunciInstansi(dasar, baca(ps), akar)}`);
  return new Map([...perWilayah].map(([id, kunci]) => [id, createHash('sha256').update(dasar).update(kunci.sort().join('\n')).digest('hex')]));
}
