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
import { bukaBaris } from '../../../src/core/tampilan/tabel-kolom.ts';
import type { HalamanProfil } from '../../../src/core/tampilan/halaman-profil.ts';
import {
  tabelAset,
  tabelBelanja,
  tabelPegawai,
  tabelRenstra,
  tabelReviuRenstra,
  tabelRiwayatSakip,
} from '../../../src/core/tampilan/tabel-instansi.ts';
import {
  tabelEvaluasiSakip,
  tabelKeluaran,
  tabelPerbandingan,
  tabelPk,
} from '../../../src/core/tampilan/tabel-laporan.ts';
import type { TerbitanInstansi } from '../../../src/core/tampilan/terbitan.ts';
import { halamanMetodologi } from '../../../src/core/tampilan/metodologi.ts';
import {
  tabelBobotSakip,
  tabelHimpunan,
  tabelKolomData,
  tabelMetodeCapaian,
  tabelTerbitan,
  tabelSkalaBernama,
  tabelSkalaLaporan,
} from '../../../src/core/tampilan/tabel-situs.ts';
import type { Skala } from '../../../src/core/skema/skala.ts';
import { LABEL_PERUBAHAN_PAGU } from '../../../src/core/tampilan/laporan.ts';
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

describe('the Renstra page as TabelKolom tables', () => {
  it("gives a Renstra's indicators a column per year of the period, with a dash where nothing is printed", () => {
    const indikator = [
      {
        indikator: 'ipasn',
        satuan: 'indeks',
        baseline: { nilai: 70, tahun: 2020 },
        target: [{ tahun: 2021, target: 72 }],
        target_akhir: 80,
      },
      { indikator: 'lain', nama_tercetak: 'Indikator tercetak', target: [], target_akhir: 5 },
    ] as never;
    const tabel = tabelRenstra(
      'Indikator tujuan',
      indikator,
      { tahun: [2021, 2022], namaIndikator: () => 'Nama katalog' },
      format,
    );
    expect(tabel.kolom.map((kolom) => kolom.judul)).toEqual([
      'Indikator',
      'Satuan',
      'Baseline',
      '2021',
      '2022',
      'Target akhir',
    ]);
    expect(tabel.baris).toEqual([
      [{ tautan: 'Nama katalog', href: '/indikator/ipasn/' }, 'indeks', '70 (2020)', '72', '–', '80'],
      [{ tautan: 'Indikator tercetak', href: '/indikator/lain/' }, '–', '–', '–', '–', '5'],
    ]);
  });
});

describe('the site pages as TabelKolom tables', () => {
  it('names each capaian method with its id in code type and writes every worked example on its own line', () => {
    const { metode, himpunan } = halamanMetodologi(korpus);
    const tabel = tabelMetodeCapaian(metode, format);
    expect(tabel.id).toBe('tabel-metode');
    const [nama, , , contoh] = bukaBaris(tabel.baris[0]!).sel;
    expect(nama).toEqual({ isi: [metode[0]!.nama, { barisBaru: true }, { kode: metode[0]!.id }] });
    expect((contoh as { isi: unknown[] }).isi).toHaveLength(metode[0]!.contoh.length);
    expect((contoh as { isi: unknown[] }).isi[0]).toEqual({
      span: [expect.stringMatching(/^target .+, realisasi .+ → .+$/)],
      kelas: 'blok',
    });
    expect(bukaBaris(tabelHimpunan(himpunan).baris[0]!).sel[0]).toEqual({
      isi: [`${himpunan[0]!.himpunan.nama} (`, { kode: himpunan[0]!.himpunan.id }, ')'],
    });
  });

  it("marks each agency's documents published with their date and note, or not yet, and links the audit", () => {
    const ada = { ada: true, berkas: 'x.json', terbit: '2026-11-24', diperbarui: null, keterangan: '2016–2021' };
    const belum = { ada: false, berkas: null, terbit: null, diperbarui: null, keterangan: null };
    const instansi = {
      id: 'dinas',
      nama: 'Dinas',
      label: 'Dinas',
      baris: [
        {
          tahun: 2022,
          dokumen: { renstra: ada, iku: belum, pk: belum, lkjip: belum, iki: belum, lhe: belum },
          laporan: { jalur: '/instansi/dinas/2022/', temuan: { berbeda: 2, diperiksa: 30 } },
        },
      ],
    } as unknown as TerbitanInstansi;
    const tabel = tabelTerbitan(instansi, format);
    expect(tabel.kelas).toBe('terbitan');
    const sel = bukaBaris(tabel.baris[0]!).sel;
    expect(sel[0]).toBe('2022');
    expect(sel[1]).toEqual({
      isi: [
        { span: ['✓ Terbit'], kelas: 'ada' },
        { span: [' 24 November 2026'], kelas: 'kecil' },
        { span: [' (2016–2021)'], kelas: 'kecil' },
      ],
    });
    expect(sel[2]).toEqual({ isi: ['– Belum'], kelas: 'belum' });
    expect(sel.at(-1)).toEqual({ tautan: '2 dari 30', href: '/instansi/dinas/2022/#audit' });
  });

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

describe('the tables that were TabelKolom tables before, now built here', () => {
  it('sums the PK programs in the footer and shows no change badge with only one version', () => {
    const { indikator, program } = tabelPk(halaman, format);
    expect(indikator.baris[0]).toEqual(['Sasaran contoh', 'Indeks Profesionalitas ASN', '–', '70', '–', '–']);
    expect(program!.baris).toEqual([
      ['Program A', 'Rp 100', '–', '–'],
      ['Program B', 'Rp 50', '–', '–'],
    ]);
    expect(program!.kaki).toEqual([['Jumlah (dihitung)', 'Rp 150', '–', undefined]]);
    // with both versions, what changed is a badge
    const duaVersi = { ...halaman, pk: { ...halaman.pk, duaVersi: true } } as HalamanLaporan;
    expect(bukaBaris(tabelPk(duaVersi, format).program!.baris[0]!).sel[3]).toEqual({
      lencana: LABEL_PERUBAHAN_PAGU.sama,
      kelas: 'ubah-sama',
    });
    expect(tabelPk({ ...halaman, pk: { ...halaman.pk, program: [] } }, format).program).toBeNull();
  });

  it('captions each SAKIP evaluation with its source and puts the recomputed and printed score in the footer', () => {
    const [tabel] = tabelEvaluasiSakip(halaman, format);
    const { penilaian } = halaman.sakip[0]!;
    expect(tabel!.judul).toEqual([
      `Hasil evaluasi SAKIP atas tahun ${penilaian.tahun}${penilaian.sumber ? ` (${penilaian.sumber})` : ''}: `,
      { letak: penilaian.lokasi, dokumen: halaman.sumber },
    ]);
    expect(bukaBaris(tabel!.kaki![0]!).sel[0]).toBe('Jumlah dihitung');
    expect(tabel!.kaki![1]).toEqual([
      'Tercetak',
      undefined,
      expect.stringContaining(format.tercetak(penilaian.nilai_tercetak)),
    ]);
  });

  it("builds the profile's staff totals, spending with serapan and assets with their units", () => {
    const profil = {
      pegawai: [
        {
          tabel: { tahun: 2022, rincian: [{ kategori: 'PNS', jumlah: 40 }] },
          menurut: 'status',
          jumlah: 40,
          tercetakBerbeda: 41,
        },
      ],
      belanja: [{ tahun: 2022, jenis: 'Belanja pegawai', pagu: 1000, realisasi: 900, serapan: 90 }],
    } as unknown as HalamanProfil;
    const [pegawai] = tabelPegawai(profil, format);
    expect(pegawai!.judul).toBe('Pegawai menurut status, 2022');
    expect(pegawai!.kaki).toEqual([
      ['Jumlah (dihitung)', '40'],
      ['Jumlah tercetak (berbeda)', '41'],
    ]);
    expect(tabelBelanja(profil, format)!.baris).toEqual([['2022', 'Belanja pegawai', 'Rp 1.000', 'Rp 900', '90,00 %']]);
    expect(tabelBelanja({ ...profil, belanja: [] }, format)).toBeNull();
    const aset = { tahun: 2022, rincian: [{ nama: 'Gedung', jumlah: 2, satuan: 'unit', kondisi: null, nilai: 5000 }] };
    expect(tabelAset(aset as never, format).baris).toEqual([['Gedung', '2 unit', '–', 'Rp 5.000']]);
  });

  it('captions a scale with what it rates and where it is printed, or with its id when it is a named one', () => {
    const skala = {
      id: 'skala-contoh',
      nama: 'Skala contoh',
      cakupan: ['rata_rata'],
      lokasi: { halaman: 3 },
      pita: [{ kode: 'A', label: 'Baik', min: 80, max: 100 }],
    } as unknown as Skala;
    const laporan = tabelSkalaLaporan(skala, ['rata-rata capaian'], halaman.sumber);
    expect(laporan.judul).toEqual([
      'Skala yang dinyatakan dokumen: “Skala contoh”, untuk rata-rata capaian',
      ' (',
      { letak: { halaman: 3 }, dokumen: halaman.sumber },
      ')',
    ]);
    expect(bukaBaris(laporan.baris[0]!).sel[0]).toBe('A Baik');
    expect(tabelSkalaLaporan({ ...skala, lokasi: undefined }, ['x'], halaman.sumber).judul).toHaveLength(1);
    expect(tabelSkalaBernama(skala, 'PermenPANRB').judul).toEqual([
      'Skala contoh (',
      { kode: 'skala-contoh' },
      ', PermenPANRB; untuk rata-rata capaian bila dikutip)',
    ]);
  });
});
