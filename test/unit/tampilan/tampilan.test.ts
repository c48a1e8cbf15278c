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

const korpus = hitungKorpus(muatKonten(resolve('test/fixtures/konten-contoh')).korpus);

describe('grafik', () => {
  const grafik: Grafik = {
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
    expect(csvGrafik(grafik)).toBe('kategori,A,B\r\n2021,1.5,\r\n2022,,2\r\n');
  });
  it('nama berkas ASCII', () => {
    expect(namaBerkas('Capaian, "IP ASN" 2022 – é', 'png')).toBe('capaian-ip-asn-2022-e.png');
  });
  it('adaData', () => {
    expect(adaData(grafik)).toBe(true);
    expect(adaData({ ...grafik, seri: [{ nama: 'A', data: [null, NaN] }] })).toBe(false);
  });
});

describe('pohon IKI', () => {
  const jabatan = (id: string, atasan?: string): Jabatan => ({
    id,
    jabatan: id,
    ...(atasan ? { atasan } : {}),
    sasaran: [{ nama: 's', indikator: [{ nama: 'i' }] }],
    keyakinan: id === 'c' ? 'rendah' : 'tinggi',
    lokasi: {},
  });
  it('menyusun dari kepala ke bawah, atasan yang hilang menjadi pangkal', () => {
    const pohon = pohonIki([jabatan('b', 'a'), jabatan('a'), jabatan('c', 'b'), jabatan('d', 'tidak-ada')]);
    expect(pohon.map((s) => s.jabatan.id)).toEqual(['a', 'd']);
    expect(pohon[0]!.bawahan[0]!.bawahan[0]!.jabatan.id).toBe('c');
    expect(hitungSimpul(pohon)).toEqual({ jabatan: 4, indikator: 4, sedang: 0, rendah: 1, perTingkat: [] });
  });
  it('lingkaran atasan tidak menghilangkan jabatan', () => {
    const pohon = pohonIki([jabatan('x', 'y'), jabatan('y', 'x')]);
    expect(hitungSimpul(pohon).jabatan).toBe(2);
  });
});

describe('perjanjian kinerja', () => {
  it('menandai target yang berubah, baru dan dihapus', () => {
    const sasaran = (ind: { indikator: string; target: number }[]) => [{ nama: 'S', indikator: ind }];
    const laporan = {
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
    const pk = bandingkanPK(laporan, () => undefined);
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
  const temuan = (status: TemuanAudit['status'], baris?: number): TemuanAudit => ({
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
    const berbeda = temuanBerbeda([
      temuan('berbeda'),
      temuan('cocok', 1),
      temuan('berbeda', 50),
      temuan('berbeda', 10),
    ]);
    expect(berbeda.map((x) => x.lokasi?.baris)).toEqual([10, 50, undefined]);
    const terbawa = { ...temuan('berbeda'), kelas: 'terbawa' as const, asal: 'x' };
    // a carried finding is listed but counted at its origin only
    expect(ringkasAudit([temuan('cocok'), temuan('tidak_dapat_dihitung'), temuan('berbeda'), terbawa])).toEqual({
      diperiksa: 4,
      cocok: 1,
      berbeda: 1,
      terbawa: 1,
      takTerhitung: 1,
    });
  });
});

describe('bandingkan', () => {
  const data: DataBanding = dataBanding(korpus);
  it('pilihan bolak-balik lewat query', () => {
    const pilihan = bacaPilihan('?indikator=indeks-profesionalitas-asn&instansi=dinas-contoh&besaran=capaian', data);
    expect(pilihan).toEqual({
      indikator: 'indeks-profesionalitas-asn',
      instansi: ['dinas-contoh'],
      besaran: 'capaian',
    });
    expect(bacaPilihan(tulisPilihan(pilihan), data)).toEqual(pilihan);
  });
  it('nilai yang tidak dikenal kembali ke bawaan', () => {
    const pilihan = bacaPilihan('?indikator=zzz&instansi=zzz&besaran=zzz', data);
    expect(pilihan.indikator).toBe(data.indikator[0]!.id);
    expect(pilihan.besaran).toBe('realisasi');
    expect(pilihan.instansi.length).toBeGreaterThan(0);
  });
  it('grafik indikator memakai tahun sebelumnya dari laporan', () => {
    const grafik = grafikBanding(data, bacaPilihan('?indikator=indeks-profesionalitas-asn', data))!;
    expect(grafik.label).toEqual(['2021', '2022']);
    expect(grafik.seri[0]!.data).toEqual([70, 72.58]);
  });
  it('serapan dari jumlah, kelas capaian', () => {
    expect(grafikSerapan(korpus).seri[0]!.data[0]).toBeCloseTo((141 / 150) * 100, 9);
    expect(kelasCapaian({ jenis: 'persen', nilai: 100 })).toBe(2);
    expect(kelasCapaian({ jenis: 'persen', nilai: 79.9 })).toBe(0);
    expect(kelasCapaian({ jenis: 'persen', nilai: 120 })).toBe(3);
    expect(kelasCapaian({ jenis: 'kualitatif' })).toBe(5);
    const dist = grafikDistribusi(korpus);
    expect(dist.seri[0]!.data.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(3);
  });
});

describe('ringkasan dan profil', () => {
  it('angka utama menjumlahkan semua laporan', () => {
    const angka = angkaUtama(korpus);
    expect(angka).toMatchObject({
      instansi: 1,
      laporan: 1,
      indikator: 3,
      tercapai: 1,
      tidakTercapai: 2,
      takTerhitung: 0,
    });
    expect(angka.angkaBerbeda).toBeGreaterThan(0);
    expect(laporanTerbaru(korpus)[0]!.terhitung.laporan.tahun).toBe(2022);
    expect(kelompokPerWilayah(korpus)[0]!.nama).toBe('Provinsi Contoh');
  });
  it('riwayat SAKIP dan tren', () => {
    const laporanDinas = laporanInstansi(korpus, 'dinas-contoh');
    const riwayat = riwayatSakip(laporanDinas);
    expect(riwayat[0]).toMatchObject({ tahun: 2021, nilaiTercetak: 39.16, kategoriTercetak: 'C' });
    expect(riwayat[0]!.nilaiDihitung).toBeCloseTo(39.16, 9);
    const tren = trenIndikator(laporanDinas).find((x) => x.indikator === 'indeks-profesionalitas-asn')!;
    expect(tren.titik.map((p) => [p.tahun, p.realisasi])).toEqual([
      [2021, 70],
      [2022, 72.58],
    ]);
  });
  it('lintasan Renstra per tahun', () => {
    const ins = korpus.korpus.instansi[0]!;
    const lintasan = lintasanRenstra(ins.renstra[0]!.data, laporanInstansi(korpus, ins.data.id), () => undefined);
    expect(lintasan.tahun).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    const ip = lintasan.indikator.find((i) => i.indikator === 'indeks-profesionalitas-asn')!;
    expect(ip.versi[0]!.target).toEqual([null, 70, null, null, null, 80]);
    expect(ip.realisasi).toEqual([70, 72.58, null, null, null, null]);
    expect(grafikLintasan(lintasan, ip, 'x').jeda).toBeUndefined();
  });
  it('katalog indikator: definisi, pemakaian dan nilai', () => {
    const entri = katalogIndikator(korpus).find((x) => x.id === 'waktu-layanan')!;
    expect(entri.definisi[0]!.definisi.polaritas).toBe('turun');
    expect(entri.nilai[0]!.capaian).toEqual({ jenis: 'persen', nilai: 80 });
    expect(entri.pemakaian.map((p) => p.jenis).sort()).toEqual(['LKjIP', 'Renstra']);
  });
});
