/**
 * Content model v2 through the engine and the audit, case by case with hand-checked figures:
 * the class of each finding (method, rounding, inherited, arithmetic, no scale), printed
 * categories on declared scales, periods and their consolidation, averages of other years,
 * an optional plan, levels, a budget tree that starts at kegiatan, a budget-only report.
 */
import { jalurTeks } from '../../../src/core/muat/masalah.ts';
import { describe, expect, it } from 'vitest';
import { auditLaporan, type TemuanAudit } from '../../../src/core/audit/audit.ts';
import { hitungLaporan, type KonteksLaporan } from '../../../src/core/hitung/laporan.ts';
import { DefinisiIndikator } from '../../../src/core/skema/indikator.ts';
import { sasaranIndikator } from '../../../src/core/tampilan/laporan.ts';
import { validasiBerkas } from '../../../src/core/publikasi/validasi.ts';
import { laporanKecil } from './laporan-kecil.ts';
import { berkasFixture, JALUR_CONTOH, ubahJson } from '../publikasi/bantuan.ts';

const def = (x: Record<string, unknown>) => DefinisiIndikator.parse({ nama: String(x.id), polaritas: 'naik', ...x });
const konteks = (...d: ReturnType<typeof def>[]): KonteksLaporan => ({ katalog: new Map(d.map((x) => [x.id, x])) });
const hitung = (lain: Record<string, unknown>, ctx: KonteksLaporan = konteks()) =>
  hitungLaporan(laporanKecil(lain), ctx);
const audit = (lain: Record<string, unknown>, ctx?: KonteksLaporan) => auditLaporan(hitung(lain, ctx), 'uji.json');
const ukur = (...indikator: Record<string, unknown>[]) => ({ pengukuran: { lokasi: { tabel: 'T' }, indikator } });
function di(daftar: readonly TemuanAudit[], jalur: string): TemuanAudit {
  const cocok = daftar.filter((a) => jalurTeks(a.jalur) === jalur);
  expect(cocok, `one finding at ${jalur}`).toHaveLength(1);
  return cocok[0]!;
}
const batas = (nilai: number, inklusif = true) => ({ nilai, inklusif });

describe('a printed capaian: the class of a difference', () => {
  const turun = def({ id: 'a', polaritas: 'turun' });

  it('consistent with the method the document declared: a match, not an error', () => {
    // AKB 9,20 ÷ 9,53 = 96,537 → 96,54 (real-excerpts 03 line 6)
    const temuan = audit(
      ukur({
        indikator: 'a',
        metode_capaian: 'target-per-realisasi',
        target: '9.20',
        realisasi: '9.53',
        capaian_tercetak: '96.54',
      }),
      konteks(turun),
    );
    expect(di(temuan, 'pengukuran.indikator[0].capaian_tercetak')).toMatchObject({ status: 'cocok', aturan: 'bulat' });
    expect(di(temuan, 'pengukuran.indikator[0].capaian_tercetak').kelas).toBeUndefined();
  });

  it('no method declared: the polarity’s (2·t − r)/t gives 96,41; the printed 96,54 is target ÷ realisasi → "metode", named', () => {
    // (2 × 9,20 − 9,53) ÷ 9,20 = 96,413
    const temuan = audit(
      ukur({ indikator: 'a', target: '9.20', realisasi: '9.53', capaian_tercetak: '96.54' }),
      konteks(turun),
    );
    const temuanCapaian = di(temuan, 'pengukuran.indikator[0].capaian_tercetak');
    expect(temuanCapaian).toMatchObject({ status: 'berbeda', kelas: 'metode' });
    expect(temuanCapaian.dihitung).toBeCloseTo(96.4130434783, 9);
    expect(temuanCapaian.keterangan).toBe(
      'Dokumen memakai Target dibagi realisasi (target ÷ realisasi × 100), bukan metode yang ' +
        'disimpulkan dari polaritas indikator: Dua kali target dikurangi realisasi ((2 × target − ' +
        'realisasi) ÷ target × 100).',
    );
  });

  it('a cap the document applied: declared, 3 ÷ 2 printed 120,00 matches; undeclared, it is "metode" (dibatasi 120 %)', () => {
    const pk = ukur({ indikator: 'a', target: 2, realisasi: 3, capaian_tercetak: '120.00' });
    expect(di(audit({ ...pk, batas_atas_capaian: 120 }), 'pengukuran.indikator[0].capaian_tercetak')).toMatchObject({
      status: 'cocok',
      dihitung: 120,
    });
    const temuanCapaian = di(audit(pk), 'pengukuran.indikator[0].capaian_tercetak');
    expect(temuanCapaian).toMatchObject({ status: 'berbeda', kelas: 'metode', dihitung: 150 });
    expect(temuanCapaian.keterangan).toContain('dibatasi 120 %');
  });

  it('from the document’s own unrounded inputs: AKI 162 ÷ 186 = 87,10 while the table’s 0,16 ÷ 0,19 = 84,21 → "pembulatan"', () => {
    const temuan = audit(
      ukur({
        indikator: 'a',
        metode_capaian: 'target-per-realisasi',
        target: '0.16',
        realisasi: '0.19',
        masukan_rinci: { target: 162, realisasi: 186, satuan: 'per 100.000 KH' },
        capaian_tercetak: '87.10',
      }),
      konteks(turun),
    );
    const temuanCapaian = di(temuan, 'pengukuran.indikator[0].capaian_tercetak');
    expect(temuanCapaian).toMatchObject({ status: 'berbeda', kelas: 'pembulatan' });
    expect(temuanCapaian.dihitung).toBeCloseTo(84.2105263158, 9);
    expect(temuanCapaian.keterangan).toContain('target 162, realisasi 186 per 100.000 KH');
  });

  it('rounded one decimal coarser than printed: 98,176 printed "98.20" → "pembulatan"', () => {
    // 98,176 → 98,2 at one decimal, printed with a padding zero
    const temuan = audit(ukur({ indikator: 'a', target: 100, realisasi: 98.176, capaian_tercetak: '98.20' }));
    expect(di(temuan, 'pengukuran.indikator[0].capaian_tercetak')).toMatchObject({
      status: 'berbeda',
      kelas: 'pembulatan',
    });
    // "98.30" follows from no rounding
    const temuanLain = audit(ukur({ indikator: 'a', target: 100, realisasi: 98.176, capaian_tercetak: '98.30' }));
    expect(di(temuanLain, 'pengukuran.indikator[0].capaian_tercetak').kelas).toBe('aritmetika');
  });

  it('AKBa 0,64 / 0,18 printed 72,52: no method, cap or rounding → "aritmetika"', () => {
    const temuan = audit(
      ukur({
        indikator: 'a',
        metode_capaian: 'target-per-realisasi',
        target: '0.64',
        realisasi: '0.18',
        capaian_tercetak: '72.52',
      }),
      konteks(turun),
    );
    expect(di(temuan, 'pengukuran.indikator[0].capaian_tercetak')).toMatchObject({
      status: 'berbeda',
      kelas: 'aritmetika',
    });
  });

  it('"N/A" printed where the document gives N/A is a match; where the figure is computable, a discrepancy', () => {
    // Inspektorat Sampang 2019 (real-excerpts 01 line 13)
    const temuan = audit(ukur({ indikator: 'a', target: 55, realisasi: 'N/A', capaian_tercetak: 'N/A' }));
    expect(di(temuan, 'pengukuran.indikator[0].capaian_tercetak')).toMatchObject({ status: 'cocok', aturan: 'persis' });
    const temuanLain = audit(ukur({ indikator: 'a', target: 55, realisasi: 50, capaian_tercetak: 'N/A' }));
    expect(di(temuanLain, 'pengukuran.indikator[0].capaian_tercetak')).toMatchObject({
      status: 'berbeda',
      kelas: 'aritmetika',
    });
  });
});

describe('printed categories on the declared scale of their scope', () => {
  const skalaIndikator = {
    id: 'lima',
    nama: 'Interval Penilaian Kinerja',
    cakupan: ['indikator', 'rata_rata'],
    pita: [
      { label: 'Sangat Baik', bawah: batas(91), atas: batas(100) },
      { label: 'Baik', bawah: batas(76), atas: batas(90) },
      { label: 'Cukup', bawah: batas(66), atas: batas(75) },
    ],
  };
  const dengan = (kategori: string, realisasi: number, capaian_tercetak?: string) => ({
    skala: [skalaIndikator],
    ...ukur({
      indikator: 'a',
      target: 100,
      realisasi,
      kategori_tercetak: kategori,
      ...(capaian_tercetak ? { capaian_tercetak } : {}),
    }),
  });

  it('computed and shown where a scale is declared: 85 % is "Baik"', () => {
    const terhitung = hitung(dengan('Baik', 85));
    expect(terhitung.indikator[0]!.kategori).toEqual({ label: 'Baik' });
    expect(di(auditLaporan(terhitung, 'uji.json'), 'pengukuran.indikator[0].kategori_tercetak')).toMatchObject({
      status: 'cocok',
      tercetak: 'Baik',
    });
  });
  it('a printed category that is not the band of the capaian is a discrepancy', () => {
    expect(di(audit(dengan('Sangat Baik', 85)), 'pengukuran.indikator[0].kategori_tercetak')).toMatchObject({
      status: 'berbeda',
      dihitung: 'Baik',
      kelas: 'aritmetika',
    });
  });
  it('a category that follows from the printed capaian rather than the recomputed one is "terbawa"', () => {
    // computed 85 % (Baik); the document printed capaian 92,00 and called it Sangat Baik
    expect(di(audit(dengan('Sangat Baik', 85, '92.00')), 'pengukuran.indikator[0].kategori_tercetak')).toMatchObject({
      status: 'berbeda',
      kelas: 'terbawa',
    });
  });
  it('a capaian in a gap of the scale has no category, and the audit says so', () => {
    const temuanKategori = di(audit(dengan('Baik', 90.5)), 'pengukuran.indikator[0].kategori_tercetak');
    expect(temuanKategori).toMatchObject({ status: 'berbeda', dihitung: null });
    expect(temuanKategori.keterangan).toContain('tidak masuk pita mana pun');
  });
  it('no scale declared: no category computed; the printed one is kept and cannot be checked', () => {
    const terhitung = hitung(ukur({ indikator: 'a', target: 100, realisasi: 85, kategori_tercetak: 'Baik' }));
    expect(terhitung.indikator[0]!.kategori).toBeNull();
    expect(terhitung.rataRata.kategori).toBeNull();
    expect(di(auditLaporan(terhitung, 'uji.json'), 'pengukuran.indikator[0].kategori_tercetak')).toMatchObject({
      status: 'tidak_dapat_dihitung',
      kelas: 'tanpa_skala',
    });
  });
  it('a printed category on an average, on the scale of averages', () => {
    const temuan = audit({
      skala: [skalaIndikator],
      ...ukur({ indikator: 'a', target: 100, realisasi: 70 }, { indikator: 'b', target: 100, realisasi: 80 }),
      rata_rata: [{ cakupan: 'laporan', tercetak: '75.00', kategori_tercetak: 'Cukup', lokasi: { tabel: 'T' } }],
    });
    expect(di(temuan, 'rata_rata[0].tercetak')).toMatchObject({ status: 'cocok' });
    expect(di(temuan, 'rata_rata[0].kategori_tercetak')).toMatchObject({
      status: 'cocok',
      besaran: 'kategori_rata_rata',
    });
  });
  it('"Tidak Ada Target": a line without target falls in the special band of the indicator scale', () => {
    const terhitung = hitung({
      skala: [
        { id: 'p', nama: 'P', cakupan: ['indikator'], pita: [{ label: 'Tidak Ada Target', khusus: 'tanpa_target' }] },
      ],
      ...ukur({ indikator: 'a', target: null, realisasi: 4 }),
    });
    expect(terhitung.indikator[0]!.kategori).toEqual({ label: 'Tidak Ada Target' });
  });
});

describe('periods and their consolidation', () => {
  const bulanan = (realisasi: number, nilai: number[], konsolidasi = 'jumlah') =>
    ukur({
      indikator: 'a',
      target: 2,
      realisasi,
      periode: { jenis: 'bulan', konsolidasi, nilai: nilai.map((r) => ({ realisasi: r })) },
    });

  it('Polman: 1 + 0 + 2 = 3, the printed Jumlah 3: a match; capaian 3 ÷ 2 = 150', () => {
    const terhitung = hitung(bulanan(3, [1, 0, 2]));
    expect(terhitung.indikator[0]!.periode!.gabungan).toBe(3);
    expect(terhitung.indikator[0]!.periode!.nilai.map((n) => n.ke)).toEqual([null, null, null]);
    expect(terhitung.indikator[0]!.capaian).toEqual({ jenis: 'persen', nilai: 150 });
    expect(di(auditLaporan(terhitung, 'uji.json'), 'pengukuran.indikator[0].realisasi')).toMatchObject({
      besaran: 'konsolidasi_periode',
      status: 'cocok',
      dihitung: 3,
    });
  });
  it('monthly values that do not add up to the printed annual value are an audit finding, not an error', () => {
    const temuanRealisasi = di(audit(bulanan(4, [1, 0, 2])), 'pengukuran.indikator[0].realisasi');
    expect(temuanRealisasi).toMatchObject({ status: 'berbeda', dihitung: 3, selisih: 1, kelas: 'aritmetika' });
    const files = ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (dokumen) => {
      dokumen.pengukuran.indikator[0].periode = { jenis: 'bulan', konsolidasi: 'jumlah', nilai: [{ realisasi: 70 }] };
    });
    expect(validasiBerkas(files).sah).toBe(true);
  });
  it('each rule: terakhir 97,3 of 25 / 50 / 97,3; rata-rata (1 + 2 + 6) ÷ 3 = 3; maks 6', () => {
    expect(hitung(bulanan(97.3, [25, 50, 97.3], 'terakhir')).indikator[0]!.periode!.gabungan).toBe(97.3);
    expect(hitung(bulanan(3, [1, 2, 6], 'rata_rata')).indikator[0]!.periode!.gabungan).toBe(3);
    expect(hitung(bulanan(6, [1, 2, 6], 'maks')).indikator[0]!.periode!.gabungan).toBe(6);
  });
  it('no rule declared: no annual value is derived and nothing is audited', () => {
    const masukan = ukur({
      indikator: 'a',
      target: 2,
      realisasi: 3,
      periode: { jenis: 'triwulan', nilai: [{ ke: 1, realisasi: 1 }] },
    });
    expect(hitung(masukan).indikator[0]!.periode!.gabungan).toBeNull();
    expect(audit(masukan).some((a) => a.besaran === 'konsolidasi_periode')).toBe(false);
  });
});

describe('budget trees from any level, with periods and links to indicators', () => {
  // Polewali Mandar 2022 (real-excerpts 06, lines 15–17): the tree starts at kegiatan
  const anggaran = [
    {
      id: 'kegiatan',
      judul: 'Anggaran',
      jenis: 'program_kegiatan',
      lokasi: { tabel: 'Tabel anggaran' },
      baris: [
        {
          tingkat: 'kegiatan',
          nama: 'Koordinasi dan Penyusunan Rencana Anggaran Daerah',
          pagu: 1004422800,
          realisasi: 1000972958,
          serapan_tercetak: '99.66',
          indikator: ['a'],
          periode: {
            jenis: 'bulan',
            konsolidasi: 'jumlah',
            nilai: [177776900, 217285100, 159227092, 446683866].map((realisasi) => ({ realisasi })),
          },
          anak: [
            {
              tingkat: 'sub_kegiatan',
              nama: 'Sub 1',
              pagu: 808430200,
              realisasi: 805369584,
              serapan_tercetak: '99.62',
            },
            {
              tingkat: 'sub_kegiatan',
              nama: 'Sub 2',
              pagu: 195992600,
              realisasi: 195603374,
              serapan_tercetak: '99.80',
            },
          ],
        },
      ],
    },
  ];
  const skala = [
    {
      id: 'legenda-anggaran',
      nama: 'Legenda anggaran',
      cakupan: ['serapan'],
      pita: [
        { label: '75 - 94.99%', bawah: batas(75), atas: batas(94.99) },
        { label: '95 - 100%', bawah: batas(95), atas: batas(100) },
      ],
    },
  ];

  it('the kegiatan is the sum of its two sub-kegiatan and of its months; every serapan matches; its category on the legend', () => {
    const terhitung = hitung({ anggaran, skala });
    const baris = terhitung.anggaran[0]!.baris[0]!;
    expect(baris).toMatchObject({ tingkat: 'kegiatan', paguAnak: 1004422800, realisasiAnak: 1000972958 });
    expect(baris.realisasiPeriode).toBe(1000972958);
    // 1.000.972.958 ÷ 1.004.422.800 = 99,6565 %
    expect(baris.serapan).toBeCloseTo(99.6565348775, 9);
    expect(baris.kategori).toEqual({ label: '95 - 100%' });
    const temuan = auditLaporan(terhitung, 'uji.json');
    expect(temuan.filter((t) => t.status !== 'cocok')).toEqual([]);
    expect(di(temuan, 'anggaran[0].baris[0].periode')).toMatchObject({
      besaran: 'konsolidasi_periode',
      dihitung: 1000972958,
    });
    expect(terhitung.anggaranUtama?.data.id).toBe('kegiatan');
  });

  it('a budget-only report (zero measurements) is valid and computes what it has', () => {
    const terhitung = hitung({ pengukuran: { indikator: [] }, anggaran });
    expect(terhitung.indikator).toEqual([]);
    expect(terhitung.rataRata.nilai).toBeNull();
    expect(terhitung.ringkasan).toEqual({ melebihi: 0, tercapai: 0, tidak_tercapai: 0, tak_terhitung: 0 });
    expect(terhitung.efisiensiSeragam).toBeNull();
    expect(terhitung.anggaran[0]!.serapan).toBeCloseTo(99.6565348775, 9);
    expect(hitung({ pengukuran: undefined }).indikator).toEqual([]);
  });
});

describe('an optional, typed plan; report-level sasaran and levels; units', () => {
  it('no plan: no Renstra version, no end target made up', () => {
    const terhitung = hitungLaporan(laporanKecil({ rencana: undefined }), konteks());
    expect(terhitung.laporan.rencana).toBeUndefined();
    expect(terhitung.versiRenstra).toBeUndefined();
    expect(terhitung.indikator[0]!.akhirRenstra).toBeNull();
  });

  it('a plan that is not a Renstra (RPJMD) is recorded; no Renstra file is looked for', () => {
    const terhitung = hitung({ rencana: { jenis: 'rpjmd', periode: '2016-2021' } });
    expect(terhitung.renstra).toBeUndefined();
    expect(terhitung.laporan.rencana).toEqual({ jenis: 'rpjmd', periode: '2016-2021' });
  });

  it('sasaran the report declares at kegiatan and sub-kegiatan level, grouped by a perspective', () => {
    const terhitung = hitung({
      sasaran: [
        {
          id: 'sk',
          nama: 'Meningkatnya Kualitas Penganggaran',
          tingkat: 'kegiatan',
          kelompok: 'Perspektif Proses Internal',
        },
        { id: 'ss', nama: 'Tersusunnya Perda APBD', tingkat: 'sub_kegiatan' },
      ],
      ...ukur(
        { indikator: 'a', sasaran: 'sk', target: 95.56, realisasi: 93 },
        { indikator: 'b', sasaran: 'ss', target: 2, realisasi: 3 },
        { indikator: 'c', tingkat: 'program', kelompok: 'Perspektif Pemangku Kepentingan', target: 1, realisasi: 1 },
      ),
      rata_rata: [
        { cakupan: 'kelompok', kelompok: 'Perspektif Proses Internal', tercetak: '97.32', lokasi: { tabel: 'T' } },
      ],
    });
    expect(terhitung.indikator.map((i) => i.tingkat)).toEqual(['kegiatan', 'sub_kegiatan', 'program']);
    expect(terhitung.indikator.map(sasaranIndikator)).toEqual([
      'Sasaran kegiatan: Meningkatnya Kualitas Penganggaran',
      'Sasaran sub-kegiatan: Tersusunnya Perda APBD',
      'Sasaran program',
    ]);
    // the average of a group: only "a" (via its sasaran's group); 93 ÷ 95,56 = 97,32
    expect(di(auditLaporan(terhitung, 'uji.json'), 'rata_rata[0].tercetak')).toMatchObject({ status: 'cocok' });
  });

  it('validation: a report-level sasaran and a unit of the agency are known; a Renstra named but absent is a warning', () => {
    const files = ubahJson(
      ubahJson(berkasFixture(), JALUR_CONTOH.instansi, (j) =>
        j.unit_organisasi.push({ id: 'subbid-anggaran', nama: 'Subbid', eselon: 'IV' }),
      ),
      JALUR_CONTOH.lkjip,
      (dokumen) => {
        dokumen.sasaran = [{ id: 'sk', nama: 'Sasaran kegiatan unit', tingkat: 'kegiatan', unit: 'subbid-anggaran' }];
        dokumen.pengukuran.indikator[0].sasaran = 'sk';
        dokumen.pengukuran.indikator[0].unit = 'subbid-anggaran';
      },
    );
    expect(validasiBerkas(files).galat).toBe(0);
    const tanpa = validasiBerkas(
      ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (j) => (j.rencana.periode = '2017-2022')),
    );
    expect(tanpa.masalah.find((m) => m.jalur === 'rencana.periode')).toMatchObject({
      tingkat: 'peringatan',
      pesan: 'Renstra 2017-2022 belum ada untuk instansi ini: halaman tidak menampilkan target Renstra.',
    });
  });
});

describe('averages of any year, with the document’s rule', () => {
  const tigaIndikator = ukur(
    {
      indikator: 'a',
      target: 100,
      realisasi: 90,
      capaian_tercetak: '90.00',
      tahun_sebelumnya: [{ tahun: 2019, target: 100, realisasi: 80 }],
    },
    {
      indikator: 'b',
      target: 100,
      realisasi: 150,
      capaian_tercetak: '150.00',
      tahun_sebelumnya: [{ tahun: 2019, target: 100, realisasi: 100 }],
    },
  );
  it('an earlier year’s average from the comparison columns: (80 + 100) ÷ 2 = 90', () => {
    const temuan = audit({
      ...tigaIndikator,
      rata_rata: [{ cakupan: 'laporan', tahun: 2019, tercetak: '90.00', lokasi: { tabel: 'T' } }],
    });
    expect(di(temuan, 'rata_rata[0].tercetak')).toMatchObject({
      status: 'cocok',
      label: 'Rata-rata capaian 2019 seluruh indikator',
    });
  });
  it('an earlier year whose targets are not in the source cannot be checked, and says why', () => {
    const temuan = audit({
      ...ukur({ indikator: 'a', target: 100, realisasi: 90, tahun_sebelumnya: [{ tahun: 2018, realisasi: 0.17 }] }),
      rata_rata: [{ cakupan: 'laporan', tahun: 2018, tercetak: '91.02', lokasi: { tabel: 'T' } }],
    });
    expect(di(temuan, 'rata_rata[0].tercetak')).toMatchObject({
      status: 'tidak_dapat_dihitung',
      keterangan: 'capaian tahun 2018 tidak dapat dihitung: target atau realisasi tahun itu tidak ada di sumber',
    });
  });
  it('a cap the document states for its average: (90 + min(150, 120)) ÷ 2 = 105', () => {
    const temuan = audit({
      ...tigaIndikator,
      rata_rata: [{ cakupan: 'laporan', batas_atas_capaian: 120, tercetak: '105.00', lokasi: { tabel: 'T' } }],
    });
    expect(di(temuan, 'rata_rata[0].tercetak')).toMatchObject({ status: 'cocok', dihitung: 105 });
  });
  it('a sum of capaian: 90 + 150 = 240', () => {
    const temuan = audit({
      ...tigaIndikator,
      rata_rata: [{ cakupan: 'laporan', operasi: 'jumlah', tercetak: '240', lokasi: { tabel: 'T' } }],
    });
    expect(di(temuan, 'rata_rata[0].tercetak')).toMatchObject({
      status: 'cocok',
      label: 'Jumlah capaian seluruh indikator',
    });
  });
  it('an average that follows the printed capaian, not the recomputed ones, is "terbawa": Manggarai Timur 85,38', () => {
    // (87,10 + 96,54 + 72,52) ÷ 3 = 85,3867, printed 85,38 by truncation; recomputed capaian give another mean
    const temuan = audit({
      ...ukur(
        {
          indikator: 'a',
          metode_capaian: 'target-per-realisasi',
          target: '0.16',
          realisasi: '0.19',
          capaian_tercetak: '87.10',
        },
        {
          indikator: 'b',
          metode_capaian: 'target-per-realisasi',
          target: '9.20',
          realisasi: '9.53',
          capaian_tercetak: '96.54',
        },
        {
          indikator: 'c',
          metode_capaian: 'target-per-realisasi',
          target: '0.64',
          realisasi: '0.18',
          capaian_tercetak: '72.52',
        },
      ),
      rata_rata: [{ cakupan: 'laporan', tercetak: '85.38', lokasi: { tabel: 'Tabel 3.8' } }],
    });
    const temuanRata = di(temuan, 'rata_rata[0].tercetak');
    expect(temuanRata).toMatchObject({ status: 'berbeda', kelas: 'terbawa' });
    // (84,2105 + 96,5373 + 355,5556) ÷ 3 = 178,7678
    expect(temuanRata.dihitung).toBeCloseTo(178.7677775528, 8);
  });
});
