import { describe, expect, it } from 'vitest';
import { ATURAN_RATA_RATA, median, rataRataCapaian } from '../../../src/core/rumus/rata.ts';
import type { Capaian } from '../../../src/core/rumus/capaian.ts';

const persen = (nilai: number): Capaian => ({ jenis: 'persen', nilai });

describe('rataRataCapaian', () => {
  it('the mean of the percentages; qualitative and non-computable indicators are left out and listed', () => {
    const rata = rataRataCapaian([
      { id: 'a', capaian: persen(100.8) },
      { id: 'b', capaian: { jenis: 'kualitatif', tercapai: true } },
      { id: 'c', capaian: persen(80) },
      { id: 'd', capaian: { jenis: 'tak_terhitung', alasan: 'target_nol' } },
      { id: 'e', capaian: persen(95.5) },
    ]);
    expect(rata.nilai).toBeCloseTo((100.8 + 80 + 95.5) / 3, 10);
    expect(rata.dihitung).toEqual(['a', 'c', 'e']);
    expect(rata.dikecualikan).toEqual(['b', 'd']);
  });

  it('an indicator at 0 % counts (one source document silently dropped it)', () => {
    const rata = rataRataCapaian([
      { id: 'a', capaian: persen(0) },
      { id: 'b', capaian: persen(100) },
    ]);
    expect(rata.nilai).toBe(50);
    expect(rata.dihitung).toEqual(['a', 'b']);
  });

  it('nothing computable: no average, not NaN', () => {
    expect(rataRataCapaian([])).toEqual({ nilai: null, dihitung: [], dikecualikan: [] });
    expect(rataRataCapaian([{ id: 'x', capaian: { jenis: 'tak_terhitung', alasan: 'target_na' } }])).toEqual({
      nilai: null,
      dihitung: [],
      dikecualikan: ['x'],
    });
  });

  it('a single indicator is its own average', () => {
    expect(rataRataCapaian([{ id: 'a', capaian: persen((72.58 / 72) * 100) }]).nilai).toBe((72.58 / 72) * 100);
  });

  it('the rule is stated', () => {
    expect(ATURAN_RATA_RATA).toMatch(/tidak diikutkan/);
  });
});

describe('median', () => {
  it('the middle value, the mean of the two middle ones for an even count, none for no values', () => {
    expect(median([200, 46, 100])).toBe(100);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
