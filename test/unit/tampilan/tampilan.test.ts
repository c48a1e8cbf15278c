import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { csvGrafik, namaBerkas, adaData, type Grafik } from '../../../src/core/tampilan/grafik.ts';
import { pohonIki, hitungSimpul } from '../../../src/core/tampilan/iki.ts';
import { bandingkanPK, temuanBerbeda, ringkasAudit } from '../../../src/core/tampilan/laporan.ts';
import {
  bacaPilihan,
  tulisPilihan,
  grafikBanding,
  type DataBanding,
} from '../../../src/core/tampilan/pilihan-banding.ts';
import { dataBanding, grafikDistribusi, grafikSerapan, kelasCapaian } from '../../../src/core/tampilan/bandingkan.ts';
import { angkaUtama, kelompokPerWilayah, laporanTerbaru } from '../../../src/core/tampilan/ringkasan.ts';
import {
  riwayatSakip,
  trenIndikator,
  lintasanRenstra,
  grafikLintasan,
  laporanInstansi,
} from '../../../src/core/tampilan/profil.ts';
import { katalogIndikator } from '../../../src/core/tampilan/indikator.ts';
import type { Jabatan } from '../../../src/core/skema/iki.ts';
import type { Laporan } from '../../../src/core/skema/laporan.ts';
import type { TemuanAudit } from '../../../src/core/audit/audit.ts';

const k = hitungKorpus(muatKonten(resolve('test/fixtures/konten-contoh')).korpus);

describe('grafik', () => {
  const g: Grafik = {
    id: 'x',
    jenis: 'line',
    judul: 'Capaian, "IP ASN"',
    satuan: '%',
    label: ['2021', '2022'],
    seri: [
      { nama: 'A', data: [1.5, null] },
      { nama: 'B', data: [NaN, 2] },
    ],
  };
  it('CSV dengan CRLF, kutip, dan sel kosong untuk nilai yang tidak ada', () => {
    expect(csvGrafik(g)).toBe('kategori,A,B\r\n2021,1.5,\r\n2022,,2\r\n');
  });
  it('nama berkas ASCII', () => {
    expect(namaBerkas('Capaian, "IP ASN" 2022 – é', 'png')).toBe('capaian-ip-asn-2022-e.png');
  });
  it('adaData', () => {
    expect(adaData(g)).toBe(true);
    expect(adaData({ ...g, seri: [{ nama: 'A', data: [null, NaN] }] })).toBe(false);
  });
});

describe('pohon IKI', () => {
  const j = (id: string, atasan?: string): Jabatan => ({
    id,
    jabatan: id,
    ...(atasan ? { atasan } : {}),
    sasaran: [{ nama: 's', indikator: [{ nama: 'i' }] }],
    keyakinan: id === 'c' ? 'rendah' : 'tinggi',
    lokasi: {},
  });
  it('menyusun dari kepala ke bawah, atasan yang hilang menjadi pangkal', () => {
    const p = pohonIki([j('b', 'a'), j('a'), j('c', 'b'), j('d', 'tidak-ada')]);
    expect(p.map((s) => s.jabatan.id)).toEqual(['a', 'd']);
    expect(p[0]!.bawahan[0]!.bawahan[0]!.jabatan.id).toBe('c');
    expect(hitungSimpul(p)).toEqual({ jabatan: 4, indikator: 4, sedang: 0, rendah: 1, perTingkat: [] });
  });
  it('lingkaran atasan tidak menghilangkan jabatan', () => {
    const p = pohonIki([j('x', 'y'), j('y', 'x')]);
    expect(hitungSimpul(p).jabatan).toBe(2);
  });
});

describe('perjanjian kinerja', () => {
  it('menandai target yang berubah, baru dan dihapus', () => {
    const sasaran = (ind: { indikator: string; target: number }[]) => [{ nama: 'S', indikator: ind }];
    const l = {
      perjanjian_kinerja: [
        {
          versi: 'murni',
          lokasi: {},
          sasaran: sasaran([
            { indikator: 'a', target: 1 },
            { indikator: 'b', target: 2 },
            { indikator: 'c', target: 3 },
          ]),
          program: [{ nama: 'P', pagu: 10 }],
        },
        {
          versi: 'perubahan',
          lokasi: {},
          sasaran: sasaran([
            { indikator: 'a', target: 1 },
            { indikator: 'b', target: 5 },
            { indikator: 'd', target: 4 },
          ]),
          program: [{ nama: 'P', pagu: 12 }],
        },
      ],
    } as unknown as Laporan;
    const pk = bandingkanPK(l, () => undefined);
    expect(Object.fromEntries(pk.indikator.map((r) => [r.indikator, r.status]))).toEqual({
      a: 'sama',
      b: 'berubah',
      c: 'dihapus',
      d: 'baru',
    });
    expect(pk.program[0]).toMatchObject({ murni: 10, perubahan: 12, status: 'berubah' });
  });
});

describe('audit', () => {
  const t = (status: TemuanAudit['status'], baris?: number): TemuanAudit => ({
    id: 'x',
    instansi: 'x',
    tahun: 2020,
    berkas: 'b',
    tabel: 't',
    jalur: ['j'],
    besaran: 'capaian',
    satuan: 'persen',
    label: 'l',
    tercetak: '1',
    dihitung: 1,
    selisih: 0,
    status,
    ...(baris ? { lokasi: { baris } } : {}),
  });
  it('hanya yang berbeda, urut menurut baris sumber', () => {
    const r = temuanBerbeda([t('berbeda'), t('cocok', 1), t('berbeda', 50), t('berbeda', 10)]);
    expect(r.map((x) => x.lokasi?.baris)).toEqual([10, 50, undefined]);
    const terbawa = { ...t('berbeda'), kelas: 'terbawa' as const, asal: 'x' };
    // a carried finding is listed but counted at its origin only
    expect(ringkasAudit([t('cocok'), t('tidak_dapat_dihitung'), t('berbeda'), terbawa])).toEqual({
      diperiksa: 4,
      cocok: 1,
      berbeda: 1,
      terbawa: 1,
      takTerhitung: 1,
    });
  });
});

describe('bandingkan', () => {
  const d: DataBanding = dataBanding(k);
  it('pilihan bolak-balik lewat query', () => {
    const p = bacaPilihan('?indikator=indeks-profesionalitas-asn&instansi=dinas-contoh&besaran=capaian', d);
    expect(p).toEqual({ indikator: 'indeks-profesionalitas-asn', instansi: ['dinas-contoh'], besaran: 'capaian' });
    expect(bacaPilihan(tulisPilihan(p), d)).toEqual(p);
  });
  it('nilai yang tidak dikenal kembali ke bawaan', () => {
    const p = bacaPilihan('?indikator=zzz&instansi=zzz&besaran=zzz', d);
    expect(p.indikator).toBe(d.indikator[0]!.id);
    expect(p.besaran).toBe('realisasi');
    expect(p.instansi.length).toBeGreaterThan(0);
  });
  it('grafik indikator memakai tahun sebelumnya dari laporan', () => {
    const g = grafikBanding(d, bacaPilihan('?indikator=indeks-profesionalitas-asn', d))!;
    expect(g.label).toEqual(['2021', '2022']);
    expect(g.seri[0]!.data).toEqual([70, 72.58]);
  });
  it('serapan dari jumlah, kelas capaian', () => {
    expect(grafikSerapan(k).seri[0]!.data[0]).toBeCloseTo((141 / 150) * 100, 9);
    expect(kelasCapaian({ jenis: 'persen', nilai: 100 })).toBe(2);
    expect(kelasCapaian({ jenis: 'persen', nilai: 79.9 })).toBe(0);
    expect(kelasCapaian({ jenis: 'persen', nilai: 120 })).toBe(3);
    expect(kelasCapaian({ jenis: 'kualitatif' })).toBe(5);
    const dist = grafikDistribusi(k);
    expect(dist.seri[0]!.data.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(3);
  });
});

describe('ringkasan dan profil', () => {
  it('angka utama menjumlahkan semua laporan', () => {
    const a = angkaUtama(k);
    expect(a).toMatchObject({ instansi: 1, laporan: 1, indikator: 3, tercapai: 1, tidakTercapai: 2, takTerhitung: 0 });
    expect(a.angkaBerbeda).toBeGreaterThan(0);
    expect(laporanTerbaru(k)[0]!.terhitung.laporan.tahun).toBe(2022);
    expect(kelompokPerWilayah(k)[0]!.nama).toBe('Provinsi Contoh');
  });
  it('riwayat SAKIP dan tren', () => {
    const l = laporanInstansi(k, 'dinas-contoh');
    const s = riwayatSakip(l);
    expect(s[0]).toMatchObject({ tahun: 2021, nilaiTercetak: 39.16, kategoriTercetak: 'C' });
    expect(s[0]!.nilaiDihitung).toBeCloseTo(39.16, 9);
    const t = trenIndikator(l).find((x) => x.indikator === 'indeks-profesionalitas-asn')!;
    expect(t.titik.map((p) => [p.tahun, p.realisasi])).toEqual([
      [2021, 70],
      [2022, 72.58],
    ]);
  });
  it('lintasan Renstra per tahun', () => {
    const ins = k.korpus.instansi[0]!;
    const l = lintasanRenstra(ins.renstra[0]!.data, laporanInstansi(k, ins.data.id), () => undefined);
    expect(l.tahun).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    const ip = l.indikator.find((i) => i.indikator === 'indeks-profesionalitas-asn')!;
    expect(ip.versi[0]!.target).toEqual([null, 70, null, null, null, 80]);
    expect(ip.realisasi).toEqual([70, 72.58, null, null, null, null]);
    expect(grafikLintasan(l, ip, 'x').jeda).toBeUndefined();
  });
  it('katalog indikator: definisi, pemakaian dan nilai', () => {
    const e = katalogIndikator(k).find((x) => x.id === 'waktu-layanan')!;
    expect(e.definisi[0]!.definisi.polaritas).toBe('turun');
    expect(e.nilai[0]!.capaian).toEqual({ jenis: 'persen', nilai: 80 });
    expect(e.pemakaian.map((p) => p.jenis).sort()).toEqual(['LKjIP', 'Renstra']);
  });
});
