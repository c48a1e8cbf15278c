import { describe, expect, it } from 'vitest';
import { hitungEfisiensi, METODE_SERAGAM, type MetodeEfisiensi } from '../../../src/core/rumus/efisiensi.ts';
import { bacaAngka, cocokTercetak } from '../../../src/core/rumus/presisi.ts';
import { METODE_EFISIENSI } from '../../../src/core/skema/laporan.ts';

const cocok = (x: number | null, s: string) => (x === null ? null : cocokTercetak(x, bacaAngka(s)!));

describe('hitungEfisiensi', () => {
  it('rasio: Blitar 2021, 100.84 / 65.39 = 1.54 (source text 003 l.720)', () => {
    const efisiensi = hitungEfisiensi('rasio', { capaian: 100.84, serapan: 65.39 });
    expect(efisiensi).toBeCloseTo(1.5421318, 6);
    expect(cocok(efisiensi, '1.54')).toBe('bulat');
    expect(cocok(efisiensi, '1.55')).toBeNull();
  });

  it('selisih: Bontang 2020, 100.80 − 98.25 = 2.55 (source text 000 l.2727)', () => {
    const efisiensi = hitungEfisiensi('selisih', { capaian: 100.8, serapan: 98.25 });
    expect(efisiensi).toBeCloseTo(2.55, 10);
    expect(cocok(efisiensi, '2.55')).toBe('bulat');
  });

  it('sisa_persen: Kaltim 2020, 100 − 91.97 = 8.03, 100 − 99.55 = 0.45 (source text 001 l.2788)', () => {
    expect(cocok(hitungEfisiensi('sisa_persen', { serapan: 91.97 }), '8.03')).toBe('bulat');
    expect(cocok(hitungEfisiensi('sisa_persen', { serapan: 99.55 }), '0.45')).toBe('bulat');
    expect(cocok(hitungEfisiensi('sisa_persen', { serapan: 99.16 }), '0.84')).toBe('bulat');
  });

  it('sisa_rupiah: Kaltim 2020, 34.450.519.415 − 30.532.062.972 = 3.918.456.443 (source text 001 l.2809)', () => {
    const efisiensi = hitungEfisiensi('sisa_rupiah', { pagu: 34_450_519_415, realisasi: 30_532_062_972 });
    expect(efisiensi).toBe(3_918_456_443);
    expect(cocok(efisiensi, '3918456443')).toBe('bulat');
  });

  it('each method needs its own inputs and ignores the others', () => {
    const semua = { capaian: 100, serapan: 80, pagu: 1000, realisasi: 800 };
    expect(hitungEfisiensi('selisih', semua)).toBe(20);
    expect(hitungEfisiensi('rasio', semua)).toBe(1.25);
    expect(hitungEfisiensi('sisa_persen', semua)).toBe(20);
    expect(hitungEfisiensi('sisa_rupiah', semua)).toBe(200);
    expect(hitungEfisiensi('sisa_persen', { serapan: 80 })).toBe(20);
    expect(hitungEfisiensi('sisa_rupiah', { pagu: 1000, realisasi: 800 })).toBe(200);
  });

  it('missing inputs give null, never NaN or Infinity', () => {
    expect(hitungEfisiensi('selisih', { capaian: 100 })).toBeNull();
    expect(hitungEfisiensi('selisih', { serapan: 80 })).toBeNull();
    expect(hitungEfisiensi('rasio', { capaian: 100, serapan: null })).toBeNull();
    expect(hitungEfisiensi('rasio', { capaian: null, serapan: 80 })).toBeNull();
    expect(hitungEfisiensi('sisa_persen', { capaian: 100, pagu: 1, realisasi: 1 })).toBeNull();
    expect(hitungEfisiensi('sisa_rupiah', { pagu: 1000 })).toBeNull();
    expect(hitungEfisiensi('sisa_rupiah', { realisasi: 800, capaian: 100, serapan: 80 })).toBeNull();
    expect(hitungEfisiensi('selisih', { capaian: Number.NaN, serapan: 80 })).toBeNull();
    expect(hitungEfisiensi('rasio', { capaian: Number.POSITIVE_INFINITY, serapan: 80 })).toBeNull();
  });

  it('a ratio with nothing spent is not computable; the other methods still are', () => {
    expect(hitungEfisiensi('rasio', { capaian: 100, serapan: 0 })).toBeNull();
    expect(hitungEfisiensi('selisih', { capaian: 100, serapan: 0 })).toBe(100);
    expect(hitungEfisiensi('sisa_persen', { serapan: 0 })).toBe(100);
    expect(hitungEfisiensi('rasio', { capaian: 0, serapan: 50 })).toBe(0);
  });

  it('the uniform method is the ratio, and every method is documented', () => {
    expect(METODE_SERAGAM).toBe('rasio');
    for (const metode of Object.keys(METODE_EFISIENSI) as MetodeEfisiensi[])
      expect(hitungEfisiensi(metode, { capaian: 90, serapan: 90, pagu: 10, realisasi: 9 })).not.toBeNull();
  });
});
