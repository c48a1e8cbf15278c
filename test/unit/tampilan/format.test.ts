import { describe, expect, it } from 'vitest';
import * as f from '../../../src/lib/format.ts';

describe('format id-ID', () => {
  it('memakai titik ribuan dan koma desimal', () => {
    expect(f.angka(1234567.891)).toBe('1.234.567,89');
    expect(f.persen(100.806)).toBe('100,81 %');
    expect(f.rupiah(5429689056)).toBe('Rp 5.429.689.056');
    expect(f.jumlah(1234)).toBe('1.234');
    expect(f.tahun(2020)).toBe('2020');
  });
  it('tidak pernah mencetak NaN, Infinity, undefined atau null', () => {
    for (const nilai of [NaN, Infinity, -Infinity, null, undefined]) {
      for (const keluaran of [
        f.angka(nilai),
        f.persen(nilai),
        f.rupiah(nilai),
        f.selisih(nilai),
        f.jumlah(nilai),
        f.tahun(nilai),
      ]) {
        expect(keluaran).toBe('–');
      }
    }
    expect(f.target(undefined)).toBe('–');
    expect(f.nilai(undefined)).toBe('–');
    expect(f.tanggal('bukan-tanggal')).toBe('–');
  });
  it('angka tercetak mempertahankan presisinya', () => {
    expect(f.tercetak('100.80')).toBe('100,80');
    expect(f.tercetak('7')).toBe('7');
    expect(f.tercetak('N/A')).toBe('N/A');
  });
  it('selisih bertanda', () => {
    expect(f.selisih(2.58)).toBe('+2,58');
    expect(f.selisih(-3.1)).toBe('−3,1');
    expect(f.selisih(0)).toBe('0');
  });
  it('target: angka, rentang, predikat', () => {
    expect(f.target(72)).toBe('72');
    expect(f.target({ min: 80, max: 90.5 })).toBe('80–90,5');
    expect(f.target('BB')).toBe('BB');
  });
  it('presisi tercetak sebuah masukan dipertahankan: target "7.0" tampil 7,0, bukan 7', () => {
    expect(f.target('7.0')).toBe('7,0');
    expect(f.target(7)).toBe('7');
    expect(f.nilai('95.56')).toBe('95,56');
    expect(f.target({ min: '2.50', max: 3 })).toBe('2,50–3');
  });
  it('"tidak ada di sumber" (null) dibedakan dari "N/A" yang tercetak', () => {
    expect(f.nilai(null)).toBe('tidak ada di sumber');
    expect(f.target(null)).toBe('tidak ada di sumber');
    expect(f.nilai('N/A')).toBe('N/A');
    expect(f.target('N/A')).toBe('N/A');
    expect(f.capaian({ jenis: 'tak_terhitung', alasan: 'realisasi_kosong' })).toBe('– (realisasi tidak ada di sumber)');
    expect(f.capaian({ jenis: 'tak_terhitung', alasan: 'realisasi_na' })).toBe('– (realisasi tercetak N/A)');
  });
  it('capaian dengan alasan bila tidak terhitung', () => {
    expect(f.capaian({ jenis: 'persen', nilai: 100.8 })).toBe('100,80 %');
    expect(f.capaian({ jenis: 'kualitatif', tercapai: false })).toBe('Tidak tercapai (kualitatif)');
    expect(f.capaian({ jenis: 'tak_terhitung', alasan: 'target_nol' })).toBe('– (target bernilai 0)');
  });
  it('tanggal dan letak', () => {
    expect(f.tanggal('2022-10-04')).toBe('4 Oktober 2022');
    expect(f.lokasi({ bagian: 'BAB III', tabel: 'Tabel 3.1', baris: [100, 110] })).toBe(
      'Bab III, Tabel 3.1, baris 100–110 transkripsi',
    );
    expect(f.lokasi({ bagian: 'BAB III', tabel: 'Tabel 3.1', halaman: 25 }, 'LKjIP 2021')).toBe(
      'Dokumen LKjIP 2021, Bab III, Tabel 3.1, hlm. 25',
    );
    expect(f.lokasi({})).toBe('–');
    expect(f.lokasi(undefined)).toBe('–');
  });
  it('catatan editor tanpa kata null', () => {
    expect(f.catatan('disalin sebagai null')).toBe('disalin sebagai kosong');
    expect(f.catatan(undefined)).toBe('');
  });
});

describe('audit and efficiency figures', () => {
  const uang = { satuan: 'rupiah', selisih: -5000 } as const;
  const angka = { satuan: 'angka', selisih: 0.0125 } as const;
  it('shows money in rupiah with a signed difference, other figures with their printed precision', () => {
    expect(f.nilaiTemuan(uang, '1800312753')).toBe('Rp 1.800.312.753');
    expect(f.nilaiTemuan(uang, 1800317753)).toBe('Rp 1.800.317.753');
    expect(f.selisihTemuan(uang)).toBe('−Rp 5.000');
    expect(f.nilaiTemuan(angka, '100.80')).toBe('100,80');
    expect(f.nilaiTemuan(angka, 100.81254)).toBe('100,8125');
    expect(f.nilaiTemuan(angka, null)).toBe('–');
    expect(f.selisihTemuan({ ...angka, selisih: null })).toBe('–');
  });
  it('shows the "sisa rupiah" efficiency in rupiah and the others as a ratio', () => {
    expect(f.efisiensi('sisa_rupiah', 1500)).toBe('Rp 1.500');
    expect(f.efisiensi('rasio', 1.234)).toBe('1,23');
  });
});
