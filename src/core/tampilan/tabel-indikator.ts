/**
 * The indicator pages' tables as `TabelKolom` tables: the catalogue, and one indicator's values across
 * agencies and years. Pure.
 */
import { barisKatalog, type EntriIndikator } from './indikator.ts';
import type { Kolom, Tabel } from './tabel-kolom.ts';
import type { PemformatTabel } from './tabel-laporan.ts';

const KOLOM_NILAI: Kolom[] = [
  { judul: 'Instansi', kepalaBaris: true },
  { judul: 'Tahun' },
  { judul: 'Target', angka: true },
  { judul: 'Realisasi', angka: true },
  { judul: 'Satuan' },
  { judul: 'Capaian dihitung', angka: true },
  { judul: 'Predikat' },
];

/** An indicator's target, realisation and recomputed capaian per agency and year, linked to each. */
export function tabelNilaiIndikator(entri: EntriIndikator, format: PemformatTabel): Tabel {
  return {
    label: `Nilai ${entri.nama}`,
    judul: `Target, realisasi dan capaian ${entri.nama}`,
    kolom: KOLOM_NILAI,
    baris: entri.nilai.map((nilai) => [
      { tautan: nilai.singkatan, href: `/instansi/${nilai.instansi}/` },
      { tautan: String(nilai.tahun), href: `/instansi/${nilai.instansi}/${nilai.tahun}/` },
      format.target(nilai.target),
      format.nilai(nilai.realisasi),
      nilai.satuan ?? format.TIDAK_ADA_DI_SUMBER,
      format.capaian(nilai.capaian),
      { predikat: nilai.predikat },
    ]),
  };
}

/** The catalogue: each indicator linked to its page, with its units, polarities, agencies and measurements. */
export function tabelKatalog(daftar: readonly EntriIndikator[], format: PemformatTabel): Tabel {
  return {
    label: 'Daftar indikator',
    judul: 'Indikator, instansi yang mendefinisikannya dan jumlah pengukuran',
    kolom: [
      { judul: 'Indikator', kepalaBaris: true },
      { judul: 'Satuan' },
      { judul: 'Polaritas' },
      { judul: 'Instansi' },
      { judul: 'Pengukuran', angka: true },
    ],
    baris: barisKatalog(daftar).map(({ e: entri, ringkas }) => [
      { tautan: entri.nama, href: `/indikator/${entri.id}/` },
      ringkas.satuan,
      ringkas.polaritas,
      ringkas.instansi,
      format.jumlah(entri.nilai.length),
    ]),
  };
}
