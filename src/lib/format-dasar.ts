/**
 * The Intl 'id-ID' number formatting at the heart of src/lib/format.ts, with no imports,
 * so client scripts can use the very same functions without pulling in the engine.
 */
export const KOSONG = '–';

const cache = new Map<string, Intl.NumberFormat>();
function nf(min: number, max: number): Intl.NumberFormat {
  const kunci = `${min}:${max}`;
  let pemformat = cache.get(kunci);
  if (!pemformat)
    cache.set(
      kunci,
      (pemformat = new Intl.NumberFormat('id-ID', { minimumFractionDigits: min, maximumFractionDigits: max })),
    );
  return pemformat;
}

export const angkaSah = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** 1234.5 → "1.234,5"; up to `maks` decimals (default 2). */
export function angka(nilai: number | null | undefined, maks = 2, min = 0): string {
  return angkaSah(nilai) ? nf(Math.min(min, maks), maks).format(nilai) : KOSONG;
}

/** 100.806 → "100,81 %" (2 decimals fixed by default). */
export function persen(nilai: number | null | undefined, desimal = 2): string {
  return angkaSah(nilai) ? `${nf(desimal, desimal).format(nilai)} %` : KOSONG;
}

/** Whole rupiah: 5429689056 → "Rp 5.429.689.056". */
export function rupiah(nilai: number | null | undefined): string {
  return angkaSah(nilai) ? `Rp ${nf(0, 0).format(nilai)}` : KOSONG;
}

/** Signed points: +2,58 / −3,1. */
export function selisih(nilai: number | null | undefined, maks = 2): string {
  if (!angkaSah(nilai)) return KOSONG;
  const teks = nf(0, maks).format(Math.abs(nilai));
  return nilai > 0 ? `+${teks}` : nilai < 0 ? `−${teks}` : teks;
}
