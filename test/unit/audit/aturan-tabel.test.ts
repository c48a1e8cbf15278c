import { describe, expect, it } from 'vitest';
import { KlaimNarasi, TabelUmum } from '../../../src/core/skema/common.ts';
import { auditKlaim, auditTabel, pertumbuhan } from '../../../src/core/audit/tabel.ts';

const dasar = { instansi: 'dinas-contoh', tahun: 2022, berkas: 'content/instansi/dinas-contoh/2022/lkjip.json' };
const tabel = (t: unknown) => TabelUmum.parse({ judul: 'T', lokasi: { tabel: 'Tabel 1' }, ...(t as object) });
const kolom = ['Uraian', 'Pagu', 'Realisasi', '%', 'SILPA', 'SILPA %'];

describe('declared table rules, checked without code per table', () => {
  const t = tabel({
    kolom,
    baris: [
      ['Jumlah', 300, 250, '83.33', 50, '16.67'],
      ['A', 100, 90, '90.00', 10, '10.00'],
      ['B', 200, 160, '85.00', 40, '10.00'],
    ],
    aturan: [
      { jenis: 'rasio', hasil: '%', pembilang: 'Realisasi', penyebut: 'Pagu', baris: [0, 1, 2] },
      { jenis: 'silpa', hasil: 'SILPA', pagu: 'Pagu', realisasi: 'Realisasi', baris: [0, 1, 2] },
      { jenis: 'silpa_persen', hasil: 'SILPA %', pagu: 'Pagu', realisasi: 'Realisasi', baris: [0, 1, 2] },
      { jenis: 'jumlah_kolom', kolom: ['Pagu', 'Realisasi', 'SILPA'], hasil_baris: 0, dari_baris: [1, 2] },
    ],
  });
  const a = auditTabel(dasar, t, ['tabel_lain', 0]);
  const di = (b: number, k: number) => a.filter((x) => x.jalur[3] === b && x.jalur[4] === k);

  it('checks every declared cell, each with its cell path and a unit', () => {
    expect(a).toHaveLength(12);
    expect(di(0, 3)[0]).toMatchObject({ status: 'cocok', satuan: 'persen', jalur: ['tabel_lain', 0, 'baris', 0, 3] });
    expect(di(0, 4).map((x) => x.status)).toEqual(['cocok', 'cocok']);
    expect(new Set(a.map((x) => x.id)).size).toBe(a.length);
  });

  it('a wrong ratio is arithmetic; a SILPA % that is the next row’s is a different base (cakupan)', () => {
    expect(di(2, 3)[0]).toMatchObject({ tercetak: '85.00', status: 'berbeda', kelas: 'aritmetika' });
    expect(di(2, 5)[0]).toMatchObject({ status: 'berbeda', kelas: 'cakupan' });
    expect(di(1, 5)[0]).toMatchObject({ status: 'cocok' });
  });

  it('a total row’s ratio that averages its parts is another method; a growth column holding the average is labelling', () => {
    const u = tabel({
      kolom: ['Uraian', 'A1', 'A2', 'R1', 'R2', 'Rasio 1', 'Tumbuh'],
      baris: [
        ['Total', 300, 300, 250, 250, 86.67, 300],
        ['a', 100, 100, 90, 90, 90, 100],
        ['b', 200, 200, 160, 160, 80, 200],
      ],
      aturan: [
        { jenis: 'rasio', hasil: 'Rasio 1', pembilang: 'R1', penyebut: 'A1', baris: [0, 1, 2], desimal: 2 },
        { jenis: 'jumlah_kolom', kolom: ['A1', 'R1'], hasil_baris: 0, dari_baris: [1, 2] },
        { jenis: 'pertumbuhan', hasil: 'Tumbuh', dari: ['A1', 'A2'], aturan: 'rata_rata_tahunan', baris: [1] },
      ],
    });
    const b = auditTabel(dasar, u, ['tabel_lain', 1]);
    // 250/300 = 83.33, but (90 + 80)/2 = 85; the printed 86.67 is neither: arithmetic. Change it to 85.
    expect(b.find((x) => x.jalur[3] === 0 && x.jalur[4] === 5)).toMatchObject({ kelas: 'aritmetika' });
    u.baris[0]![5] = 85;
    const c = auditTabel(dasar, u, ['tabel_lain', 1]);
    expect(c.find((x) => x.jalur[3] === 0 && x.jalur[4] === 5)).toMatchObject({ status: 'berbeda', kelas: 'metode' });
    expect(c.find((x) => x.jalur[4] === 6)).toMatchObject({ status: 'berbeda', kelas: 'pelabelan' });
  });

  it('growth rates by the stated rule', () => {
    expect(pertumbuhan([100, 110, 121], 'majemuk')).toBeCloseTo(10, 10);
    expect(pertumbuhan([100, 120, 120], 'rata_rata_tahunan')).toBeCloseTo(10, 10);
    expect(pertumbuhan([0, 1], 'majemuk')).toBeNull();
  });

  it('a rule naming a column the table lacks is a content error', () => {
    const r = TabelUmum.safeParse({
      judul: 'T',
      lokasi: {},
      kolom,
      baris: [],
      aturan: [{ jenis: 'rasio', hasil: 'X', pembilang: 'Pagu', penyebut: 'Pagu', baris: [0] }],
    });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(/kolom \\"X\\" tidak ada/);
  });
});

describe('claims printed in the prose', () => {
  const klaim = (k: object) =>
    KlaimNarasi.parse({ kutipan: 'q', besaran: 'b', lokasi: { baris: 1 }, masukan: [], ...k });
  const m = (nilai: number) => ({ nama: 'm', nilai });
  it('each by its named rule; a figure equal to an input is labelling; a wrong one is arithmetic', () => {
    const a = auditKlaim(dasar, [
      klaim({ tercetak: '12.83', aturan: 'perubahan_persen', masukan: [m(100), m(112.83)] }),
      klaim({ tercetak: '27.25', aturan: 'perubahan_persen', masukan: [m(100), m(112.83)] }),
      klaim({ tercetak: '112.83', aturan: 'rasio', masukan: [m(112.83), m(50)] }),
      klaim({ tercetak: '15', aturan: 'jumlah', masukan: [m(5), m(10)], satuan: 'jumlah' }),
    ]);
    expect(a.map((x) => [x.status, x.kelas ?? null])).toEqual([
      ['cocok', null],
      ['berbeda', 'aritmetika'],
      ['berbeda', 'pelabelan'],
      ['cocok', null],
    ]);
    expect(a[1]!.jalur).toEqual(['klaim_narasi', 1, 'tercetak']);
    expect(a[3]!.satuan).toBe('jumlah');
  });
  it('a rule with the wrong number of inputs is a content error', () => {
    expect(() => klaim({ tercetak: '1', aturan: 'rasio', masukan: [m(1)] })).toThrow(/perlu 2 masukan/);
  });
});
