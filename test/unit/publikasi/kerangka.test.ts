import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rakitKorpus } from '../../../src/core/muat/korpus.ts';
import { buatKerangka, GalatKerangka } from '../../../src/core/publikasi/kerangka.ts';
import { validasiBerkas } from '../../../src/core/publikasi/validasi.ts';
import { PROYEK, berkasFixture, FIXTURE, JALUR_CONTOH, ubahJson } from './bantuan.ts';

/** The fixture with 2023 targets in the Renstra, and a mid-period review from 2024 that drops one indicator. */
const dasar = () =>
  ubahJson(berkasFixture(), JALUR_CONTOH.renstra, (renstra) => {
    const ind = renstra.versi[0].tujuan[0].sasaran[0].indikator;
    ind[0].target.push({ tahun: 2023, target: 74 });
    ind[1].target.push({ tahun: 2023, target: 9 });
    ind[2].target.push({ tahun: 2023, target: 'A' });
    const review = structuredClone(renstra.versi[0]);
    review.id = 'review';
    review.nama = 'Renstra setelah review';
    review.berlaku_mulai = 2024;
    review.tujuan[0].sasaran[0].indikator = [
      { indikator: 'indeks-profesionalitas-asn', target: [{ tahun: 2024, target: 76 }] },
    ];
    renstra.versi.push(review);
  });

const dengan = (h: { berkas: string; laporan: unknown }) => [
  ...dasar(),
  { path: h.berkas, isi: JSON.stringify(h.laporan, null, 2) },
];

describe('buatKerangka (new-report)', () => {
  it('says which indicators the Renstra sets at tujuan level: no sasaran, realisasi null, never "N/A" silently', () => {
    const files = ubahJson(dasar(), JALUR_CONTOH.renstra, (renstra) => {
      const tujuan = renstra.versi[0].tujuan[0];
      // move one indicator up to the tujuan, without a 2023 target
      tujuan.indikator = [tujuan.sasaran[0].indikator.pop()];
      tujuan.indikator[0].target = [{ tahun: 2022, target: 'BB' }];
    });
    const hasil = buatKerangka(rakitKorpus(files).korpus, 'dinas-contoh', 2023);
    const ukur = hasil.laporan.pengukuran.indikator.find((p) => p.indikator === 'nilai-sakip')!;
    expect(ukur).toMatchObject({ target: null, realisasi: null });
    expect(ukur).not.toHaveProperty('sasaran');
    expect(hasil.catatan.find((c) => c.startsWith('Indikator tingkat tujuan'))).toContain(
      'nilai-sakip (tanpa target / no target)',
    );
  });

  it("pre-fills the Renstra targets of that year and last year's structure, realisations empty, no PK, and validates", () => {
    const { korpus } = rakitKorpus(dasar());
    const hasil = buatKerangka(korpus, 'dinas-contoh', 2023);
    expect(hasil.berkas).toBe('content/instansi/dinas-contoh/2023/lkjip.json');
    const laporan = hasil.laporan;
    expect(laporan.rencana).toEqual({ jenis: 'renstra', periode: '2021-2026' });
    // under-claimed until the operator says the whole document is transcribed
    expect(laporan.transkripsi.cakupan).toBe('sebagian');
    expect(laporan.pengukuran.indikator.map((i) => [i.indikator, i.sasaran, i.satuan, i.target, i.realisasi])).toEqual([
      ['indeks-profesionalitas-asn', 's1', 'poin', 74, null],
      ['waktu-layanan', 's1', 'hari', 9, null],
      ['nilai-sakip', 's1', 'predikat', 'A', null],
    ]);
    expect(laporan.pengukuran.indikator[0]!.tahun_sebelumnya).toEqual([{ tahun: 2022, target: 72, realisasi: 72.58 }]);
    // a PK is the document's to print: none is made up from the Renstra
    expect(laporan.perjanjian_kinerja).toBeUndefined();
    expect(hasil.catatan.join('\n')).toContain('Perjanjian Kinerja tidak dibuat');
    expect(hasil.catatan.join('\n')).toContain('program PK tahun 2022: Program A; Program B');
    // budget tree: names and levels kept, every amount absent
    expect(laporan.anggaran[0]!.baris.map((p) => [p.tingkat, p.nama, p.anak?.map((k) => [k.tingkat, k.nama])])).toEqual(
      [
        [
          'program',
          'Program A',
          [
            ['kegiatan', 'Kegiatan A1'],
            ['kegiatan', 'Kegiatan A2'],
          ],
        ],
        ['program', 'Program B', undefined],
      ],
    );
    const teks = JSON.stringify(laporan.anggaran);
    for (const kunci of ['"pagu"', '"realisasi"', '"serapan_tercetak"', '"jumlah"', '"target"'])
      expect(teks).not.toContain(kunci);
    // a draft: it validates, and its warnings list what is still to fill in
    expect(laporan.draf).toBe(true);
    const validasi = validasiBerkas(dengan(hasil));
    expect(validasi.masalah.filter((m) => m.berkas === hasil.berkas).map((m) => [m.tingkat, m.jalur])).toEqual([
      ['peringatan', 'sumber.berkas'],
      ['peringatan', 'transkripsi.catatan'],
      ['peringatan', 'pengukuran.indikator'],
      ['peringatan', 'anggaran[0]'],
      ['peringatan', 'draf'],
    ]);
    expect(validasi.sah).toBe(true);
    // and it is not published
    expect(validasi.korpus.instansi[0]!.laporan.map((x) => x.data.tahun)).toEqual([2022]);
  });

  it('follows the Renstra version in force that year (a mid-period review)', () => {
    const { korpus } = rakitKorpus(dasar());
    const hasil = buatKerangka(korpus, 'dinas-contoh', 2024);
    expect(hasil.laporan.pengukuran.indikator.map((i) => [i.indikator, i.target])).toEqual([
      ['indeks-profesionalitas-asn', 76],
    ]);
    expect(validasiBerkas(dengan(hasil)).sah).toBe(true);
  });

  it('writes null (not in the source), never "N/A", and says so when the Renstra has no target for the year; still validates', () => {
    const { korpus } = rakitKorpus(berkasFixture());
    const hasil = buatKerangka(korpus, 'dinas-contoh', 2023);
    expect(hasil.laporan.pengukuran.indikator.every((i) => i.target === null)).toBe(true);
    expect(JSON.stringify(hasil.laporan)).not.toContain('N/A');
    expect(hasil.catatan.join('\n')).toContain(
      'Renstra tidak memuat target 2023 untuk: indeks-profesionalitas-asn, waktu-layanan, nilai-sakip; ditulis null',
    );
    expect(validasiBerkas([...berkasFixture(), { path: hasil.berkas, isi: JSON.stringify(hasil.laporan) }]).sah).toBe(
      true,
    );
  });

  it('refuses an unknown agency', () => {
    const { korpus } = rakitKorpus(dasar());
    expect(() => buatKerangka(korpus, 'dinas-lain', 2023)).toThrow(GalatKerangka);
  });

  it("a year no Renstra covers: no plan, last year's indicators with no target, nothing invented; validates", () => {
    const { korpus } = rakitKorpus(dasar());
    const hasil = buatKerangka(korpus, 'dinas-contoh', 2030);
    expect(hasil.laporan.rencana).toBeUndefined();
    expect(hasil.laporan.pengukuran.indikator.map((i) => [i.indikator, i.target, i.realisasi])).toEqual([
      ['indeks-profesionalitas-asn', null, null],
      ['waktu-layanan', null, null],
      ['nilai-sakip', null, null],
    ]);
    expect(hasil.laporan.pengukuran.indikator.some((i) => i.akhir_renstra)).toBe(false);
    expect(hasil.catatan.join('\n')).toContain('Tidak ada Renstra yang mencakup 2030');
    const validasi = validasiBerkas(dengan(hasil));
    expect(validasi.masalah.filter((m) => m.berkas === hasil.berkas && m.tingkat === 'galat')).toEqual([]);
  });
});

describe('npm run new-report (CLI)', () => {
  const node = existsSync(join(PROYEK, 'node_modules/.bin/node'))
    ? join(PROYEK, 'node_modules/.bin/node')
    : process.execPath;
  const folder = mkdtempSync(join(tmpdir(), 'kt-kerangka-'));
  cpSync(join(FIXTURE, 'content'), join(folder, 'content'), { recursive: true });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const run = (...a: string[]) => spawnSync(node, ['scripts/new-report.ts', ...a], { cwd: PROYEK, encoding: 'utf8' });

  it('creates the file, which the real validator accepts', () => {
    const proses = run('dinas-contoh', '2023', '--konten', folder);
    expect(proses.status).toBe(0);
    expect(proses.stdout).toContain('✔ content/instansi/dinas-contoh/2023/lkjip.json dibuat (created).');
    const validasi = spawnSync(node, ['scripts/validate.ts', '--konten', folder], { cwd: PROYEK, encoding: 'utf8' });
    expect(validasi.status).toBe(0);
  });

  it('refuses to overwrite an existing report', () => {
    const berkas = join(folder, JALUR_CONTOH.lkjip);
    const sebelum = readFileSync(berkas, 'utf8');
    const proses = run('dinas-contoh', '2022', '--konten', folder);
    expect(proses.status).toBe(1);
    expect(proses.stderr).toContain('sudah ada; tidak ditimpa. (Already exists; not overwritten.)');
    expect(readFileSync(berkas, 'utf8')).toBe(sebelum);
  });

  it('explains its usage', () => expect(run('dinas-contoh').status).toBe(2));
});
