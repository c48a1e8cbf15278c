/** The portal's national index of names (src/core/publikasi/rekaman-nasional.ts). */
import { describe, expect, it } from 'vitest';
import { bacaCsv } from '../../../src/core/publikasi/csv-baca.ts';
import { isiRekaman } from '../../../src/core/publikasi/rekaman-cari.ts';
import { indikatorDariCsv, rekamanNasional, type SitusWilayah } from '../../../src/core/publikasi/rekaman-nasional.ts';

const situs: SitusWilayah = {
  id: 'provinsi-kalimantan-timur',
  nama: 'Provinsi Kalimantan Timur',
  indeks: {
    wilayah: [
      { id: 'provinsi-kalimantan-timur', nama: 'Provinsi Kalimantan Timur' },
      { id: 'kota-bontang', nama: 'Kota Bontang' },
    ],
    instansi: [
      {
        id: 'bkpsdm-kota-bontang',
        nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bontang',
        singkatan: 'BKPSDM',
        wilayah: 'kota-bontang',
        laporan: [{ tahun: 2020 }],
        iki: [{ tahun: 2022 }],
        renstra: [{ periode: '2016-2021' }],
      },
    ],
  },
  indikator: [{ id: 'indeks-profesionalitas-asn', nama: 'Indeks Profesionalitas ASN' }],
};

describe('indeks nama nasional', () => {
  const rekaman = rekamanNasional([situs]);
  const dari = (url: string) => rekaman.find((x) => x.url === url)!;

  it('satu rekaman per situs wilayah, instansi dan indikator, bertaut ke situs wilayahnya', () => {
    expect(rekaman.map((x) => x.url)).toEqual([
      '/wilayah/provinsi-kalimantan-timur/',
      '/wilayah/provinsi-kalimantan-timur/instansi/bkpsdm-kota-bontang/',
      '/wilayah/provinsi-kalimantan-timur/indikator/indeks-profesionalitas-asn/',
    ]);
  });

  it('rekaman instansi menyebut tahun laporan, IKI dan periode Renstra-nya; nama, singkatan dan wilayah dapat dicari', () => {
    const instansi = dari('/wilayah/provinsi-kalimantan-timur/instansi/bkpsdm-kota-bontang/');
    expect(instansi.meta).toEqual({
      title: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bontang',
      jenis: 'Instansi',
      singkatan: 'BKPSDM',
      tahun: 'LKjIP 2020',
    });
    const isi = isiRekaman(instansi, 'ringkas');
    for (const kata of [
      'Laporan Kinerja (LKjIP) 2020',
      'Indikator Kinerja Individu (IKI) 2022',
      'Rencana Strategis (Renstra) 2016–2021',
      'BKPSDM',
      'Kota Bontang',
      'Provinsi Kalimantan Timur',
    ])
      expect(isi).toContain(kata);
  });

  it('tanpa filter: Pagefind memuat semua filter pada kueri pertama, dan filter ada di indeks wilayah', () => {
    for (const satuRekaman of rekaman) expect(satuRekaman.filters).toEqual({});
  });

  it('instansi tanpa laporan tidak menyebut tahun kosong', () => {
    const [, tanpa] = rekamanNasional([
      { ...situs, indeks: { ...situs.indeks, instansi: [{ ...situs.indeks.instansi[0]!, laporan: [], iki: [] }] } },
    ]);
    expect(tanpa!.meta).not.toHaveProperty('tahun');
    expect(isiRekaman(tanpa!, 'ringkas')).not.toMatch(/LKjIP|IKI/);
  });

  it('nama indikator dari indikator.csv, tiap indikator sekali', () => {
    const csv = bacaCsv(
      'instansi,tahun,indikator_id,indikator\na,2020,ip-asn,Indeks Profesionalitas ASN\nb,2021,ip-asn,Indeks Profesionalitas ASN\nb,2021,ikm,Skor IKM\n',
    );
    expect(indikatorDariCsv(csv)).toEqual([
      { id: 'ikm', nama: 'Skor IKM' },
      { id: 'ip-asn', nama: 'Indeks Profesionalitas ASN' },
    ]);
    expect(indikatorDariCsv(bacaCsv('a,b\n1,2\n'))).toEqual([]);
  });
});
