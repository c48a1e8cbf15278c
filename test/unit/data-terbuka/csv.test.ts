import { describe, expect, it } from 'vitest';
import { csv, selAman } from '../../../src/core/data-terbuka/csv.ts';
import { acak } from '../rumus/acak.ts';
import { barisCsv } from '../../helpers/csv.ts';

describe('csv (RFC 4180)', () => {
  it('header, rows, CRLF after every record including the last', () => {
    expect(
      csv(
        ['a', 'b'],
        [
          [1, 'x'],
          [2.5, 'y'],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n2.5,y\r\n');
    expect(csv(['a', 'b'], [])).toBe('a,b\r\n');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csv(['n'], [['Belanja, pegawai']])).toBe('n\r\n"Belanja, pegawai"\r\n');
    expect(csv(['n'], [['Program "A"']])).toBe('n\r\n"Program ""A"""\r\n');
    expect(csv(['n'], [['baris\nbaru']])).toBe('n\r\n"baris\nbaru"\r\n');
    expect(csv(['n'], [['cr\rlf']])).toBe('n\r\n"cr\rlf"\r\n');
    expect(csv(['n'], [['a\r\nb']])).toBe('n\r\n"a\r\nb"\r\n');
    expect(csv(['n'], [['"']])).toBe('n\r\n""""\r\n');
  });

  it('leaves other fields bare, spaces and non-ASCII included', () => {
    expect(csv(['n'], [[' Sekretariat ']])).toBe('n\r\n Sekretariat \r\n');
    expect(csv(['n'], [['Rp 5.429.689.056,00 — “kutip”']])).toBe('n\r\n"Rp 5.429.689.056,00 — “kutip”"\r\n');
    expect(csv(['n'], [['72;58 N/A']])).toBe('n\r\n72;58 N/A\r\n');
  });

  it('null and undefined are empty fields; NaN and Infinity never appear', () => {
    expect(
      csv(
        ['a', 'b', 'c', 'd', 'e'],
        [[null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]],
      ),
    ).toBe('a,b,c,d,e\r\n,,,,\r\n');
  });

  it('numbers are plain: integers in the billions, zero, negatives', () => {
    expect(csv(['x'], [[5_429_689_056], [0], [-2.55], [100.81]])).toBe('x\r\n5429689056\r\n0\r\n-2.55\r\n100.81\r\n');
  });

  it('header cells are quoted by the same rule', () => {
    expect(csv(['a,b', 'c'], [[1, 2]])).toBe('"a,b",c\r\n1,2\r\n');
  });

  it('round trip: any text reads back the same (formula-leading text with its apostrophe), with the same number of fields', () => {
    const angkaAcak = acak(4180);
    const huruf = ['a', 'Z', ' ', ',', '"', '\n', '\r', '\r\n', '.', '-', 'é', '1', ';', '\t'];
    for (let ke = 0; ke < 300; ke++) {
      const kolom = Array.from({ length: angkaAcak.bulat(1, 5) }, (_, j) => `k${j}`);
      const baris = Array.from({ length: angkaAcak.bulat(0, 6) }, () =>
        kolom.map(() => Array.from({ length: angkaAcak.bulat(0, 8) }, () => angkaAcak.pilih(huruf)).join('')),
      );
      const teks = csv(kolom, baris);
      expect(teks.endsWith('\r\n')).toBe(true);
      expect(barisCsv(teks)).toEqual([kolom, ...baris.map((b) => b.map(selAman))]);
    }
  });

  it('a text cell a spreadsheet would run as a formula gets an apostrophe; values and dashes stay as they are', () => {
    const rumus = [
      '=HYPERLINK("https://contoh.invalid","klik")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '  =1',
      '\uff1d1+1',
      "=cmd|' /C calc'!A0",
    ];
    for (const isi of rumus) {
      expect(selAman(isi), JSON.stringify(isi)).toBe(`'${isi}`);
      // and in a published file, the cell never starts with the formula character
      const sel = barisCsv(csv(['x'], [[isi]]))[1]![0]!;
      expect(sel.startsWith("'"), JSON.stringify(sel)).toBe(true);
    }
    for (const isi of ['-2.5', '+62', '-', '—', '100,80', 'Program A', 'Data: BPS', '-1,5%'])
      expect(selAman(isi), JSON.stringify(isi)).toBe(isi);
    // numbers are values, never rewritten
    expect(csv(['x'], [[-5]])).toBe('x\r\n-5\r\n');
  });
});
