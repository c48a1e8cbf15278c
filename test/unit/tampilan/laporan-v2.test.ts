/** The report page's view models for content model v2, on the real excerpts (content/). */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import {
  daftarSkala,
  infoSumber,
  kalimatTidakAda,
  namaDenganWilayah,
  periodeBaris,
  sasaranIndikator,
  tabelPeriode,
  teksBatasPita,
  uraianMetode,
} from '../../../src/core/tampilan/laporan.ts';
import { daftarMetode, himpunanTerdaftar, skalaTerdaftar } from '../../../src/core/tampilan/metodologi.ts';

const korpus = hitungKorpus(muatKonten(resolve('.'), 'content', null).korpus);
const laporan = (id: string) => korpus.laporan.find((l) => l.instansi.data.id === id)!.terhitung;
const sampang = laporan('inspektorat-daerah-kabupaten-sampang');
const manggarai = laporan('pemerintah-kabupaten-manggarai-timur');
const polman = laporan('sub-bidang-penyusunan-anggaran-kabupaten-polewali-mandar');
const bontang = laporan('bkpsdm-kota-bontang');

describe('provenance: partial transcriptions and the plan a report serves', () => {
  it('an excerpt is labelled partial, with its parts and source URL; no plan is made up', () => {
    const sumber = infoSumber(manggarai);
    expect(sumber.sebagian).toBe(true);
    expect(sumber.url).toBe(
      'https://123dok.com/article/menurunnya-kematian-ibu-baru-melahirkan-anak-baru-lahir.qojrmjjz',
    );
    expect(sumber.bagian).toHaveLength(1);
    expect(sumber.rencana).toBeNull();
    expect(manggarai.indikator.every((i) => i.akhirRenstra === null)).toBe(true);
  });
  it('a complete transcription that serves a Renstra says so', () => {
    expect(infoSumber(bontang)).toMatchObject({ sebagian: false, rencana: 'Renstra 2016–2021' });
  });
  it("the report's own note (top-level catatan) reaches the page's view model", () => {
    expect(bontang.laporan.catatan).toBeTruthy();
    expect(infoSumber(bontang).catatanLaporan).toBe(bontang.laporan.catatan);
  });
  it('what an excerpt lacks is not said to be missing from the document', () => {
    expect(kalimatTidakAda(true, 'tabel anggaran')).toContain('Bagian dokumen yang ditranskripsi tidak memuat');
    expect(kalimatTidakAda(false, 'tabel anggaran')).toBe('Laporan tidak memuat tabel anggaran.');
  });
  it('a name that already holds its region is not repeated', () => {
    expect(namaDenganWilayah('Pemerintah Kabupaten Manggarai Timur', 'Kabupaten Manggarai Timur')).toBe(
      'Pemerintah Kabupaten Manggarai Timur',
    );
    expect(namaDenganWilayah('BKD', 'Kota Blitar')).toBe('BKD Kota Blitar');
  });
});

describe('methods, levels and scales in words', () => {
  it('each indicator says its method and whether the document declared it', () => {
    expect(uraianMetode(manggarai.indikator[0]!.metode)).toBe(
      'target ÷ realisasi × 100 (dinyatakan untuk indikator ini di laporan)',
    );
    expect(uraianMetode(polman.indikator[0]!.metode)).toBe(
      'realisasi ÷ target × 100 (disimpulkan dari polaritas indikator; dokumen tidak menyatakan metodenya)',
    );
  });
  it('the level of an eselon-IV unit’s sasaran', () => {
    expect(polman.indikator.map(sasaranIndikator)).toEqual([
      'Sasaran kegiatan: Meningkatnya Kualitas Penganggaran Pendapatan dan Belanja Daerah',
      'Sasaran sub-kegiatan: Tersusunnya Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang Penjabaran APBD',
      'Sasaran sub-kegiatan: Tersusunnya Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala Daerah Tentang Penjabaran Perubahan APBD',
    ]);
  });
  it('the declared scales with their scopes; the bounds as printed', () => {
    expect(daftarSkala(polman).map((s) => [s.skala.id, s.cakupan])).toEqual([
      ['legenda-kinerja', ['capaian tiap indikator']],
      ['legenda-anggaran', ['serapan anggaran']],
    ]);
    expect(daftarSkala(manggarai)).toEqual([]);
    const [sampangSkala] = daftarSkala(sampang);
    expect(sampangSkala!.skala.pita.map(teksBatasPita)).toEqual([
      '≥ 91 s.d. ≤ 100',
      '≥ 76 s.d. ≤ 90',
      '≥ 66 s.d. ≤ 75',
      '≥ 51 s.d. ≤ 65',
      '≤ 50',
    ]);
    expect(teksBatasPita({ label: 'Melebihi Target >100%', bawah: { nilai: 100, inklusif: false } })).toBe('> 100');
    expect(teksBatasPita({ label: 'Tidak Ada Target', khusus: 'tanpa_target' })).toBe('baris tanpa target');
  });
});

describe('periods: values in the order printed, no month invented', () => {
  it('Polman: each indicator’s monthly values, the rule and the year’s value', () => {
    const [indikatorPertama, indikatorKedua] = tabelPeriode(polman);
    expect(indikatorPertama!.gabungan).toBe(93);
    expect(indikatorKedua!.baris.map((x) => [x.periode, x.realisasi])).toEqual([
      ['Nilai ke-1 (bulan tidak disebut; 12 per tahun)', 1],
      ['Nilai ke-2 (bulan tidak disebut; 12 per tahun)', 0],
      ['Nilai ke-3 (bulan tidak disebut; 12 per tahun)', 2],
    ]);
    expect(indikatorKedua!.aturan).toContain('jumlah');
    expect(indikatorKedua!.gabungan).toBe(3);
  });
  it('Kaltim: quarters with their number, no rule declared', () => {
    const tabel = tabelPeriode(laporan('bkd-provinsi-kalimantan-timur'));
    expect(tabel[0]!.baris.map((x) => x.periode)).toEqual(['Triwulan 1', 'Triwulan 2', 'Triwulan 3', 'Triwulan 4']);
    expect(tabel[0]!.aturan).toBeNull();
    expect(tabel[0]!.gabungan).toBeNull();
  });
  it('a budget line’s months, and the indicator it serves by name', () => {
    const sub2 = polman.anggaran[0]!.baris[0]!.anak[1]!;
    expect(sub2.indikator).toEqual([
      {
        id: 'jumlah-rancangan-perda-perbup-perubahan-apbd-tersusun',
        nama: 'Jumlah Rancangan Perda/Perbup Tentang Perubahan APBD yang Tersusun sesuai standar dan tepat waktu',
      },
    ]);
    expect(periodeBaris(sub2)).toEqual([
      { periode: 'Nilai ke-1', realisasi: 77484600 },
      { periode: 'Nilai ke-2', realisasi: 2573700 },
      { periode: 'Nilai ke-3', realisasi: 115545074 },
    ]);
  });
});

describe('the methodology page lists every method, scale and value set', () => {
  it('every method with a worked example computed by the engine', () => {
    const metode = daftarMetode();
    expect(metode.map((x) => x.id)).toEqual([
      'realisasi-per-target',
      'target-per-realisasi',
      'dua-target-kurang-realisasi',
      'rentang',
      'kualitatif',
    ]);
    // 9,2 ÷ 9,53 × 100 = 96,537
    const tpr = metode[1]!.contoh[0]!.capaian;
    expect(tpr.jenis === 'persen' && tpr.nilai).toBeCloseTo(96.537250787, 9);
    // 3 ÷ 2 = 150, capped at 120
    expect(metode[0]!.contoh[1]!.capaian).toEqual({ jenis: 'persen', nilai: 120, tanpaBatas: 150 });
  });
  it('the named scales and each report’s declared scales; the value sets', () => {
    const skala = skalaTerdaftar(korpus);
    expect(skala.bernama.map((x) => x.skala.id)).toEqual(['kemenpan']);
    expect(skala.laporan.map((x) => `${x.instansi} ${x.tahun} ${x.skala.id}`)).toEqual([
      'BKD Prov. Kaltim 2020 skala-sakip-kemenpan',
      'BKPSDM 2020 kemenpan-rata-rata-capaian',
      'Inspektorat Daerah Kabupaten Sampang 2019 interval-penilaian-kinerja',
      'Sub Bidang Penyusunan Anggaran 2022 legenda-kinerja',
      'Sub Bidang Penyusunan Anggaran 2022 legenda-anggaran',
    ]);
    expect(himpunanTerdaftar(korpus).map((x) => x.himpunan.id)).toEqual(['predikat-sakip']);
  });
});
