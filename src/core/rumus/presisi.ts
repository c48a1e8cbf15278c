/**
 * Printed numbers and their precision. A printed value matches a computed one
 * when the computed value, rounded half-up or truncated to the printed number
 * of decimals, equals it (docs/domain.md §4).
 */
export interface AngkaTercetak {
  nilai: number;
  desimal: number;
}

const POLA_ANGKA = /^-?\d+(\.\d+)?$/;

/**
 * The one reader of numbers in content (content model v2): a JSON number, or a dot-decimal
 * string that keeps its printed precision ("7.0" → 7 with 1 decimal, "100.80" → 100.8 with 2).
 * Anything else (N/A, a label, a range, null) is not a number: null.
 */
export function bacaAngka(nilai: unknown): AngkaTercetak | null {
  if (typeof nilai === 'number') return Number.isFinite(nilai) ? { nilai, desimal: desimalDari(String(nilai)) } : null;
  if (typeof nilai === 'string' && POLA_ANGKA.test(nilai)) return { nilai: Number(nilai), desimal: desimalDari(nilai) };
  return null;
}

/** The value of a number in content, or null when it is not one. */
export const nilaiAngka = (v: unknown): number | null => bacaAngka(v)?.nilai ?? null;

function desimalDari(teks: string): number {
  const dot = teks.indexOf('.');
  return dot < 0 ? 0 : teks.length - dot - 1;
}

// Binary floating point puts 100.805 a hair below itself; nudge by far less than any printed digit:
// relative to the scaled value (its rounding error grows with it), but never more than a millionth of a unit.
const nudge = (v: number) => Math.min(1e-6, Math.max(1e-9, v * 1e-12));

/** Half-up (away from zero at .5) to `desimal` places. */
export function bulatkan(nilai: number, desimal: number): number {
  const pengali = 10 ** desimal;
  const mutlak = Math.abs(nilai) * pengali;
  return (Math.sign(nilai) * Math.floor(mutlak + 0.5 + nudge(mutlak))) / pengali;
}

/** Truncation toward zero to `desimal` places. */
export function potong(nilai: number, desimal: number): number {
  const pengali = 10 ** desimal;
  const mutlak = Math.abs(nilai) * pengali;
  return (Math.sign(nilai) * Math.floor(mutlak + nudge(mutlak))) / pengali;
}

export type AturanPembulatan = 'bulat' | 'potong';

/** Which rounding rule, if any, turns `dihitung` into the printed value. Half-up is tried first. */
export function cocokTercetak(dihitung: number, tercetak: AngkaTercetak): AturanPembulatan | null {
  const eq = (a: number) => Math.abs(a - tercetak.nilai) < 10 ** -(tercetak.desimal + 6);
  if (eq(bulatkan(dihitung, tercetak.desimal))) return 'bulat';
  if (eq(potong(dihitung, tercetak.desimal))) return 'potong';
  return null;
}

/**
 * A printed value that matches only at one decimal fewer than printed, padded with a 0
 * ("98.20" for 98.176 → 98.2): the document rounded more coarsely than it printed.
 */
export function cocokLebihKasar(dihitung: number, tercetak: AngkaTercetak): boolean {
  if (tercetak.desimal < 1) return false;
  const kasar = bulatkan(tercetak.nilai, tercetak.desimal - 1);
  if (Math.abs(kasar - tercetak.nilai) > 10 ** -(tercetak.desimal + 6)) return false;
  return cocokTercetak(dihitung, { nilai: tercetak.nilai, desimal: tercetak.desimal - 1 }) !== null;
}
