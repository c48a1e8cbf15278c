/** The audit of the synthetic fixture, finding by finding, through the build's own loading path. */
import { jalurTeks } from '../../../src/core/muat/masalah.ts';
import { describe, expect, it } from 'vitest';
import type { TemuanAudit } from '../../../src/core/audit/audit.ts';
import { BERKAS_INSTANSI, BERKAS_LKJIP, korpusContoh } from './korpus-contoh.ts';

const korpus = korpusContoh();
const audit = korpus.laporan[0]!.audit;

function di(jalur: string, daftar: readonly TemuanAudit[] = audit): TemuanAudit {
  const cocok = daftar.filter((a) => jalurTeks(a.jalur) === jalur);
  expect(cocok, `one finding at ${jalur}`).toHaveLength(1);
  return cocok[0]!;
}

describe('audit of the fixture report', () => {
  it('every finding names the agency, year and file', () => {
    expect(audit.length).toBeGreaterThan(0);
    for (const temuan of audit)
      expect(temuan).toMatchObject({ instansi: 'dinas-contoh', tahun: 2022, berkas: BERKAS_LKJIP });
  });

  it('"100.80" for 72.58 / 72 = 100.806 is a match by truncation', () => {
    const temuan = di('pengukuran.indikator[0].capaian_tercetak');
    expect(temuan).toMatchObject({
      besaran: 'capaian',
      tercetak: '100.80',
      status: 'cocok',
      aturan: 'potong',
      tabel: 'Tabel 3.1',
    });
    expect(temuan.dihitung).toBeCloseTo(100.805555556, 8);
    expect(temuan.selisih).toBeCloseTo(-0.005555555556, 10);
    expect(temuan.lokasi).toEqual({ bagian: 'BAB III', tabel: 'Tabel 3.1', baris: [100, 110] });
  });

  it('a lower-better capaian printed with the wrong formula is a discrepancy', () => {
    // 10 days target, 12 realised: (2·10 − 12) / 10 = 80 %, the document printed 10 / 12 = 83.33
    expect(di('pengukuran.indikator[1].capaian_tercetak')).toMatchObject({
      tercetak: '83.33',
      dihitung: 80,
      selisih: 3.33,
      status: 'berbeda',
    });
    expect(di('pengukuran.indikator[1].capaian_tercetak').aturan).toBeUndefined();
  });

  it('previous year, change in points, Renstra end target, sum of components', () => {
    expect(di('pengukuran.indikator[0].tahun_sebelumnya[0].capaian_tercetak')).toMatchObject({
      besaran: 'capaian_tahun_lalu',
      dihitung: 100,
      status: 'cocok',
      aturan: 'bulat',
    });
    const temuan = di('pengukuran.indikator[0].tahun_sebelumnya[0].selisih_tercetak');
    expect(temuan).toMatchObject({ besaran: 'selisih_tahunan', tercetak: '2.58', status: 'cocok', aturan: 'bulat' });
    expect(temuan.dihitung).toBeCloseTo(2.58, 10);
    // 72.58 / 80 = 90.725, printed 90.73: half-up despite 90.725 being stored a hair below itself
    expect(di('pengukuran.indikator[0].akhir_renstra.capaian_tercetak')).toMatchObject({
      besaran: 'capaian_akhir_renstra',
      status: 'cocok',
      aturan: 'bulat',
    });
    expect(di('pengukuran.indikator[0].akhir_renstra.target')).toMatchObject({
      besaran: 'target_akhir_renstra',
      tercetak: '80',
      dihitung: 80,
      status: 'cocok',
    });
    expect(di('pengukuran.indikator[0].realisasi')).toMatchObject({
      besaran: 'jumlah_rincian',
      tercetak: '72.58',
      status: 'cocok',
    });
  });

  it('a printed figure that is exactly right has a difference of 0, not binary noise', () => {
    // 72.58 − 70 = 2.5799999999999983 and 100.80 − 93.33 = 7.469999999999999 in binary
    expect(di('pengukuran.indikator[0].tahun_sebelumnya[0].selisih_tercetak').selisih).toBe(0);
    expect(di('efisiensi[0].efisiensi_tercetak').selisih).toBe(0);
    expect(di('pengukuran.indikator[0].realisasi').selisih).toBe(0);
  });

  it('the printed average leaves nothing out yet differs: discrepancy, with the excluded qualitative indicator named', () => {
    const temuan = di('rata_rata[0].tercetak');
    expect(temuan).toMatchObject({ besaran: 'rata_rata', tercetak: '95.00', status: 'berbeda' });
    expect(temuan.dihitung).toBeCloseTo(90.402777778, 8);
    expect(temuan.keterangan).toContain('“Nilai SAKIP”');
  });

  it('SAKIP: the sum of the components and the category match', () => {
    expect(di('evaluasi_sakip.penilaian[0].nilai_tercetak')).toMatchObject({
      besaran: 'nilai_sakip',
      tercetak: '39.16',
      status: 'cocok',
      selisih: 0,
    });
    expect(di('evaluasi_sakip.penilaian[0].kategori_tercetak')).toMatchObject({
      besaran: 'kategori_sakip',
      tercetak: 'C',
      dihitung: 'C',
      status: 'cocok',
      aturan: 'persis',
    });
  });

  it('PK budget total', () => {
    expect(di('perjanjian_kinerja[0].jumlah_pagu_tercetak')).toMatchObject({
      besaran: 'jumlah_pagu_pk',
      tercetak: '150',
      dihitung: 150,
      status: 'cocok',
      aturan: 'persis',
    });
  });

  it('the wrong program realisasi subtotal is a discrepancy (91 printed, kegiatan sum 90)', () => {
    expect(di('anggaran[0].baris[0].pagu')).toMatchObject({ besaran: 'jumlah_pagu', status: 'cocok', dihitung: 100 });
    expect(di('anggaran[0].baris[0].realisasi')).toMatchObject({
      besaran: 'jumlah_realisasi',
      tercetak: '91',
      dihitung: 90,
      selisih: 1,
      status: 'berbeda',
      tabel: 'Tabel 3.5',
    });
  });

  it('serapan of each line from its own printed amounts', () => {
    // Program A: 91 / 100 = 91 %, printed 90.00
    expect(di('anggaran[0].baris[0].serapan_tercetak')).toMatchObject({
      besaran: 'serapan',
      dihitung: 91,
      selisih: -1,
      status: 'berbeda',
    });
    // Kegiatan A1: 55 / 60 = 91.667, printed 91.66: truncation
    expect(di('anggaran[0].baris[0].anak[0].serapan_tercetak')).toMatchObject({
      status: 'cocok',
      aturan: 'potong',
    });
    expect(di('anggaran[0].baris[0].anak[1].serapan_tercetak')).toMatchObject({
      dihitung: 87.5,
      status: 'cocok',
      aturan: 'bulat',
    });
    expect(di('anggaran[0].baris[1].serapan_tercetak')).toMatchObject({ dihitung: 100, status: 'cocok' });
  });

  it(
    'table totals: a printed total equal to the sum of the deepest lines is right, though a ' +
      'printed subtotal below differs; total serapan from the printed totals',
    () => {
      expect(di('anggaran[0].jumlah.pagu')).toMatchObject({ dihitung: 150, status: 'cocok' });
      const temuanRealisasi = di('anggaran[0].jumlah.realisasi');
      expect(temuanRealisasi).toMatchObject({ tercetak: '140', dihitung: 140, selisih: 0, status: 'cocok' });
      expect(temuanRealisasi.keterangan).toMatch(/terdalam/);
      const temuanSerapan = di('anggaran[0].jumlah.serapan_tercetak');
      expect(temuanSerapan).toMatchObject({ tercetak: '93.33', status: 'cocok', aturan: 'bulat' });
      expect(temuanSerapan.dihitung).toBeCloseTo((140 / 150) * 100, 12);
    },
  );

  it('efficiency: the printed method on the printed figures, and the capaian it repeats', () => {
    expect(di('efisiensi[0].efisiensi_tercetak')).toMatchObject({
      besaran: 'efisiensi',
      tercetak: '7.47',
      status: 'cocok',
    });
    expect(di('efisiensi[0].capaian_tercetak')).toMatchObject({
      besaran: 'capaian',
      tercetak: '100.80',
      status: 'cocok',
      aturan: 'potong',
    });
  });

  it('no finding for a figure the document did not print', () => {
    expect(audit.some((a) => jalurTeks(a.jalur).startsWith('pengukuran.indikator[2]'))).toBe(false);
    expect(audit.some((a) => jalurTeks(a.jalur).includes('keluaran'))).toBe(false);
  });

  it('every number in a finding is finite', () => {
    for (const temuan of [...audit, ...korpus.auditInstansi]) {
      if (typeof temuan.dihitung === 'number') expect(Number.isFinite(temuan.dihitung)).toBe(true);
      if (temuan.selisih !== null) expect(Number.isFinite(temuan.selisih)).toBe(true);
      expect(['cocok', 'berbeda', 'tidak_dapat_dihitung']).toContain(temuan.status);
    }
  });

  it('the exact list of discrepancies', () => {
    expect(
      audit
        .filter((a) => a.status === 'berbeda')
        .map((a) => jalurTeks(a.jalur))
        .sort(),
    ).toEqual(
      [
        'anggaran[0].baris[0].realisasi',
        'anggaran[0].baris[0].serapan_tercetak',
        'pengukuran.indikator[1].capaian_tercetak',
        'rata_rata[0].tercetak',
      ].sort(),
    );
  });
});

describe('audit of the fixture profile', () => {
  it('the printed staff total 23 against 10 + 12 = 22 is a discrepancy', () => {
    expect(korpus.auditInstansi).toHaveLength(1);
    expect(di('profil.pegawai[0].jumlah_tercetak', korpus.auditInstansi)).toMatchObject({
      instansi: 'dinas-contoh',
      tahun: 2022,
      berkas: BERKAS_INSTANSI,
      besaran: 'jumlah_pegawai',
      tercetak: '23',
      dihitung: 22,
      selisih: 1,
      status: 'berbeda',
      tabel: 'Tabel 1.1',
    });
  });
});

describe('audit of the fixture with N/A printed', () => {
  it('N/A printed where the capaian is not computable is a match', () => {
    const kk = korpusContoh({
      [BERKAS_LKJIP]: (dokumen) => {
        dokumen.pengukuran.indikator[2].target = 'N/A';
        dokumen.pengukuran.indikator[2].capaian_tercetak = 'N/A';
      },
    });
    const temuan = di('pengukuran.indikator[2].capaian_tercetak', kk.laporan[0]!.audit);
    expect(temuan).toMatchObject({ tercetak: 'N/A', dihitung: null, selisih: null, status: 'cocok', aturan: 'persis' });
    expect(kk.laporan[0]!.terhitung.indikator[2]!.predikat).toBe('tak_terhitung');
  });

  it('N/A printed where the capaian can be computed is a discrepancy', () => {
    const kk = korpusContoh({ [BERKAS_LKJIP]: (j) => (j.pengukuran.indikator[1].capaian_tercetak = 'N/A') });
    const temuan = di('pengukuran.indikator[1].capaian_tercetak', kk.laporan[0]!.audit);
    expect(temuan).toMatchObject({ tercetak: 'N/A', dihitung: 80, status: 'berbeda' });
    expect(temuan.keterangan).toMatch(/N\/A/);
  });

  it('a number printed where nothing can be computed is "na", with the reason', () => {
    const kk = korpusContoh({ [BERKAS_LKJIP]: (j) => (j.pengukuran.indikator[1].target = 0) });
    expect(di('pengukuran.indikator[1].capaian_tercetak', kk.laporan[0]!.audit)).toMatchObject({
      tercetak: '83.33',
      dihitung: null,
      selisih: null,
      status: 'tidak_dapat_dihitung',
      keterangan: 'target bernilai 0',
    });
  });
});
