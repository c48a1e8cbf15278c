/**
 * Headlines never rest on a flagged figure without saying so (#11 item 4), and every finding links to its
 * figure's place on the report page: the synthetic fixture, changed per case, and the real reports.
 */
import { describe, expect, it } from 'vitest';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { halamanLaporan } from '../../../src/core/tampilan/halaman-laporan.ts';
import { halamanAudit } from '../../../src/core/tampilan/audit.ts';
import { tempatAngka } from '../../../src/core/tampilan/jangkar.ts';
import { korpusContoh, BERKAS_LKJIP } from '../audit/korpus-contoh.ts';

const halaman = (ubah: (j: any) => void = () => {}) => {
  const korpus = korpusContoh({ [BERKAS_LKJIP]: ubah });
  return halamanLaporan(korpus.laporan[0]!, { korpus });
};

describe('kartu rata-rata capaian (the average card)', () => {
  it('shows the recomputed average and, when the printed report-wide average is flagged, says what was printed', () => {
    const halamanIni = halaman();
    expect(halamanIni.rataRataUtama.nilai).toBe(halamanIni.terhitung.rataRata.nilai);
    expect(halamanIni.rataRataUtama.temuan.map((a) => a.id)).toEqual([
      'dinas-contoh-2022-lkjip-rata-rata-0-tercetak-rata-rata',
    ]);
    expect(halamanIni.rataRataUtama.catatan).toContain('Dokumen mencetak rata-rata 95,00 %');
    expect(halamanIni.rataRataUtama.masukan).toBe('capaian');
  });

  it('says nothing when the printed average matches, or is not report-wide', () => {
    const rata = halaman().terhitung.rataRata.nilai!;
    const cocok = halaman((j) => (j.rata_rata[0].tercetak = (Math.trunc(rata * 100) / 100).toFixed(2)));
    expect(cocok.rataRataUtama).toMatchObject({ catatan: null, temuan: [] });
    const sasaran = halaman((j) => Object.assign(j.rata_rata[0], { cakupan: 'sasaran', sasaran: 's1' }));
    expect(sasaran.rataRataUtama.catatan).toBeNull();
  });
});

describe('kartu nilai SAKIP (the SAKIP card)', () => {
  it('a matching printed score is shown as printed, linked to its inputs', () => {
    expect(halaman().sakipUtama).toMatchObject({
      tahun: 2021,
      nilai: { tercetak: '39.16' },
      kategori: 'C',
      catatan: null,
      masukan: 'sakip',
    });
  });

  it('a printed score the audit flags is replaced by the sum of its components, saying so', () => {
    const halamanIni = halaman((j) => (j.evaluasi_sakip.penilaian[0].nilai_tercetak = '45.00'));
    expect(halamanIni.sakipUtama!.nilai).toEqual({ dihitung: expect.closeTo(39.16, 9) });
    expect(halamanIni.sakipUtama!.catatan).toContain('nilai tercetak 45,00 berbeda dari jumlah komponen');
    expect(halamanIni.sakipUtama!.temuan.map((a) => a.jalur)).toContainEqual([
      'evaluasi_sakip',
      'penilaian',
      0,
      'nilai_tercetak',
    ]);
    expect(halamanIni.audit.berbeda.map((a) => a.id)).toEqual(
      expect.arrayContaining(halamanIni.sakipUtama!.temuan.map((a) => a.id)),
    );
  });

  it('a difference within the rounding of the printed components keeps the printed score, marked', () => {
    const halamanIni = halaman((j) => (j.evaluasi_sakip.penilaian[0].nilai_tercetak = '39.17'));
    expect(halamanIni.sakipUtama!.temuan[0]?.kelas).toBe('pembulatan');
    expect(halamanIni.sakipUtama!.nilai).toEqual({ tercetak: '39.17' });
    expect(halamanIni.sakipUtama!.catatan).toContain('dalam batas pembulatan');
  });

  it('the real reports: a flagged headline always says so (BKD Kaltim 2020 prints an average of 118,065 %)', () => {
    const korpus = hitungKorpus(muatKonten(process.cwd(), 'content', null).korpus);
    const kaltim = korpus.laporan.find((l) => l.instansi.data.id === 'bkd-provinsi-kalimantan-timur')!;
    const halamanKaltim = halamanLaporan(kaltim, { korpus });
    expect(halamanKaltim.rataRataUtama.catatan).toContain('Dokumen mencetak rata-rata 121,93 % dan 118,065 %,');
    for (const laporan of korpus.laporan) {
      const hl = halamanLaporan(laporan, { korpus });
      for (const kartu of [hl.rataRataUtama, hl.sakipUtama])
        if (kartu) expect(kartu.catatan === null).toBe(kartu.temuan.length === 0);
    }
  });
});

describe('tempat angka (a finding links to its figure on the report page)', () => {
  it('each fixture finding names the anchor of its table or row', () => {
    const halamanIni = halaman();
    const terhitung = halamanIni.terhitung;
    expect(Object.fromEntries(halamanIni.audit.berbeda.map((a) => [a.id, tempatAngka(a.jalur, terhitung)]))).toEqual({
      'dinas-contoh-2022-lkjip-pengukuran-indikator-1-capaian-tercetak-capaian': 'capaian-2',
      'dinas-contoh-2022-lkjip-rata-rata-0-tercetak-rata-rata': 'rata-rata',
      'dinas-contoh-2022-lkjip-anggaran-0-baris-0-realisasi-jumlah-realisasi': 'ang-program-kegiatan',
      'dinas-contoh-2022-lkjip-anggaran-0-baris-0-serapan-tercetak-serapan': 'ang-program-kegiatan',
    });
    // a value per period is in its own table; a comparison in the comparison table
    expect(tempatAngka(['pengukuran', 'indikator', 2, 'periode', 'nilai', 3, 'capaian_tercetak'], terhitung)).toBe(
      'periode-3',
    );
    expect(tempatAngka(['pengukuran', 'indikator', 0, 'tahun_sebelumnya', 0, 'capaian_tercetak'], terhitung)).toBe(
      'perbandingan',
    );
    // the row carries the anchor, and the finding on its own figure, for the link back
    const kedua = terhitung.indikator.find((i) => i.data === terhitung.laporan.pengukuran.indikator[1])!;
    expect(halamanIni.indikatorAudit.get(kedua)).toEqual({
      id: 'capaian-2',
      periode: 'periode-2',
      temuan: [
        expect.objectContaining({ id: 'dinas-contoh-2022-lkjip-pengukuran-indikator-1-capaian-tercetak-capaian' }),
      ],
    });
  });

  it('on /audit/ each finding of a report links to its figure and to its row on the report page', () => {
    const ha = halamanAudit(korpusContoh()).kelompok.flatMap((g) => g.temuan);
    const temuan = ha.find((x) => x.temuan.id.endsWith('pengukuran-indikator-1-capaian-tercetak-capaian'))!;
    expect(temuan.hrefAngka).toBe('/instansi/dinas-contoh/2022/#capaian-2');
    expect(temuan.href).toBe(`/instansi/dinas-contoh/2022/#${temuan.temuan.id}`);
    expect(temuan.dokumen).toEqual({ berkas: 'sintetis', pdf: null });
  });
});
