/**
 * The folder whose `content/` the site is built from: the project by default,
 * or KINERJA_KONTEN (benchmarks and tests build synthetic content this way, never into content/).
 */
import { resolve } from 'node:path';

export const akarKonten = (): string => resolve(process.env.KINERJA_KONTEN ?? process.cwd());

import type { HasilMuat } from './korpus.ts';

interface Muatan {
  akar: string;
  hasil: HasilMuat;
}
const KUNCI = Symbol.for('kinerja-terbuka.muatan');

/** Hands the validated content from the build's integration to its pages, which run in the same process. */
export function bagikanMuatan(akar: string, hasil: HasilMuat): void {
  (globalThis as { [KUNCI]?: Muatan })[KUNCI] = { akar, hasil };
}

export function muatanBersama(akar: string): HasilMuat | undefined {
  const m = (globalThis as { [KUNCI]?: Muatan })[KUNCI];
  return m?.akar === akar ? m.hasil : undefined;
}
