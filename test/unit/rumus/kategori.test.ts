import { describe, expect, it } from 'vitest';
import { kategori, SKALA_KEMENPAN } from '../../../src/core/rumus/kategori.ts';
import type { Skala } from '../../../src/core/skema/common.ts';
import { acak } from './acak.ts';

const kode = (n: number, s?: Skala) => kategori(n, s)?.kode ?? null;

describe('kategori: KemenPAN scale AA…D', () => {
  it('each band by its lower bound "> x"', () => {
    expect(kode(100)).toBe('AA');
    expect(kode(90.01)).toBe('AA');
    expect(kode(90)).toBe('A'); // "> 90" does not include 90
    expect(kode(80.0001)).toBe('A');
    expect(kode(80)).toBe('BB');
    expect(kode(70)).toBe('B');
    expect(kode(60)).toBe('CC');
    expect(kode(50)).toBe('C');
    expect(kode(30.01)).toBe('C');
    expect(kode(30)).toBe('D');
    expect(kode(0)).toBe('D');
  });

  it('a score that is exactly a bound in decimal but a hair above it in binary stays in the lower band', () => {
    // 20 + 15 + 11.63 + 4.45 + 8.92 = 60.00, computed as 60.00000000000001
    const jumlah = 20 + 15 + 11.63 + 4.45 + 8.92;
    expect(jumlah).toBeGreaterThan(60);
    expect(kode(jumlah)).toBe('CC');
    expect(kode(20 + 15.13 + 8.66 + 8.73 + 17.48)).toBe('B'); // 70.00000000000001
    expect(kode(0.1 + 0.2 + 89.7)).toBe('A'); // 90 in decimal
    // a real difference above the bound still counts
    expect(kode(60.000001)).toBe('B');
  });

  it('labels', () => {
    expect(kategori(95)).toEqual({ kode: 'AA', label: 'Sangat Memuaskan' });
    expect(kategori(62.67)).toEqual({ kode: 'B', label: 'Baik' });
    expect(kategori(71.32)).toEqual({ kode: 'BB', label: 'Sangat Baik' });
    expect(kategori(10)).toEqual({ kode: 'D', label: 'Sangat Kurang' });
  });

  it('above 100 stays AA; below 0 or not a number has no category', () => {
    expect(kode(120)).toBe('AA');
    expect(kategori(-0.01)).toBeNull();
    expect(kategori(Number.NaN)).toBeNull();
    expect(kategori(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('the default scale is the KemenPAN one', () => {
    expect(kategori(75)).toEqual(kategori(75, SKALA_KEMENPAN));
    expect(SKALA_KEMENPAN.pita.map((p) => p.kode)).toEqual(['AA', 'A', 'BB', 'B', 'CC', 'C', 'D']);
  });
});

describe('kategori: a report-declared five-band scale with inclusive bounds', () => {
  // "≥ 91 sangat baik … ≤ 50 sangat kurang"
  const LIMA: Skala = {
    id: 'lima-pita',
    nama: 'Lima pita',
    pita: [
      { kode: 'SB', label: 'Sangat Baik', min: 91, minInklusif: true },
      { kode: 'B', label: 'Baik', min: 76, minInklusif: true },
      { kode: 'C', label: 'Cukup', min: 66, minInklusif: true },
      { kode: 'K', label: 'Kurang', min: 51, minInklusif: true },
      { kode: 'SK', label: 'Sangat Kurang', min: 0, minInklusif: true },
    ],
  };
  it('the bound itself belongs to the band', () => {
    expect(kode(91, LIMA)).toBe('SB');
    expect(kode(90.99, LIMA)).toBe('B');
    expect(kode(76, LIMA)).toBe('B');
    expect(kode(75.99, LIMA)).toBe('C');
    expect(kode(66, LIMA)).toBe('C');
    expect(kode(51, LIMA)).toBe('K');
    expect(kode(50, LIMA)).toBe('SK');
    expect(kode(0, LIMA)).toBe('SK');
    expect(kategori(100, LIMA)).toEqual({ kode: 'SB', label: 'Sangat Baik' });
  });
  it('a score a hair below an inclusive bound in binary, but equal to it in decimal, is in the band', () => {
    const tujuhEnam = 0.02 + 65.13 + 10.85; // 76.00 in decimal, 75.99999999999999 in binary
    expect(tujuhEnam).toBeLessThan(76);
    expect(kode(tujuhEnam, LIMA)).toBe('B');
    expect(kode(91 - 1e-13, LIMA)).toBe('SB');
    expect(kode(90.9999, LIMA)).toBe('B');
  });

  it('differs from the KemenPAN scale on the same score', () => {
    expect(kode(90.5, LIMA)).toBe('B');
    expect(kode(90.5)).toBe('AA');
  });
});

describe('sifat kategori (properties)', () => {
  it('a higher score never falls in a lower band', () => {
    const r = acak(11);
    const urutan = SKALA_KEMENPAN.pita.map((p) => p.kode);
    for (let i = 0; i < 2000; i++) {
      const a = r.antara(0, 110);
      const b = r.antara(0, 110);
      const [lo, hi] = a < b ? [a, b] : [b, a];
      expect(urutan.indexOf(kode(hi)!)).toBeLessThanOrEqual(urutan.indexOf(kode(lo)!));
    }
  });
});
