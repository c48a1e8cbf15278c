/**
 * A plain table described by its columns (`src/components/TabelKolom.astro` lays it out): the report
 * and profile pages' fixed tables give their columns and formatted cells here instead of writing the
 * table markup again.
 */
export interface Kolom {
  judul: string;
  /** a column of numbers: right-aligned, header and cells */
  angka?: boolean;
  /** the row's header (`<th scope="row">`) */
  kepalaBaris?: boolean;
}

/** A cell's text, or a badge (`<span class="lencana …">`); `undefined` in a footer row is an empty cell. */
export type Sel = string | { lencana: string; kelas: string };
