import { describe, expect, it } from 'vitest';
import { anggaranUtama, grafikSerapanProgram, ringkasAudit } from '../../../src/core/tampilan/laporan.ts';
import { halamanAudit } from '../../../src/core/tampilan/audit.ts';
import { korpusNyata } from './korpus-nyata.ts';

const laporan = (instansi: string, tahun: number) =>
  korpusNyata().laporan.find((l) => l.instansi.data.id === instansi && l.terhitung.laporan.tahun === tahun)!;

describe('headlines never rest on a flagged figure', () => {
  it('BKPSDM Bontang 2020: the headline realisasi is the printed JUMLAH (sum of the kegiatan), not the sum of two misprinted subtotals', () => {
    const laporanBkpsdm = laporan('bkpsdm-kota-bontang', 2020);
    // the printed subtotals sum to 5.334.761.055, a figure the document never prints
    expect(laporanBkpsdm.terhitung.anggaranUtama!.realisasi).toBe(5334761055);
    const au = anggaranUtama(laporanBkpsdm.terhitung, laporanBkpsdm.audit)!;
    expect(au.realisasi).toBe(5334766655);
    expect(au.catatan).toMatch(/rincian terdalam/);
    expect(au.temuan.map((t) => t.label)).toHaveLength(2);
    for (const temuan of au.temuan) expect(laporanBkpsdm.audit.map((a) => a.id)).toContain(temuan.id);
  });

  it('BKD Kaltim 2020: serapan from the kegiatan, not 100,49 % from the pagu printed 157.125.000; no 1.003 % bar', () => {
    const laporanKaltim = laporan('bkd-provinsi-kalimantan-timur', 2020);
    expect(laporanKaltim.terhitung.anggaranUtama!.serapan!).toBeGreaterThan(100);
    const au = anggaranUtama(laporanKaltim.terhitung, laporanKaltim.audit)!;
    expect(au.pagu).toBe(23265036415);
    expect(au.serapan!).toBeCloseTo((21947576337 / 23265036415) * 100, 10);
    const grafik = grafikSerapanProgram(laporanKaltim.terhitung.anggaranUtama!, 'x');
    expect(Math.max(...grafik.seri[0]!.data.map((v) => v ?? 0))).toBeLessThan(101);
  });

  it('a headline on consistent figures carries no note', () => {
    const laporanBlitar = laporan('bkd-kota-blitar', 2021);
    const au = anggaranUtama(laporanBlitar.terhitung, laporanBlitar.audit);
    expect(au?.catatan ?? null).toBeNull();
  });

  it('the carried serapan is listed, linked to its origin, and not counted twice', () => {
    const laporanKaltim = laporan('bkd-provinsi-kalimantan-timur', 2020);
    const temuanSerapan = laporanKaltim.audit.find((a) => a.besaran === 'serapan' && a.kelas === 'terbawa')!;
    const asal = laporanKaltim.audit.find((a) => a.id === temuanSerapan.asal)!;
    expect(asal).toMatchObject({ besaran: 'jumlah_pagu', status: 'berbeda', tercetak: '157125000' });
    const ringkasan = ringkasAudit(laporanKaltim.audit);
    expect(ringkasan.berbeda + ringkasan.terbawa).toBe(
      laporanKaltim.audit.filter((a) => a.status === 'berbeda').length,
    );
    expect(ringkasan.terbawa).toBeGreaterThan(0);
  });
});

describe('/audit/ view model', () => {
  const halaman = halamanAudit(korpusNyata());
  const semua = halaman.kelompok.flatMap((g) => g.temuan);

  it('lists every discrepancy once, grouped by agency and year, with class counts that add up', () => {
    expect(semua.length).toBe(halaman.perKelas.reduce((s, k) => s + k.jumlah, 0));
    expect(new Set(semua.map((x) => x.temuan.id)).size).toBe(semua.length);
    const terbawa = halaman.perKelas.find((k) => k.kelas === 'terbawa')?.jumlah ?? 0;
    expect(halaman.jumlahTemuan).toBe(semua.length - terbawa);
    for (const kelompok of halaman.kelompok)
      for (const butir of kelompok.temuan)
        expect([butir.temuan.instansi, butir.temuan.tahun]).toEqual([kelompok.instansi, kelompok.tahun]);
  });

  it('a report finding links to its row on the report page; a Renstra table finding has no report page', () => {
    const lap = semua.find((x) => x.temuan.berkas.endsWith('lkjip.json'))!;
    expect(lap.href).toBe(`/instansi/${lap.temuan.instansi}/${lap.temuan.tahun}/#${lap.temuan.id}`);
    const ren = semua.find((x) => x.temuan.berkas.includes('renstra-'))!;
    expect(ren.href).toBeNull();
    expect(halaman.saringan.find((x) => x.nama === 'tabel')!.opsi.map(([nilai]) => nilai)).toContain('Tabel 2.3.2');
  });
});
