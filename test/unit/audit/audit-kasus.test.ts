/** The audit on hand-built reports, many with real figures from the source documents. */
import { jalurTeks } from '../../../src/core/muat/masalah.ts';
import { describe, expect, it } from 'vitest';
import { auditLaporan, auditProfil, LABEL_STATUS, type TemuanAudit } from '../../../src/core/audit/audit.ts';
import { hitungLaporan } from '../../../src/core/hitung/laporan.ts';
import { Instansi } from '../../../src/core/skema/instansi.ts';
import { DefinisiIndikator } from '../../../src/core/skema/indikator.ts';
import { laporanKecil } from './laporan-kecil.ts';

const audit = (lain: Record<string, unknown>) =>
  auditLaporan(hitungLaporan(laporanKecil(lain), { katalog: new Map() }), 'uji.json');

function di(daftar: readonly TemuanAudit[], jalur: string): TemuanAudit {
  const cocok = daftar.filter((a) => jalurTeks(a.jalur) === jalur);
  expect(cocok, `one finding at ${jalur}`).toHaveLength(1);
  return cocok[0]!;
}

const lokasi = { bagian: 'BAB III', tabel: 'Nilai hasil evaluasi SAKIP per komponen', baris: [1550, 1571] };
const komponen = (n: number[]) =>
  [
    'Perencanaan Kinerja',
    'Pengukuran Kinerja',
    'Pelaporan Kinerja',
    'Evaluasi Internal',
    'Pencapaian Sasaran/Kinerja Organisasi',
  ].map((k, i) => ({
    komponen: k,
    bobot: [30, 25, 15, 10, 20][i]!,
    nilai: n[i]!,
  }));

/** The SAKIP evaluation here cites the named KemenPAN scale: a report that declares none has no category (last test). */
const kemenpan = [{ acuan: 'kemenpan', cakupan: ['nilai_sakip'] }];

describe('Bontang LKjIP 2020: SAKIP scores (source text 000 l.1550–1571; the years here are placeholders for its two columns)', () => {
  const temuan = audit({
    skala: kemenpan,
    evaluasi_sakip: {
      penilaian: [
        {
          tahun: 2019,
          komponen: komponen([22.28, 16.88, 10.83, 4.91, 7.77]),
          nilai_tercetak: '62.65',
          kategori_tercetak: 'B',
          lokasi,
        },
        {
          tahun: 2020,
          komponen: komponen([25.82, 17.19, 11.9, 7.44, 8.97]),
          nilai_tercetak: '71.31',
          kategori_tercetak: 'BB',
          lokasi,
        },
      ],
    },
  });

  it('"Tahun Sebelumnya" column: the components add up to 62.67, not the printed 62.65; the category B still matches', () => {
    const temuanNilai = di(temuan, 'evaluasi_sakip.penilaian[0].nilai_tercetak');
    expect(temuanNilai).toMatchObject({
      besaran: 'nilai_sakip',
      tercetak: '62.65',
      status: 'berbeda',
      selisih: -0.02,
      tabel: lokasi.tabel,
      lokasi,
    });
    expect(temuanNilai.dihitung).toBeCloseTo(62.67, 10);
    expect(di(temuan, 'evaluasi_sakip.penilaian[0].kategori_tercetak')).toMatchObject({
      tercetak: 'B',
      dihitung: 'B',
      status: 'cocok',
    });
  });

  it('"Tahun Berjalan" column: 71.32 computed, 71.31 printed: neither rounding nor truncation, a discrepancy of −0.01; category BB matches', () => {
    const temuanNilai = di(temuan, 'evaluasi_sakip.penilaian[1].nilai_tercetak');
    expect(temuanNilai).toMatchObject({ tercetak: '71.31', status: 'berbeda', selisih: -0.01 });
    expect(temuanNilai.dihitung).toBeCloseTo(71.32, 10);
    expect(temuanNilai.aturan).toBeUndefined();
    expect(di(temuan, 'evaluasi_sakip.penilaian[1].kategori_tercetak')).toMatchObject({
      tercetak: 'BB',
      dihitung: 'BB',
      status: 'cocok',
      aturan: 'persis',
    });
  });

  it('a wrong category is a discrepancy', () => {
    const temuanLain = audit({
      skala: kemenpan,
      evaluasi_sakip: {
        penilaian: [
          {
            tahun: 2020,
            komponen: komponen([25.82, 17.19, 11.9, 7.44, 8.97]),
            nilai_tercetak: '71.32',
            kategori_tercetak: 'B',
            lokasi,
          },
        ],
      },
    });
    expect(di(temuanLain, 'evaluasi_sakip.penilaian[0].nilai_tercetak')).toMatchObject({ status: 'cocok', selisih: 0 });
    expect(di(temuanLain, 'evaluasi_sakip.penilaian[0].kategori_tercetak')).toMatchObject({
      tercetak: 'B',
      dihitung: 'BB Sangat Baik',
      status: 'berbeda',
      kelas: 'aritmetika',
    });
  });

  it('without components the category is checked against the printed score, with the declared scale', () => {
    const temuanLain = audit({
      skala: kemenpan,
      evaluasi_sakip: { penilaian: [{ tahun: 2019, nilai_tercetak: '62.65', kategori_tercetak: 'CC', lokasi }] },
    });
    expect(temuanLain.map((t) => jalurTeks(t.jalur))).toEqual(['evaluasi_sakip.penilaian[0].kategori_tercetak']);
    expect(temuanLain[0]).toMatchObject({ dihitung: 'B Baik', status: 'berbeda' });
    const skala = {
      id: 'dua',
      nama: 'Dua',
      cakupan: ['nilai_sakip'],
      pita: [
        { kode: 'A', label: 'Lulus', bawah: { nilai: 60, inklusif: true } },
        { kode: 'D', label: 'Tidak', bawah: { nilai: 0, inklusif: true }, atas: { nilai: 60, inklusif: false } },
      ],
    };
    const temuanKetiga = audit({
      skala: [skala],
      evaluasi_sakip: { penilaian: [{ tahun: 2019, nilai_tercetak: '62.65', kategori_tercetak: 'A', lokasi }] },
    });
    expect(temuanKetiga[0]).toMatchObject({ dihitung: 'A', status: 'cocok' });
  });

  it('a printed category with no declared scale is kept and cannot be checked: no silent KemenPAN', () => {
    const temuanLain = audit({
      evaluasi_sakip: { penilaian: [{ tahun: 2019, nilai_tercetak: '62.65', kategori_tercetak: 'B', lokasi }] },
    });
    expect(temuanLain[0]).toMatchObject({
      tercetak: 'B',
      dihitung: null,
      status: 'tidak_dapat_dihitung',
      kelas: 'tanpa_skala',
    });
    expect(temuanLain[0]!.keterangan).toContain('tidak menyatakan skala');
  });
});

describe('Bontang LKjIP 2020: budget per program (source text 000 l.2848–2898)', () => {
  /** a table of program lines */
  const tabel = (program: object[], jumlah?: unknown) => ({
    anggaran: [
      {
        id: 'program-kegiatan',
        judul: 'Realisasi anggaran',
        jenis: 'program_kegiatan',
        lokasi: { tabel: 'Tabel 3.12' },
        baris: program.map((p) => ({ tingkat: 'program', ...p })),
        ...(jumlah ? { jumlah } : {}),
      },
    ],
  });

  it('pagu 1.852.072.146, realisasi 1.800.317.753, printed 97.21: a match by rounding', () => {
    const temuan = audit(
      tabel([
        {
          nama: 'Program Pembinaan dan Pengembangan Aparatur',
          pagu: 1_852_072_146,
          realisasi: 1_800_317_753,
          serapan_tercetak: '97.21',
        },
      ]),
    );
    const temuanSerapan = di(temuan, 'anggaran[0].baris[0].serapan_tercetak');
    expect(temuanSerapan).toMatchObject({ status: 'cocok', aturan: 'bulat', tabel: 'Tabel 3.12' });
    expect(temuanSerapan.dihitung).toBeCloseTo(97.2055952, 6);
  });

  it('the same program with realisasi 1.800.312.753 printed 97.20: a match by truncation', () => {
    const temuan = audit(
      tabel([{ nama: 'P', pagu: 1_852_072_146, realisasi: 1_800_312_753, serapan_tercetak: '97.20' }]),
    );
    expect(di(temuan, 'anggaran[0].baris[0].serapan_tercetak')).toMatchObject({ status: 'cocok', aturan: 'potong' });
  });

  it('whole-rupiah totals are compared exactly, with the total serapan from the printed totals', () => {
    const temuan = audit(
      tabel(
        [
          { nama: 'P1', pagu: 1_852_072_146, realisasi: 1_800_317_753 },
          { nama: 'P2', pagu: 1_652_423_894, realisasi: 1_640_722_094 },
          { nama: 'P3', pagu: 1_168_174_816, realisasi: 1_156_063_208 },
          { nama: 'P4', pagu: 753_018_200, realisasi: 733_703_600 },
          { nama: 'P5', pagu: 4_000_000, realisasi: 3_960_000 },
        ],
        { pagu: 5_429_689_056, realisasi: 5_334_766_656, serapan_tercetak: '98.25' },
      ),
    );
    expect(di(temuan, 'anggaran[0].jumlah.pagu')).toMatchObject({
      dihitung: 5_429_689_056,
      status: 'cocok',
      aturan: 'persis',
    });
    // one rupiah off is a discrepancy
    expect(di(temuan, 'anggaran[0].jumlah.realisasi')).toMatchObject({
      dihitung: 5_334_766_655,
      selisih: 1,
      status: 'berbeda',
    });
    expect(di(temuan, 'anggaran[0].jumlah.serapan_tercetak')).toMatchObject({ status: 'cocok' });
  });

  it('a subtotal whose children have an unknown amount cannot be checked', () => {
    const temuan = audit(
      tabel([
        {
          nama: 'P',
          pagu: 100,
          realisasi: 90,
          anak: [
            { tingkat: 'kegiatan', nama: 'K1', pagu: 60, realisasi: 55 },
            { tingkat: 'kegiatan', nama: 'K2', pagu: 40 },
          ],
        },
      ]),
    );
    expect(di(temuan, 'anggaran[0].baris[0].pagu')).toMatchObject({ status: 'cocok' });
    expect(di(temuan, 'anggaran[0].baris[0].realisasi')).toMatchObject({
      dihitung: null,
      selisih: null,
      status: 'tidak_dapat_dihitung',
    });
  });

  it('serapan printed for a pagu of 0 is not computable, and says why', () => {
    const temuan = audit(tabel([{ nama: 'P', pagu: 0, realisasi: 0, serapan_tercetak: '0.00' }]));
    expect(di(temuan, 'anggaran[0].baris[0].serapan_tercetak')).toMatchObject({
      status: 'tidak_dapat_dihitung',
      dihitung: null,
      keterangan: 'pagu bernilai 0',
    });
  });

  it('kegiatan outputs: capaian of numeric targets; text targets are not computable', () => {
    const temuan = audit(
      tabel([
        {
          nama: 'P',
          pagu: 10,
          realisasi: 10,
          keluaran: [
            { indikator: 'Jumlah dokumen', target: 4, realisasi: 3, capaian_tercetak: '75.00' },
            { indikator: 'Jumlah laporan', target: 12, realisasi: 11, capaian_tercetak: '91.67' },
            { indikator: 'Paket', target: '1 paket', realisasi: '1 paket', capaian_tercetak: '100' },
            { indikator: 'Tanpa cetak', target: 1, realisasi: 1 },
          ],
        },
      ]),
    );
    expect(di(temuan, 'anggaran[0].baris[0].keluaran[0].capaian_tercetak')).toMatchObject({
      besaran: 'capaian_keluaran',
      dihitung: 75,
      status: 'cocok',
    });
    expect(di(temuan, 'anggaran[0].baris[0].keluaran[1].capaian_tercetak')).toMatchObject({
      status: 'cocok',
      aturan: 'bulat',
    });
    expect(di(temuan, 'anggaran[0].baris[0].keluaran[2].capaian_tercetak')).toMatchObject({
      status: 'tidak_dapat_dihitung',
      keterangan: 'target atau realisasi keluaran bukan angka',
    });
    expect(temuan.some((t) => jalurTeks(t.jalur).endsWith('keluaran[3].capaian_tercetak'))).toBe(false);
  });
});

describe('efficiency as printed (source texts 000, 001, 003)', () => {
  const lok = { tabel: 'Efisiensi' };
  it('Bontang difference 100.80 − 98.25 = 2.55; its serapan 98.25 from pagu and realisasi', () => {
    const temuan = audit({
      efisiensi: [
        {
          metode: 'selisih',
          capaian_tercetak: '100.80',
          serapan_tercetak: '98.25',
          pagu: 5_429_689_056,
          realisasi: 5_334_766_655,
          efisiensi_tercetak: '2.55',
          lokasi: lok,
        },
      ],
    });
    expect(di(temuan, 'efisiensi[0].efisiensi_tercetak')).toMatchObject({ status: 'cocok', selisih: 0 });
    expect(di(temuan, 'efisiensi[0].serapan_tercetak')).toMatchObject({ besaran: 'serapan', status: 'cocok' });
  });

  it('Kaltim sasaran 1: serapan 91,97 is not its PK rows’ 91,79 but its programmes’ (cakupan); 8,03 follows it (terbawa)', () => {
    const tabel = (id: string, baris: [number, number][]) => ({
      id,
      judul: id,
      jenis: 'program_kegiatan',
      lokasi: lok,
      baris: baris.map(([pagu, realisasi], i) => ({ tingkat: 'program', nama: `baris ${i}`, pagu, realisasi })),
    });
    const efisiensi = (serapan: string, efisiensi: string) => ({
      metode: 'sisa_persen',
      capaian_tercetak: '100',
      serapan_tercetak: serapan,
      anggaran: { tabel: 'pk', baris: [0, 1] },
      anggaran_lain: [{ tabel: 'program', baris: [1, 2] }],
      efisiensi_tercetak: efisiensi,
      lokasi: lok,
    });
    const temuan = audit({
      anggaran: [
        // Tabel 3.12 (l.2841-2846) and Tabel 3.13's two programmes of the sasaran
        tabel('pk', [
          [6_806_299_226, 6_430_908_665],
          [8_660_068_200, 7_765_243_770],
        ]),
        tabel('program', [
          [681_880_000, 676_163_100],
          [6_806_299_226, 6_430_908_665],
          [9_055_375_300, 8_156_754_270],
        ]),
      ],
      efisiensi: [efisiensi('91.97', '8.03'), efisiensi('91.79', '8.21'), efisiensi('90.00', '10.00')],
    });
    const serapan = di(temuan, 'efisiensi[0].serapan_tercetak');
    expect(serapan).toMatchObject({ status: 'berbeda', kelas: 'cakupan' });
    expect(serapan.dihitung).toBeCloseTo(91.7872, 4);
    expect(di(temuan, 'efisiensi[0].efisiensi_tercetak')).toMatchObject({
      status: 'berbeda',
      kelas: 'terbawa',
      asal: serapan.id,
    });
    // printed from the PK rows, both are right; a serapan no base gives is arithmetic, and its efficiency carried
    expect(di(temuan, 'efisiensi[1].serapan_tercetak').status).toBe('cocok');
    expect(di(temuan, 'efisiensi[1].efisiensi_tercetak').status).toBe('cocok');
    expect(di(temuan, 'efisiensi[2].serapan_tercetak')).toMatchObject({ status: 'berbeda', kelas: 'aritmetika' });
    expect(di(temuan, 'efisiensi[2].efisiensi_tercetak').kelas).toBe('terbawa');
  });

  it('Blitar ratio 100.84 / 65.39 = 1.54', () => {
    const temuan = audit({
      efisiensi: [
        {
          metode: 'rasio',
          capaian_tercetak: '100.84',
          serapan_tercetak: '65.39',
          efisiensi_tercetak: '1.54',
          lokasi: lok,
        },
      ],
    });
    expect(di(temuan, 'efisiensi[0].efisiensi_tercetak')).toMatchObject({ status: 'cocok', aturan: 'bulat' });
  });

  it('Kaltim remaining rupiah 34.450.519.415 − 30.532.062.972 = 3.918.456.443', () => {
    const temuan = audit({
      efisiensi: [
        {
          metode: 'sisa_rupiah',
          pagu: 34_450_519_415,
          realisasi: 30_532_062_972,
          efisiensi_tercetak: '3918456443',
          lokasi: lok,
        },
      ],
    });
    expect(di(temuan, 'efisiensi[0].efisiensi_tercetak')).toMatchObject({
      dihitung: 3_918_456_443,
      selisih: 0,
      status: 'cocok',
    });
  });

  it('Kaltim 100 − 91.97 = 8.03; a method without its inputs is "na"', () => {
    const temuan = audit({
      efisiensi: [
        { metode: 'sisa_persen', serapan_tercetak: '91.97', efisiensi_tercetak: '8.03', lokasi: lok },
        { metode: 'rasio', capaian_tercetak: '100', efisiensi_tercetak: '1.2', lokasi: lok },
      ],
    });
    expect(di(temuan, 'efisiensi[0].efisiensi_tercetak')).toMatchObject({ status: 'cocok' });
    expect(di(temuan, 'efisiensi[1].efisiensi_tercetak')).toMatchObject({
      status: 'tidak_dapat_dihitung',
      keterangan: 'masukan metode ini tidak lengkap',
    });
  });
});

describe('indicator comparisons', () => {
  const ind = (x: Record<string, unknown>) => ({
    pengukuran: {
      lokasi: { tabel: 'Tabel 3.1' },
      indikator: [{ indikator: 'a', satuan: '%', target: 72, realisasi: 72.58, ...x }],
    },
  });

  it('quarters: computed with a target, "na" without one', () => {
    const temuan = audit(
      ind({
        periode: {
          jenis: 'triwulan',
          nilai: [
            { ke: 1, target: 20, realisasi: 19, capaian_tercetak: '95.00' },
            { ke: 2, realisasi: 40, capaian_tercetak: '100' },
          ],
        },
      }),
    );
    expect(di(temuan, 'pengukuran.indikator[0].periode.nilai[0].capaian_tercetak')).toMatchObject({
      besaran: 'capaian_periode',
      label: 'Capaian triwulan 1 a',
      dihitung: 95,
      status: 'cocok',
    });
    expect(di(temuan, 'pengukuran.indikator[0].periode.nilai[1].capaian_tercetak')).toMatchObject({
      status: 'tidak_dapat_dihitung',
      keterangan: 'target tidak ada di sumber',
    });
  });

  it('national target and year-on-year change with a grade on one side', () => {
    const temuan = audit(
      ind({
        nasional: { target: 70, sumber: 'BKN', capaian_tercetak: '103.69' },
        tahun_sebelumnya: [{ tahun: 2019, realisasi: 'N/A', selisih_tercetak: '2.58' }],
      }),
    );
    // 72.58 / 70 = 103.6857
    expect(di(temuan, 'pengukuran.indikator[0].nasional.capaian_tercetak')).toMatchObject({
      besaran: 'capaian_nasional',
      status: 'cocok',
      aturan: 'bulat',
    });
    expect(di(temuan, 'pengukuran.indikator[0].tahun_sebelumnya[0].selisih_tercetak')).toMatchObject({
      status: 'tidak_dapat_dihitung',
      keterangan: 'realisasi salah satu tahun bukan angka',
    });
  });

  it('components that do not add up to the realisasi', () => {
    const temuan = audit(
      ind({
        rincian: [
          { nama: 'Kualifikasi', nilai: 20 },
          { nama: 'Kompetensi', nilai: 25 },
          { nama: 'Kinerja', nilai: 22 },
          { nama: 'Disiplin', nilai: 5 },
        ],
      }),
    );
    expect(di(temuan, 'pengukuran.indikator[0].realisasi')).toMatchObject({
      besaran: 'jumlah_rincian',
      dihitung: 72,
      selisih: 0.58,
      status: 'berbeda',
    });
  });

  it('the same figure printed again elsewhere', () => {
    const lokasi = { tabel: 'Ikhtisar' };
    const temuan = audit(
      ind({
        tercetak_lain: [
          { besaran: 'capaian', nilai: '100.80', lokasi },
          { besaran: 'realisasi', nilai: 72.85, lokasi },
          { besaran: 'target', nilai: '72', lokasi },
          { besaran: 'capaian', nilai: 'BB', lokasi },
        ],
      }),
    );
    expect(di(temuan, 'pengukuran.indikator[0].tercetak_lain[0].nilai')).toMatchObject({
      besaran: 'tercetak_ganda',
      status: 'cocok',
      aturan: 'potong',
      tabel: 'Ikhtisar',
    });
    expect(di(temuan, 'pengukuran.indikator[0].tercetak_lain[1].nilai')).toMatchObject({
      dihitung: 72.58,
      status: 'berbeda',
    });
    expect(di(temuan, 'pengukuran.indikator[0].tercetak_lain[2].nilai')).toMatchObject({
      dihitung: 72,
      status: 'cocok',
    });
    expect(temuan.some((t) => jalurTeks(t.jalur) === 'pengukuran.indikator[0].tercetak_lain[3].nilai')).toBe(false);
  });

  it('a grade target printed with a percentage is "na", with the reason', () => {
    const katalog = new Map([
      [
        'a',
        DefinisiIndikator.parse({
          id: 'a',
          nama: 'Nilai SAKIP',
          polaritas: 'kualitatif',
          himpunan_nilai: 'predikat-sakip',
        }),
      ],
    ]);
    const temuan = auditLaporan(
      hitungLaporan(laporanKecil(ind({ target: 'BB', realisasi: 'A', capaian_tercetak: '100' })), { katalog }),
      'uji.json',
    );
    expect(di(temuan, 'pengukuran.indikator[0].capaian_tercetak')).toMatchObject({
      status: 'tidak_dapat_dihitung',
      keterangan: 'capaian kualitatif, bukan persen',
    });
  });
});

describe('averages', () => {
  const pengukuran = {
    lokasi: { tabel: 'Tabel 3.1' },
    indikator: [
      { indikator: 'a', sasaran: 's1', satuan: '%', target: 100, realisasi: 90 },
      { indikator: 'b', sasaran: 's1', satuan: '%', target: 100, realisasi: 0 },
      { indikator: 'c', sasaran: 's2', satuan: '%', target: 100, realisasi: 110 },
      { indikator: 'd', sasaran: 's2', satuan: '%', target: 0, realisasi: 5 },
    ],
  };
  it('a printed average that silently drops the 0 % indicator: discrepancy, and the audit names what was left out', () => {
    const temuan = audit({
      pengukuran,
      rata_rata: [{ cakupan: 'laporan', indikator: ['a', 'c'], tercetak: '100.00', lokasi: { tabel: 'Tabel 3.2' } }],
    });
    const temuanRata = di(temuan, 'rata_rata[0].tercetak');
    expect(temuanRata.dihitung).toBeCloseTo(200 / 3, 10); // (90 + 0 + 110) / 3; d is not computable
    expect(temuanRata.status).toBe('berbeda');
    expect(temuanRata.keterangan).toContain('tanpa indikator: “b”');
    expect(temuanRata.keterangan).toContain('tidak terhitung sebagai persen: “d”');
  });

  it('per sasaran', () => {
    const temuan = audit({
      pengukuran,
      rata_rata: [
        { cakupan: 'sasaran', sasaran: 's1', tercetak: '45.00', lokasi: { tabel: 'Tabel 3.2' } },
        { cakupan: 'sasaran', sasaran: 's2', tercetak: '110', lokasi: { tabel: 'Tabel 3.2' } },
      ],
    });
    expect(di(temuan, 'rata_rata[0].tercetak')).toMatchObject({
      dihitung: 45,
      status: 'cocok',
      label: 'Rata-rata capaian sasaran “s1”',
    });
    expect(di(temuan, 'rata_rata[1].tercetak')).toMatchObject({ status: 'cocok', selisih: 0 });
    expect(di(temuan, 'rata_rata[1].tercetak').dihitung).toBeCloseTo(110, 10); // 110 / 100 × 100 = 110.00000000000001; d is left out
  });
});

describe('PK budget total', () => {
  it('the sum of the PK programs, exactly', () => {
    const pk = (jumlah: number) => ({
      perjanjian_kinerja: [
        {
          versi: 'perubahan',
          lokasi: { tabel: 'PK' },
          sasaran: [{ nama: 'S', indikator: [{ indikator: 'a', target: 72 }] }],
          program: [
            { nama: 'P1', pagu: 1_168_174_816 },
            { nama: 'P2', pagu: 753_018_200 },
          ],
          jumlah_pagu_tercetak: jumlah,
        },
      ],
    });
    expect(di(audit(pk(1_921_193_016)), 'perjanjian_kinerja[0].jumlah_pagu_tercetak')).toMatchObject({
      status: 'cocok',
      label: 'Jumlah anggaran program PK perubahan',
    });
    expect(di(audit(pk(1_921_193_000)), 'perjanjian_kinerja[0].jumlah_pagu_tercetak')).toMatchObject({
      status: 'berbeda',
      selisih: -16,
    });
  });
});

describe('auditProfil', () => {
  const instansi = (pegawai: unknown[]) =>
    Instansi.parse({
      id: 'dinas-uji',
      nama: 'Dinas Uji',
      singkatan: 'DU',
      wilayah: 'kota-uji',
      tugas: 'Uji',
      profil: { pegawai },
    });
  it('a printed total equal to the sum of its rows matches; none printed, no finding', () => {
    const temuan = auditProfil(
      instansi([
        {
          tahun: 2020,
          menurut: 'golongan',
          rincian: [
            { kategori: 'IV', jumlah: 12 },
            { kategori: 'III', jumlah: 40 },
            { kategori: 'II', jumlah: 9 },
          ],
          jumlah_tercetak: 61,
          lokasi: { tabel: 'Tabel 1.2' },
        },
        {
          tahun: 2020,
          menurut: 'pendidikan',
          rincian: [{ kategori: 'S1', jumlah: 30 }],
          lokasi: { tabel: 'Tabel 1.3' },
        },
      ]),
      'instansi.json',
    );
    expect(temuan).toHaveLength(1);
    expect(temuan[0]).toMatchObject({
      jalur: ['profil', 'pegawai', 0, 'jumlah_tercetak'],
      satuan: 'jumlah',
      dihitung: 61,
      status: 'cocok',
      tahun: 2020,
      label: 'Jumlah pegawai menurut golongan 2020',
    });
  });
});

describe('labels', () => {
  it('every status has a label', () => {
    expect(Object.keys(LABEL_STATUS).sort()).toEqual(['berbeda', 'cocok', 'tidak_dapat_dihitung']);
  });
});
