import { describe, expect, it } from 'vitest';
import { csvGrafik, desimalSeri, teksPng, type Grafik } from '../../../src/core/tampilan/grafik.ts';

const grafik = (seri: Grafik['seri'], label = ['2020', '2021', '2022']): Grafik => ({
  id: 'g',
  jenis: 'bar',
  judul: 'Nilai SAKIP per tahun',
  satuan: 'poin',
  label,
  seri,
});

describe('desimal seri grafik', () => {
  it('menghapus derau pecahan tanpa membuang presisi tercetak', () => {
    // 62,67 and 71,32 as floating point sums give 62.66999999999999 and 71.32000000000001
    expect(desimalSeri([62.66999999999999, 71.32000000000001, 70])).toBe(2);
    expect(desimalSeri([98.175, 100])).toBe(3);
    expect(desimalSeri([1, 2, null, NaN])).toBe(0);
    expect(desimalSeri([])).toBe(0);
  });
  it('rasio hasil hitung (pecahan tak berujung) ditulis dengan sekurangnya 2 desimal', () => {
    expect(desimalSeri([100.84210526315789, 95])).toBe(2);
    expect(desimalSeri([100.84210526315789, 98.175])).toBe(3);
  });
});

describe('CSV grafik', () => {
  it('satu jumlah desimal per kolom, tanpa derau', () => {
    const bagan = grafik([
      { nama: 'Nilai', data: [62.66999999999999, 71.32000000000001, 70] },
      { nama: 'Rasio', data: [0.9109614277712244, null, 1] },
    ]);
    expect(csvGrafik(bagan)).toBe('kategori,Nilai,Rasio\r\n2020,62.67,0.91\r\n2021,71.32,\r\n2022,70.00,1.00\r\n');
  });
  it('label utuh; sel teks yang diawali rumus dinetralkan dengan tanda kutip tunggal (OWASP)', () => {
    const panjang = 'Persentase Aparatur Sipil Negara yang Menyusun Sasaran Kinerja Pegawai Sesuai Dengan Standart';
    const bagan = grafik(
      [
        { nama: '=HYPERLINK("http://x","klik")', data: [1, 2, -3] },
        { nama: '@SUM(A1)', data: [null, null, null] },
      ],
      [panjang, '+62 811', '-1, "kurang"'],
    );
    expect(csvGrafik(bagan).split('\r\n')).toEqual([
      `kategori,"'=HYPERLINK(""http://x"",""klik"")",'@SUM(A1)`,
      `${panjang},1,`,
      `'+62 811,2,`,
      // a negative number is a number, not a formula: only text cells are neutralised
      `"'-1, ""kurang""",-3,`,
      '',
    ]);
  });
});

describe('teks PNG grafik', () => {
  const asal = { situs: 'Kinerja Terbuka', alamat: 'https://contoh.go.id/x/#g', tanggal: '3 Desember 2025' };
  it('judul, instansi, rentang tahun dari kategorinya, satuan, sumber dan tanggal', () => {
    const bagan = { ...grafik([{ nama: 'A', data: [1, 2, 3] }]), instansi: ['Badan A (BA)', 'Badan B (BB)'] };
    expect(teksPng(bagan, asal)).toEqual({
      judul: 'Nilai SAKIP per tahun',
      keterangan: ['Instansi: Badan A (BA); Badan B (BB)', 'Tahun 2020–2022 · Satuan: poin'],
      sumber: ['Sumber: Kinerja Terbuka · https://contoh.go.id/x/#g', 'Diunduh 3 Desember 2025'],
    });
  });
  it('tanpa tahun dan instansi pada grafiknya: instansi dan tahun halamannya', () => {
    const bagan = grafik([{ nama: 'Capaian (%)', data: [1, 2] }], ['Indikator satu', 'Indikator dua']);
    expect(teksPng(bagan, { ...asal, instansi: 'Badan C (BC)', tahun: '2021' }).keterangan).toEqual([
      'Instansi: Badan C (BC)',
      'Tahun 2021 · Satuan: poin',
    ]);
    expect(teksPng(bagan, asal).keterangan).toEqual(['Satuan: poin']);
  });
  it('tahun di dalam label kategori ("BKD 2020")', () => {
    const bagan = grafik([{ nama: 'Serapan', data: [1, 2] }], ['BKD 2021', 'BKPSDM 2020']);
    expect(teksPng(bagan, asal).keterangan).toEqual(['Tahun 2020–2021 · Satuan: poin']);
  });
});
