/**
 * The real corpus of this repository (content/), loaded through the same path as the build. Read once per
 * test file: the audit of the real documents is what the careful-reader tests check.
 */
import { fileURLToPath } from 'node:url';
import { bacaFolder } from '../../../src/core/muat/baca-folder.ts';
import { rakitKorpus } from '../../../src/core/muat/korpus.ts';
import { hitungKorpus, type KorpusTerhitung } from '../../../src/core/hitung/korpus.ts';
import { semuaTemuan } from '../../../src/core/data-terbuka/terbuka.ts';

const PROYEK = fileURLToPath(new URL('../../..', import.meta.url));

let cache: KorpusTerhitung | undefined;
export function korpusNyata(): KorpusTerhitung {
  if (cache) return cache;
  const { korpus, masalah } = rakitKorpus(bacaFolder(PROYEK, 'content', null));
  const galat = masalah.filter((m) => m.tingkat === 'galat');
  if (galat.length) throw new Error(`content invalid: ${JSON.stringify(galat, null, 1)}`);
  return (cache = hitungKorpus(korpus));
}

export const temuanNyata = () => semuaTemuan(korpusNyata());
