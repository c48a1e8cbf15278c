import { describe, expect, it } from 'vitest';
import { BOBOT_SAKIP_2015, hitungSakip } from '../../../src/core/rumus/sakip.ts';
import { bacaAngka, cocokTercetak } from '../../../src/core/rumus/presisi.ts';
import type { Skala } from '../../../src/core/skema/skala.ts';
import { SKALA_KEMENPAN } from '../../../src/core/rumus/kategori.ts';

const dengan = (nilai: number[]) => BOBOT_SAKIP_2015.map((b, i) => ({ ...b, nilai: nilai[i]! }));

describe('hitungSakip', () => {
  it('the source documents’ weights add up to 100', () => {
    expect(BOBOT_SAKIP_2015.map((b) => b.bobot)).toEqual([30, 25, 15, 10, 20]);
    expect(hitungSakip(dengan([0, 0, 0, 0, 0]), SKALA_KEMENPAN).totalBobot).toBe(100);
  });

  it('Bontang LKjIP 2020, column "Tahun Sebelumnya" (source text 000 l.1556–1566): 22.28 + 16.88 + 10.83 + 4.91 + 7.77 = 62.67, category B', () => {
    const hasil = hitungSakip(dengan([22.28, 16.88, 10.83, 4.91, 7.77]), SKALA_KEMENPAN);
    // by hand: 22.28 + 16.88 = 39.16; + 10.83 = 49.99; + 4.91 = 54.90; + 7.77 = 62.67
    expect(hasil.nilai).toBeCloseTo(62.67, 10);
    expect(hasil.kategori).toEqual({ kode: 'B', label: 'Baik' });
    expect(hasil.melebihiBobot).toEqual([]);
    // the document prints 62.65: neither rounding nor truncation of 62.67
    expect(cocokTercetak(hasil.nilai, bacaAngka('62.65')!)).toBeNull();
  });

  it('Bontang LKjIP 2020, column "Tahun Berjalan": 25.82 + 17.19 + 11.90 + 7.44 + 8.97 = 71.32, category BB; printed 71.31 is no match', () => {
    const hasil = hitungSakip(dengan([25.82, 17.19, 11.9, 7.44, 8.97]), SKALA_KEMENPAN);
    expect(hasil.nilai).toBeCloseTo(71.32, 10);
    expect(hasil.kategori?.kode).toBe('BB');
    expect(cocokTercetak(hasil.nilai, bacaAngka('71.32')!)).toBe('bulat');
    expect(cocokTercetak(hasil.nilai, bacaAngka('71.31')!)).toBeNull();
  });

  it('components adding up to exactly 60.00 are "> 60"-not: category CC, despite binary 60.00000000000001', () => {
    const hasil = hitungSakip(dengan([20, 15, 11.63, 4.45, 8.92]), SKALA_KEMENPAN);
    expect(hasil.nilai).toBeCloseTo(60, 10);
    expect(hasil.kategori?.kode).toBe('CC');
  });

  it('flags a component scored above its weight; at its weight is fine', () => {
    const hasil = hitungSakip(
      [
        { komponen: 'Perencanaan Kinerja', bobot: 30, nilai: 31 },
        { komponen: 'Pengukuran Kinerja', bobot: 25, nilai: 25 },
      ],
      SKALA_KEMENPAN,
    );
    expect(hasil.melebihiBobot).toEqual(['Perencanaan Kinerja']);
    expect(hasil.nilai).toBe(56);
    expect(hasil.totalBobot).toBe(55);
  });

  it('no components: 0, category D', () => {
    expect(hitungSakip([], SKALA_KEMENPAN)).toEqual({
      nilai: 0,
      kategori: { kode: 'D', label: 'Sangat Kurang' },
      melebihiBobot: [],
      totalBobot: 0,
    });
  });

  it('without a declared SAKIP scale there is a score and no category', () => {
    const hasil = hitungSakip(dengan([22.28, 16.88, 10.83, 4.91, 7.77]), null);
    expect(hasil.nilai).toBeCloseTo(62.67, 10);
    expect(hasil.kategori).toBeNull();
  });

  it('uses the scale it is given', () => {
    const skala: Skala = {
      id: 'dua',
      nama: 'Dua pita',
      cakupan: ['nilai_sakip'],
      pita: [
        { kode: 'LULUS', label: 'Lulus', bawah: { nilai: 60, inklusif: true } },
        {
          kode: 'TIDAK',
          label: 'Tidak lulus',
          bawah: { nilai: 0, inklusif: true },
          atas: { nilai: 60, inklusif: false },
        },
      ],
    };
    expect(hitungSakip(dengan([20, 20, 10, 5, 5]), skala).kategori?.kode).toBe('LULUS');
    expect(hitungSakip(dengan([20, 20, 10, 5, 4.99]), skala).kategori?.kode).toBe('TIDAK');
  });
});
