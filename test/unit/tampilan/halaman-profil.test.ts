import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { halamanProfil } from '../../../src/core/tampilan/halaman-profil.ts';
import type { DataInstansi } from '../../../src/core/muat/korpus.ts';

const korpus = hitungKorpus(muatKonten(resolve('test/fixtures/konten-contoh')).korpus);
const instansi = korpus.korpus.instansi[0]!;
const halaman = halamanProfil(instansi, { korpus });

/** The fixture agency with some of its data replaced (synthetic, for the cases the fixture lacks). */
const dengan = (data: Partial<DataInstansi['data']>): DataInstansi => ({
  ...instansi,
  data: { ...instansi.data, ...data },
});

describe('halamanProfil (the agency profile view model)', () => {
  it("summarises each of the agency's reports from the corpus index", () => {
    expect(halaman.laporan).toEqual([
      { tahun: 2022, sebagian: false, indikator: 3, tercapai: 1, tidakTercapai: 2, rataRata: expect.any(Number) },
    ]);
  });

  it('totals each staff table and keeps a printed total only when it differs', () => {
    // fixture: rows summing to 22, printed total 23
    expect(halaman.pegawai.map((p) => [p.menurut, p.jumlah, p.tercetakBerbeda])).toEqual([['jenis kelamin', 22, 23]]);
    const tabel = { ...instansi.data.profil.pegawai[0]!, jumlah_tercetak: 22 };
    const sama = halamanProfil(dengan({ profil: { ...instansi.data.profil, pegawai: [tabel] } }), { korpus });
    expect(sama.pegawai[0]!.tercetakBerbeda).toBeNull();
  });

  it('nests organisation units three levels deep; a unit with an unknown parent is a top unit', () => {
    const unit = [
      { id: 'a', nama: 'A' },
      { id: 'b', nama: 'B', induk: 'a' },
      { id: 'c', nama: 'C', induk: 'b' },
      { id: 'd', nama: 'D', induk: 'c' },
      { id: 'e', nama: 'E', induk: 'tidak-ada' },
    ];
    const halaman = halamanProfil(dengan({ unit_organisasi: unit }), { korpus });
    expect(halaman.organisasi).toEqual([
      { nama: 'A', anak: [{ nama: 'B', anak: [{ nama: 'C', anak: [] }] }] },
      { nama: 'E', anak: [] },
    ]);
  });

  it('gives spending lines a serapan, none without a realisasi or with a zero pagu', () => {
    const belanja = [
      {
        tahun: 2022,
        rincian: [
          { jenis: 'Pegawai', pagu: 200, realisasi: 150 },
          { jenis: 'Modal', pagu: 0, realisasi: 0 },
          { jenis: 'Barang', pagu: 100 },
        ],
      },
    ];
    const halaman = halamanProfil(dengan({ profil: { ...instansi.data.profil, belanja } as never }), {
      korpus,
    });
    expect(halaman.belanja.map((b) => b.serapan)).toEqual([75, null, null]);
  });

  it('draws a trend only from two points, and the SAKIP history only from two years', () => {
    const tren = Object.fromEntries(halaman.tren.map((t) => [t.tren.indikator, t.grafik !== null]));
    expect(tren['indeks-profesionalitas-asn']).toBe(true); // 2021 (previous year) and 2022
    expect(tren['waktu-layanan']).toBe(false);
    expect(halaman.sakip).toHaveLength(1);
    expect(halaman.grafikSakip).toBeNull();
  });

  it('lists each Renstra with the periods its indicators were in force', () => {
    expect(halaman.renstra.map((r) => r.lintasan.periode)).toEqual(['2021-2026']);
    expect(halaman.renstra[0]!.indikator[0]).toMatchObject({ masa: 'Renstra awal: 2021–2026', dihapus: false });
  });
});
