import { describe, expect, it } from 'vitest';
import { bukaBaris, selBaris, type Kolom } from '../../../src/core/tampilan/tabel-kolom.ts';

const KOLOM: Kolom[] = [
  { judul: 'Nama', kepalaBaris: true },
  { judul: 'Target', angka: true },
  { judul: 'Realisasi', angka: true },
  { judul: 'Capaian', angka: true },
  { judul: 'Letak' },
];

describe('selBaris (each cell of a TabelKolom row with its column)', () => {
  it('makes the header column a row header and right-aligns the number columns', () => {
    expect(selBaris(['A', '1', '2', '3', 'hlm. 4'], KOLOM)).toEqual([
      { isi: ['A'], kepala: true, kelas: undefined, rentang: undefined },
      { isi: ['1'], kepala: false, kelas: 'angka', rentang: undefined },
      { isi: ['2'], kepala: false, kelas: 'angka', rentang: undefined },
      { isi: ['3'], kepala: false, kelas: 'angka', rentang: undefined },
      { isi: ['hlm. 4'], kepala: false, kelas: undefined, rentang: undefined },
    ]);
  });

  it('moves the next cell on by the columns a cell spans, so it takes its own column', () => {
    const hasil = selBaris(['Jumlah', { isi: ['tercetak: 5'], rentang: 3, teks: true }, 'hlm. 4'], KOLOM);
    // words across the number columns are not right-aligned; the last cell is still the "Letak" column
    expect(hasil[1]).toEqual({ isi: ['tercetak: 5'], kepala: false, kelas: undefined, rentang: 3 });
    expect(hasil[2]).toEqual({ isi: ['hlm. 4'], kepala: false, kelas: undefined, rentang: undefined });
  });

  it('keeps an empty cell empty, even in the header column, and several pieces in one cell', () => {
    const isi = ['Berbeda', { span: ['pembulatan'], kelas: 'catatan kecil blok' }] as const;
    const hasil = selBaris([undefined, { isi }], KOLOM);
    expect(hasil[0]).toBeNull();
    expect(hasil[1]).toEqual({ isi, kepala: false, kelas: 'angka', rentang: undefined });
  });
});

describe('a cell with a class of its own', () => {
  it('keeps the column of numbers right-aligned beside its own class, and its class alone elsewhere', () => {
    const [, angka, , , letak] = selBaris(
      ['A', { isi: ['–'], kelas: 'belum' }, '2', '3', { isi: ['–'], kelas: 'belum' }],
      KOLOM,
    );
    expect(angka!.kelas).toBe('angka belum');
    expect(letak!.kelas).toBe('belum');
  });
});

describe('bukaBaris (a row with or without its anchor)', () => {
  it('reads the cells of a plain row and of a row with an id the same way', () => {
    expect(bukaBaris(['A', '1'])).toEqual({ id: undefined, sel: ['A', '1'] });
    expect(bukaBaris({ id: 'temuan-1', sel: ['A', '1'] })).toEqual({ id: 'temuan-1', sel: ['A', '1'] });
  });
});
