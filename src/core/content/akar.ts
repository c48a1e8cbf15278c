/**
 * The folder whose `content/` the site is built from: the project by default,
 * or KINERJA_KONTEN (benchmarks and tests build synthetic content this way, never into content/).
 */
import { resolve } from 'node:path';

export const akarKonten = (): string => resolve(process.env.KINERJA_KONTEN ?? process.cwd());
