/**
 * "What did the money buy?" on the report page: the programs and outputs the computed report holds
 * (`hitung/belanja.ts`, where the output capaian is defined), each table with a chart of the program's
 * output capaian beside its serapan. Pure; numbers are formatted by the component.
 */
import type { LaporanTerhitung } from '../hitung/laporan.ts';
import type { TabelBelanja } from '../hitung/belanja.ts';
import { adaData, type Grafik } from './grafik.ts';

export interface HasilBelanja extends TabelBelanja {
  /** capaian keluaran beside serapan per program; null with nothing to draw */
  grafik: Grafik | null;
}

export function grafikHasilBelanja(tabel: TabelBelanja, id: string): Grafik {
  const program = tabel.program;
  return {
    id: `hasil-belanja-${id}-${tabel.idTabel}`,
    jenis: 'bar',
    judul: `Capaian keluaran dan serapan anggaran per program: ${tabel.judul}`,
    satuan: '%',
    // "Program …" is implied by the title
    label: program.map((p) => p.nama.replace(/^program\s+/i, '')),
    mendatar: true,
    seri: [
      { nama: 'Capaian keluaran, median (%)', data: program.map((p) => p.capaianKeluaran), gaya: 'batang' },
      { nama: 'Serapan anggaran (%)', data: program.map((p) => p.serapan), gaya: 'batang' },
    ],
    acuan: { nilai: 100, teks: '100 %' },
  };
}

/** The report's budget tables that have program lines with outputs, each with its programs and chart. */
export function hasilBelanja(terhitung: LaporanTerhitung, id: string): HasilBelanja[] {
  return terhitung.belanja.map((tabel) => {
    const grafik = grafikHasilBelanja(tabel, id);
    return { ...tabel, grafik: tabel.program.length > 0 && adaData(grafik) ? grafik : null };
  });
}
