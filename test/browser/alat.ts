/** Test helpers: a tiny static server over dist/ and Debian's Chromium via playwright-core. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { layani } from '../../scripts/lib/server-statis.ts';

export { bukaChromium, CHROMIUM } from '../../scripts/lib/chromium.ts';

export const DIST = resolve(process.env.KINERJA_DIST ?? 'dist');

/** Serves `dir` under `base` (e.g. "/" or "/kinerja/") on 127.0.0.1; 404.html for missing files. */
export const sajikan = (dir = DIST, base = '/') => layani(dir, base);

export interface IndeksData {
  situs: string;
  instansi: { id: string; nama: string; singkatan: string; wilayah: string; renstra: { periode: string }[]; laporan: { tahun: number; data: string }[]; iki: { tahun: number }[] }[];
}

/** The published index (/data/index.json): tests follow whatever content the build has. */
export function indeks(dir = DIST): IndeksData {
  return JSON.parse(readFileSync(join(dir, 'data', 'index.json'), 'utf8')) as IndeksData;
}

/** The first report of the first agency that has one. */
export function laporanPertama(dir = DIST) {
  const ix = indeks(dir);
  for (const i of ix.instansi) if (i.laporan.length) return { instansi: i, tahun: i.laporan[0]!.tahun };
  throw new Error('Tidak ada laporan dalam dist/data/index.json');
}

export const SCREENSHOT = resolve('test-results/screenshots');
