import { describe, expect, it } from 'vitest';
import { bacaKodePermendagri, jumlahkan, serapan, silpa, silpaPersen } from '../../../src/core/rumus/anggaran.ts';
import { bacaAngka, cocokTercetak } from '../../../src/core/rumus/presisi.ts';
import { acak } from './acak.ts';

describe('serapan', () => {
  it('realisasi / pagu × 100 (Bontang 2020, source text 000 l.2860)', () => {
    const nilaiSerapan = serapan({ pagu: 1_852_072_146, realisasi: 1_800_317_753 })!;
    expect(nilaiSerapan).toBeCloseTo(97.2055952, 6);
    expect(cocokTercetak(nilaiSerapan, bacaAngka('97.21')!)).toBe('bulat');
    // the total of Belanja Langsung: 5.334.766.655 of 5.429.689.056, printed 98.25
    const total = serapan({ pagu: 5_429_689_056, realisasi: 5_334_766_655 })!;
    expect(total).toBeCloseTo(98.2518, 4);
    expect(cocokTercetak(total, bacaAngka('98.25')!)).toBe('bulat');
  });

  it('exact figures and overspending', () => {
    expect(serapan({ pagu: 100, realisasi: 100 })).toBe(100);
    expect(serapan({ pagu: 40, realisasi: 35 })).toBe(87.5);
    expect(serapan({ pagu: 100, realisasi: 0 })).toBe(0);
    expect(serapan({ pagu: 100, realisasi: 110 })).toBeCloseTo(110, 10);
  });

  it('pagu 0 is not computable (null, never Infinity or NaN)', () => {
    expect(serapan({ pagu: 0, realisasi: 5 })).toBeNull();
    expect(serapan({ pagu: 0, realisasi: 0 })).toBeNull();
  });
});

describe('SILPA', () => {
  it('pagu − realisasi and its share of the pagu', () => {
    expect(silpa({ pagu: 5_429_689_056, realisasi: 5_334_766_655 })).toBe(94_922_401);
    expect(silpaPersen({ pagu: 5_429_689_056, realisasi: 5_334_766_655 })).toBeCloseTo(1.7482, 4);
    // Kaltim 2020 (source text 001 l.2809)
    expect(silpa({ pagu: 34_450_519_415, realisasi: 30_532_062_972 })).toBe(3_918_456_443);
    expect(silpaPersen({ pagu: 60, realisasi: 55 })).toBeCloseTo(8.333333333, 8);
  });

  it('overspending gives a negative SILPA', () => {
    expect(silpa({ pagu: 100, realisasi: 110 })).toBe(-10);
    expect(silpaPersen({ pagu: 100, realisasi: 110 })).toBeCloseTo(-10, 10);
  });

  it('pagu 0', () => {
    expect(silpa({ pagu: 0, realisasi: 0 })).toBe(0);
    expect(silpaPersen({ pagu: 0, realisasi: 0 })).toBeNull();
  });
});

describe('jumlahkan: totals from children', () => {
  it('sums pagu and realisasi', () => {
    expect(
      jumlahkan([
        { pagu: 60, realisasi: 55 },
        { pagu: 40, realisasi: 35 },
      ]),
    ).toEqual({ pagu: 100, realisasi: 90 });
    expect(
      jumlahkan([
        { pagu: 1_852_072_146, realisasi: 1_800_317_753 },
        { pagu: 1_652_423_894, realisasi: 1_640_722_094 },
        { pagu: 1_168_174_816, realisasi: 1_156_063_208 },
        { pagu: 753_018_200, realisasi: 733_703_600 },
        { pagu: 4_000_000, realisasi: 3_960_000 },
      ]),
    ).toEqual({ pagu: 5_429_689_056, realisasi: 5_334_766_655 });
  });

  it('no lines sum to 0', () => {
    expect(jumlahkan([])).toEqual({ pagu: 0, realisasi: 0 });
  });

  it('one unknown amount makes that sum unknown, wherever it is, without touching the other column', () => {
    expect(jumlahkan([{ pagu: 10, realisasi: 5 }, { realisasi: 3 }])).toEqual({ pagu: null, realisasi: 8 });
    expect(jumlahkan([{ pagu: 10 }, { pagu: 5, realisasi: 3 }])).toEqual({ pagu: 15, realisasi: null });
    expect(jumlahkan([{}, { pagu: 5, realisasi: 3 }, { pagu: 1, realisasi: 1 }])).toEqual({
      pagu: null,
      realisasi: null,
    });
    expect(jumlahkan([{ pagu: undefined, realisasi: undefined }])).toEqual({ pagu: null, realisasi: null });
  });

  it('zero amounts are known amounts', () => {
    expect(
      jumlahkan([
        { pagu: 0, realisasi: 0 },
        { pagu: 5, realisasi: 0 },
      ]),
    ).toEqual({ pagu: 5, realisasi: 0 });
  });
});

describe('sifat anggaran (properties)', () => {
  const angkaAcak = acak(3);
  it('serapan of the sums is the sum-based formula, not the mean of the percentages', () => {
    for (let ke = 0; ke < 500; ke++) {
      const lines = Array.from({ length: angkaAcak.bulat(1, 8) }, () => {
        const pagu = angkaAcak.bulat(1, 5_000_000_000);
        return { pagu, realisasi: angkaAcak.bulat(0, pagu) };
      });
      const sum = jumlahkan(lines);
      const totalPagu = lines.reduce((s, l) => s + l.pagu, 0);
      const totalRealisasi = lines.reduce((s, l) => s + l.realisasi, 0);
      expect(sum).toEqual({ pagu: totalPagu, realisasi: totalRealisasi });
      expect(serapan({ pagu: sum.pagu!, realisasi: sum.realisasi! })).toBe((totalRealisasi / totalPagu) * 100);
      // serapan and SILPA % always make 100
      expect(
        serapan({ pagu: totalPagu, realisasi: totalRealisasi })! +
          silpaPersen({ pagu: totalPagu, realisasi: totalRealisasi })!,
      ).toBeCloseTo(100, 9);
      // the total serapan is a weighted mean: between the lowest and highest line
      const serapanBaris = lines.map((l) => serapan(l)!);
      expect(serapan({ pagu: totalPagu, realisasi: totalRealisasi })!).toBeGreaterThanOrEqual(
        Math.min(...serapanBaris) - 1e-9,
      );
      expect(serapan({ pagu: totalPagu, realisasi: totalRealisasi })!).toBeLessThanOrEqual(
        Math.max(...serapanBaris) + 1e-9,
      );
    }
  });

  it('a counter-example to averaging percentages', () => {
    const lines = [
      { pagu: 100, realisasi: 100 },
      { pagu: 1000, realisasi: 500 },
    ];
    const sum = jumlahkan(lines);
    expect(serapan({ pagu: sum.pagu!, realisasi: sum.realisasi! })).toBeCloseTo(54.545454545, 8);
    expect((serapan(lines[0]!)! + serapan(lines[1]!)!) / 2).toBe(75);
  });
});

describe('kode Permendagri 90/2019 (x.xx.xx.x.xx.xx)', () => {
  it('recognises each level by its shape, 2- or 4-digit sub-kegiatan numbers alike', () => {
    expect(bacaKodePermendagri('5.02')).toEqual({ tingkat: 'bidang_urusan' });
    expect(bacaKodePermendagri('5.02.02')).toEqual({ tingkat: 'program' });
    expect(bacaKodePermendagri('5.02.02.2.01')).toEqual({ tingkat: 'kegiatan' });
    expect(bacaKodePermendagri('5.02.02.2.01.01')).toEqual({ tingkat: 'sub_kegiatan' });
    expect(bacaKodePermendagri('5.02.02.2.01.0001')).toEqual({ tingkat: 'sub_kegiatan' });
    expect(bacaKodePermendagri('X.XX.01')).toEqual({ tingkat: 'program' });
  });
  it('a code that starts like one but goes on in another shape is "bentuk_salah"', () => {
    expect(bacaKodePermendagri('5.02.2')).toBe('bentuk_salah');
    expect(bacaKodePermendagri('5.02.02.2')).toBe('bentuk_salah');
    expect(bacaKodePermendagri('5.02.02.2.1.01')).toBe('bentuk_salah');
  });
  it('row numbers and roman numerals are left as printed', () => {
    for (const kode of ['1', 'IV', '2.1', '1.1.1', '12']) expect(bacaKodePermendagri(kode)).toBeNull();
  });
});
