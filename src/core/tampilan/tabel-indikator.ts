/** The indicator page's table of values across agencies and years, as a `TabelKolom` table. Pure. */
import type { EntriIndikator } from './indikator.ts';
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
export function tabelNilaiIndikator(
  entri: EntriIndikator,
  format: Pick<PemformatTabel, 'target' | 'nilai' | 'capaian'> & { TIDAK_ADA_DI_SUMBER: string },
): Tabel {
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
