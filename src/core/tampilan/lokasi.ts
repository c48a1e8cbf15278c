/**
 * A locator (`lokasi` in content) in words a reader can follow in the original document: "Dokumen LKjIP 2021,
 * Bab III, Tabel 3.1, hlm. 25". The line numbers point into the transcription, so they are named as such.
 * The one way the site words a locator (src/lib/format.ts `lokasi` calls it). Pure.
 */
import type { Lokasi } from '../skema/common.ts';

/** "BAB III" → "Bab III", "BAB 3" → "Bab 3"; other chapter names stay as printed. */
const bab = (bagian: string) => bagian.replace(/^BAB\b/, 'Bab');

export function kataLokasi(l: Partial<Lokasi> | undefined, dokumen?: string): string | null {
  if (!l) return null;
  const baris = l.baris === undefined ? undefined : Array.isArray(l.baris) ? `${l.baris[0]}–${l.baris[1]}` : l.baris;
  const bagian = [
    l.bagian && bab(l.bagian),
    l.tabel,
    l.halaman !== undefined ? `hlm. ${l.halaman}` : undefined,
    baris !== undefined ? `baris ${baris} transkripsi` : undefined,
  ].filter(Boolean);
  if (!bagian.length) return null;
  return [dokumen && `Dokumen ${dokumen}`, ...bagian].filter(Boolean).join(', ');
}
