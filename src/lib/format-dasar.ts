/**
 * The Intl 'id-ID' number formatting at the heart of src/lib/format.ts, with no imports,
 * so client scripts can use the very same functions without pulling in the engine.
 */
export const KOSONG = '–';

const cache = new Map<string, Intl.NumberFormat>();
function nf(min: number, max: number): Intl.NumberFormat {
  const k = `${min}:${max}`;
  let f = cache.get(k);
  if (!f)
    cache.set(k, (f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: min, maximumFractionDigits: max })));
  return f;
}

export const angkaSah = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** 1234.5 → "1.234,5"; up to `maks` decimals (default 2). */
export function angka(v: number | null | undefined, maks = 2, min = 0): string {
  return angkaSah(v) ? nf(Math.min(min, maks), maks).format(v) : KOSONG;
}

/** 100.806 → "100,81 %" (2 decimals fixed by default). */
export function persen(v: number | null | undefined, desimal = 2): string {
  return angkaSah(v) ? `${nf(desimal, desimal).format(v)} %` : KOSONG;
}

/** Whole rupiah: 5429689056 → "Rp 5.429.689.056". */
export function rupiah(v: number | null | undefined): string {
  return angkaSah(v) ? `Rp ${nf(0, 0).format(v)}` : KOSONG;
}

/** Signed points: +2,58 / −3,1. */
export function selisih(v: number | null | undefined, maks = 2): string {
  if (!angkaSah(v)) return KOSONG;
  const s = nf(0, maks).format(Math.abs(v));
  return v > 0 ? `+${s}` : v < 0 ? `−${s}` : s;
}
