/** Shared helpers: the synthetic fixture as in-memory files, and JSON mutation. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BerkasKonten } from '../../../src/core/muat/korpus.ts';

export const FIXTURE = join(import.meta.dirname, '../../fixtures/konten-contoh');
export const PROYEK = join(import.meta.dirname, '../../..');

export function berkasFixture(): BerkasKonten[] {
  return readdirSync(join(FIXTURE, 'content'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((entri) => {
      const full = join(entri.parentPath, entri.name);
      return { path: relative(FIXTURE, full).split(sep).join('/'), isi: readFileSync(full, 'utf8') };
    });
}

export const JALUR_CONTOH = {
  situs: 'content/situs.json',
  kota: 'content/wilayah/kota-contoh.json',
  instansi: 'content/instansi/dinas-contoh/instansi.json',
  indikator: 'content/instansi/dinas-contoh/indikator.json',
  renstra: 'content/instansi/dinas-contoh/renstra-2021-2026.json',
  lkjip: 'content/instansi/dinas-contoh/2022/lkjip.json',
  narasi: 'content/instansi/dinas-contoh/2022/narasi/bab-1.mdx',
} as const;

/** A copy of the files with one file's JSON changed by `ubah` (which mutates in place). */
export function ubahJson(files: BerkasKonten[], path: string, ubah: (j: any) => void): BerkasKonten[] {
  return files.map((berkas) => {
    if (berkas.path !== path) return berkas;
    const json = JSON.parse(String(berkas.isi));
    ubah(json);
    return { path, isi: JSON.stringify(json, null, 2) };
  });
}

export const ganti = (files: BerkasKonten[], path: string, isi: string | Uint8Array) =>
  files.some((f) => f.path === path)
    ? files.map((f) => (f.path === path ? { path, isi } : f))
    : [...files, { path, isi }];

export const isiTeks = (files: BerkasKonten[], path: string) => String(files.find((f) => f.path === path)!.isi);

/** A narrative with the given body, front matter on lines 1–4, body from line 5. */
export const narasi = (badan: string) => `---\nbab: bab-1\njudul: Pendahuluan\n---\n${badan}\n`;
