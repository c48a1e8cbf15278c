import { describe, expect, it } from 'vitest';
import { laporanMasalahBuild, type Masalah } from '../../../src/core/muat/masalah.ts';
import { validasiBerkas } from '../../../src/core/publikasi/validasi.ts';
import { hasilkanKonten } from '../../../scripts/bench/sintetis.ts';

const masalah = (tingkat: Masalah['tingkat'], n: number): Masalah => ({
  tingkat,
  berkas: `content/x/${n}.json`,
  jalur: `a[${n}]`,
  pesan: `pesan ${n}`,
  message: `message ${n}`,
});

describe('log masalah konten saat build', () => {
  it('semua galat, sepuluh peringatan pertama, lalu rujukan ke npm run validate', () => {
    const list = [...Array.from({ length: 25 }, (_, i) => masalah('peringatan', i)), masalah('galat', 99)];
    const teks = laporanMasalahBuild(list);
    expect(teks).toContain('GALAT (error)  content/x/99.json');
    expect(teks.match(/PERINGATAN \(warning\)/g)).toHaveLength(10);
    expect(teks).toContain('content/x/9.json');
    expect(teks).not.toContain('content/x/10.json');
    expect(teks).toContain('… dan 15 peringatan lain; `npm run validate`');
    expect(teks).toContain('1 galat, 25 peringatan (1 errors, 25 warnings)');
  });

  it('tanpa rujukan bila semua peringatan tampil', () => {
    expect(laporanMasalahBuild([masalah('peringatan', 1)])).not.toContain('peringatan lain');
  });
});

describe('validasi tanpa nomor baris peringatan (build)', () => {
  // synthetic content prints some budget subtotals off by 1.000, as real reports do: warnings
  const files = hasilkanKonten({ instansi: 4, tahun: 2 });
  it('peringatan yang sama, hanya tanpa baris; validate tetap memberi baris', () => {
    const lengkap = validasiBerkas(files);
    const cepat = validasiBerkas(files, 'content', { barisPeringatan: false });
    const peringatan = (h: typeof lengkap) => h.masalah.filter((m) => m.tingkat === 'peringatan');
    expect(peringatan(lengkap).length).toBeGreaterThan(0);
    expect(peringatan(lengkap).every((m) => typeof m.baris === 'number')).toBe(true);
    expect(peringatan(cepat).every((m) => m.baris === undefined)).toBe(true);
    expect(peringatan(cepat).map(({ baris: _, ...m }) => m)).toEqual(
      peringatan(lengkap).map(({ baris: _, ...m }) => m),
    );
  });
});
