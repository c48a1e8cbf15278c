import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import {
  BAGIAN_LAPORAN,
  halamanLaporan,
  judulBagian,
  namaKategori,
} from '../../../src/core/tampilan/halaman-laporan.ts';
import { JUDUL_BAB, URUTAN_BAB } from '../../../src/core/tampilan/laporan.ts';

const korpusContoh = muatKonten(resolve('test/fixtures/konten-contoh')).korpus;
const korpus = hitungKorpus(korpusContoh);
const laporan = korpus.laporan[0]!;
const halaman = halamanLaporan(laporan, { korpus });

describe('halamanLaporan (the report page view model)', () => {
  it('names the page and its open-data file after agency and year', () => {
    expect(halaman.id).toBe('dinas-contoh-2022');
    expect(halaman.judul).toBe('LKjIP 2022 Dinas Contoh Kota Contoh (sintetis)');
  });

  it('sums the PK programs once, and only for the versions that exist', () => {
    // fixture PK murni: Program A 100 + Program B 50; no revision
    expect(halaman.pk.jumlahMurni).toBe(150);
    expect(halaman.pk.jumlahPerubahan).toBeNull();
    expect(halaman.pk.duaVersi).toBe(false);
  });

  it('gives each budget table its SILPA (pagu − realisasi) and a chart only when it has several lines', () => {
    expect(halaman.anggaran.length).toBeGreaterThan(0);
    for (const anggaran of halaman.anggaran) {
      expect(anggaran.silpa).toBe(anggaran.tabel.pagu! - anggaran.tabel.realisasi!);
      expect(anggaran.grafik === null).toBe(anggaran.tabel.baris.length < 2);
    }
  });

  it('pairs each printed SAKIP evaluation with its recomputed sum', () => {
    expect(halaman.sakip.map((s) => [s.penilaian.tahun, s.hasil?.nilai])).toEqual([[2021, expect.closeTo(39.16, 9)]]);
    expect(halaman.sakipTerakhir?.nilai_tercetak).toBe('39.16');
  });

  it('sums the maxima of a breakdown, names excluded indicators, and states the efficiency verdict', () => {
    expect(halaman.rincian.map((r) => [r.indikator.data.indikator, r.jumlahMaks])).toEqual([
      ['indeks-profesionalitas-asn', 100],
    ]);
    expect(halaman.dikecualikan).toEqual(['Nilai SAKIP']);
    expect(halaman.rataTercetak.map((r) => r.cakupan)).toEqual(['laporan']);
    const efisiensi = halaman.terhitung.efisiensiSeragam;
    expect(halaman.putusanEfisiensi).toContain(
      efisiensi === null ? 'tidak dapat dihitung' : efisiensi >= 1 ? 'lebih tinggi' : 'lebih rendah',
    );
  });

  it('counts the audit and lists only the discrepancies', () => {
    // the example's total equals the sum of its deepest lines (cocok), and one difference is carried from
    // another (terbawa): counted once, at its origin, but still listed
    expect(halaman.audit.ringkasan).toEqual({ diperiksa: 22, cocok: 18, berbeda: 3, terbawa: 1, takTerhitung: 0 });
    expect(halaman.audit.berbeda).toHaveLength(4);
    expect(halaman.audit.berbeda.every((t) => t.status === 'berbeda')).toBe(true);
  });

  it("lists the agency's other years from the corpus index", () => {
    expect(halaman.tahunLain).toEqual([]);
    const ins = korpusContoh.instansi[0]!;
    const asli = ins.laporan[0]!;
    const kedua = { ...asli, data: { ...asli.data, tahun: 2023 } };
    const dua = hitungKorpus({ ...korpusContoh, instansi: [{ ...ins, laporan: [kedua, asli] }] });
    expect(dua.laporanPerInstansi.get(ins.data.id)!.map((l) => l.terhitung.laporan.tahun)).toEqual([2022, 2023]);
    expect(halamanLaporan(dua.laporan[1]!, { korpus: dua }).tahunLain).toEqual([2022]);
  });
});

describe('report sections', () => {
  it('reads chapter titles from JUDUL_BAB, then the audit and the sources', () => {
    expect(BAGIAN_LAPORAN.map((b) => b.id)).toEqual([...URUTAN_BAB, 'audit', 'sumber']);
    expect(judulBagian('bab-3')).toBe(JUDUL_BAB['bab-3']);
    expect(judulBagian('audit')).toBe('Audit angka');
  });

  it('names a category with its code when the scale has codes', () => {
    expect(namaKategori({ kode: 'B', label: 'Baik' } as never)).toBe('B Baik');
    expect(namaKategori({ label: 'Baik' } as never)).toBe('Baik');
  });
});
