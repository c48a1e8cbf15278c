import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { halamanLaporan, type HalamanLaporan } from '../../../src/core/tampilan/halaman-laporan.ts';
import { katalogIndikator } from '../../../src/core/tampilan/indikator.ts';
import { bukaBaris, type Sel } from '../../../src/core/tampilan/tabel-kolom.ts';
import { tabelAudit, tabelEfisiensi, tabelPeriode, tabelRincian } from '../../../src/core/tampilan/tabel-laporan.ts';
import { tabelNilaiIndikator } from '../../../src/core/tampilan/tabel-indikator.ts';
import { LABEL_KELAS } from '../../../src/core/audit/audit.ts';
import * as format from '../../../src/lib/format.ts';

const korpus = hitungKorpus(muatKonten(resolve('test/fixtures/konten-contoh')).korpus);
const halaman = halamanLaporan(korpus.laporan[0]!, { korpus });
const sel = (baris: Parameters<typeof bukaBaris>[0]) => bukaBaris(baris).sel;

describe('the report tables as TabelKolom tables', () => {
  it('gives each printed figure that differs a row with its permalink, its links and its status', () => {
    const tabel = tabelAudit(halaman, format);
    expect(tabel.id).toBe('tabel-audit');
    expect(tabel.baris.map((baris) => bukaBaris(baris).id)).toEqual(halaman.audit.berbeda.map((temuan) => temuan.id));
    // the fixture's carried finding: why, where on the page, and the finding it comes from
    const indeks = halaman.audit.berbeda.findIndex((temuan) => temuan.asal);
    const temuan = halaman.audit.berbeda[indeks]!;
    const [nama, tercetak, , , letak, status] = sel(tabel.baris[indeks]!);
    expect(nama).toEqual({
      isi: [
        temuan.label,
        { span: [{ barisBaru: true }, temuan.keterangan], kelas: 'catatan' },
        {
          span: [{ tautan: 'Angka ini di halaman', href: `#${halaman.audit.tempat.get(temuan.id)}` }],
          kelas: 'catatan blok',
        },
        { span: [{ tautan: 'Temuan asalnya', href: `#${temuan.asal}` }], kelas: 'catatan blok' },
      ],
    });
    expect(tercetak).toBe(format.nilaiTemuan(temuan, temuan.tercetak));
    expect(letak).toEqual({ letak: { tabel: temuan.tabel, ...temuan.lokasi }, dokumen: halaman.sumber });
    expect(status).toEqual({
      isi: [{ status: 'berbeda' }, { span: [LABEL_KELAS.terbawa], kelas: 'catatan kecil blok' }],
    });
  });

  it("puts the agency's response under the finding it answers", () => {
    const temuan = halaman.audit.berbeda[0]!;
    const tanggapan = { oleh: 'Kepala Dinas', tanggal: '2024-01-02', isi: 'Sudah diperbaiki.' };
    const dengan = {
      ...halaman,
      audit: { ...halaman.audit, tanggapan: new Map([[temuan.id, tanggapan]]) },
    } as HalamanLaporan;
    const [nama] = sel(tabelAudit(dengan, format).baris[0]!);
    expect((nama as { isi: unknown[] }).isi.at(-1)).toEqual({ tanggapan });
  });

  it('captions the breakdown with its source and sums it in the footer', () => {
    const [tabel] = tabelRincian(halaman, format);
    const { indikator, jumlahMaks } = halaman.rincian[0]!;
    expect(tabel!.judul).toEqual([
      `Rincian ${indikator.nama} (`,
      { letak: indikator.data.rincian_lokasi, dokumen: halaman.sumber },
      ')',
    ]);
    expect(tabel!.baris).toHaveLength(indikator.data.rincian.length);
    expect(tabel!.kaki).toEqual([
      ['Jumlah (dihitung)', format.angka(indikator.jumlahRincian), format.angka(jumlahMaks)],
    ]);
  });

  it('shows each efficiency method with its printed inputs, a dash for what is not printed, and its source', () => {
    const tabel = tabelEfisiensi(halaman, format);
    const { data, dariTercetak } = halaman.terhitung.efisiensi[0]!;
    const baris = sel(tabel.baris[0]!);
    expect(baris[0]).toEqual({ isi: ['capaian % − serapan %'] });
    expect(baris[1]).toBe(data.capaian_tercetak ? format.tercetak(data.capaian_tercetak) : '–');
    expect(baris[4]).toBe(format.efisiensi(data.metode, dariTercetak));
    expect(baris[5]).toEqual({ letak: data.lokasi, dokumen: halaman.sumber });
  });

  it('anchors each period table, and adds the annual value only when the document declares its rule', () => {
    const indikator = halaman.terhitung.indikator[0]!;
    const baris = {
      indikator,
      periode: 'Triwulan 1',
      target: 10,
      realisasi: 5,
      capaian: null,
      capaianTercetak: undefined,
    };
    const periode = [
      { indikator, jenis: 'triwulan', aturan: 'jumlah', gabungan: 20, baris: [baris] },
      { indikator, jenis: 'semester', aturan: null, gabungan: null, baris: [baris] },
    ];
    const [dengan, tanpa] = tabelPeriode({ ...halaman, periode } as HalamanLaporan, format);
    expect(dengan!.id).toBe(halaman.indikatorAudit.get(indikator)?.periode);
    expect(dengan!.judul).toBe(`${indikator.nama}: nilai per triwulan; nilai tahunan = jumlah`);
    expect(sel(dengan!.baris[0]!)).toEqual(['Triwulan 1', '10', '5', '–', '–']);
    const kaki: (Sel | undefined)[] = [
      'Nilai tahunan (dihitung)',
      undefined,
      '20',
      { isi: [`tercetak: ${format.nilai(indikator.data.realisasi)}`], rentang: 2, teks: true },
    ];
    expect(dengan!.kaki).toEqual([kaki]);
    expect(tanpa!.judul).toBe(
      `${indikator.nama}: nilai per semester; dokumen tidak menyatakan aturan nilai tahunannya`,
    );
    expect(tanpa!.kaki).toEqual([]);
  });
});

describe('the indicator page table as a TabelKolom table', () => {
  it("links each agency and year, writes what the source lacks in words and shows the predicate's badge", () => {
    const entri = katalogIndikator(korpus).find((satu) => satu.nilai.length)!;
    const nilai = entri.nilai[0]!;
    const [baris] = tabelNilaiIndikator({ ...entri, nilai: [{ ...nilai, satuan: null }] }, format).baris;
    expect(sel(baris!)).toEqual([
      { tautan: nilai.singkatan, href: `/instansi/${nilai.instansi}/` },
      { tautan: String(nilai.tahun), href: `/instansi/${nilai.instansi}/${nilai.tahun}/` },
      format.target(nilai.target),
      format.nilai(nilai.realisasi),
      'tidak ada di sumber',
      format.capaian(nilai.capaian),
      { predikat: nilai.predikat },
    ]);
  });
});
