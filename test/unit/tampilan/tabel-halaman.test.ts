import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { halamanLaporan, type HalamanLaporan } from '../../../src/core/tampilan/halaman-laporan.ts';
import { katalogIndikator } from '../../../src/core/tampilan/indikator.ts';
import type { HalamanRenstra } from '../../../src/core/tampilan/halaman-renstra.ts';
import type { ProgramBelanja } from '../../../src/core/hitung/belanja.ts';
import { BOBOT_SAKIP_2015 } from '../../../src/core/rumus/sakip.ts';
import { tabelKatalog } from '../../../src/core/tampilan/tabel-indikator.ts';
import { tabelReviuRenstra, tabelRiwayatSakip } from '../../../src/core/tampilan/tabel-instansi.ts';
import { tabelKeluaran, tabelPerbandingan } from '../../../src/core/tampilan/tabel-laporan.ts';
import { tabelBobotSakip, tabelKolomData } from '../../../src/core/tampilan/tabel-situs.ts';
import * as format from '../../../src/lib/format.ts';

const korpus = hitungKorpus(muatKonten(resolve('test/fixtures/konten-contoh')).korpus);
const halaman = halamanLaporan(korpus.laporan[0]!, { korpus });

describe('the agency pages as TabelKolom tables', () => {
  it('writes each SAKIP year with a dash for what is missing and links the report that printed it', () => {
    const tabel = tabelRiwayatSakip(
      [
        {
          tahun: 2021,
          nilaiTercetak: 62.65,
          nilaiDihitung: 62.67,
          kategoriTercetak: 'B',
          kategori: null,
          dariLaporan: 2022,
        },
        {
          tahun: 2020,
          nilaiTercetak: 60,
          nilaiDihitung: null,
          kategoriTercetak: null,
          kategori: null,
          dariLaporan: 2021,
        },
      ],
      'dinas-contoh',
      format,
    );
    expect(tabel.baris).toEqual([
      ['2021', '62,65', '62,67', '–', 'B', { tautan: 'LKjIP 2022', href: '/instansi/dinas-contoh/2022/#sakip' }],
      [
        '2020',
        '60',
        '– (komponen tidak tercetak)',
        '–',
        '–',
        { tautan: 'LKjIP 2021', href: '/instansi/dinas-contoh/2021/#sakip' },
      ],
    ]);
  });

  it('gives a reviewed Renstra a column per version, and says in each whether an indicator is used', () => {
    const tabel = tabelReviuRenstra(
      {
        versi: [{ versi: { nama: 'Renstra awal' } }, { versi: { nama: 'Reviu 2023' } }],
        perVersi: [
          { indikator: 'ipasn', sel: [{ akhir: 80 }, undefined] },
          { indikator: 'baru', sel: [undefined, { akhir: undefined }] },
        ],
        namaIndikator: (id: string) => (id === 'ipasn' ? 'Indeks Profesionalitas ASN' : undefined),
      } as unknown as HalamanRenstra,
      format,
    );
    expect(tabel.kolom.map((kolom) => kolom.judul)).toEqual(['Indikator', 'Renstra awal', 'Reviu 2023']);
    expect(tabel.baris).toEqual([
      [
        { tautan: 'Indeks Profesionalitas ASN', href: '/indikator/ipasn/' },
        '✓ dipakai; target akhir 80',
        '– tidak dipakai',
      ],
      [{ tautan: 'baru', href: '/indikator/baru/' }, '– tidak dipakai', '✓ dipakai; Renstra tidak memuat target akhir'],
    ]);
  });
});

describe('the site pages as TabelKolom tables', () => {
  it('lists the SAKIP weights and their sum in the footer', () => {
    const tabel = tabelBobotSakip(100, format);
    expect(tabel.baris).toEqual(BOBOT_SAKIP_2015.map(({ komponen, bobot }) => [komponen, String(bobot)]));
    expect(tabel.kaki).toEqual([['Jumlah', '100']]);
  });

  it("names an open-data file's columns in code type with the kind of value in words", () => {
    const tabel = tabelKolomData({
      nama: 'contoh',
      kolom: { tahun: 'Tahun laporan', nilai: 'Nilai', nama: 'Nama' },
      tipe: { tahun: 'integer', nilai: 'number' },
    });
    expect(tabel.judul).toBe('Kolom contoh.csv');
    expect(tabel.baris).toEqual([
      [{ kode: 'tahun' }, 'bilangan bulat', 'Tahun laporan'],
      [{ kode: 'nilai' }, 'angka', 'Nilai'],
      [{ kode: 'nama' }, 'teks', 'Nama'],
    ]);
  });

  it('links each catalogue indicator to its page and counts its measurements', () => {
    const daftar = katalogIndikator(korpus);
    const tabel = tabelKatalog(daftar, format);
    expect(tabel.baris).toHaveLength(daftar.length);
    const [tautan, , , , jumlah] = tabel.baris[0] as readonly unknown[];
    expect(tautan).toEqual({ tautan: daftar[0]!.nama, href: `/indikator/${daftar[0]!.id}/` });
    expect(jumlah).toBe(String(daftar[0]!.nilai.length));
  });
});

describe('more report tables as TabelKolom tables', () => {
  it('gives each comparison of an indicator its own row: last years, the Renstra target, the national one', () => {
    const indikator = {
      ...halaman.terhitung.indikator[0]!,
      nama: 'Indikator A',
      data: {
        ...halaman.terhitung.indikator[0]!.data,
        realisasi: 80,
        tahun_sebelumnya: [{ tahun: 2021, realisasi: 70, target: 75 }],
      },
      tahunSebelumnya: [{ tahun: 2021, perubahan: { selisih: 10, relatif: 14.2857 }, capaian: null }],
      akhirRenstra: { tahun: 2026, target: 90, dari: 'renstra', capaian: { jenis: 'persen', nilai: 88.89 } },
      nasional: null,
    };
    const dengan = {
      ...halaman,
      terhitung: { ...halaman.terhitung, indikator: [indikator] },
    } as unknown as HalamanLaporan;
    const tabel = tabelPerbandingan(dengan, format);
    expect(tabel.kolom[3]!.judul).toBe(`Realisasi ${halaman.terhitung.laporan.tahun}`);
    expect(tabel.baris).toEqual([
      ['Indikator A', 'Realisasi 2021 (target 75)', '70', '80', '+10 poin (+14,29 %)'],
      ['Indikator A', 'Target akhir Renstra 2026 (dari dokumen Renstra)', '90', '80', '88,89 %'],
    ]);
  });

  it("lists a program's own outputs first, a number with its unit, and says when a capaian cannot be computed", () => {
    const keluaran = (indikator: string, target: number | string | null, capaian: number | null) => ({
      indikator,
      target,
      realisasi: 3,
      satuan: 'dokumen',
      capaian,
    });
    const program = {
      nama: 'Program A',
      keluaran: [keluaran('Dokumen perencanaan', 4, 75)],
      kegiatan: [{ nama: 'Kegiatan 1', keluaran: [keluaran('Laporan', null, null), keluaran('Rapat', 'N/A', null)] }],
    } as unknown as ProgramBelanja;
    const tabel = tabelKeluaran(program, format);
    expect(tabel.judul).toBe('Keluaran kegiatan: Program A');
    expect(tabel.baris).toEqual([
      ['(program)', 'Dokumen perencanaan', '4 dokumen', '3 dokumen', '75,00 %'],
      ['Kegiatan 1', 'Laporan', 'tidak ada di sumber', '3 dokumen', 'tidak dapat dihitung'],
      ['Kegiatan 1', 'Rapat', 'N/A', '3 dokumen', 'tidak dapat dihitung'],
    ]);
  });
});
