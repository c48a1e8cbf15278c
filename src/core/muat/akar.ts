/**
 * The folder whose `content/` the site is built from: the project by default,
 * or KINERJA_KONTEN (benchmarks and tests build synthetic content this way, never into content/).
 */
import { resolve } from 'node:path';

export const akarKonten = (): string => resolve(process.env.KINERJA_KONTEN ?? process.cwd());

/**
 * KINERJA_PORTAL=<folder of a build:wilayah run>: the build is the national portal over that run's
 * region sites (src/portal/pages); it reads no agency content.
 */
export const folderPortal = (): string | undefined => process.env.KINERJA_PORTAL || undefined;

/** A subset build: only some agencies, or the agencies of some regions (comma-separated ids). */
export interface Subset {
  instansi?: string[];
  wilayah?: string[];
}

export function subsetDariEnv(env: Record<string, string | undefined> = process.env): Subset | null {
  const daftar = (v: string | undefined) =>
    v
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  const instansi = daftar(env.KINERJA_INSTANSI);
  const wilayah = daftar(env.KINERJA_WILAYAH);
  return instansi.length || wilayah.length ? { instansi, wilayah } : null;
}

import type { HasilMuat } from './korpus.ts';
import type { KorpusTerhitung } from '../hitung/korpus.ts';

import type { KunciCache } from './kunci-cache.ts';

type HasilBersama = HasilMuat & { terhitung?: KorpusTerhitung; kunci?: KunciCache };

interface Muatan {
  akar: string;
  hasil: HasilBersama;
}
const KUNCI = Symbol.for('kinerja-terbuka.muatan');

/** Hands the validated content from the build's integration to its pages, which run in the same process. */
export function bagikanMuatan(akar: string, hasil: HasilBersama): void {
  (globalThis as { [KUNCI]?: Muatan })[KUNCI] = { akar, hasil };
}

export function muatanBersama(akar: string): HasilBersama | undefined {
  const m = (globalThis as { [KUNCI]?: Muatan })[KUNCI];
  return m?.akar === akar ? m.hasil : undefined;
}
