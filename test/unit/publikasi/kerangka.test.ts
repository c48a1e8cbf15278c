import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rakitKorpus } from '../../../src/core/muat/korpus.ts';
import { buatKerangka, GalatKerangka } from '../../../src/core/publikasi/kerangka.ts';
import { validasiBerkas } from '../../../src/core/publikasi/validasi.ts';
import { AKAR_PROYEK, berkasFixture, FIXTURE, P, ubahJson } from './bantuan.ts';

/** The fixture with 2023 targets in the Renstra, and a mid-period review from 2024 that drops one indicator. */
const dasar = () =>
  ubahJson(berkasFixture(), P.renstra, (j) => {
    const ind = j.versi[0].tujuan[0].sasaran[0].indikator;
    ind[0].target.push({ tahun: 2023, target: 74 });
    ind[1].target.push({ tahun: 2023, target: 9 });
    ind[2].target.push({ tahun: 2023, target: 'A' });
    const review = structuredClone(j.versi[0]);
    review.id = 'review';
    review.nama = 'Renstra setelah review';
    review.berlaku_mulai = 2024;
    review.tujuan[0].sasaran[0].indikator = [
      { indikator: 'indeks-profesionalitas-asn', target: [{ tahun: 2024, target: 76 }] },
    ];
    j.versi.push(review);
  });

const dengan = (h: { berkas: string; laporan: unknown }) => [
  ...dasar(),
  { path: h.berkas, isi: JSON.stringify(h.laporan, null, 2) },
];

describe('buatKerangka (new-report)', () => {
  it("pre-fills the Renstra targets of that year and last year's structure, realisations empty, and validates", () => {
    const { korpus } = rakitKorpus(dasar());
    const h = buatKerangka(korpus, 'dinas-contoh', 2023);
    expect(h.berkas).toBe('content/instansi/dinas-contoh/2023/lkjip.json');
    const l = h.laporan;
    expect(l.renstra).toBe('2021-2026');
    expect(l.pengukuran.indikator.map((i) => [i.indikator, i.sasaran, i.satuan, i.target, i.realisasi])).toEqual([
      ['indeks-profesionalitas-asn', 's1', 'poin', 74, null],
      ['waktu-layanan', 's1', 'hari', 9, null],
      ['nilai-sakip', 's1', 'predikat', 'A', null],
    ]);
    expect(l.pengukuran.indikator[0]!.tahun_sebelumnya).toEqual([{ tahun: 2022, target: 72, realisasi: 72.58 }]);
    expect(l.perjanjian_kinerja[0]!.sasaran[0]!.indikator.map((i) => [i.indikator, i.target])).toEqual([
      ['indeks-profesionalitas-asn', 74],
      ['waktu-layanan', 9],
      ['nilai-sakip', 'A'],
    ]);
    expect(l.perjanjian_kinerja[0]!.catatan).toContain('Program PK tahun 2022: Program A; Program B.');
    // budget tree: names kept, every amount absent
    expect(l.anggaran[0]!.program.map((p) => [p.nama, p.kegiatan?.map((k) => k.nama)])).toEqual([
      ['Program A', ['Kegiatan A1', 'Kegiatan A2']],
      ['Program B', undefined],
    ]);
    const teks = JSON.stringify(l.anggaran);
    for (const k of ['"pagu"', '"realisasi"', '"serapan_tercetak"', '"jumlah"', '"target"'])
      expect(teks).not.toContain(k);
    // a draft: it validates, and its warnings list what is still to fill in
    expect(l.draf).toBe(true);
    const v = validasiBerkas(dengan(h));
    expect(v.masalah.filter((m) => m.berkas === h.berkas).map((m) => [m.tingkat, m.jalur])).toEqual([
      ['peringatan', 'sumber.berkas'],
      ['peringatan', 'perjanjian_kinerja[0].catatan'],
      ['peringatan', 'pengukuran.indikator'],
      ['peringatan', 'anggaran[0]'],
      ['peringatan', 'draf'],
    ]);
    expect(v.sah).toBe(true);
    // and it is not published
    expect(v.korpus.instansi[0]!.laporan.map((x) => x.data.tahun)).toEqual([2022]);
  });

  it('follows the Renstra version in force that year (a mid-period review)', () => {
    const { korpus } = rakitKorpus(dasar());
    const h = buatKerangka(korpus, 'dinas-contoh', 2024);
    expect(h.laporan.pengukuran.indikator.map((i) => [i.indikator, i.target])).toEqual([
      ['indeks-profesionalitas-asn', 76],
    ]);
    expect(validasiBerkas(dengan(h)).sah).toBe(true);
  });

  it('writes "N/A" and says so when the Renstra has no target for the year; still validates', () => {
    const { korpus } = rakitKorpus(berkasFixture());
    const h = buatKerangka(korpus, 'dinas-contoh', 2023);
    expect(h.laporan.pengukuran.indikator.every((i) => i.target === 'N/A')).toBe(true);
    expect(h.catatan.join('\n')).toContain(
      'Renstra tidak memuat target 2023 untuk: indeks-profesionalitas-asn, waktu-layanan, nilai-sakip',
    );
    expect(validasiBerkas([...berkasFixture(), { path: h.berkas, isi: JSON.stringify(h.laporan) }]).sah).toBe(true);
  });

  it('refuses an unknown agency and a year no Renstra covers', () => {
    const { korpus } = rakitKorpus(dasar());
    expect(() => buatKerangka(korpus, 'dinas-lain', 2023)).toThrow(GalatKerangka);
    expect(() => buatKerangka(korpus, 'dinas-contoh', 2030)).toThrow(
      /Tidak ada Renstra dinas-contoh yang periodenya mencakup 2030/,
    );
  });
});

describe('npm run new-report (CLI)', () => {
  const node = existsSync(join(AKAR_PROYEK, 'node_modules/.bin/node'))
    ? join(AKAR_PROYEK, 'node_modules/.bin/node')
    : process.execPath;
  const d = mkdtempSync(join(tmpdir(), 'kt-kerangka-'));
  cpSync(join(FIXTURE, 'content'), join(d, 'content'), { recursive: true });
  afterAll(() => rmSync(d, { recursive: true, force: true }));
  const run = (...a: string[]) =>
    spawnSync(node, ['scripts/new-report.ts', ...a], { cwd: AKAR_PROYEK, encoding: 'utf8' });

  it('creates the file, which the real validator accepts', () => {
    const r = run('dinas-contoh', '2023', '--konten', d);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✔ content/instansi/dinas-contoh/2023/lkjip.json dibuat (created).');
    const v = spawnSync(node, ['scripts/validate.ts', '--konten', d], { cwd: AKAR_PROYEK, encoding: 'utf8' });
    expect(v.status).toBe(0);
  });

  it('refuses to overwrite an existing report', () => {
    const f = join(d, P.lkjip);
    const sebelum = readFileSync(f, 'utf8');
    const r = run('dinas-contoh', '2022', '--konten', d);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('sudah ada; tidak ditimpa. (Already exists; not overwritten.)');
    expect(readFileSync(f, 'utf8')).toBe(sebelum);
  });

  it('explains its usage', () => expect(run('dinas-contoh').status).toBe(2));
});
