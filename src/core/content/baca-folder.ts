/** Reads a content folder from disk (the only part of content loading that touches the file system). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { rakitKorpus, type BerkasKonten, type HasilMuat } from './korpus.ts';

export function bacaFolder(root: string, akar = 'content'): BerkasKonten[] {
  const dir = join(root, akar);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = join(d.parentPath, d.name);
      return { path: relative(root, full).split(sep).join('/'), isi: readFileSync(full) };
    });
}

/** Loads and validates `<root>/content`. */
export const muatKonten = (root: string, akar = 'content'): HasilMuat => rakitKorpus(bacaFolder(root, akar), akar);
