import { describe, expect, it } from 'vitest';
import { bacaAngka, bulatkan, cocokLebihKasar, cocokTercetak, potong } from '../../../src/core/rumus/presisi.ts';
import { acak } from './acak.ts';

const angka = (s: string) => bacaAngka(s)!;

describe('bacaAngka', () => {
  it('keeps the printed number of decimals of a string', () => {
    expect(bacaAngka('100.80')).toEqual({ nilai: 100.8, desimal: 2 });
    expect(bacaAngka('2.55')).toEqual({ nilai: 2.55, desimal: 2 });
    expect(bacaAngka('0.285')).toEqual({ nilai: 0.285, desimal: 3 });
    expect(bacaAngka('100')).toEqual({ nilai: 100, desimal: 0 });
    expect(bacaAngka('-3')).toEqual({ nilai: -3, desimal: 0 });
    expect(bacaAngka('-0.50')).toEqual({ nilai: -0.5, desimal: 2 });
  });

  it('reads a JSON number with the decimals it shows', () => {
    expect(bacaAngka(72.58)).toEqual({ nilai: 72.58, desimal: 2 });
    expect(bacaAngka(80)).toEqual({ nilai: 80, desimal: 0 });
  });

  it('N/A is no number at all', () => {
    expect(bacaAngka('N/A')).toBeNull();
  });
});

describe('bulatkan (half-up, away from zero)', () => {
  it('rounds .5 up', () => {
    expect(bulatkan(2.5, 0)).toBe(3);
    expect(bulatkan(0.5, 0)).toBe(1);
    expect(bulatkan(2.4999, 0)).toBe(2);
    expect(bulatkan((72.58 / 72) * 100, 2)).toBe(100.81);
    expect(bulatkan(100.8, 2)).toBe(100.8);
  });

  it('binary floating-point traps round as the decimal they were written as', () => {
    // 1.005 is stored as 1.00499999999999989…, 100.805 as 100.80499999999999…, 0.285 as 0.28499999999999998…
    expect(1.005 * 100).toBeLessThan(100.5);
    expect(bulatkan(1.005, 2)).toBe(1.01);
    expect(bulatkan(100.805, 2)).toBe(100.81);
    expect(bulatkan(0.285, 2)).toBe(0.29);
    expect(bulatkan(2.675, 2)).toBe(2.68);
    expect(bulatkan(1.255, 2)).toBe(1.26);
    expect(bulatkan(8.345, 2)).toBe(8.35);
  });

  it('negative numbers round away from zero at .5', () => {
    expect(bulatkan(-2.5, 0)).toBe(-3);
    expect(bulatkan(-1.005, 2)).toBe(-1.01);
    expect(bulatkan(-0.015, 2)).toBe(-0.02);
    expect(bulatkan(-1.234, 2)).toBe(-1.23);
  });

  it('whole rupiah in the billions stay exact', () => {
    expect(bulatkan(5_429_689_056, 0)).toBe(5_429_689_056);
    expect(bulatkan(3_918_456_443, 0)).toBe(3_918_456_443);
    expect(bulatkan(123_456_789.4, 0)).toBe(123_456_789);
    expect(bulatkan(123_456_789.5, 0)).toBe(123_456_790);
    expect(bulatkan(12_607_128_848, 0)).toBe(12_607_128_848);
  });

  it('zero decimals and more decimals than the number has', () => {
    expect(bulatkan(0, 2)).toBe(0);
    expect(bulatkan(72.58, 4)).toBe(72.58);
    expect(bulatkan(99.5, 0)).toBe(100);
  });
});

describe('potong (truncation toward zero)', () => {
  it('drops the digits after the printed precision', () => {
    expect(potong((72.58 / 72) * 100, 2)).toBe(100.8);
    expect(potong((55 / 60) * 100, 2)).toBe(91.66);
    expect(potong(2.999, 0)).toBe(2);
    expect(potong(97.2053, 2)).toBe(97.2);
  });

  it('does not lose a digit to binary noise', () => {
    // 0.29 × 100 = 28.999999999999996 and 4.35 × 100 = 434.99999999999994 in binary
    expect(0.29 * 100).toBeLessThan(29);
    expect(potong(0.29, 2)).toBe(0.29);
    expect(potong(4.35, 2)).toBe(4.35);
    expect(potong(1.1, 1)).toBe(1.1);
    expect(potong(71.32, 2)).toBe(71.32);
    // 25.82 + 17.19 + 11.90 + 7.44 + 8.97 is 71.32000000000001 in binary; 0.1 + 0.2 is 0.30000000000000004
    expect(potong(0.1 + 0.2, 2)).toBe(0.3);
  });

  it('truncates negative numbers toward zero', () => {
    expect(potong(-1.239, 2)).toBe(-1.23);
    expect(potong(-2.99, 0)).toBe(-2);
  });

  it('whole rupiah in the billions stay exact', () => {
    expect(potong(5_429_689_056, 0)).toBe(5_429_689_056);
    expect(potong(1_234_567_890.2, 0)).toBe(1_234_567_890);
    expect(potong(1_234_567_890.9, 0)).toBe(1_234_567_890);
  });
});

describe('cocokTercetak', () => {
  it('72.58 against 72 = 100.806, printed "100.80": a match by truncation, not by rounding', () => {
    const capaian = (72.58 / 72) * 100;
    expect(cocokTercetak(capaian, angka('100.80'))).toBe('potong');
    expect(cocokTercetak(capaian, angka('100.81'))).toBe('bulat');
    expect(cocokTercetak(capaian, angka('100.8'))).toBe('bulat');
    expect(cocokTercetak(capaian, angka('101'))).toBe('bulat');
    expect(cocokTercetak(capaian, angka('100.82'))).toBeNull();
    expect(cocokTercetak(capaian, angka('100.79'))).toBeNull();
    expect(cocokTercetak(capaian, angka('100.806'))).toBe('bulat');
    expect(cocokTercetak(capaian, angka('100.805'))).toBe('potong');
  });

  it('half-up is reported when both rules give the printed value', () => {
    expect(cocokTercetak(100.8, angka('100.80'))).toBe('bulat');
    expect(cocokTercetak((70 / 70) * 100, angka('100.00'))).toBe('bulat');
  });

  it('Bontang 2020 program: pagu 1.852.072.146, realisasi 1.800.317.753, printed 97.21', () => {
    const serapan = (1_800_317_753 / 1_852_072_146) * 100; // 97.2056
    expect(cocokTercetak(serapan, angka('97.21'))).toBe('bulat');
    // the same program in the program/kegiatan table: realisasi 1.800.312.753 (97.2053), printed 97.20
    expect(cocokTercetak((1_800_312_753 / 1_852_072_146) * 100, angka('97.20'))).toBe('potong');
    expect(cocokTercetak(serapan, angka('97.22'))).toBeNull();
  });

  it('negative printed numbers', () => {
    expect(cocokTercetak(-2.556, angka('-2.56'))).toBe('bulat');
    expect(cocokTercetak(-2.556, angka('-2.55'))).toBe('potong');
    expect(cocokTercetak(-2.556, angka('2.56'))).toBeNull();
  });

  it('whole rupiah: Kaltim 2020 SILPA 34.450.519.415 − 30.532.062.972 = 3.918.456.443', () => {
    const sisa = 34_450_519_415 - 30_532_062_972;
    expect(sisa).toBe(3_918_456_443);
    expect(cocokTercetak(sisa, bacaAngka('3918456443')!)).toBe('bulat');
    expect(cocokTercetak(sisa, bacaAngka('3918456444')!)).toBeNull();
  });
});

describe('sifat pembulatan (properties, generated inputs)', () => {
  const angkaAcak = acak(20240601);
  const kasus = Array.from({ length: 3000 }, () => {
    const desimal = angkaAcak.bulat(0, 4);
    // magnitudes from 0.001 to 1e9, so |nilai| × 10^desimal stays below 1e13
    const nilai = (angkaAcak.next() < 0.2 ? -1 : 1) * 10 ** angkaAcak.antara(-3, 9);
    return { nilai: Number(nilai.toPrecision(angkaAcak.bulat(1, 12))), desimal };
  });

  it('a value always matches its own half-up rounding and truncation at any precision', () => {
    for (const { nilai, desimal } of kasus) {
      expect(cocokTercetak(nilai, { nilai: bulatkan(nilai, desimal), desimal }), `${nilai} @${desimal}`).toBe('bulat');
      const kecocokan = cocokTercetak(nilai, { nilai: potong(nilai, desimal), desimal });
      expect(kecocokan, `${nilai} @${desimal}`).not.toBeNull();
      if (potong(nilai, desimal) !== bulatkan(nilai, desimal)) expect(kecocokan).toBe('potong');
    }
  });

  it('a value matches its own printing with toFixed', () => {
    for (const { nilai, desimal } of kasus) {
      if (Math.abs(nilai) * 10 ** desimal > 1e12) continue;
      expect(cocokTercetak(nilai, angka(nilai.toFixed(desimal))), `${nilai}.toFixed(${desimal})`).not.toBeNull();
    }
  });

  it('one printed digit away from both rules is never a match', () => {
    for (const { nilai, desimal } of kasus) {
      const satuan = Math.sign(nilai) * 10 ** -desimal;
      expect(
        cocokTercetak(nilai, { nilai: bulatkan(nilai, desimal) + satuan, desimal }),
        `${nilai} @${desimal}`,
      ).toBeNull();
      expect(
        cocokTercetak(nilai, { nilai: potong(nilai, desimal) - satuan, desimal }),
        `${nilai} @${desimal}`,
      ).toBeNull();
    }
  });

  it('rounding and truncation stay within their bounds, keep the sign and are idempotent', () => {
    for (const { nilai, desimal } of kasus) {
      const unit = 10 ** -desimal;
      const dibulatkan = bulatkan(nilai, desimal);
      const dipotong = potong(nilai, desimal);
      expect(Math.abs(dibulatkan - nilai)).toBeLessThanOrEqual(unit / 2 + Math.abs(nilai) * 1e-12);
      expect(Math.abs(dipotong - nilai)).toBeLessThan(unit + Math.abs(nilai) * 1e-12);
      expect(Math.abs(dipotong)).toBeLessThanOrEqual(Math.abs(dibulatkan));
      if (dipotong !== 0) expect(Math.sign(dipotong)).toBe(Math.sign(nilai));
      expect(bulatkan(dibulatkan, desimal)).toBe(dibulatkan);
      expect(potong(dipotong, desimal)).toBe(dipotong);
      expect(Number.isFinite(dibulatkan) && Number.isFinite(dipotong)).toBe(true);
    }
  });
});

describe('bacaAngka: the one reader of input numbers, keeping printed precision', () => {
  it('a target printed "7,0" is stored "7.0": value 7, one decimal', () => {
    expect(bacaAngka('7.0')).toEqual({ nilai: 7, desimal: 1 });
    expect(bacaAngka(7)).toEqual({ nilai: 7, desimal: 0 });
    expect(bacaAngka('0.30')).toEqual({ nilai: 0.3, desimal: 2 });
  });
  it('labels, N/A, ranges and null are not numbers', () => {
    for (const nilai of ['N/A', 'WTP', 'Level 3', '7,0', { min: 1, max: 2 }, null, undefined, Number.NaN])
      expect(bacaAngka(nilai)).toBeNull();
  });
});

describe('cocokLebihKasar: a figure rounded one decimal coarser than printed', () => {
  it('98,176 → 98,2, printed "98.20"; not "98.30"; not a figure without a padding zero', () => {
    expect(cocokLebihKasar(98.176, bacaAngka('98.20')!)).toBe(true);
    expect(cocokLebihKasar(98.176, bacaAngka('98.30')!)).toBe(false);
    expect(cocokLebihKasar(98.176, bacaAngka('98.21')!)).toBe(false);
    expect(cocokLebihKasar(98.176, bacaAngka('98')!)).toBe(false);
  });
});
