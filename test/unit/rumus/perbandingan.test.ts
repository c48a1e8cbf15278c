import { describe, expect, it } from 'vitest';
import { bandingTahunLalu, bandingTarget as bandingTargetV2 } from '../../../src/core/rumus/perbandingan.ts';
import { aturanBawaan } from '../../../src/core/rumus/capaian.ts';
import { HIMPUNAN_PREDIKAT_SAKIP } from '../../../src/core/rumus/himpunan.ts';
import type { Nilai, Polaritas, Target } from '../../../src/core/skema/common.ts';

/** With no declared method, the indicator's rule follows its polarity (and the SAKIP grades for a grade target). */
const bandingTarget = (r: Nilai | null, t: Target, p: Polaritas) =>
  bandingTargetV2(r, t, { ...aturanBawaan(t, p), urutan: HIMPUNAN_PREDIKAT_SAKIP.nilai });
import { bacaAngka, cocokTercetak } from '../../../src/core/rumus/presisi.ts';

describe('bandingTahunLalu', () => {
  it('change in points and relative change', () => {
    const banding = bandingTahunLalu(72.58, 70)!;
    expect(banding.selisih).toBeCloseTo(2.58, 10);
    expect(cocokTercetak(banding.selisih, bacaAngka('2.58')!)).toBe('bulat');
    expect(banding.relatif).toBeCloseTo(3.685714286, 8);
    expect(bandingTahunLalu(71.32, 62.65)).toEqual({
      selisih: 71.32 - 62.65,
      relatif: ((71.32 - 62.65) / 62.65) * 100,
    });
  });

  it('a fall is negative in both', () => {
    const banding = bandingTahunLalu(60, 80)!;
    expect(banding.selisih).toBe(-20);
    expect(banding.relatif).toBe(-25);
  });

  it('from a negative earlier value, the sign of the relative change follows the direction of the change', () => {
    // e.g. a growth rate going from −2 % to 3 %: up 5 points, +250 % of the earlier size
    expect(bandingTahunLalu(3, -2)).toEqual({ selisih: 5, relatif: 250 });
    expect(bandingTahunLalu(-5, -2)).toEqual({ selisih: -3, relatif: -150 });
  });

  it('the relative change always has the sign of the change in points', () => {
    for (const [tahunIni, tahunLalu] of [
      [72.58, 70],
      [60, 80],
      [3, -2],
      [-5, -2],
      [-1, -4],
      [0.5, -0.5],
    ] as const) {
      const banding = bandingTahunLalu(tahunIni, tahunLalu)!;
      expect(Math.sign(banding.relatif!)).toBe(Math.sign(banding.selisih));
    }
  });

  it('no change', () => {
    expect(bandingTahunLalu(5, 5)).toEqual({ selisih: 0, relatif: 0 });
  });

  it('previous year 0: points yes, relative change not computable', () => {
    expect(bandingTahunLalu(7, 0)).toEqual({ selisih: 7, relatif: null });
    expect(bandingTahunLalu(0, 0)).toEqual({ selisih: 0, relatif: null });
  });

  it('grades, N/A or a missing value on either side: no comparison', () => {
    expect(bandingTahunLalu('BB', 'B')).toBeNull();
    expect(bandingTahunLalu(72, 'N/A')).toBeNull();
    expect(bandingTahunLalu('N/A', 72)).toBeNull();
    expect(bandingTahunLalu(null, 72)).toBeNull();
    expect(bandingTahunLalu(72, null)).toBeNull();
  });
});

describe('bandingTarget (Renstra end target, national target)', () => {
  it('realisasi ÷ another target with the polarity applied', () => {
    const banding = bandingTarget(72.58, 80, 'naik');
    expect(banding.jenis).toBe('persen');
    if (banding.jenis !== 'persen') return;
    expect(banding.nilai).toBeCloseTo(90.725, 10);
    expect(cocokTercetak(banding.nilai, bacaAngka('90.73')!)).toBe('bulat');
    expect(cocokTercetak(banding.nilai, bacaAngka('90.72')!)).toBe('potong');
    expect(bandingTarget(6, 5, 'turun')).toEqual({ jenis: 'persen', nilai: 80 });
  });

  it('grades and non-computable cases pass through', () => {
    expect(bandingTarget('A', 'BB', 'kualitatif')).toEqual({ jenis: 'kualitatif', tercapai: true });
    expect(bandingTarget(null, 80, 'naik')).toEqual({ jenis: 'tak_terhitung', alasan: 'realisasi_kosong' });
    expect(bandingTarget(50, 0, 'naik')).toEqual({ jenis: 'tak_terhitung', alasan: 'target_nol' });
  });
});
