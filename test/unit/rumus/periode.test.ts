/** Values per month, quarter or semester and their consolidation into the year's value. */
import { describe, expect, it } from 'vitest';
import { ATURAN_KONSOLIDASI, JUMLAH_PERIODE, konsolidasi } from '../../../src/core/rumus/periode.ts';
import { RincianPeriodeUkur } from '../../../src/core/skema/laporan.ts';

describe('konsolidasi: each rule on hand-checked values', () => {
  // Polewali Mandar 2022 (real-excerpts 06): monthly 1, 0, 2 → Jumlah 3; 1, 1, 1, 2 → 5
  it('jumlah (counts, money): 1 + 0 + 2 = 3; 1 + 1 + 1 + 2 = 5; the kegiatan months add up to its Jumlah', () => {
    expect(konsolidasi([1, 0, 2], 'jumlah')).toBe(3);
    expect(konsolidasi([1, 1, 1, 2], 'jumlah')).toBe(5);
    // line 15: 177.776.900 + 217.285.100 + 159.227.092 + 446.683.866 = 1.000.972.958
    expect(konsolidasi([177776900, 217285100, 159227092, 446683866], 'jumlah')).toBe(1000972958);
  });
  it('terakhir (cumulative percentages, stocks): the last period, in the order printed', () => {
    expect(konsolidasi([25, 50, 80, 97.3], 'terakhir')).toBe(97.3);
  });
  it('rata_rata: (90 + 95 + 100 + 97) ÷ 4 = 95,5', () => {
    expect(konsolidasi([90, 95, 100, 97], 'rata_rata')).toBe(95.5);
  });
  it('maks: the largest', () => {
    expect(konsolidasi([3, 9, 4], 'maks')).toBe(9);
  });
  it('a missing value (not in the source) or no value at all gives no annual value, never NaN', () => {
    for (const aturan of Object.keys(ATURAN_KONSOLIDASI) as (keyof typeof ATURAN_KONSOLIDASI)[]) {
      expect(konsolidasi([1, null, 2], aturan)).toBeNull();
      expect(konsolidasi([], aturan)).toBeNull();
    }
  });
});

describe('the periods of a measurement: schema', () => {
  const periode = (x: unknown) => RincianPeriodeUkur.safeParse(x);
  it('values in order without month numbers are fine (a document that does not say which month)', () => {
    expect(
      periode({ jenis: 'bulan', konsolidasi: 'jumlah', nilai: [{ realisasi: 1 }, { realisasi: 0 }, { realisasi: 2 }] })
        .success,
    ).toBe(true);
    expect(JUMLAH_PERIODE).toEqual({ bulan: 12, triwulan: 4, semester: 2 });
  });
  it('a period outside the report’s year is refused, with what was expected and found', () => {
    const hasil = periode({ jenis: 'semester', nilai: [{ ke: 3, realisasi: 1 }] });
    expect(hasil.success).toBe(false);
    const galat = hasil.error!.issues[0]!;
    expect(galat.path).toEqual(['nilai', 0, 'ke']);
    expect(galat.message).toBe(
      "periode di luar tahun laporan: semester ke-3 (a period outside the report's year: semester 3)",
    );
    expect((galat as { params?: unknown }).params).toEqual({ diharapkan: '1–2', ditemukan: '3' });
    expect(periode({ jenis: 'bulan', nilai: [{ ke: 13, realisasi: 1 }] }).success).toBe(false);
    expect(periode({ jenis: 'bulan', nilai: [{ ke: 12, realisasi: 1 }] }).success).toBe(true);
  });
  it('more values than a year has periods, a period given twice, or "ke" on some values only are refused', () => {
    expect(periode({ jenis: 'triwulan', nilai: Array.from({ length: 5 }, () => ({ realisasi: 1 })) }).success).toBe(
      false,
    );
    expect(
      periode({
        jenis: 'triwulan',
        nilai: [
          { ke: 2, realisasi: 1 },
          { ke: 2, realisasi: 3 },
        ],
      }).success,
    ).toBe(false);
    expect(periode({ jenis: 'triwulan', nilai: [{ ke: 1, realisasi: 1 }, { realisasi: 3 }] }).success).toBe(false);
  });
  it('an unknown rule is refused', () => {
    expect(periode({ jenis: 'bulan', konsolidasi: 'median', nilai: [{ realisasi: 1 }] }).success).toBe(false);
  });
});
