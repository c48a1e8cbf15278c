/**
 * The content's history from git: which commit changed which content file, and when. The build runs
 * `git log` once (src/integration/riwayat-git.ts, the thin step that runs git) and hands its output
 * here; pages read the result through src/core/tampilan/riwayat.ts. Pure: text in, history out.
 *
 * No history is better than a wrong one: without git, outside a repository, or in a shallow clone (where
 * the oldest commit seems to add every file at once) the history is "not available", with the reason.
 */
import { createHash } from 'node:crypto';
import { letakBerkas } from './korpus.ts';

export type StatusBerkas = 'tambah' | 'ubah' | 'hapus';

export interface PerubahanBerkas {
  status: StatusBerkas;
  /** path from the project root, e.g. content/instansi/x/2021/lkjip.json */
  path: string;
}

export interface Komit {
  sha: string;
  /** the committer's date and time, ISO 8601 with the committer's offset */
  tanggal: string;
  /** the commit message's first line */
  judul: string;
  berkas: PerubahanBerkas[];
}

export type RiwayatKonten =
  | { tersedia: true; /** newest first */ komit: Komit[] }
  | { tersedia: false; /** why, in Bahasa Indonesia, for the page */ alasan: string };

/** The arguments of the one `git log` the history is read from (run in the project folder). */
export const ARGUMEN_LOG_GIT = [
  '-c',
  'core.quotePath=false',
  'log',
  '--no-renames',
  '--format=%x1e%H%x1f%cI%x1f%s',
  '--name-status',
  '-z',
  '--relative',
  '--',
  'content/',
] as const;

const STATUS: Record<string, StatusBerkas> = { A: 'tambah', M: 'ubah', D: 'hapus', T: 'ubah' };

/**
 * `git log` output (ARGUMEN_LOG_GIT) → commits, newest first. Each record is
 * `\x1e<sha>\x1f<date>\x1f<subject>\0\n` then `<status>\0<path>\0` per file.
 */
export function uraiLogGit(teks: string): Komit[] {
  const komit: Komit[] = [];
  for (const rekaman of teks.split('\x1e')) {
    if (!rekaman.trim()) continue;
    const akhirKepala = rekaman.indexOf('\0');
    const kepala = akhirKepala < 0 ? rekaman : rekaman.slice(0, akhirKepala);
    const [sha, tanggal, ...judul] = kepala.split('\x1f');
    if (!sha || !/^[0-9a-f]{40,64}$/.test(sha) || !tanggal) continue;
    const bagian = akhirKepala < 0 ? [] : rekaman.slice(akhirKepala + 1).split('\0');
    const berkas: PerubahanBerkas[] = [];
    for (let indeks = 0; indeks + 1 < bagian.length; indeks += 2) {
      const status = STATUS[bagian[indeks]!.trim().charAt(0)];
      const path = bagian[indeks + 1]!;
      if (status && path) berkas.push({ status, path });
    }
    komit.push({ sha, tanggal, judul: judul.join('\x1f'), berkas });
  }
  return komit;
}

/** The history from what git answered: its log, and whether the clone is shallow (`rev-parse --is-shallow-repository`). */
export function riwayatDariGit(log: string, dangkal: boolean): RiwayatKonten {
  if (dangkal)
    return {
      tersedia: false,
      alasan: 'salinan repositori dangkal (shallow clone) tidak memuat riwayat lengkap',
    };
  return { tersedia: true, komit: uraiLogGit(log) };
}

/** The commits that touched any of these files, newest first, each with only those files. */
export function komitBerkas(riwayat: RiwayatKonten, berkas: readonly string[]): Komit[] {
  if (!riwayat.tersedia) return [];
  const cari = new Set(berkas);
  const out: Komit[] = [];
  for (const komit of riwayat.komit) {
    const milik = komit.berkas.filter((b) => cari.has(b.path));
    if (milik.length) out.push({ ...komit, berkas: milik });
  }
  return out;
}

/**
 * Each agency's cache key (src/core/muat/kunci-cache.ts) extended with the history of its files, so an
 * incremental build renders again the pages whose history changed (a commit of the same content adds a
 * line to a report's history) and copies the others.
 */
export function kunciDenganRiwayat(
  kunci: ReadonlyMap<string, string>,
  riwayat: RiwayatKonten,
  folderKonten = 'content',
): Map<string, string> {
  const sidik = new Map<string, ReturnType<typeof createHash>>();
  const umum = createHash('sha256').update(riwayat.tersedia ? 'tersedia' : `tidak:${riwayat.alasan}`);
  for (const komit of riwayat.tersedia ? riwayat.komit : [])
    for (const berkas of komit.berkas) {
      const id = letakBerkas(berkas.path, folderKonten)?.instansi;
      if (id === undefined) continue;
      let sidikBerkas = sidik.get(id);
      if (!sidikBerkas) sidik.set(id, (sidikBerkas = createHash('sha256')));
      sidikBerkas.update(`${komit.sha}\0${berkas.path}\0`);
    }
  const dasar = umum.digest('hex');
  return new Map(
    [...kunci].map(([id, k]) => [
      id,
      createHash('sha256')
        .update(`${k}\0${dasar}\0${sidik.get(id)?.digest('hex') ?? ''}`)
        .digest('base64url'),
    ]),
  );
}
