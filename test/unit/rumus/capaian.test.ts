import { describe, expect, it } from 'vitest';
import {
  ALASAN_TAK_TERHITUNG,
  LABEL_PREDIKAT,
  aturanBawaan,
  hitungCapaian,
  predikat,
  type AlasanTakTerhitung,
  type Capaian,
} from '../../../src/core/rumus/capaian.ts';
import { HIMPUNAN_PREDIKAT_SAKIP, peringkat } from '../../../src/core/rumus/himpunan.ts';
import { bacaAngka, cocokTercetak } from '../../../src/core/rumus/presisi.ts';
import type { Nilai, Polaritas, Target } from '../../../src/core/skema/common.ts';
import { acak } from './acak.ts';

const GRADES = HIMPUNAN_PREDIKAT_SAKIP.nilai;

/** v1's rule, kept by v2 when a document declares no method: the method follows the polarity and the target's kind. */
const hitung = (target: Target | null | undefined, realisasi: Nilai | null | undefined, polaritas: Polaritas) =>
  hitungCapaian(target, realisasi, { ...aturanBawaan(target, polaritas), urutan: GRADES });

/** The percentage of a capaian, failing the test when it is not one. */
function persen(capaian: Capaian): number {
  if (capaian.jenis !== 'persen') throw new Error(`expected a percentage, got ${JSON.stringify(capaian)}`);
  return capaian.nilai;
}

describe('hitungCapaian: higher is better', () => {
  it('realisasi / target × 100', () => {
    // Bontang 2020 IP ASN: 72.58 against 72 (source text 000 l.1820)
    expect(persen(hitung(72, 72.58, 'naik'))).toBeCloseTo(100.805555556, 8);
    // Blitar 2021: 95.80 against 95, printed 100,84 (source text 003 l.708)
    const blitar = persen(hitung(95, 95.8, 'naik'));
    expect(blitar).toBeCloseTo(100.842105263, 8);
    expect(cocokTercetak(blitar, bacaAngka('100.84')!)).toBe('bulat');
    expect(persen(hitung(4, 3, 'naik'))).toBe(75);
    expect(persen(hitung(50, 0, 'naik'))).toBe(0);
  });

  it('the percentage is exact at the target and above it', () => {
    expect(persen(hitung(70, 70, 'naik'))).toBe(100);
    expect(persen(hitung(80, 100, 'naik'))).toBe(125);
  });

  it('an indicator without a declared direction (kualitatif, rentang) with a plain number target counts as higher-better', () => {
    expect(persen(hitung(80, 60, 'kualitatif'))).toBe(75);
    expect(persen(hitung(80, 60, 'rentang'))).toBe(75);
  });
});

describe('hitungCapaian: lower is better', () => {
  it('(2·target − realisasi) / target × 100', () => {
    expect(persen(hitung(10, 12, 'turun'))).toBe(80); // slower than the target
    expect(persen(hitung(10, 8, 'turun'))).toBe(120); // faster than the target
    expect(persen(hitung(10, 10, 'turun'))).toBe(100);
    expect(persen(hitung(10, 0, 'turun'))).toBe(200);
    expect(persen(hitung(12, 5, 'turun'))).toBeCloseTo(158.333333333, 8);
  });

  it('is not the inverse ratio target / realisasi', () => {
    // 10 / 12 = 83.33 is what a document gets with the wrong formula
    expect(persen(hitung(10, 12, 'turun'))).not.toBeCloseTo(83.33, 1);
  });

  it('more than twice the target gives a negative capaian, still a finite number', () => {
    expect(persen(hitung(10, 25, 'turun'))).toBe(-50);
  });
});

describe('hitungCapaian: range targets', () => {
  const rentang = { min: 80, max: 90 };
  it('inside the range (bounds included) is 100', () => {
    expect(persen(hitung(rentang, 85, 'naik'))).toBe(100);
    expect(persen(hitung(rentang, 80, 'naik'))).toBe(100);
    expect(persen(hitung(rentang, 90, 'naik'))).toBe(100);
    expect(persen(hitung(rentang, 85, 'rentang'))).toBe(100);
  });

  it('above the range compares with the upper bound, below with the lower bound', () => {
    expect(persen(hitung(rentang, 99, 'naik'))).toBeCloseTo(110, 10); // 99 / 90
    expect(persen(hitung(rentang, 72, 'naik'))).toBeCloseTo(90, 10); // 72 / 80
    expect(persen(hitung(rentang, 99, 'rentang'))).toBeCloseTo(110, 10);
    expect(persen(hitung(rentang, 72, 'rentang'))).toBeCloseTo(90, 10);
  });

  it('a lower-better indicator applies its formula to the nearer bound', () => {
    // 2–3 days: 4 days is worse than the range, 1 day is better than it
    const hari = { min: 2, max: 3 };
    expect(persen(hitung(hari, 4, 'turun'))).toBeCloseTo(66.666666667, 8); // (2·3 − 4) / 3
    expect(persen(hitung(hari, 1, 'turun'))).toBe(150); // (2·2 − 1) / 2
    expect(persen(hitung(hari, 2.5, 'turun'))).toBe(100);
    expect(predikat(hitung(hari, 4, 'turun'))).toBe('tidak_tercapai');
  });

  it('a bound of 0 that must be compared with is not computable', () => {
    expect(hitung({ min: 0, max: 10 }, -1, 'naik')).toEqual({ jenis: 'tak_terhitung', alasan: 'target_nol' });
    expect(persen(hitung({ min: 0, max: 10 }, 0, 'naik'))).toBe(100);
    expect(persen(hitung({ min: 0, max: 10 }, 12, 'naik'))).toBe(120);
  });
});

describe('hitungCapaian: ordinal grades', () => {
  it('the scale is AA > A > BB > B > CC > C > D', () => {
    expect(GRADES).toEqual(['AA', 'A', 'BB', 'B', 'CC', 'C', 'D']);
    for (let ke = 1; ke < GRADES.length; ke++)
      expect(peringkat(GRADES[ke - 1]!, HIMPUNAN_PREDIKAT_SAKIP)).toBeLessThan(
        peringkat(GRADES[ke]!, HIMPUNAN_PREDIKAT_SAKIP),
      );
  });

  it('met when the realisasi is the target grade or better, not a percentage', () => {
    expect(hitung('BB', 'BB', 'kualitatif')).toEqual({ jenis: 'kualitatif', tercapai: true });
    expect(hitung('BB', 'A', 'kualitatif')).toEqual({ jenis: 'kualitatif', tercapai: true });
    expect(hitung('BB', 'B', 'kualitatif')).toEqual({ jenis: 'kualitatif', tercapai: false });
    expect(hitung('A', 'AA', 'naik')).toEqual({ jenis: 'kualitatif', tercapai: true });
    expect(hitung('AA', 'A', 'naik')).toEqual({ jenis: 'kualitatif', tercapai: false });
    expect(hitung('D', 'D', 'kualitatif')).toEqual({ jenis: 'kualitatif', tercapai: true });
    expect(hitung('C', 'CC', 'kualitatif')).toEqual({ jenis: 'kualitatif', tercapai: true });
  });

  it('every pair of grades', () => {
    for (const [ti, target] of GRADES.entries())
      for (const [ri, real] of GRADES.entries())
        expect(hitung(target, real, 'kualitatif'), `${real} vs ${target}`).toEqual({
          jenis: 'kualitatif',
          tercapai: ri <= ti,
        });
  });
});

describe('hitungCapaian: not computable is an explicit result', () => {
  const tak = (alasan: string) => ({ jenis: 'tak_terhitung', alasan });
  it('target 0', () => {
    expect(hitung(0, 5, 'naik')).toEqual(tak('target_nol'));
    expect(hitung(0, 0, 'naik')).toEqual(tak('target_nol'));
    expect(hitung(0, 5, 'turun')).toEqual(tak('target_nol'));
  });
  it('N/A target or realisasi', () => {
    expect(hitung('N/A', 5, 'naik')).toEqual(tak('target_na'));
    expect(hitung(5, 'N/A', 'naik')).toEqual(tak('realisasi_na'));
    expect(hitung('N/A', 'N/A', 'naik')).toEqual(tak('target_na'));
  });
  it('missing realisasi', () => {
    expect(hitung(72, null, 'naik')).toEqual(tak('realisasi_kosong'));
    expect(hitung(72, undefined, 'naik')).toEqual(tak('realisasi_kosong'));
    expect(hitung('N/A', null, 'naik')).toEqual(tak('realisasi_kosong'));
    expect(hitung(0, null, 'naik')).toEqual(tak('realisasi_kosong'));
  });
  it('mismatched types', () => {
    expect(hitung('BB', 72, 'kualitatif')).toEqual(tak('tipe_tidak_cocok'));
    expect(hitung(72, 'BB', 'naik')).toEqual(tak('tipe_tidak_cocok'));
    expect(hitung({ min: 1, max: 2 }, 'A', 'rentang')).toEqual(tak('tipe_tidak_cocok'));
  });
  it('every reason has a label and a predicate', () => {
    for (const alasan of Object.keys(ALASAN_TAK_TERHITUNG) as AlasanTakTerhitung[]) {
      expect(ALASAN_TAK_TERHITUNG[alasan]).toMatch(/\S/);
      expect(predikat({ jenis: 'tak_terhitung', alasan })).toBe('tak_terhitung');
    }
  });
});

describe('predikat', () => {
  const predikatDari = (nilai: number) => predikat({ jenis: 'persen', nilai });
  it('< 100 tidak tercapai, = 100 tercapai, > 100 melebihi', () => {
    expect(predikatDari(99.99)).toBe('tidak_tercapai');
    expect(predikatDari(0)).toBe('tidak_tercapai');
    expect(predikatDari(-50)).toBe('tidak_tercapai');
    expect(predikatDari(100)).toBe('tercapai');
    expect(predikatDari(100.01)).toBe('melebihi');
    expect(predikatDari(100.0001)).toBe('melebihi');
    expect(predikatDari((72.58 / 72) * 100)).toBe('melebihi');
  });
  it('binary noise around 100 is still = 100', () => {
    const capaian = hitung(0.3, 0.1 + 0.2, 'naik');
    expect(persen(capaian)).not.toBe(100);
    expect(predikat(capaian)).toBe('tercapai');
    expect(predikat(hitung(0.7, 0.7, 'turun'))).toBe('tercapai');
  });
  it('qualitative', () => {
    expect(predikat({ jenis: 'kualitatif', tercapai: true })).toBe('tercapai');
    expect(predikat({ jenis: 'kualitatif', tercapai: false })).toBe('tidak_tercapai');
  });
  it('every predicate has a label', () => {
    expect(Object.keys(LABEL_PREDIKAT).sort()).toEqual(['melebihi', 'tak_terhitung', 'tercapai', 'tidak_tercapai']);
  });
});

describe('batas atas capaian (a cap the document applied)', () => {
  const cap = (t: number, r: number, batasAtas: number) =>
    hitungCapaian(t, r, { metode: 'realisasi-per-target', polaritas: 'naik', batasAtas });
  it('caps only above the cap, and keeps the raw value beside it', () => {
    expect(cap(80, 100, 120)).toEqual({ jenis: 'persen', nilai: 120, tanpaBatas: 125 });
    expect(cap(100, 100.8, 110)).toEqual({ jenis: 'persen', nilai: 100.8 });
    // 110 / 100 × 100 is 110.00000000000001 in binary: that is the cap itself, not a capped value
    const tepat = cap(100, 110, 110);
    expect(tepat).not.toHaveProperty('tanpaBatas');
    expect(persen(tepat)).toBeCloseTo(110, 10);
  });
  it('the predicate reads the raw value: a capped 100 % of a 130 % is still "melebihi"', () => {
    expect(predikat(cap(100, 130, 100))).toBe('melebihi');
  });
});

describe('sifat capaian (properties, generated inputs)', () => {
  const angkaAcak = acak(7);
  const kasus = Array.from({ length: 2000 }, () => ({
    target: Number((10 ** angkaAcak.antara(-2, 10)).toPrecision(6)),
    pertama: Number((10 ** angkaAcak.antara(-2, 10)).toPrecision(6)),
    kedua: Number((10 ** angkaAcak.antara(-2, 10)).toPrecision(6)),
  }));

  it('higher-better rises with realisasi; lower-better falls with it', () => {
    for (const { target, pertama, kedua } of kasus) {
      const [lo, hi] = pertama < kedua ? [pertama, kedua] : [kedua, pertama];
      if (lo === hi) continue;
      expect(persen(hitung(target, hi, 'naik'))).toBeGreaterThan(persen(hitung(target, lo, 'naik')));
      expect(persen(hitung(target, hi, 'turun'))).toBeLessThan(persen(hitung(target, lo, 'turun')));
    }
  });

  it('both directions are mirror images around 100', () => {
    for (const { target, pertama } of kasus) {
      const naik = persen(hitung(target, pertama, 'naik'));
      // tolerance relative to the size of the terms (pertama / target reaches 1e12 here)
      expect(Math.abs(naik + persen(hitung(target, pertama, 'turun')) - 200)).toBeLessThanOrEqual(
        1e-12 * Math.max(200, Math.abs(naik)),
      );
    }
  });

  it('meeting the target exactly is "tercapai" in both directions', () => {
    for (const { target } of kasus) {
      expect(predikat(hitung(target, target, 'naik'))).toBe('tercapai');
      expect(predikat(hitung(target, target, 'turun'))).toBe('tercapai');
    }
  });

  it('a range target: 100 inside, and the predicate follows the side for every direction', () => {
    for (const { target, pertama, kedua } of kasus) {
      const min = Math.min(target, pertama);
      const max = Math.max(target, pertama);
      const naik = hitung({ min, max }, kedua, 'naik');
      const turun = hitung({ min, max }, kedua, 'turun');
      if (kedua >= min && kedua <= max) {
        expect(persen(naik)).toBe(100);
        expect(persen(turun)).toBe(100);
      } else if (kedua > max) {
        expect(predikat(naik)).toBe('melebihi');
        expect(predikat(turun)).toBe('tidak_tercapai');
      } else {
        expect(predikat(naik)).toBe('tidak_tercapai');
        expect(predikat(turun)).toBe('melebihi');
      }
    }
  });

  it('never NaN or Infinity, whatever the inputs', () => {
    const nilai = [0, 1, -1, 72.58, 1e-6, 1e9, 'N/A', 'BB', 'D', null, undefined] as const;
    const target = [
      0,
      72,
      -5,
      1e-6,
      1e9,
      'N/A',
      'A',
      { min: 0, max: 0 },
      { min: 0, max: 5 },
      { min: 2, max: 3 },
    ] as const;
    const arah: Polaritas[] = ['naik', 'turun', 'rentang', 'kualitatif'];
    for (const targetIni of target)
      for (const nilaiIni of nilai)
        for (const pol of arah) {
          const capaian = hitung(targetIni, nilaiIni, pol);
          if (capaian.jenis === 'persen')
            expect(Number.isFinite(capaian.nilai), `${JSON.stringify([targetIni, nilaiIni, pol])}`).toBe(true);
          expect(['persen', 'kualitatif', 'tak_terhitung']).toContain(capaian.jenis);
          expect(LABEL_PREDIKAT[predikat(capaian)]).toBeDefined();
        }
  });
});
