import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { BAGIAN_METODOLOGI, halamanMetodologi } from '../../../src/core/tampilan/metodologi.ts';

const halaman = halamanMetodologi(hitungKorpus(muatKonten(resolve('test/fixtures/konten-contoh')).korpus));

describe('halamanMetodologi (the methodology page view model)', () => {
  it('computes its worked examples with the engine', () => {
    expect(halaman.contohPredikat.map((c) => c.predikat)).toEqual(['tidak_tercapai', 'tercapai', 'melebihi']);
    expect(halaman.contohSerapan).toBeCloseTo((140 / 150) * 100, 9);
    expect(halaman.contohRasio).toBeCloseTo(100.84 / 65.39, 9);
    expect(halaman.contohSelisih).toBeCloseTo(2.55, 9);
    // 72,58 ÷ 72 × 100 = 100,8055…: rounded 100,81, truncated 100,80 (both printings match)
    expect(halaman.contohPembulatan.dibulatkan).toBe(100.81);
    expect(halaman.contohPembulatan.dipotong).toBe(100.8);
    expect(halaman.jumlahBobotSakip).toBe(100);
  });

  it('writes the period counts and consolidation rules in words', () => {
    expect(halaman.teksJumlahPeriode).toContain('triwulan: 4 per tahun');
    expect(halaman.teksKonsolidasi.split('; ').length).toBeGreaterThan(1);
    expect(halaman.teksKonsolidasi).not.toContain('_');
  });

  it('lists each section once', () => {
    const id = BAGIAN_METODOLOGI.map((b) => b.id);
    expect(new Set(id).size).toBe(id.length);
    expect(id[0]).toBe('capaian');
  });
});
