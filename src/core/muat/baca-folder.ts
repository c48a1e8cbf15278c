/**
 * Reads a content folder from disk (the only part of content loading that touches the file system).
 * The folder is listed once per read; what may not be read is refused with a problem, never skipped
 * in silence: a symbolic link (its target may lie outside the repository, and its text would be
 * published), anything that is not a regular file or folder, and a file over the size limit.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { masalahUkuran, rakitKorpus, type BerkasKonten, type HasilMuat } from './korpus.ts';
import { kunciDasar, kunciInstansi } from './kunci-cache.ts';
import { subsetDariLingkungan, type Subset } from '../lingkungan.ts';
import { batasUkuran } from './batas.ts';
import { JALUR_BERKAS, type Masalah } from './masalah.ts';

interface Entri {
  /** from the project folder, with forward slashes: content/instansi/x/2020/lkjip.json */
  path: string;
  ukuran: number;
  ditolak?: Masalah;
}

function tolakTautan(proyek: string, path: string, tautan: boolean): Masalah {
  let target = '';
  try {
    if (tautan) target = ` → ${readlinkSync(join(proyek, path))}`;
  } catch {
    /* gone meanwhile */
  }
  return {
    tingkat: 'galat',
    berkas: path,
    jalur: JALUR_BERKAS,
    pesan: tautan
      ? 'Tautan simbolik (symlink) tidak diizinkan di folder konten: isinya bisa berasal dari luar repositori.'
      : 'Ini bukan berkas atau folder biasa (mis. pipe atau perangkat) dan tidak dibaca.',
    message: tautan
      ? 'Symbolic links are not allowed in the content folder: their target may lie outside the repository.'
      : 'This is not a regular file or folder (e.g. a pipe or a device) and is not read.',
    diharapkan: 'berkas atau folder biasa (a regular file or folder)',
    ditemukan: tautan ? `tautan simbolik (symbolic link)${target}` : 'bukan berkas biasa (not a regular file)',
    saran: 'Ganti dengan salinan berkasnya sendiri (replace it with a copy of the file itself).',
  };
}

/** Every entry under `<proyek>/<folderKonten>`, sorted; folders are walked without following links. */
function daftarBerkas(proyek: string, folderKonten: string): Entri[] {
  const out: Entri[] = [];
  const jalan = (rel: string) => {
    for (const entri of readdirSync(join(proyek, rel), { withFileTypes: true })) {
      const path = `${rel}/${entri.name}`;
      if (entri.isDirectory()) jalan(path);
      else if (entri.isFile()) {
        const ukuran = lstatSync(join(proyek, path)).size;
        out.push({ path, ukuran, ...(ukuran > batasUkuran(path) ? { ditolak: masalahUkuran(path, ukuran) } : {}) });
      } else out.push({ path, ukuran: 0, ditolak: tolakTautan(proyek, path, entri.isSymbolicLink()) });
    }
  };
  const statFolder = lstatSync(join(proyek, folderKonten));
  if (statFolder.isSymbolicLink())
    return [{ path: folderKonten, ukuran: 0, ditolak: tolakTautan(proyek, folderKonten, true) }];
  jalan(folderKonten);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const instansiDari = (path: string, folderKonten: string) =>
  path.startsWith(`${folderKonten}/instansi/`) ? path.split('/')[2] : undefined;

/** Reads each listed file at most once. */
function pembaca(proyek: string) {
  const cache = new Map<string, Buffer>();
  const isi = (entri: Entri): Buffer => {
    let bait = cache.get(entri.path);
    if (!bait) cache.set(entri.path, (bait = readFileSync(join(proyek, entri.path))));
    return bait;
  };
  const json = (entri: Entri): Record<string, unknown> | undefined => {
    if (entri.ditolak) return undefined;
    try {
      return JSON.parse(isi(entri).toString('utf8'));
    } catch {
      return undefined; // the full validation reports it if the agency is selected
    }
  };
  return { isi, json };
}

/** The region files' ids and parents. */
function bacaWilayah(daftar: readonly Entri[], folderKonten: string, baca: ReturnType<typeof pembaca>) {
  return daftar
    .filter((e) => e.path.startsWith(`${folderKonten}/wilayah/`))
    .map((e) => baca.json(e))
    .filter((w) => typeof w?.id === 'string')
    .map((w) => ({ id: w!.id as string, induk: typeof w!.induk === 'string' ? w!.induk : undefined }));
}

/**
 * Each agency's region and the regions above it, nearest first (a city, then its province), from
 * the region files and each agency's instansi.json; a loop in `induk` ends the chain.
 */
function rantaiWilayah(
  daftar: readonly Entri[],
  folderKonten: string,
  baca: ReturnType<typeof pembaca>,
  wilayah = bacaWilayah(daftar, folderKonten, baca),
): Map<string, string[]> {
  const induk = new Map(wilayah.map((w) => [w.id, w.induk]));
  const out = new Map<string, string[]>();
  for (const entri of daftar.filter((x) => /\/instansi\/[^/]+\/instansi\.json$/.test(x.path))) {
    const rantai: string[] = [];
    for (
      let idWilayah = baca.json(entri)?.wilayah;
      typeof idWilayah === 'string' && !rantai.includes(idWilayah);
      idWilayah = induk.get(idWilayah)
    )
      rantai.push(idWilayah);
    out.set(instansiDari(entri.path, folderKonten)!, rantai);
  }
  return out;
}

/**
 * The ids a subset build names that the content does not have, as errors: a mistyped id would
 * otherwise build a site with no agencies in it and say nothing.
 */
function takDikenal(
  subset: Subset,
  folderKonten: string,
  instansi: ReadonlySet<string>,
  wilayah: readonly { id: string; induk?: string | undefined }[],
): Masalah[] {
  const adaWilayah = new Set(wilayah.map((w) => w.id));
  // the hint lists top-level regions first: a region build names a province
  const teratas = new Set(wilayah.filter((w) => !w.induk).map((w) => w.id));
  const contoh = (ids: ReadonlySet<string>) => `${[...ids].sort().slice(0, 5).join(', ')}${ids.size > 5 ? ', …' : ''}`;
  const galat = (env: string, jenis: [string, string], id: string, ada: ReadonlySet<string>): Masalah => ({
    tingkat: 'galat',
    berkas: `${env} (variabel lingkungan / environment variable)`,
    jalur: env,
    pesan: `${jenis[0]} "${id}" tidak ada di ${folderKonten}/.`,
    message: `${jenis[1]} "${id}" is not in ${folderKonten}/.`,
    diharapkan: `id yang ada (an existing id): ${contoh(ada)}`,
    ditemukan: id,
  });
  return [
    ...(subset.instansi ?? [])
      .filter((id) => !instansi.has(id))
      .map((id) => galat('KINERJA_INSTANSI', ['Instansi', 'Agency'], id, instansi)),
    ...(subset.wilayah ?? [])
      .filter((id) => !adaWilayah.has(id))
      .map((id) => galat('KINERJA_WILAYAH', ['Wilayah', 'Region'], id, teratas)),
  ];
}

export interface HasilBaca {
  files: BerkasKonten[];
  /** the ids of a subset build (KINERJA_INSTANSI / KINERJA_WILAYAH) that the content does not have */
  masalah: Masalah[];
  /** the agencies a subset build covers: those named, or those in the named regions; null = everything */
  pilihan: ReadonlySet<string> | null;
}

/**
 * Lists `<proyek>/<folderKonten>` once and reads the files a build needs: all of them, or those of a subset
 * (a province takes in its cities and regencies), passing `saring`. Refused entries (links, files
 * over the limit) come back as files with `ditolak`, which the loader reports.
 */
export function bacaKonten(
  proyek: string,
  folderKonten = 'content',
  subset: Subset | null = subsetDariLingkungan(),
  saring: (path: string) => boolean = () => true,
): HasilBaca {
  const daftar = daftarBerkas(proyek, folderKonten);
  const baca = pembaca(proyek);
  let pilihan: Set<string> | null = null;
  const masalah: Masalah[] = [];
  if (subset) {
    const wilayah = bacaWilayah(daftar, folderKonten, baca);
    pilihan = new Set(subset.instansi ?? []);
    if (subset.wilayah?.length)
      for (const [id, rantai] of rantaiWilayah(daftar, folderKonten, baca, wilayah))
        if (rantai.some((w) => subset.wilayah!.includes(w))) pilihan.add(id);
    const instansi = new Set(daftar.map((e) => instansiDari(e.path, folderKonten)).filter((id) => id !== undefined));
    masalah.push(...takDikenal(subset, folderKonten, instansi, wilayah));
  }
  const files = daftar
    .filter((entri) => {
      const id = instansiDari(entri.path, folderKonten);
      return saring(entri.path) && (!pilihan || id === undefined || pilihan.has(id));
    })
    .map((e) => (e.ditolak ? { path: e.path, isi: '', ditolak: e.ditolak } : { path: e.path, isi: baca.isi(e) }));
  return { files, masalah, pilihan };
}

/** The files of `bacaKonten`, for callers that need no subset check. */
export const bacaFolder = (...args: Parameters<typeof bacaKonten>): BerkasKonten[] => bacaKonten(...args).files;

/** Loads and validates `<proyek>/content` (or the subset of it named by KINERJA_INSTANSI / KINERJA_WILAYAH). */
export function muatKonten(
  proyek: string,
  folderKonten = 'content',
  subset: Subset | null = subsetDariLingkungan(),
): HasilMuat {
  const { files, masalah } = bacaKonten(proyek, folderKonten, subset);
  const hasil = rakitKorpus(files, folderKonten);
  return { ...hasil, masalah: [...masalah, ...hasil.masalah] };
}

/**
 * Top-level region id → a key over all the content its site is built from (site settings, regions and
 * its agencies' files), read one agency at a time so memory stays small on a national corpus.
 * `npm run build:wilayah` skips a region whose key and code are unchanged since its last build.
 */
export function kunciWilayahTeratas(
  proyek: string,
  folderKonten = 'content',
  /** only these top-level regions (a matrix shard's): other regions' agency files are not read */
  hanya?: ReadonlySet<string>,
): Map<string, string> {
  const daftar = daftarBerkas(proyek, folderKonten);
  const baca = pembaca(proyek);
  // not through the reader's cache: one agency's files at a time
  const isi = (e: Entri) => (e.ditolak ? '' : readFileSync(join(proyek, e.path)));
  const berkas = (es: Entri[]) => es.map((e) => ({ path: e.path, isi: isi(e) }));
  const dasar = kunciDasar(
    berkas(daftar.filter((e) => instansiDari(e.path, folderKonten) === undefined)),
    folderKonten,
  );
  const wilayah = bacaWilayah(daftar, folderKonten, baca);
  const rantai = rantaiWilayah(daftar, folderKonten, baca, wilayah);
  const perInstansi = Map.groupBy(
    daftar.filter((e) => instansiDari(e.path, folderKonten) !== undefined),
    (e) => instansiDari(e.path, folderKonten)!,
  );
  const perWilayah = new Map<string, string[]>(
    wilayah.filter((w) => !w.induk && (!hanya || hanya.has(w.id))).map((w) => [w.id, []]),
  );
  for (const [id, es] of perInstansi) {
    // at national scale the agencies' files are gigabytes: read only those of the regions asked for
    const kunciSatuWilayah = perWilayah.get(rantai.get(id)?.at(-1) ?? '');
    kunciSatuWilayah?.push(`${id}:${kunciInstansi(dasar, berkas(es), folderKonten)}`);
  }
  return new Map(
    [...perWilayah].map(([id, kunci]) => [
      id,
      createHash('sha256').update(dasar).update(kunci.sort().join('\n')).digest('hex'),
    ]),
  );
}

/**
 * Each agency folder of `<proyek>/content/instansi/` → its declared `pemelihara` ([] when none is
 * declared or its instansi.json does not validate): what the ownership checks compare a change to.
 */
export function pemeliharaInstansi(proyek: string, folderKonten = 'content'): Map<string, readonly string[]> {
  const { korpus } = muatKonten(proyek, folderKonten, null);
  const out = new Map<string, readonly string[]>(korpus.instansi.map((i) => [i.data.id, i.data.pemelihara]));
  for (const entri of daftarBerkas(proyek, folderKonten)) {
    const id = instansiDari(entri.path, folderKonten);
    if (id !== undefined && !out.has(id)) out.set(id, []);
  }
  return out;
}
