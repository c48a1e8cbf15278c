import { describe, expect, it } from 'vitest';
import { hasilBelanja } from '../../../src/core/tampilan/hasil-belanja.ts';
import type { BarisTerhitung, LaporanTerhitung, TabelTerhitung } from '../../../src/core/hitung/laporan.ts';
import { hitungBelanja } from '../../../src/core/hitung/belanja.ts';
import type { Keluaran } from '../../../src/core/skema/laporan.ts';

/** A budget line reduced to what the view model reads. */
function baris(
  tingkat: BarisTerhitung['tingkat'],
  nama: string,
  uang: { pagu?: number; realisasi?: number } = {},
  keluaran: Keluaran[] = [],
  anak: BarisTerhitung[] = [],
): BarisTerhitung {
  const pagu = uang.pagu ?? null;
  const realisasi = uang.realisasi ?? null;
  return {
    tingkat,
    data: { tingkat, nama, keluaran },
    pagu,
    realisasi,
    serapan: pagu !== null && realisasi !== null ? (realisasi / pagu) * 100 : null,
    anak,
  } as unknown as BarisTerhitung;
}

/** A report reduced to its budget tables and what the computed report holds of them. */
const laporan = (...tabel: { id: string; baris: BarisTerhitung[] }[]) => {
  const anggaran = tabel.map((t) => ({
    data: { id: t.id, judul: `Tabel ${t.id}` },
    baris: t.baris,
  })) as TabelTerhitung[];
  return { anggaran, belanja: hitungBelanja(anggaran) } as unknown as LaporanTerhitung;
};

describe('hasilBelanja (what the money bought)', () => {
  it('lists each program with its kegiatan outputs, the median output capaian and serapan, and charts both', () => {
    const laporanUji = laporan({
      id: 'program-kegiatan',
      baris: [
        baris(
          'program',
          'Program Pelayanan Administrasi',
          { pagu: 200, realisasi: 150 },
          [],
          [
            baris('kegiatan', 'Penyediaan Jasa Surat', {}, [
              { indikator: 'Surat dikirim', target: 150, realisasi: 69, satuan: 'Surat' },
              { indikator: 'Materai', target: 1250, realisasi: 1250 },
            ]),
            baris(
              'kegiatan',
              'Pemeliharaan Kendaraan',
              {},
              [],
              [
                baris('sub_kegiatan', 'Servis', {}, [
                  { indikator: 'Kendaraan dirawat', target: '12 unit', realisasi: '12 unit' },
                  { indikator: 'Laporan', target: 4, realisasi: 8 },
                ]),
              ],
            ),
          ],
        ),
        baris('program', 'Program Tanpa Keluaran', { pagu: 100, realisasi: 100 }),
      ],
    });
    const [hasil] = hasilBelanja(laporanUji, 'ins-2020');
    expect(hasil!.program.map((p) => p.nama)).toEqual(['Program Pelayanan Administrasi', 'Program Tanpa Keluaran']);
    const [program, tanpa] = hasil!.program;
    expect(program!.kegiatan.map((k) => [k.nama, k.keluaran.map((x) => x.indikator)])).toEqual([
      ['Penyediaan Jasa Surat', ['Surat dikirim', 'Materai']],
      ['Pemeliharaan Kendaraan', ['Kendaraan dirawat', 'Laporan']],
    ]);
    expect(program!.kegiatan[1]!.keluaran[0]).toMatchObject({ target: '12 unit', realisasi: '12 unit', capaian: null });
    expect(program!.jumlahKeluaran).toBe(4);
    expect(program!.jumlahDihitung).toBe(3);
    // capaian 46, 100 and 200: the median is 100, not the mean 115.33
    expect(program!.capaianKeluaran).toBe(100);
    expect(program!.serapan).toBe(75);
    expect(tanpa).toMatchObject({ jumlahKeluaran: 0, capaianKeluaran: null, serapan: 100 });
    expect(hasil!.grafik!.label).toEqual(['Pelayanan Administrasi', 'Tanpa Keluaran']);
    expect(hasil!.grafik!.seri.map((s) => s.data)).toEqual([
      [100, null],
      [75, 100],
    ]);
  });

  it('finds programs under urusan lines, and skips tables with no program outputs', () => {
    const laporanUji = laporan(
      { id: 'lra', baris: [baris('jenis_belanja', 'Belanja pegawai', { pagu: 10, realisasi: 9 })] },
      {
        id: 'urusan',
        baris: [
          baris(
            'urusan',
            'Urusan kepegawaian',
            {},
            [],
            [baris('program', 'Program Rencana', {}, [{ indikator: 'Dokumen', target: 2, realisasi: 0 }])],
          ),
        ],
      },
    );
    const hasil = hasilBelanja(laporanUji, 'ins-2021');
    expect(hasil.map((x) => x.idTabel)).toEqual(['urusan']);
    // no serapan (the plan prints no amounts), output capaian 0 %: the chart still has a number to draw
    expect(hasil[0]!.program[0]).toMatchObject({ serapan: null, pagu: null, capaianKeluaran: 0, jumlahDihitung: 1 });
    expect(hasil[0]!.grafik!.seri[1]!.data).toEqual([null]);
  });

  it('gives no chart when no program has a number to draw', () => {
    const laporanUji = laporan({
      id: 'x',
      baris: [baris('program', 'Program Teks', {}, [{ indikator: 'Layanan', target: 'ada', realisasi: 'ada' }])],
    });
    expect(hasilBelanja(laporanUji, 'ins-2022')[0]!.grafik).toBeNull();
  });
});
