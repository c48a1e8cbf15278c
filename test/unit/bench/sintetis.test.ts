import { describe, expect, it } from 'vitest';
import { hasilkanKonten, jumlahWilayah } from '../../../scripts/bench/sintetis.ts';
import { hitungKata } from '../../../scripts/bench/kosakata.ts';
import { adaGalat, rakitKorpus } from '../../../src/core/muat/korpus.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';

describe('konten sintetis untuk benchmark', () => {
  const files = hasilkanKonten({ instansi: 12, tahun: 3 });
  const { korpus, masalah } = rakitKorpus(files);

  it('lolos validasi yang sama dengan konten nyata, kode Permendagri 90/2019 pun berbentuk sah', () => {
    expect(masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
    expect(adaGalat(masalah)).toBe(false);
    expect(masalah.filter((m) => m.jalur.endsWith('.kode') || m.jalur.endsWith('.tingkat'))).toEqual([]);
  });

  it('berbentuk seperti laporan nyata: ~5 IKU, 30 kegiatan, 60 keluaran per laporan', () => {
    expect(korpus.instansi).toHaveLength(12);
    const laporan = korpus.instansi.flatMap((i) => i.laporan);
    expect(laporan).toHaveLength(36);
    for (const satuLaporan of laporan) {
      expect(satuLaporan.data.pengukuran.indikator.length).toBeGreaterThanOrEqual(4);
      const kegiatan = satuLaporan.data.anggaran.flatMap((t) => t.baris.flatMap((p) => p.anak));
      expect(kegiatan.every((k) => k.tingkat === 'kegiatan')).toBe(true);
      expect(kegiatan).toHaveLength(30);
      expect(kegiatan.flatMap((k) => k.keluaran)).toHaveLength(60);
    }
  });

  it('ditandai sintetis dan deterministik', () => {
    expect(korpus.situs.nama).toContain('SINTETIS');
    expect(hasilkanKonten({ instansi: 12, tahun: 3 })).toEqual(files);
  });

  it('memuat selisih tercetak yang ditemukan audit, seperti laporan nyata', () => {
    const audit = hitungKorpus(korpus).laporan.flatMap((l) => l.audit);
    expect(audit.some((a) => a.status === 'berbeda')).toBe(true);
    expect(audit.some((a) => a.status === 'cocok')).toBe(true);
  });

  it('bersarang seperti Indonesia: paling banyak 38 provinsi dan 514 kabupaten/kota', () => {
    const wilayah = files.filter((f) => f.path.startsWith('content/wilayah/'));
    expect(wilayah).toHaveLength(jumlahWilayah(12).provinsi + jumlahWilayah(12).daerah);
    expect(jumlahWilayah(20_000)).toEqual({ provinsi: 38, daerah: 514 });
    expect(jumlahWilayah(2_000)).toEqual({ provinsi: 38, daerah: 250 });
    expect(jumlahWilayah(200)).toEqual({ provinsi: 5, daerah: 25 });
  });

  it('prosanya memakai kata sesering laporan nyata, bukan kosakata kecil', () => {
    const narasi = files
      .filter((f) => f.path.includes('/narasi/'))
      .map((f) => f.isi.replace(/^---[\s\S]*?---/, ''))
      .join(' ');
    const kata = narasi.toLowerCase().match(/\p{L}{3,}/gu)!;
    const frekuensi = (w: string) => kata.filter((k) => k === w).length / kata.length;
    // the source documents use "kepegawaian" for 1.7 % of their words and "dan" for 5.3 %
    expect(frekuensi('kepegawaian')).toBeGreaterThan(0.012);
    expect(frekuensi('kepegawaian')).toBeLessThan(0.022);
    expect(frekuensi('dan')).toBeGreaterThan(0.045);
    expect(new Set(kata).size).toBeGreaterThan(1000);
  });

  it('kosakata: hanya hitungan kata, tanpa nama orang atau tempat', () => {
    const jumlahKata = hitungKata(
      'Kepala BKD Kota Bontang, MOCH Sintetis. Pelayanan ASN dan pelayanan ASN di Bontang; Sutrisno hadir.',
    );
    expect(jumlahKata.get('pelayanan')).toBe(2);
    expect(jumlahKata.get('asn')).toBe(2); // an acronym, written in capitals
    expect(jumlahKata.has('bontang')).toBe(false); // a source document's place
    expect(jumlahKata.has('moch')).toBe(false); // a name in a signature
    expect(jumlahKata.has('sutrisno')).toBe(false); // only ever capitalised: a name
  });
});
