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
  for (const satuJabatan of jabatan) {
    if (satuJabatan.atasan && satuJabatan.atasan !== satuJabatan.id && ids.has(satuJabatan.atasan)) {
      const daftar = anak.get(satuJabatan.atasan) ?? [];
      daftar.push(satuJabatan);
      anak.set(satuJabatan.atasan, daftar);
    } else pangkal.push(satuJabatan);
  }
  const dikunjungi = new Set<string>();
  const bangun = (satuJabatan: Jabatan): SimpulIki => {
    dikunjungi.add(satuJabatan.id);
    return {
      jabatan: satuJabatan,
      bawahan: (anak.get(satuJabatan.id) ?? []).filter((b) => !dikunjungi.has(b.id)).map(bangun),
    };
  };
  const pohon = pangkal.map(bangun);
  // positions caught in a loop (a→b→a) have no root: attach each loop as its own tree
  for (const satuJabatan of jabatan) if (!dikunjungi.has(satuJabatan.id)) pohon.push(bangun(satuJabatan));
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

export function hitungSimpul(pohon: readonly SimpulIki[]): HitunganIki {
  let jabatan = 0;
  let indikator = 0;
  let sedang = 0;
  let rendah = 0;
  const tingkat = new Map<TingkatIki, number>();
  const jalan = (simpul: SimpulIki) => {
    jabatan++;
    indikator += simpul.jabatan.sasaran.reduce((n, x) => n + x.indikator.length, 0);
    if (simpul.jabatan.keyakinan === 'rendah') rendah++;
    if (simpul.jabatan.keyakinan === 'sedang') sedang++;
    if (simpul.jabatan.tingkat) tingkat.set(simpul.jabatan.tingkat, (tingkat.get(simpul.jabatan.tingkat) ?? 0) + 1);
    simpul.bawahan.forEach(jalan);
  };
  pohon.forEach(jalan);
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

export function kepalaSimpul(jabatan: Jabatan): KepalaSimpul {
  const nomor = jabatan.nomor_disimpulkan ?? jabatan.nomor;
  // A programme/kegiatan row is named by its programme, a staff row by its position, the head's row by its sasaran.
  const nama = jabatan.program_kegiatan ?? jabatan.jabatan ?? jabatan.sasaran[0]?.nama;
  const judul = [nomor, nama].filter(Boolean).join(' ') || 'Baris tanpa nomor dan nama';
  return {
    judul,
    tingkat: jabatan.tingkat ? LABEL_TINGKAT_IKI[jabatan.tingkat] : null,
    penanggungJawab: jabatan.tingkat ? (nama === jabatan.jabatan ? null : (jabatan.jabatan ?? 'tidak tercetak')) : null,
    nomorTercetak:
      jabatan.nomor_disimpulkan && jabatan.nomor !== jabatan.nomor_disimpulkan ? (jabatan.nomor ?? 'tidak ada') : null,
    diwarisi: jabatan.diwarisi?.length ? jabatan.diwarisi.map((d) => LABEL_DIWARISI[d]).join(', ') : null,
  };
}

/** The positions or rows whose OCR the transcriber marked as low-confidence, listed for a check. */
export const jabatanKeyakinanRendah = (jabatan: readonly Jabatan[]) => jabatan.filter((j) => j.keyakinan === 'rendah');
