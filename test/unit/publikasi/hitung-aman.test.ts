/**
 * The validator computes the corpus once. A failure to compute is tolerated only where the loader has
 * already reported an error in the content (those errors are the problems to show); on content
 * without errors it is a bug in the engine and must surface, not turn into a quiet "no warnings".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validasiBerkas } from '../../../src/core/publikasi/validasi.ts';
import { berkasFixture, JALUR_CONTOH, ubahJson } from './bantuan.ts';

const gagal = vi.hoisted(() => ({ aktif: false }));
vi.mock('../../../src/core/hitung/korpus.ts', async (asli) => {
  const modul = await asli<typeof import('../../../src/core/hitung/korpus.ts')>();
  return {
    ...modul,
    hitungKorpus: (...args: Parameters<typeof modul.hitungKorpus>) => {
      if (gagal.aktif) throw new TypeError('kesalahan mesin hitung (engine bug)');
      return modul.hitungKorpus(...args);
    },
  };
});

afterEach(() => {
  gagal.aktif = false;
});

describe('validasiBerkas: a failure to compute', () => {
  it('is computed as usual when nothing fails', () => {
    const hasil = validasiBerkas(berkasFixture());
    expect(hasil.sah).toBe(true);
    expect(hasil.terhitung?.laporan.length).toBeGreaterThan(0);
  });

  it('surfaces on content the loader found no error in', () => {
    gagal.aktif = true;
    expect(() => validasiBerkas(berkasFixture())).toThrow('kesalahan mesin hitung (engine bug)');
  });

  it("gives way to the loader's errors on content that has them", () => {
    gagal.aktif = true;
    const files = ubahJson(berkasFixture(), JALUR_CONTOH.kota, (j) => (j.tingkat = 'desa'));
    const hasil = validasiBerkas(files);
    expect(hasil.sah).toBe(false);
    expect(hasil.masalah.some((m) => m.tingkat === 'galat' && m.berkas === JALUR_CONTOH.kota)).toBe(true);
    expect(hasil.terhitung).toBeUndefined();
  });
});
