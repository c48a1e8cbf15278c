import { describe, expect, it } from 'vitest';
import { anggaranUtama, grafikSerapanProgram, ringkasAudit } from '../../../src/core/tampilan/laporan.ts';
import { halamanAudit } from '../../../src/core/tampilan/audit.ts';
import { korpusNyata } from './korpus-nyata.ts';

const laporan = (instansi: string, tahun: number) =>
  korpusNyata().laporan.find((l) => l.instansi.data.id === instansi && l.terhitung.laporan.tahun === tahun)!;

describe('headlines never rest on a flagged figure', () => {
  it('BKPSDM Bontang 2020: the headline realisasi is the printed JUMLAH (sum of the kegiatan), not the sum of two misprinted subtotals', () => {
    const l = laporan('bkpsdm-kota-bontang', 2020);
    // the printed subtotals sum to 5.334.761.055, a figure the document never prints
    expect(l.terhitung.anggaranUtama!.realisasi).toBe(5334761055);
    const au = anggaranUtama(l.terhitung, l.audit)!;
    expect(au.realisasi).toBe(5334766655);
    expect(au.catatan).toMatch(/rincian terdalam/);
    expect(au.temuan.map((t) => t.label)).toHaveLength(2);
    for (const t of au.temuan) expect(l.audit.map((a) => a.id)).toContain(t.id);
  });

  it('BKD Kaltim 2020: serapan from the kegiatan, not 100,49 % from the pagu printed 157.125.000; no 1.003 % bar', () => {
    const l = laporan('bkd-provinsi-kalimantan-timur', 2020);
    expect(l.terhitung.anggaranUtama!.serapan!).toBeGreaterThan(100);
    const au = anggaranUtama(l.terhitung, l.audit)!;
    expect(au.pagu).toBe(23265036415);
    expect(au.serapan!).toBeCloseTo((21947576337 / 23265036415) * 100, 10);
    const g = grafikSerapanProgram(l.terhitung.anggaranUtama!, 'x');
    expect(Math.max(...g.seri[0]!.data.map((v) => v ?? 0))).toBeLessThan(101);
  });

  it('a headline on consistent figures carries no note', () => {
    const l = laporan('bkd-kota-blitar', 2021);
    const au = anggaranUtama(l.terhitung, l.audit);
    expect(au?.catatan ?? null).toBeNull();
  });

  it('the carried serapan is listed, linked to its origin, and not counted twice', () => {
    const l = laporan('bkd-provinsi-kalimantan-timur', 2020);
    const s = l.audit.find((a) => a.besaran === 'serapan' && a.kelas === 'terbawa')!;
    const asal = l.audit.find((a) => a.id === s.asal)!;
    expect(asal).toMatchObject({ besaran: 'jumlah_pagu', status: 'berbeda', tercetak: '157125000' });
    const r = ringkasAudit(l.audit);
    expect(r.berbeda + r.terbawa).toBe(l.audit.filter((a) => a.status === 'berbeda').length);
    expect(r.terbawa).toBeGreaterThan(0);
  });
});

describe('/audit/ view model', () => {
  const h = halamanAudit(korpusNyata());
  const semua = h.kelompok.flatMap((g) => g.temuan);

  it('lists every discrepancy once, grouped by agency and year, with class counts that add up', () => {
    expect(semua.length).toBe(h.perKelas.reduce((s, k) => s + k.jumlah, 0));
    expect(new Set(semua.map((x) => x.temuan.id)).size).toBe(semua.length);
    const terbawa = h.perKelas.find((k) => k.kelas === 'terbawa')?.jumlah ?? 0;
    expect(h.jumlahTemuan).toBe(semua.length - terbawa);
    for (const g of h.kelompok)
      for (const x of g.temuan) expect([x.temuan.instansi, x.temuan.tahun]).toEqual([g.instansi, g.tahun]);
  });

  it('a report finding links to its row on the report page; a Renstra table finding has no report page', () => {
    const lap = semua.find((x) => x.temuan.berkas.endsWith('lkjip.json'))!;
    expect(lap.href).toBe(`/instansi/${lap.temuan.instansi}/${lap.temuan.tahun}/#${lap.temuan.id}`);
    const ren = semua.find((x) => x.temuan.berkas.includes('renstra-'))!;
    expect(ren.href).toBeNull();
    expect(h.saringan.find((x) => x.nama === 'tabel')!.opsi.map(([nilai]) => nilai)).toContain('Tabel 2.3.2');
  });
});
