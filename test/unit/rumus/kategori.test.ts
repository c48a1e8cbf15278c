import { describe, expect, it } from 'vitest';
import {
  kategori,
  kategoriTanpaTarget,
  pitaTumpang,
  samaKategori,
  SKALA_KEMENPAN,
  skalaBernama,
  skalaPerCakupan,
} from '../../../src/core/rumus/kategori.ts';
import { Skala } from '../../../src/core/skema/skala.ts';
import { acak } from './acak.ts';

const kode = (n: number, s: Pick<Skala, 'pita'> = SKALA_KEMENPAN) => kategori(n, s)?.kode ?? null;
const label = (n: number, s: Pick<Skala, 'pita'>) => kategori(n, s)?.label ?? null;
const batas = (nilai: number, inklusif = true) => ({ nilai, inklusif });

describe('kategori: the named KemenPAN scale AA…D, with upper bounds as PermenPAN-RB 12/2015 prints them', () => {
  it('each band "> lower s.d. upper"', () => {
    expect(kode(100)).toBe('AA');
    expect(kode(90.01)).toBe('AA');
    expect(kode(90)).toBe('A'); // "> 90" does not include 90, "s.d. 90" of A does
    expect(kode(80.0001)).toBe('A');
    expect(kode(80)).toBe('BB');
    expect(kode(70)).toBe('B');
    expect(kode(60)).toBe('CC');
    expect(kode(50)).toBe('C');
    expect(kode(30.01)).toBe('C');
    expect(kode(30)).toBe('D');
    expect(kode(0)).toBe('D');
  });

  it('a score that is exactly a bound in decimal but a hair above it in binary stays in the lower band', () => {
    // 20 + 15 + 11.63 + 4.45 + 8.92 = 60.00, computed as 60.00000000000001
    const jumlah = 20 + 15 + 11.63 + 4.45 + 8.92;
    expect(jumlah).toBeGreaterThan(60);
    expect(kode(jumlah)).toBe('CC');
    expect(kode(20 + 15.13 + 8.66 + 8.73 + 17.48)).toBe('B'); // 70.00000000000001
    expect(kode(0.1 + 0.2 + 89.7)).toBe('A'); // 90 in decimal
    expect(kode(60.000001)).toBe('B'); // a real difference above the bound still counts
  });

  it('labels', () => {
    expect(kategori(95, SKALA_KEMENPAN)).toEqual({ kode: 'AA', label: 'Sangat Memuaskan' });
    expect(kategori(62.67, SKALA_KEMENPAN)).toEqual({ kode: 'B', label: 'Baik' });
    expect(kategori(71.32, SKALA_KEMENPAN)).toEqual({ kode: 'BB', label: 'Sangat Baik' });
  });

  it('outside the printed bounds there is no category: above 100, below 0, not a number', () => {
    expect(kategori(120, SKALA_KEMENPAN)).toBeNull();
    expect(kategori(-0.01, SKALA_KEMENPAN)).toBeNull();
    expect(kategori(Number.NaN, SKALA_KEMENPAN)).toBeNull();
    expect(kategori(Number.POSITIVE_INFINITY, SKALA_KEMENPAN)).toBeNull();
  });

  it('is a named scale, applied only where cited', () => {
    expect(skalaBernama().get('kemenpan')).toBe(SKALA_KEMENPAN);
    expect(skalaPerCakupan([], skalaBernama())).toEqual({
      indikator: null,
      rata_rata: null,
      serapan: null,
      nilai_sakip: null,
    });
    const dikutip = skalaPerCakupan([{ acuan: 'kemenpan', cakupan: ['nilai_sakip'] }], skalaBernama());
    expect(dikutip.nilai_sakip).toBe(SKALA_KEMENPAN);
    expect(dikutip.rata_rata).toBeNull();
    // cited without a scope: the scale's own scopes
    expect(skalaPerCakupan([{ acuan: 'kemenpan' }], skalaBernama()).rata_rata).toBe(SKALA_KEMENPAN);
    // an unknown citation gives no scale (validation reports it)
    expect(skalaPerCakupan([{ acuan: 'tidak-ada' }], skalaBernama()).nilai_sakip).toBeNull();
  });
});

describe('kategori: Inspektorat Sampang 2019, five bands with gaps ("91 % <= 100 %" … "<= 50 %")', () => {
  // real-excerpts 01, lines 5–9
  const SAMPANG: Pick<Skala, 'pita'> = {
    pita: [
      { label: 'Sangat Baik', bawah: batas(91), atas: batas(100) },
      { label: 'Baik', bawah: batas(76), atas: batas(90) },
      { label: 'Cukup', bawah: batas(66), atas: batas(75) },
      { label: 'Kurang', bawah: batas(51), atas: batas(65) },
      { label: 'Sangat Kurang', atas: batas(50) },
    ],
  };
  it('both bounds belong to their band', () => {
    expect(label(91, SAMPANG)).toBe('Sangat Baik');
    expect(label(100, SAMPANG)).toBe('Sangat Baik');
    expect(label(90, SAMPANG)).toBe('Baik');
    expect(label(76, SAMPANG)).toBe('Baik');
    expect(label(75, SAMPANG)).toBe('Cukup');
    expect(label(51, SAMPANG)).toBe('Kurang');
    expect(label(50, SAMPANG)).toBe('Sangat Kurang');
    expect(label(-10, SAMPANG)).toBe('Sangat Kurang'); // "≤ 50" has no lower bound
  });
  it('a score in a gap between the printed bands, or above the top, has no category', () => {
    expect(kategori(90.5, SAMPANG)).toBeNull();
    expect(kategori(75.5, SAMPANG)).toBeNull();
    expect(kategori(50.5, SAMPANG)).toBeNull();
    expect(kategori(100.5, SAMPANG)).toBeNull();
  });
});

describe('kategori: Polewali Mandar e-SAKIP, eight bands with "Tidak Ada Target" and "Melebihi Target >100%"', () => {
  // real-excerpts 06, line 3
  const POLMAN: Pick<Skala, 'pita'> = {
    pita: [
      { label: 'Tidak Ada Target', khusus: 'tanpa_target' },
      { label: '0 - 49.99%', bawah: batas(0), atas: batas(49.99) },
      { label: '50 - 64.99%', bawah: batas(50), atas: batas(64.99) },
      { label: '65 - 74.99%', bawah: batas(65), atas: batas(74.99) },
      { label: '75 - 89.99%', bawah: batas(75), atas: batas(89.99) },
      { label: '90 - 99.99%', bawah: batas(90), atas: batas(99.99) },
      { label: 'Tercapai 100%', bawah: batas(100), atas: batas(100) },
      { label: 'Melebihi Target >100%', bawah: batas(100, false) },
    ],
  };
  it('the printed capaian of the excerpt fall in their bands', () => {
    expect(label((93 / 95.56) * 100, POLMAN)).toBe('90 - 99.99%'); // 97.32
    expect(label(150, POLMAN)).toBe('Melebihi Target >100%');
    expect(label((5 / 3) * 100, POLMAN)).toBe('Melebihi Target >100%');
    expect(label(100, POLMAN)).toBe('Tercapai 100%');
    expect(label(49.99, POLMAN)).toBe('0 - 49.99%');
  });
  it('between 99.99 and 100 is a gap; the special band is reached only for a line without target', () => {
    expect(kategori(99.995, POLMAN)).toBeNull();
    expect(kategoriTanpaTarget(POLMAN)).toEqual({ label: 'Tidak Ada Target' });
    expect(kategoriTanpaTarget(SKALA_KEMENPAN)).toBeNull();
  });
});

describe('pitaTumpang and the scale schema', () => {
  it('bands sharing a number overlap; touching bounds overlap only when both include it', () => {
    expect(
      pitaTumpang({ label: 'a', bawah: batas(0), atas: batas(50) }, { label: 'b', bawah: batas(50), atas: batas(60) }),
    ).toBe(true);
    expect(pitaTumpang({ label: 'a', bawah: batas(0), atas: batas(50, false) }, { label: 'b', bawah: batas(50) })).toBe(
      false,
    );
    expect(pitaTumpang({ label: 'a', atas: batas(50) }, { label: 'b', bawah: batas(51) })).toBe(false);
    expect(pitaTumpang({ label: 'a', atas: batas(50) }, { label: 'b', atas: batas(10) })).toBe(true);
    expect(pitaTumpang({ label: 'a', bawah: batas(0), atas: batas(10) }, { label: 'b', khusus: 'tanpa_target' })).toBe(
      false,
    );
  });

  it('a scale whose bands overlap is refused, naming the two bands, bilingual', () => {
    const hasil = Skala.safeParse({
      id: 'rusak',
      nama: 'Rusak',
      cakupan: ['indikator'],
      pita: [
        { label: 'Baik', bawah: batas(70), atas: batas(100) },
        { label: 'Cukup', bawah: batas(50), atas: batas(70) },
      ],
    });
    expect(hasil.success).toBe(false);
    const issue = hasil.error!.issues[0]!;
    expect(issue.path).toEqual(['pita', 1]);
    expect(issue.message).toBe('pita "Baik" dan "Cukup" tumpang tindih (bands "Baik" and "Cukup" overlap)');
  });

  it('a band with no bound, or an empty one, is refused; gaps are allowed', () => {
    const pita = (p: unknown[]) => Skala.safeParse({ id: 'x', nama: 'x', cakupan: ['indikator'], pita: p });
    expect(pita([{ label: 'Semua' }]).success).toBe(false);
    expect(pita([{ label: 'Kosong', bawah: batas(10), atas: batas(5) }]).success).toBe(false);
    expect(pita([{ label: 'Titik', bawah: batas(5, false), atas: batas(5) }]).success).toBe(false);
    expect(
      pita([
        { label: 'A', bawah: batas(91) },
        { label: 'B', atas: batas(90) },
      ]).success,
    ).toBe(true);
  });

  it('a printed category names a band by its label or its code, case and spacing aside', () => {
    expect(samaKategori('sangat  baik', { kode: 'BB', label: 'Sangat Baik' })).toBe(true);
    expect(samaKategori('BB', { kode: 'BB', label: 'Sangat Baik' })).toBe(true);
    expect(samaKategori('Baik', { kode: 'BB', label: 'Sangat Baik' })).toBe(false);
  });
});

describe('sifat kategori (properties)', () => {
  it('a higher score never falls in a lower band', () => {
    const angkaAcak = acak(11);
    const urutan = SKALA_KEMENPAN.pita.map((p) => p.kode);
    for (let ke = 0; ke < 2000; ke++) {
      const skorSatu = angkaAcak.antara(0, 100);
      const skorDua = angkaAcak.antara(0, 100);
      const [lo, hi] = skorSatu < skorDua ? [skorSatu, skorDua] : [skorDua, skorSatu];
      expect(urutan.indexOf(kode(hi)!)).toBeLessThanOrEqual(urutan.indexOf(kode(lo)!));
    }
  });
});
