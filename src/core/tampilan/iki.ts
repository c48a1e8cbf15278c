/** The IKI cascade as a tree, from the head down, following `atasan`. Pure. */
import { TINGKAT_IKI, type Jabatan, type TingkatIki } from '../skema/iki.ts';

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

export interface HitunganIki {
  jabatan: number;
  indikator: number;
  sedang: number;
  rendah: number;
  /** rows per cascading level, in the table's order; empty for a per-position document */
  perTingkat: { tingkat: TingkatIki; label: string; jumlah: number }[];
}

export function hitungSimpul(p: readonly SimpulIki[]): HitunganIki {
  let jabatan = 0;
  let indikator = 0;
  let sedang = 0;
  let rendah = 0;
  const tingkat = new Map<TingkatIki, number>();
  const jalan = (s: SimpulIki) => {
    jabatan++;
    indikator += s.jabatan.sasaran.reduce((n, x) => n + x.indikator.length, 0);
    if (s.jabatan.keyakinan === 'rendah') rendah++;
    if (s.jabatan.keyakinan === 'sedang') sedang++;
    if (s.jabatan.tingkat) tingkat.set(s.jabatan.tingkat, (tingkat.get(s.jabatan.tingkat) ?? 0) + 1);
    s.bawahan.forEach(jalan);
  };
  p.forEach(jalan);
  const perTingkat = TINGKAT_IKI.filter((t) => tingkat.has(t)).map((t) => ({
    tingkat: t,
    label: LABEL_TINGKAT_IKI[t],
    jumlah: tingkat.get(t)!,
  }));
  return { jabatan, indikator, sedang, rendah, perTingkat };
}

/** Plain names of the cascading levels, with the PK column group they come from. */
export const LABEL_TINGKAT_IKI: Record<TingkatIki, string> = {
  sasaran_strategis: 'Sasaran strategis (PK Eselon II)',
  program: 'Program (PK Eselon III)',
  kegiatan: 'Kegiatan (PK Eselon IV)',
  sub_kegiatan: 'Sub-kegiatan',
  non_eselon: 'Staf (PK non eselon)',
};

const LABEL_DIWARISI: Record<NonNullable<Jabatan['diwarisi']>[number], string> = {
  nomor: 'nomor',
  program_kegiatan: 'nama program/kegiatan',
  sasaran: 'sasaran',
};

/** What a reader sees at the top of one node: a heading, its level, who answers for it, how sure the reading is. */
export interface KepalaSimpul {
  judul: string;
  tingkat: string | null;
  /** the position, when the heading is something else (a cascading row's programme or number) */
  penanggungJawab: string | null;
  /** a misnumbered row: the number as printed, shown beside the number read */
  nomorTercetak: string | null;
  /** merged cells taken from the row above, in words */
  diwarisi: string | null;
}

export function kepalaSimpul(j: Jabatan): KepalaSimpul {
  const nomor = j.nomor_disimpulkan ?? j.nomor;
  // A programme/kegiatan row is named by its programme, a staff row by its position, the head's row by its sasaran.
  const nama = j.program_kegiatan ?? j.jabatan ?? j.sasaran[0]?.nama;
  const judul = [nomor, nama].filter(Boolean).join(' ') || 'Baris tanpa nomor dan nama';
  return {
    judul,
    tingkat: j.tingkat ? LABEL_TINGKAT_IKI[j.tingkat] : null,
    penanggungJawab: j.tingkat ? (nama === j.jabatan ? null : (j.jabatan ?? 'tidak tercetak')) : null,
    nomorTercetak: j.nomor_disimpulkan && j.nomor !== j.nomor_disimpulkan ? (j.nomor ?? 'tidak ada') : null,
    diwarisi: j.diwarisi?.length ? j.diwarisi.map((d) => LABEL_DIWARISI[d]).join(', ') : null,
  };
}

/** The positions or rows whose OCR the transcriber marked as low-confidence, listed for a check. */
export const jabatanKeyakinanRendah = (jabatan: readonly Jabatan[]) => jabatan.filter((j) => j.keyakinan === 'rendah');
