/** The IKI cascade as a tree, from the head down, following `atasan`. Pure. */
import type { Jabatan } from '../skema/iki.ts';

export interface SimpulIki {
  jabatan: Jabatan;
  bawahan: SimpulIki[];
}

/**
 * Roots are positions without a known superior. A superior that is missing from the
 * document, or a loop, makes the position a root rather than dropping it.
 */
export function pohonIki(jabatan: readonly Jabatan[]): SimpulIki[] {
  const ids = new Set(jabatan.map((j) => j.id));
  const anak = new Map<string, Jabatan[]>();
  const pangkal: Jabatan[] = [];
  for (const j of jabatan) {
    if (j.atasan && j.atasan !== j.id && ids.has(j.atasan)) {
      const daftar = anak.get(j.atasan) ?? [];
      daftar.push(j);
      anak.set(j.atasan, daftar);
    } else pangkal.push(j);
  }
  const dikunjungi = new Set<string>();
  const bangun = (j: Jabatan): SimpulIki => {
    dikunjungi.add(j.id);
    return { jabatan: j, bawahan: (anak.get(j.id) ?? []).filter((b) => !dikunjungi.has(b.id)).map(bangun) };
  };
  const pohon = pangkal.map(bangun);
  // positions caught in a loop (a→b→a) have no root: attach each loop as its own tree
  for (const j of jabatan) if (!dikunjungi.has(j.id)) pohon.push(bangun(j));
  return pohon;
}

export function hitungSimpul(p: readonly SimpulIki[]): { jabatan: number; indikator: number; rendah: number } {
  let jabatan = 0;
  let indikator = 0;
  let rendah = 0;
  const jalan = (s: SimpulIki) => {
    jabatan++;
    indikator += s.jabatan.sasaran.reduce((n, x) => n + x.indikator.length, 0);
    if (s.jabatan.keyakinan === 'rendah') rendah++;
    s.bawahan.forEach(jalan);
  };
  p.forEach(jalan);
  return { jabatan, indikator, rendah };
}

/** The positions whose OCR the transcriber marked as low-confidence, listed for a check. */
export const jabatanKeyakinanRendah = (jabatan: readonly Jabatan[]) => jabatan.filter((j) => j.keyakinan === 'rendah');
