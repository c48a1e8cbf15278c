import { describe, expect, it } from 'vitest';
import { rapikanNarasi } from '../../../src/core/tampilan/narasi.ts';

describe('rapikanNarasi', () => {
  it('menurunkan judul di bawah judul bab', () => {
    expect(rapikanNarasi('<h2 id="a">A</h2><h3>B</h3><h1>C</h1><h6>D</h6>')).toBe(
      '<h3 id="narasi-a">A</h3><h4>B</h4><h3>C</h3><h6>D</h6>',
    );
  });
  it('memberi awalan pada id dan tautan internalnya', () => {
    expect(rapikanNarasi('<h2 id="x">X</h2><a href="#x">ke X</a>', 2, 'bab-1')).toBe(
      '<h3 id="bab-1-x">X</h3><a href="#bab-1-x">ke X</a>',
    );
  });
  it('membungkus tabel dalam kotak gulir yang dapat difokus dan mengganti gaya inline', () => {
    const hasil = rapikanNarasi(
      '<table><tr><td style="text-align:right">1</td><td style="color:red">2</td></tr></table><table></table>',
    );
    expect(hasil).toBe(
      '<div class="gulir" role="region" aria-label="Tabel narasi 1" tabindex="0"><table><tr><td class="rata-right">1</td><td>2</td></tr></table></div><div class="gulir" role="region" aria-label="Tabel narasi 2" tabindex="0"><table></table></div>',
    );
    expect(hasil).not.toContain('style=');
  });
});
