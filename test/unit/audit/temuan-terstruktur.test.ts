import { describe, expect, it } from 'vitest';
import { LABEL_KELAS, LABEL_STATUS, URUTAN_KELAS, ATURAN_KELAS } from '../../../src/core/audit/audit.ts';
import { nilaiTemuan, selisihTemuan } from '../../../src/lib/format.ts';
import { temuanNyata } from './korpus-nyata.ts';

describe('findings are structured data', () => {
  const semua = temuanNyata();

  it('every finding has a unique, permalink-safe id', () => {
    expect(semua.length).toBeGreaterThan(200);
    for (const temuan of semua) expect(temuan.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(semua.map((t) => t.id)).size).toBe(semua.length);
  });

  it('a path is an array of keys and indices, a unit is declared, statuses and classes are the Indonesian ones', () => {
    for (const temuan of semua) {
      expect(Array.isArray(temuan.jalur)).toBe(true);
      for (const kunci of temuan.jalur) expect(['string', 'number']).toContain(typeof kunci);
      expect(['rupiah', 'persen', 'poin', 'jumlah', 'angka', 'kategori']).toContain(temuan.satuan);
      expect(Object.keys(LABEL_STATUS)).toContain(temuan.status);
      if (temuan.kelas) expect(URUTAN_KELAS).toContain(temuan.kelas);
    }
    expect(Object.keys(LABEL_KELAS).sort()).toEqual([...URUTAN_KELAS].sort());
    expect(Object.keys(ATURAN_KELAS).sort()).toEqual([...URUTAN_KELAS].sort());
  });

  it('an efficiency printed in rupiah is formatted as rupiah, without decimals (Kaltim Tabel 3.11)', () => {
    const temuanCapaian = semua.find(
      (t) => t.instansi === 'bkd-provinsi-kalimantan-timur' && t.besaran === 'efisiensi' && t.satuan === 'rupiah',
    );
    expect(temuanCapaian).toBeDefined();
    expect(nilaiTemuan(temuanCapaian!, temuanCapaian!.tercetak)).toMatch(/^Rp \d{1,3}(\.\d{3})*$/);
    expect(nilaiTemuan(temuanCapaian!, temuanCapaian!.dihitung)).toMatch(/^Rp /);
    expect(selisihTemuan(temuanCapaian!)).not.toMatch(/,/);
  });

  it('a capaian is shown as a percentage and its difference in points', () => {
    const temuanCapaian = semua.find((t) => t.besaran === 'capaian' && t.status === 'berbeda')!;
    expect(nilaiTemuan(temuanCapaian, temuanCapaian.tercetak)).toMatch(/ %$/);
    expect(selisihTemuan(temuanCapaian)).toMatch(/ poin$/);
  });
});
