/**
 * The agency pages' fixed tables as `TabelKolom` tables (`tabel-kolom.ts`): the SAKIP scores per year on
 * the profile, and a reviewed Renstra's indicators across its versions. Pure.
 */
import type { BarisSakip } from './profil.ts';
import type { HalamanRenstra } from './halaman-renstra.ts';
import type { Kolom, Tabel } from './tabel-kolom.ts';
import type { PemformatTabel } from './tabel-laporan.ts';

const KOLOM_SAKIP: Kolom[] = [
  { judul: 'Tahun', kepalaBaris: true },
  { judul: 'Nilai tercetak', angka: true },
  { judul: 'Jumlah komponen (dihitung)', angka: true },
  { judul: 'Kategori (dihitung)' },
  { judul: 'Kategori tercetak' },
  { judul: 'Sumber' },
];

/** SAKIP scores per evaluated year, each linked to the report that printed it. */
export function tabelRiwayatSakip(sakip: readonly BarisSakip[], idInstansi: string, format: PemformatTabel): Tabel {
  return {
    label: 'Riwayat nilai SAKIP',
    judul: 'Nilai evaluasi SAKIP per tahun yang dievaluasi',
    kolom: KOLOM_SAKIP,
    baris: sakip.map((nilai) => [
      String(nilai.tahun),
      format.angka(nilai.nilaiTercetak),
      nilai.nilaiDihitung === null ? '– (komponen tidak tercetak)' : format.angka(nilai.nilaiDihitung),
      nilai.kategori ? `${nilai.kategori.kode} (${nilai.kategori.label})` : '–',
      nilai.kategoriTercetak ?? '–',
      { tautan: `LKjIP ${nilai.dariLaporan}`, href: `/instansi/${idInstansi}/${nilai.dariLaporan}/#sakip` },
    ]),
  };
}

/** Every indicator of a reviewed Renstra, and in each version whether it is used and its final target. */
export function tabelReviuRenstra(halaman: HalamanRenstra, format: Pick<PemformatTabel, 'target'>): Tabel {
  return {
    label: 'Indikator per versi Renstra',
    judul: 'Indikator sebelum dan sesudah reviu (target akhir periode)',
    kolom: [{ judul: 'Indikator', kepalaBaris: true }, ...halaman.versi.map(({ versi }) => ({ judul: versi.nama }))],
    baris: halaman.perVersi.map(({ indikator, sel }) => [
      { tautan: halaman.namaIndikator(indikator) ?? indikator, href: `/indikator/${indikator}/` },
      ...sel.map((dipakai) =>
        dipakai
          ? `✓ dipakai; ${dipakai.akhir === undefined ? 'Renstra tidak memuat target akhir' : `target akhir ${format.target(dipakai.akhir)}`}`
          : '– tidak dipakai',
      ),
    ]),
  };
}
