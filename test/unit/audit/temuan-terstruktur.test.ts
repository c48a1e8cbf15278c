import { describe, expect, it } from 'vitest';
import { LABEL_KELAS, LABEL_STATUS, URUTAN_KELAS, ATURAN_KELAS } from '../../../src/core/audit/audit.ts';
import { nilaiTemuan, selisihTemuan } from '../../../src/lib/format.ts';
import { temuanNyata } from './korpus-nyata.ts';

describe('findings are structured data', () => {
  const semua = temuanNyata();

  it('every finding has a unique, permalink-safe id', () => {
    expect(semua.length).toBeGreaterThan(200);
    for (const t of semua) expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(semua.map((t) => t.id)).size).toBe(semua.length);
  });

  it('a path is an array of keys and indices, a unit is declared, statuses and classes are the Indonesian ones', () => {
    for (const t of semua) {
      expect(Array.isArray(t.jalur)).toBe(true);
      for (const k of t.jalur) expect(['string', 'number']).toContain(typeof k);
      expect(['rupiah', 'persen', 'poin', 'jumlah', 'angka', 'kategori']).toContain(t.satuan);
      expect(Object.keys(LABEL_STATUS)).toContain(t.status);
      if (t.kelas) expect(URUTAN_KELAS).toContain(t.kelas);
    }
    expect(Object.keys(LABEL_KELAS).sort()).toEqual([...URUTAN_KELAS].sort());
    expect(Object.keys(ATURAN_KELAS).sort()).toEqual([...URUTAN_KELAS].sort());
  });

  it('an efficiency printed in rupiah is formatted as rupiah, without decimals (Kaltim Tabel 3.11)', () => {
    const e = semua.find(
      (t) => t.instansi === 'bkd-provinsi-kalimantan-timur' && t.besaran === 'efisiensi' && t.satuan === 'rupiah',
    );
    expect(e).toBeDefined();
    expect(nilaiTemuan(e!, e!.tercetak)).toMatch(/^Rp \d{1,3}(\.\d{3})*$/);
    expect(nilaiTemuan(e!, e!.dihitung)).toMatch(/^Rp /);
    expect(selisihTemuan(e!)).not.toMatch(/,/);
  });

  it('a capaian is shown as a percentage and its difference in points', () => {
    const c = semua.find((t) => t.besaran === 'capaian' && t.status === 'berbeda')!;
    expect(nilaiTemuan(c, c.tercetak)).toMatch(/ %$/);
    expect(selisihTemuan(c)).toMatch(/ poin$/);
  });
});
