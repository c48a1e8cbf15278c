import { describe, expect, it } from 'vitest';
import {
  barisAnggaran,
  csvAnggaran,
  csvAudit,
  csvIndikator,
  jsonIndeks,
  jsonLaporan,
  KOLOM_ANGGARAN,
  KOLOM_AUDIT,
  KOLOM_INDIKATOR,
  semuaTemuan,
} from '../../../src/core/data-terbuka/terbuka.ts';
import { BERKAS_LKJIP, korpusContoh } from '../audit/korpus-contoh.ts';
import { korpusNyata } from '../audit/korpus-nyata.ts';
import { tabelCsv } from '../../helpers/csv.ts';

const korpus = korpusContoh();
const TAK_BOLEH = /NaN|Infinity|undefined|\[object Object\]/;

function satu<T>(xs: T[], cocok: (x: T) => boolean): T {
  const hasil = xs.filter(cocok);
  expect(hasil).toHaveLength(1);
  return hasil[0]!;
}

describe('indikator.csv: IKI rows of a cascading table', () => {
  const iki = tabelCsv(csvIndikator(korpusNyata())).baris.filter(
    (b) => b.jenis === 'iki' && b.instansi === 'bkpsdm-kota-bontang' && b.tahun === '2020',
  );

  it('one row per printed indicator of Lampiran 6, each with its transcription confidence', () => {
    expect(iki).toHaveLength(335);
    const per = (k: string) => iki.filter((b) => b.keyakinan === k).length;
    expect([per('tinggi'), per('sedang'), per('rendah')]).toEqual([159, 168, 8]);
  });

  it('says where a row sits in the cascade: level, number read, programme and position', () => {
    expect(iki.find((b) => b.indikator === 'Persentase kelulusan peserta diklat')?.konteks).toBe(
      'program 1 Peningkatan Kapasitas Sumber Daya Aparatur — Sekretaris',
    );
    expect(iki.filter((b) => b.konteks?.startsWith('non_eselon 2.17.1 '))).not.toHaveLength(0);
  });
});

describe('indikator.csv', () => {
  const teks = csvIndikator(korpus);
  const { kolom, baris } = tabelCsv(teks);

  it('has exactly the documented columns, in order', () => {
    expect(kolom).toEqual([
      'instansi',
      'tahun',
      'tingkat',
      'indikator_id',
      'indikator',
      'satuan',
      'polaritas',
      'target',
      'realisasi',
      'capaian',
      'capaian_tercetak',
      'status',
      'predikat',
      'metode_capaian',
      'metode_disimpulkan',
      'kategori',
      'kategori_tercetak',
      'jenis',
      'sasaran',
      'konteks',
      'capaian_masukan_rinci',
      'jumlah_rincian',
      'realisasi_gabungan',
      'keyakinan',
    ]);
    expect(kolom).toEqual(Object.keys(KOLOM_INDIKATOR));
    expect(
      teks.startsWith(
        'instansi,tahun,tingkat,indikator_id,indikator,satuan,polaritas,target,realisasi,capaian,capaian_tercetak,status,',
      ),
    ).toBe(true);
  });

  it('one record per measured indicator, first', () => {
    const ukur = baris.filter((b) => b.jenis === 'pengukuran');
    expect(ukur.map((b) => b.indikator_id)).toEqual(['indeks-profesionalitas-asn', 'waktu-layanan', 'nilai-sakip']);
    expect(baris.slice(0, 3)).toEqual(ukur);
  });

  it('the computed capaian (2 decimals, half-up), the printed one and the audit status', () => {
    expect(baris[0]).toEqual({
      instansi: 'dinas-contoh',
      tahun: '2022',
      indikator_id: 'indeks-profesionalitas-asn',
      indikator: 'Indeks Profesionalitas ASN',
      satuan: 'poin',
      polaritas: 'naik',
      target: '72',
      realisasi: '72.58',
      capaian: '100.81',
      capaian_tercetak: '100.80',
      status: 'cocok',
      predikat: 'melebihi',
      // the fixture declares no method: the method follows the polarity, and the data says so
      metode_capaian: 'realisasi-per-target',
      metode_disimpulkan: 'ya',
      // no scale for the indicators' capaian, no printed category: both empty, never a made-up one
      kategori: '',
      kategori_tercetak: '',
      // the level follows from the Renstra sasaran it serves
      tingkat: 'sasaran_strategis',
      jenis: 'pengukuran',
      sasaran: 's1',
      konteks: '',
      capaian_masukan_rinci: '',
      // the four IP ASN dimensions the fixture lists, summed
      jumlah_rincian: '72.58',
      realisasi_gabungan: '',
      keyakinan: '',
    });
    expect(baris[1]).toMatchObject({
      polaritas: 'turun',
      capaian: '80',
      capaian_tercetak: '83.33',
      status: 'berbeda',
      predikat: 'tidak_tercapai',
    });
    // a grade: met/not met, no printed capaian, so no status to give
    expect(baris[2]).toMatchObject({
      target: 'BB',
      realisasi: 'B',
      capaian: 'tidak tercapai',
      capaian_tercetak: '',
      status: 'tidak_dapat_dihitung',
      predikat: 'tidak_tercapai',
    });
  });

  it('non-computable, ranges and missing realisasi are written as text or empty, never NaN/Infinity/undefined', () => {
    const kk = korpusContoh({
      [BERKAS_LKJIP]: (dokumen) => {
        dokumen.pengukuran.indikator[0].target = 0;
        dokumen.pengukuran.indikator[1].target = { min: 8, max: 10 };
        dokumen.pengukuran.indikator[2].realisasi = null;
      },
    });
    const teks = csvIndikator(kk);
    expect(teks).not.toMatch(TAK_BOLEH);
    const { baris } = tabelCsv(teks);
    expect(baris[0]).toMatchObject({
      target: '0',
      capaian: '',
      capaian_tercetak: '100.80',
      status: 'tidak_dapat_dihitung',
      predikat: 'tak_terhitung',
    });
    // 12 days against 8–10, lower-better: (2·10 − 12) / 10
    expect(baris[1]).toMatchObject({ target: '8-10', capaian: '80' });
    expect(baris[2]).toMatchObject({ realisasi: '', capaian: '', predikat: 'tak_terhitung' });
  });
});

describe('anggaran.csv', () => {
  const teks = csvAnggaran(korpus);
  const { kolom, baris } = tabelCsv(teks);

  it('has exactly the documented columns, in order', () => {
    expect(kolom).toEqual([
      'instansi',
      'tahun',
      'tabel',
      'tingkat',
      'kode',
      'nama',
      'induk',
      'pagu',
      'realisasi',
      'serapan',
      'serapan_tercetak',
      'status',
      'pagu_rincian',
      'realisasi_rincian',
      'kategori',
      'jenis_tabel',
      'judul_tabel',
      'silpa',
      'silpa_persen',
      'pagu_murni',
      'fisik_tercetak',
      'realisasi_periode',
      'kategori_tercetak',
    ]);
    expect(kolom).toEqual(Object.keys(KOLOM_ANGGARAN));
    expect(
      teks.startsWith('instansi,tahun,tabel,tingkat,kode,nama,induk,pagu,realisasi,serapan,serapan_tercetak,status,'),
    ).toBe(true);
  });

  it('every line of the tree, parents before their children', () => {
    expect(baris.map((b) => [b.tingkat, b.nama, b.induk])).toEqual([
      ['program', 'Program A', ''],
      ['kegiatan', 'Kegiatan A1', 'Program A'],
      ['kegiatan', 'Kegiatan A2', 'Program A'],
      ['program', 'Program B', ''],
      // the table's total row last: pagu and realisasi of its top lines
      ['jumlah', 'Jumlah', ''],
    ]);
    expect(barisAnggaran(korpus.laporan[0]!)).toHaveLength(5);
  });

  it('printed subtotals next to the sum of the children, with the audit status of the printed serapan', () => {
    expect(baris[0]).toEqual({
      instansi: 'dinas-contoh',
      tahun: '2022',
      tabel: 'program-kegiatan',
      tingkat: 'program',
      kode: '',
      nama: 'Program A',
      induk: '',
      pagu: '100',
      realisasi: '91',
      serapan: '91',
      serapan_tercetak: '90.00',
      status: 'berbeda',
      pagu_rincian: '100',
      realisasi_rincian: '90',
      kategori: '', // the fixture declares no serapan scale
      jenis_tabel: 'program_kegiatan',
      judul_tabel: expect.any(String),
      silpa: '9',
      silpa_persen: '9',
      pagu_murni: '',
      fisik_tercetak: '',
      realisasi_periode: '',
      kategori_tercetak: '',
    });
    expect(baris[1]).toMatchObject({
      serapan: '91.67',
      serapan_tercetak: '91.66',
      status: 'cocok',
      pagu_rincian: '',
      realisasi_rincian: '',
    });
    expect(baris[3]).toMatchObject({ serapan: '100', status: 'cocok', pagu_rincian: '' });
  });

  it('names with a comma, quotes and a line break survive; unknown amounts are empty', () => {
    const nama = 'Belanja "ATK", kertas\r\ndan tinta';
    const kk = korpusContoh({
      [BERKAS_LKJIP]: (dokumen) => {
        dokumen.anggaran[0].baris[0].anak[1].nama = nama;
        dokumen.anggaran[0].baris[0].anak[1].kode = '5.2.1';
        delete dokumen.anggaran[0].baris[0].anak[1].realisasi;
        delete dokumen.anggaran[0].baris[0].realisasi;
        dokumen.anggaran[0].baris[1].pagu = 0;
        dokumen.anggaran[0].baris[1].realisasi = 0;
      },
    });
    const teks = csvAnggaran(kk);
    expect(teks).not.toMatch(TAK_BOLEH);
    const { baris } = tabelCsv(teks);
    expect(baris[2]).toMatchObject({
      nama,
      kode: '5.2.1',
      realisasi: '',
      serapan: '',
      serapan_tercetak: '87.50',
      status: 'tidak_dapat_dihitung',
    });
    expect(baris[0]).toMatchObject({ pagu: '100', realisasi: '', serapan: '', realisasi_rincian: '' });
    expect(baris[3]).toMatchObject({ pagu: '0', serapan: '', status: 'tidak_dapat_dihitung' });
  });
});

describe('audit.csv', () => {
  const temuan = semuaTemuan(korpus);
  const teks = csvAudit(temuan);
  const { kolom, baris } = tabelCsv(teks);

  it('has exactly the documented columns and one record per finding, profile included', () => {
    expect(kolom).toEqual(Object.keys(KOLOM_AUDIT));
    expect(kolom).toEqual([
      'instansi',
      'tahun',
      'berkas',
      'tabel',
      'jalur',
      'besaran',
      'label',
      'tercetak',
      'dihitung',
      'selisih',
      'status',
      'aturan',
      'baris_sumber',
      'keterangan',
      'kelas',
      'id',
      'satuan',
      'asal',
    ]);
    expect(baris).toHaveLength(temuan.length);
    // the permalink of each finding is unique: /audit/#<id>
    expect(new Set(baris.map((b) => b.id)).size).toBe(baris.length);
    expect(temuan.length).toBe(korpus.laporan[0]!.audit.length + korpus.auditInstansi.length);
    expect(baris.some((b) => b.jalur === 'profil.pegawai[0].jumlah_tercetak' && b.status === 'berbeda')).toBe(true);
  });

  it('the truncation match, with the source line range', () => {
    expect(satu(baris, (b) => b.jalur === 'pengukuran.indikator[0].capaian_tercetak')).toMatchObject({
      tercetak: '100.80',
      status: 'cocok',
      aturan: 'potong',
      baris_sumber: '100-110',
      // 15 significant digits: the float's noise dropped, every printed digit kept
      dihitung: '100.805555555556',
    });
    expect(satu(baris, (b) => b.jalur === 'profil.pegawai[0].jumlah_tercetak').baris_sumber).toBe('10');
  });

  it('plain decimal numbers only: no NaN, Infinity, undefined or exponent notation', () => {
    expect(teks).not.toMatch(TAK_BOLEH);
    for (const butir of baris)
      for (const kolom of ['dihitung', 'selisih'] as const)
        if (butir[kolom] !== '' && butir.besaran !== 'kategori_sakip')
          expect(butir[kolom], `${butir.jalur}.${kolom}`).toMatch(/^-?\d+(\.\d+)?$/);
    expect(satu(baris, (b) => b.jalur === 'pengukuran.indikator[0].tahun_sebelumnya[0].selisih_tercetak').selisih).toBe(
      '0',
    );
  });

  it('a grade finding writes the grades as text', () => {
    expect(satu(baris, (b) => b.jalur === 'evaluasi_sakip.penilaian[0].kategori_tercetak')).toMatchObject({
      tercetak: 'C',
      dihitung: 'C',
      selisih: '',
      aturan: 'persis',
    });
  });

  it('N/A printed and not computable', () => {
    const kk = korpusContoh({
      [BERKAS_LKJIP]: (dokumen) => {
        dokumen.pengukuran.indikator[2].target = 'N/A';
        dokumen.pengukuran.indikator[2].capaian_tercetak = 'N/A';
      },
    });
    const { baris } = tabelCsv(csvAudit(semuaTemuan(kk)));
    expect(satu(baris, (x) => x.jalur === 'pengukuran.indikator[2].capaian_tercetak')).toMatchObject({
      tercetak: 'N/A',
      dihitung: '',
      selisih: '',
      status: 'cocok',
      aturan: 'persis',
    });
  });
});

describe('JSON', () => {
  const adaTakHingga = (v: unknown): boolean =>
    typeof v === 'number'
      ? !Number.isFinite(v)
      : v === undefined
        ? false
        : v && typeof v === 'object'
          ? Object.values(v).some(adaTakHingga)
          : false;

  it('the per-report JSON carries the inputs, the computed values and the audit, all finite', () => {
    const isiJson = jsonLaporan(korpus.laporan[0]!);
    expect(isiJson).toMatchObject({ instansi: 'dinas-contoh', tahun: 2022, berkas: BERKAS_LKJIP });
    expect(adaTakHingga(isiJson)).toBe(false);
    const teks = JSON.stringify(isiJson);
    expect(teks).not.toMatch(/NaN|Infinity/);
    const balik = JSON.parse(teks);
    expect(balik.dihitung.indikator[0]).toMatchObject({
      indikator: 'indeks-profesionalitas-asn',
      polaritas: 'naik',
      predikat: 'melebihi',
      jumlah_rincian: 72.58,
    });
    expect(balik.dihitung.indikator[0].capaian.nilai).toBeCloseTo(100.805555556, 8);
    expect(balik.dihitung.indikator[2].capaian).toEqual({ jenis: 'kualitatif', tercapai: false });
    expect(balik.dihitung.anggaran).toMatchObject([
      { tabel: 'program-kegiatan', pagu: 150, realisasi: 141, serapan: 94 },
    ]);
    // every line of the tree, with its path in the content file
    expect(
      balik.dihitung.anggaran[0].baris.map((b: { jalur: (string | number)[]; tingkat: string; realisasi: number }) => [
        b.jalur,
        b.tingkat,
        b.realisasi,
      ]),
    ).toEqual([
      [['anggaran', 0, 'baris', 0], 'program', 91],
      [['anggaran', 0, 'baris', 0, 'anak', 0], 'kegiatan', 55],
      [['anggaran', 0, 'baris', 0, 'anak', 1], 'kegiatan', 35],
      [['anggaran', 0, 'baris', 1], 'program', 50],
    ]);
    expect(balik.dihitung.rata_rata.dikecualikan).toEqual(['nilai-sakip']);
    expect(balik.dihitung.ringkasan).toEqual({ melebihi: 1, tercapai: 0, tidak_tercapai: 2, tak_terhitung: 0 });
    expect(balik.audit).toHaveLength(korpus.laporan[0]!.audit.length);
    // the printed value stays a string with its decimals
    expect(balik.laporan.pengukuran.indikator[0].capaian_tercetak).toBe('100.80');
  });

  it('a non-computable capaian is an explicit object in JSON, not null or NaN', () => {
    const kk = korpusContoh({ [BERKAS_LKJIP]: (j) => (j.pengukuran.indikator[0].target = 0) });
    const isiJson = JSON.parse(JSON.stringify(jsonLaporan(kk.laporan[0]!)));
    expect(isiJson.dihitung.indikator[0].capaian).toEqual({ jenis: 'tak_terhitung', alasan: 'target_nol' });
    expect(isiJson.dihitung.indikator[0].predikat).toBe('tak_terhitung');
  });

  it('the index lists agencies, their Renstra versions and report URLs under the base', () => {
    const isiJson = jsonIndeks(korpus, '/kinerja/');
    expect(isiJson.instansi).toHaveLength(1);
    expect(isiJson.instansi[0]).toMatchObject({
      id: 'dinas-contoh',
      wilayah: 'kota-contoh',
      renstra: [{ periode: '2021-2026', versi: ['awal'] }],
      laporan: [{ tahun: 2022, data: '/kinerja/data/laporan/dinas-contoh-2022.json' }],
    });
    expect(isiJson.wilayah.map((w) => w.id).sort()).toEqual(['kota-contoh', 'provinsi-contoh']);
    expect(JSON.stringify(isiJson)).not.toMatch(/NaN|Infinity|undefined/);
  });
});
