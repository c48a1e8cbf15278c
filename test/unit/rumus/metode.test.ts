/** Capaian methods as data (rumus/metode.ts), each on hand-checked figures, and the cap a document applied. */
import { describe, expect, it } from 'vitest';
import { hitungCapaian, predikat, type AturanCapaian } from '../../../src/core/rumus/capaian.ts';
import { ID_METODE_CAPAIAN, METODE_CAPAIAN, metodeDariPolaritas } from '../../../src/core/rumus/metode.ts';
import { HIMPUNAN_PREDIKAT_SAKIP } from '../../../src/core/rumus/himpunan.ts';
import { MetodeCapaian } from '../../../src/core/skema/common.ts';

const dengan = (metode: AturanCapaian['metode'], lain: Partial<AturanCapaian> = {}): AturanCapaian => ({
  metode,
  polaritas: 'naik',
  ...lain,
});
const persen = (c: ReturnType<typeof hitungCapaian>) => (c.jenis === 'persen' ? c.nilai : Number.NaN);

describe('the one table of methods', () => {
  it('lists every method with a name, a formula and when it is used; the schema offers exactly its ids', () => {
    expect(ID_METODE_CAPAIAN).toEqual([
      'realisasi-per-target',
      'target-per-realisasi',
      'dua-target-kurang-realisasi',
      'rentang',
      'kualitatif',
    ]);
    for (const id of ID_METODE_CAPAIAN) {
      expect(METODE_CAPAIAN[id].rumus).toMatch(/\S/);
      expect(METODE_CAPAIAN[id].uraian).toMatch(/\S/);
      expect(MetodeCapaian.safeParse(id).success).toBe(true);
    }
    expect(MetodeCapaian.safeParse('realisasi-dibagi-target').success).toBe(false);
  });

  it('without a declared method, v1’s rule: polarity for numbers, the target’s kind otherwise', () => {
    expect(metodeDariPolaritas('naik', 'angka')).toBe('realisasi-per-target');
    expect(metodeDariPolaritas('turun', 'angka')).toBe('dua-target-kurang-realisasi');
    expect(metodeDariPolaritas('turun', 'rentang')).toBe('rentang');
    expect(metodeDariPolaritas('naik', 'label')).toBe('kualitatif');
  });
});

describe('target-per-realisasi: Manggarai Timur 2019, Tabel 3.8 (real-excerpts 03)', () => {
  it('AKB 9,20 ÷ 9,53 × 100 = 96,537 (printed 96,54): line 6', () => {
    expect(persen(hitungCapaian('9.20', '9.53', dengan('target-per-realisasi')))).toBeCloseTo(96.537250787, 9);
  });
  it('AKI from the rounded rates 0,16 ÷ 0,19 = 84,21; from the counts 162 ÷ 186 = 87,0968 (printed 87,10): lines 5, 10', () => {
    expect(persen(hitungCapaian('0.16', '0.19', dengan('target-per-realisasi')))).toBeCloseTo(84.2105263158, 9);
    expect(persen(hitungCapaian(162, 186, dengan('target-per-realisasi')))).toBeCloseTo(87.0967741935, 9);
  });
  it('AKBa 0,64 and 0,18: no method gives the printed 72,52 (line 7)', () => {
    expect(persen(hitungCapaian('0.64', '0.18', dengan('target-per-realisasi')))).toBeCloseTo(355.5555555556, 9);
    expect(persen(hitungCapaian('0.64', '0.18', dengan('realisasi-per-target')))).toBeCloseTo(28.125, 9);
    expect(persen(hitungCapaian('0.64', '0.18', dengan('dua-target-kurang-realisasi')))).toBeCloseTo(171.875, 9);
  });
  it('a realisasi of 0 cannot be divided into: not computable, with the reason', () => {
    expect(hitungCapaian(5, 0, dengan('target-per-realisasi'))).toEqual({
      jenis: 'tak_terhitung',
      alasan: 'realisasi_nol',
    });
  });
});

describe('realisasi-per-target and dua-target-kurang-realisasi', () => {
  it('Polewali Mandar 2022 (real-excerpts 06): 93 ÷ 95,56 = 97,32; 3 ÷ 2 = 150; 5 ÷ 3 = 166,67', () => {
    expect(persen(hitungCapaian('95.56', 93, dengan('realisasi-per-target')))).toBeCloseTo(97.3210548347, 9);
    expect(persen(hitungCapaian(2, 3, dengan('realisasi-per-target')))).toBe(150);
    expect(persen(hitungCapaian(3, 5, dengan('realisasi-per-target')))).toBeCloseTo(166.6666666667, 9);
  });
  it('Kaltim 2020 (source text 001 l.1963): (2 × 20 − 6,23) ÷ 20 = 168,85', () => {
    expect(persen(hitungCapaian(20, 6.23, dengan('dua-target-kurang-realisasi')))).toBeCloseTo(168.85, 9);
  });
  it('a declared method wins over the polarity: a lower-better indicator computed as realisasi ÷ target', () => {
    expect(persen(hitungCapaian(20, 6.23, dengan('realisasi-per-target', { polaritas: 'turun' })))).toBeCloseTo(
      31.15,
      9,
    );
  });
});

describe('batas atas (a cap the report applied)', () => {
  it('3 ÷ 2 = 150 capped at 120 is 120, the raw 150 kept beside it; below the cap nothing changes', () => {
    expect(hitungCapaian(2, 3, dengan('realisasi-per-target', { batasAtas: 120 }))).toEqual({
      jenis: 'persen',
      nilai: 120,
      tanpaBatas: 150,
    });
    expect(hitungCapaian(4, 3, dengan('realisasi-per-target', { batasAtas: 120 }))).toEqual({
      jenis: 'persen',
      nilai: 75,
    });
  });
  it('applies to every numeric method, and a range inside its bounds is 100 whatever the cap', () => {
    expect(persen(hitungCapaian(10, 5, dengan('target-per-realisasi', { batasAtas: 110 })))).toBe(110);
    expect(persen(hitungCapaian(10, 2, dengan('dua-target-kurang-realisasi', { batasAtas: 110 })))).toBe(110);
    expect(persen(hitungCapaian({ min: 80, max: 90 }, 85, dengan('rentang', { batasAtas: 110 })))).toBe(100);
  });
});

describe('rentang: outside the range, the nearer bound with the polarity', () => {
  it('higher-better: 99 against 80–90 → 99 ÷ 90 = 110; 72 → 72 ÷ 80 = 90', () => {
    expect(persen(hitungCapaian({ min: 80, max: 90 }, 99, dengan('rentang')))).toBeCloseTo(110, 10);
    expect(persen(hitungCapaian({ min: 80, max: 90 }, 72, dengan('rentang')))).toBeCloseTo(90, 10);
  });
  it('lower-better: 4 days against 2–3 → (6 − 4) ÷ 3 = 66,67', () => {
    expect(persen(hitungCapaian({ min: 2, max: 3 }, 4, dengan('rentang', { polaritas: 'turun' })))).toBeCloseTo(
      66.6666666667,
      9,
    );
  });
  it('a range whose bounds keep printed precision ("2.50") reads them as numbers', () => {
    expect(persen(hitungCapaian({ min: '2.50', max: '3.00' }, 2.75, dengan('rentang')))).toBe(100);
  });
});

describe('kualitatif: on the order of the declared value set', () => {
  const OPINI = ['WTP', 'WDP', 'TW', 'TMP'];
  const opini = dengan('kualitatif', { urutan: OPINI });
  it('BPK opinions WTP > WDP > TW > TMP: WTP meets a WDP target, TW does not', () => {
    expect(hitungCapaian('WDP', 'WTP', opini)).toEqual({ jenis: 'kualitatif', tercapai: true });
    expect(hitungCapaian('WDP', 'WDP', opini)).toEqual({ jenis: 'kualitatif', tercapai: true });
    expect(hitungCapaian('WDP', 'TW', opini)).toEqual({ jenis: 'kualitatif', tercapai: false });
    expect(predikat(hitungCapaian('WDP', 'TW', opini))).toBe('tidak_tercapai');
  });
  it('maturity levels declared best first ("Level 5" … "Level 1")', () => {
    const level = dengan('kualitatif', { urutan: ['Level 5', 'Level 4', 'Level 3', 'Level 2', 'Level 1'] });
    expect(hitungCapaian('Level 3', 'Level 4', level)).toEqual({ jenis: 'kualitatif', tercapai: true });
    expect(hitungCapaian('Level 3', 'Level 2', level)).toEqual({ jenis: 'kualitatif', tercapai: false });
  });
  it('the SAKIP grades are one built-in set', () => {
    const sakip = dengan('kualitatif', { urutan: HIMPUNAN_PREDIKAT_SAKIP.nilai });
    expect(hitungCapaian('BB', 'A', sakip)).toEqual({ jenis: 'kualitatif', tercapai: true });
  });
  it('a value outside the set, or no set at all, is not computable and says why', () => {
    expect(hitungCapaian('WDP', 'Baik', opini)).toEqual({ jenis: 'tak_terhitung', alasan: 'di_luar_himpunan' });
    expect(hitungCapaian('WDP', 'WTP', dengan('kualitatif'))).toEqual({
      jenis: 'tak_terhitung',
      alasan: 'tanpa_himpunan',
    });
  });
  it('an ordinal number ("Indeks 3 (skala 4)" written 3): met when not worse than the target, by the polarity', () => {
    expect(hitungCapaian(3, 4, dengan('kualitatif'))).toEqual({ jenis: 'kualitatif', tercapai: true });
    expect(hitungCapaian(3, 2, dengan('kualitatif'))).toEqual({ jenis: 'kualitatif', tercapai: false });
    expect(hitungCapaian(3, 2, dengan('kualitatif', { polaritas: 'turun' }))).toEqual({
      jenis: 'kualitatif',
      tercapai: true,
    });
  });
});

describe('"not in the source" (null) is not a printed "N/A"', () => {
  it('each gives its own reason', () => {
    const hasil = dengan('realisasi-per-target');
    expect(hitungCapaian(null, 5, hasil)).toEqual({ jenis: 'tak_terhitung', alasan: 'target_kosong' });
    expect(hitungCapaian('N/A', 5, hasil)).toEqual({ jenis: 'tak_terhitung', alasan: 'target_na' });
    expect(hitungCapaian(55, null, hasil)).toEqual({ jenis: 'tak_terhitung', alasan: 'realisasi_kosong' });
    // Inspektorat Sampang 2019 (real-excerpts 01 line 13): target 55 %, realisasi n/a
    expect(hitungCapaian(55, 'N/A', hasil)).toEqual({ jenis: 'tak_terhitung', alasan: 'realisasi_na' });
  });
});
