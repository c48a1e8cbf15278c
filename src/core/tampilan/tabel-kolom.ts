/**
 * A plain table described by its columns (`src/components/TabelKolom.astro` lays it out): the report,
 * profile and indicator pages' fixed tables give their columns and cells here instead of writing the
 * table markup again. The pages' view models build the rows (e.g. `tabel-laporan.ts`), so a template
 * only passes a `Tabel` on.
 */
import type { Lokasi } from '../skema/common.ts';
import type { Tanggapan } from '../skema/laporan.ts';
import type { Predikat } from '../rumus/capaian.ts';
import type { StatusAudit } from '../audit/audit.ts';

export interface Kolom {
  judul: string;
  /** a column of numbers: right-aligned, header and cells */
  angka?: boolean;
  /** the row's header (`<th scope="row">`) */
  kepalaBaris?: boolean;
}

/** Where a figure comes from: the locator and the document it points into (`src/components/Letak.astro`). */
export interface SelLetak {
  letak: Partial<Lokasi> | undefined;
  dokumen: { berkas: string; pdf: string | null };
}

/**
 * One piece of a cell or caption (`src/components/IsiSel.astro` lays it out): text; a badge
 * (`<span class="lencana …">`); a predicate or an audit status with its icon (`Predikat`, `StatusAudit`);
 * a source locator, linked to the agency's PDF page where there is one; a link (`href` a site path, or
 * `#anchor` on the same page); a name in code type (`<code>`: a column, an id); pieces in a `<span>` with
 * classes (a note: `catatan`, on its own line: `blok`); a line break; the agency's response to a finding
 * (`TanggapanInstansi`).
 */
export type Isi =
  | string
  | { lencana: string; kelas: string }
  | { predikat: Predikat }
  | { status: StatusAudit }
  | SelLetak
  | { tautan: string; href: string }
  | { kode: string }
  | { span: readonly Isi[]; kelas: string }
  | { barisBaru: true }
  | { tanggapan: Tanggapan | undefined };

/**
 * A cell: one piece, or several pieces in a row (`isi`), with the columns it spans (`rentang`, colspan),
 * `teks` for words in a column of numbers (not right-aligned) and a class of its own (`kelas`). `undefined`
 * is an empty cell.
 */
export type Sel = Isi | { isi: readonly Isi[]; rentang?: number; teks?: boolean; kelas?: string };

/** A row: its cells, or its cells with an `id` (a permalink to the row). */
export type Baris = readonly (Sel | undefined)[] | { id: string; sel: readonly (Sel | undefined)[] };

/** Everything `TabelKolom` lays out. */
export interface Tabel {
  /** the scroll box's accessible name */
  label: string;
  /** the caption: text, or pieces (e.g. a title and where the whole table comes from) */
  judul: string | readonly Isi[];
  /** the table's own anchor */
  id?: string | undefined;
  /** the table's own class (the phone layout's `tumpuk` is added to every table with a header row) */
  kelas?: string;
  kolom: readonly Kolom[];
  baris: readonly Baris[];
  kaki?: readonly Baris[];
}

/** A row's cells and its anchor, whichever way it was given. */
export const bukaBaris = (baris: Baris): { id: string | undefined; sel: readonly (Sel | undefined)[] } =>
  'sel' in baris ? baris : { id: undefined, sel: baris };

/** A cell as the component lays it out: its pieces, the tag, the class and the span. */
export interface SelSiap {
  isi: readonly Isi[];
  /** the row's header (`th scope="row"`) or a data cell */
  kepala: boolean;
  /** `angka` in a column of numbers, and the cell's own class */
  kelas: string | undefined;
  rentang: number | undefined;
}

/**
 * Each cell of a row with its column: a cell that spans columns moves the next cell on; an empty cell is
 * a data cell even in the header column, and carries no class (as a blank needs none).
 */
export function selBaris(sel: readonly (Sel | undefined)[], kolom: readonly Kolom[]): (SelSiap | null)[] {
  let indeks = 0;
  return sel.map((satu) => {
    const milik = kolom[indeks];
    const lengkap = typeof satu === 'object' && 'isi' in satu ? satu : undefined;
    indeks += lengkap?.rentang ?? 1;
    if (satu === undefined) return null;
    return {
      isi: lengkap ? lengkap.isi : [satu as Isi],
      kepala: milik?.kepalaBaris === true,
      kelas: [milik?.angka && !lengkap?.teks ? 'angka' : '', lengkap?.kelas ?? ''].join(' ').trim() || undefined,
      rentang: lengkap?.rentang,
    };
  });
}
