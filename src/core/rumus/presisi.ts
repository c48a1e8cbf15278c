/**
 * Printed numbers and their precision. A printed value matches a computed one
 * when the computed value, rounded half-up or truncated to the printed number
 * of decimals, equals it (DOMAIN.md §4).
 */
import type { Tercetak } from '../skema/common.ts';

export interface AngkaTercetak {
  nilai: number;
  desimal: number;
}

/** "100.80" → { nilai: 100.8, desimal: 2 }; "N/A" → null. */
export function bacaTercetak(t: Tercetak | number): AngkaTercetak | null {
  if (typeof t === 'number') return { nilai: t, desimal: desimalDari(String(t)) };
  if (t === 'N/A') return null;
  return { nilai: Number(t), desimal: desimalDari(t) };
}

function desimalDari(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

// Binary floating point puts 100.805 a hair below itself; nudge by far less than any printed digit:
// relative to the scaled value (its rounding error grows with it), but never more than a millionth of a unit.
const nudge = (v: number) => Math.min(1e-6, Math.max(1e-9, v * 1e-12));

/** Half-up (away from zero at .5) to `desimal` places. */
export function bulatkan(x: number, desimal: number): number {
  const f = 10 ** desimal;
  const v = Math.abs(x) * f;
  return (Math.sign(x) * Math.floor(v + 0.5 + nudge(v))) / f;
}

/** Truncation toward zero to `desimal` places. */
export function potong(x: number, desimal: number): number {
  const f = 10 ** desimal;
  const v = Math.abs(x) * f;
  return (Math.sign(x) * Math.floor(v + nudge(v))) / f;
}

export type AturanPembulatan = 'bulat' | 'potong';

/** Which rounding rule, if any, turns `dihitung` into the printed value. Half-up is tried first. */
export function cocokTercetak(dihitung: number, tercetak: AngkaTercetak): AturanPembulatan | null {
  const eq = (a: number) => Math.abs(a - tercetak.nilai) < 10 ** -(tercetak.desimal + 6);
  if (eq(bulatkan(dihitung, tercetak.desimal))) return 'bulat';
  if (eq(potong(dihitung, tercetak.desimal))) return 'potong';
  return null;
}
