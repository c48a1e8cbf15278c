import { describe, expect, it } from 'vitest';
import { ringkasPortal, type IndeksWilayah } from '../../../src/core/tampilan/portal.ts';

const angka = (n: number) => ({
  instansi: n,
  laporan: 2 * n,
  indikator: 10 * n,
  tercapai: 6 * n,
  tidakTercapai: 3 * n,
  takTerhitung: n,
  angkaDiperiksa: 50 * n,
  angkaBerbeda: n,
});
const indeks = (n: number, tahun: number[][]): IndeksWilayah => ({
  situs: 'x',
  angka: angka(n),
  instansi: tahun.map((t) => ({ laporan: t.map((y) => ({ tahun: y })) })),
});

describe('portal nasional: ringkasan dari indeks tiap wilayah', () => {
  const ringkasan = ringkasPortal([
    { id: 'provinsi-b', nama: 'Provinsi Bali', indeks: indeks(2, [[2021, 2022], [2020]]) },
    { id: 'provinsi-a', nama: 'Provinsi Aceh', indeks: indeks(3, [[2023]]) },
    { id: 'provinsi-c', nama: 'Provinsi Papua', indeks: indeks(0, []) },
  ]);

  it('wilayah urut nama, dengan rentang tahun laporannya', () => {
    expect(ringkasan.wilayah.map((w) => [w.id, w.tahun])).toEqual([
      ['provinsi-a', [2023, 2023]],
      ['provinsi-b', [2020, 2022]],
      ['provinsi-c', null],
    ]);
  });

  it('angka nasional adalah jumlah angka tiap wilayah', () => {
    expect(ringkasan.total).toEqual(angka(5));
    expect(ringkasan.tahun).toEqual([2020, 2023]);
  });

  it('tanpa laporan sama sekali: tanpa rentang tahun, angka nol', () => {
    const kosong = ringkasPortal([{ id: 'p', nama: 'P', indeks: indeks(0, []) }]);
    expect(kosong.tahun).toBeNull();
    expect(kosong.total).toEqual(angka(0));
  });
});
