import { describe, expect, it } from 'vitest';
import { tabelKartu } from '../../../src/core/tampilan/tabel-kartu.ts';

describe('tabelKartu (phone-first tables)', () => {
  it('labels each body cell with its column header, across rowspan and colspan headers', () => {
    const html = tabelKartu(
      '<div><table><thead><tr><th rowspan="2">Indikator</th><th colspan="2">2020</th><th rowspan="2">Capaian</th></tr>' +
        '<tr><th>Target</th><th>Realisasi</th></tr></thead>' +
        '<tbody><tr><th scope="row">IP ASN</th><td>72</td><td>72,58</td><td>100,81 %</td></tr>' +
        '<tr><td colspan="4">Sasaran 2</td></tr></tbody></table></div>',
    );
    expect(html).toContain('<table class="tumpuk">');
    expect(html).toContain('<td data-label="2020 · Target">72</td>');
    expect(html).toContain('<td data-label="2020 · Realisasi">72,58</td>');
    expect(html).toContain('<td data-label="Capaian">100,81 %</td>');
    // a row header is the card's title, a cell across the row a group heading: neither gets a label
    expect(html).toContain('<th scope="row">IP ASN</th>');
    expect(html).toContain('<td colspan="4">Sasaran 2</td>');
  });

  it('keeps labels and classes a template set, and leaves a table without a header as it is', () => {
    const html = tabelKartu(
      '<table class="angka-kiri"><thead><tr><th>A</th><th>B</th></tr></thead>' +
        '<tbody><tr><td data-label="Satu">1</td><td>2</td></tr></tbody></table><table><tr><td>x</td></tr></table>',
    );
    expect(html).toContain('<table class="angka-kiri tumpuk">');
    expect(html).toContain('<td data-label="Satu">1</td><td data-label="B">2</td>');
    expect(html).toContain('<table><tbody><tr><td>x</td></tr></tbody></table>');
    expect(tabelKartu('<p>tanpa tabel</p>')).toBe('<p>tanpa tabel</p>');
  });
});
