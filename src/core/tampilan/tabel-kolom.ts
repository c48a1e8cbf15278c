/**
 * A plain table described by its columns (`src/components/TabelKolom.astro` lays it out): the report
 * and profile pages' fixed tables give their columns and formatted cells here instead of writing the
 * table markup again.
 */
import type { Lokasi } from '../skema/common.ts';

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
 * A cell's text, a badge (`<span class="lencana …">`) or a source locator (linked to the agency's PDF
 * page where there is one); `undefined` in a footer row is an empty cell.
 */
export type Sel = string | { lencana: string; kelas: string } | SelLetak;
