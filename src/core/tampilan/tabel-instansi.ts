/**
 * The agency pages' fixed tables as `TabelKolom` tables (`tabel-kolom.ts`): the profile's staff, spending,
 * assets and SAKIP scores per year, a Renstra's indicators with their targets per year, and a reviewed
 * Renstra's indicators across its versions. Pure.
 */
import type { BarisSakip } from './profil.ts';
import type { HalamanProfil } from './halaman-profil.ts';
import type { IndikatorRenstra } from '../skema/renstra.ts';
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
export function tabelReviuRenstra(halaman: HalamanRenstra, format: PemformatTabel): Tabel {
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

const KOLOM_PEGAWAI: Kolom[] = [
  { judul: 'Kategori', kepalaBaris: true },
  { judul: 'Jumlah', angka: true },
];

/** Each staff table with its recomputed total, and the printed total where it differs. */
export function tabelPegawai(halaman: HalamanProfil, format: PemformatTabel): Tabel[] {
  return halaman.pegawai.map(({ tabel, menurut, jumlah, tercetakBerbeda }) => ({
    label: `Pegawai menurut ${menurut} ${tabel.tahun}`,
    judul: `Pegawai menurut ${menurut}, ${tabel.tahun}`,
    kolom: KOLOM_PEGAWAI,
    baris: tabel.rincian.map((rincian) => [rincian.kategori, format.jumlah(rincian.jumlah)]),
    kaki: [
      ['Jumlah (dihitung)', format.jumlah(jumlah)],
      ...(tercetakBerbeda !== null ? [['Jumlah tercetak (berbeda)', format.jumlah(tercetakBerbeda)]] : []),
    ],
  }));
}

/** Spending per year and kind, with serapan; null when the profile prints none. */
export function tabelBelanja(halaman: HalamanProfil, format: PemformatTabel): Tabel | null {
  if (halaman.belanja.length === 0) return null;
  return {
    label: 'Anggaran belanja per tahun',
    judul: 'Anggaran belanja per tahun',
    kolom: [
      { judul: 'Tahun', kepalaBaris: true },
      { judul: 'Jenis belanja' },
      { judul: 'Pagu', angka: true },
      { judul: 'Realisasi', angka: true },
      { judul: 'Serapan', angka: true },
    ],
    baris: halaman.belanja.map((belanja) => [
      String(belanja.tahun),
      belanja.jenis,
      format.rupiah(belanja.pagu),
      format.rupiah(belanja.realisasi),
      belanja.serapan === null ? '–' : format.persen(belanja.serapan),
    ]),
  };
}

type AsetProfil = HalamanProfil['instansi']['data']['profil']['aset'][number];

/** One year's assets: count with unit, condition and value. */
export function tabelAset(aset: AsetProfil, format: PemformatTabel): Tabel {
  return {
    label: `Aset ${aset.tahun}`,
    judul: `Aset tahun ${aset.tahun}`,
    kolom: [
      { judul: 'Aset', kepalaBaris: true },
      { judul: 'Jumlah', angka: true },
      { judul: 'Kondisi' },
      { judul: 'Nilai', angka: true },
    ],
    baris: aset.rincian.map((rincian) => [
      rincian.nama,
      `${format.angka(rincian.jumlah)} ${rincian.satuan ?? ''}`,
      rincian.kondisi ?? '–',
      format.rupiah(rincian.nilai),
    ]),
  };
}

/** A goal's or target's indicators in a Renstra: unit, baseline, the target of each year and the final one. */
export function tabelRenstra(
  judul: string,
  indikator: readonly IndikatorRenstra[],
  halaman: Pick<HalamanRenstra, 'tahun' | 'namaIndikator'>,
  format: PemformatTabel,
): Tabel {
  return {
    label: judul,
    judul,
    kolom: [
      { judul: 'Indikator', kepalaBaris: true },
      { judul: 'Satuan' },
      { judul: 'Baseline', angka: true },
      ...halaman.tahun.map((tahun) => ({ judul: String(tahun), angka: true })),
      { judul: 'Target akhir', angka: true },
    ],
    baris: indikator.map((satu) => [
      {
        tautan: satu.nama_tercetak ?? halaman.namaIndikator(satu.indikator) ?? satu.indikator,
        href: `/indikator/${satu.indikator}/`,
      },
      satu.satuan ?? '–',
      satu.baseline ? `${format.nilai(satu.baseline.nilai)} (${satu.baseline.tahun})` : '–',
      ...halaman.tahun.map((tahun) => format.target(satu.target.find((target) => target.tahun === tahun)?.target)),
      format.target(satu.target_akhir),
    ]),
  };
}
