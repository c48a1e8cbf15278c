/**
 * "What did the money buy?": per program of a budget table, what it spent (pagu, realisasi, serapan) and
 * the outputs (keluaran) of its kegiatan with target and realisasi, readable at once (no folding), and a
 * chart of the program's output capaian beside its serapan. A program's output capaian is the median of
 * its outputs' capaian (realisasi ÷ target × 100 where both are numbers), so one output far off cannot
 * carry it; the count computed is shown beside it. Pure; numbers are formatted by the component.
 */
import type { BarisTerhitung, LaporanTerhitung, TabelTerhitung } from '../hitung/laporan.ts';
import type { Keluaran } from '../skema/laporan.ts';
import { capaianKeluaran } from '../rumus/capaian.ts';
import { adaData, type Grafik } from './grafik.ts';
import { median } from './jawaban.ts';
import { serapanKonsisten } from './laporan.ts';
import { bulatkan } from '../rumus/presisi.ts';

export interface KeluaranHalaman {
  indikator: string;
  target: Keluaran['target'] | null;
  realisasi: Keluaran['realisasi'] | null;
  satuan: string | null;
  /** realisasi ÷ target × 100, when both are numbers and the target is not zero */
  capaian: number | null;
}

export interface KegiatanHalaman {
  nama: string;
  keluaran: KeluaranHalaman[];
}

export interface ProgramHalaman {
  nama: string;
  kode: string | null;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  /** outputs printed on the program line itself */
  keluaran: KeluaranHalaman[];
  /** each kegiatan with its outputs and its sub-kegiatan's outputs */
  kegiatan: KegiatanHalaman[];
  jumlahKeluaran: number;
  /** how many outputs have a computable capaian */
  jumlahDihitung: number;
  /** median of the computable output capaian; null when none is */
  capaianKeluaran: number | null;
}

export interface HasilBelanja {
  idTabel: string;
  judul: string;
  program: ProgramHalaman[];
  /** capaian keluaran beside serapan per program; null with nothing to draw */
  grafik: Grafik | null;
}

function keluaranHalaman(k: Keluaran): KeluaranHalaman {
  const c = capaianKeluaran(k.target, k.realisasi);
  return {
    indikator: k.indikator,
    target: k.target ?? null,
    realisasi: k.realisasi ?? null,
    satuan: k.satuan ?? null,
    capaian: c?.jenis === 'persen' && Number.isFinite(c.nilai) ? c.nilai : null,
  };
}

/** A line's own outputs and those of every line below it, in order. */
const keluaranTurunan = (b: BarisTerhitung): KeluaranHalaman[] => [
  ...b.data.keluaran.map(keluaranHalaman),
  ...b.anak.flatMap(keluaranTurunan),
];

/** Every program line of a table, wherever it sits (under urusan or bidang urusan too). */
const barisProgram = (baris: readonly BarisTerhitung[]): BarisTerhitung[] =>
  baris.flatMap((b) => (b.tingkat === 'program' ? [b] : barisProgram(b.anak)));

function programHalaman(b: BarisTerhitung): ProgramHalaman {
  const keluaran = b.data.keluaran.map(keluaranHalaman);
  const kegiatan = b.anak.map((k) => ({ nama: k.data.nama, keluaran: keluaranTurunan(k) }));
  const semua = [...keluaran, ...kegiatan.flatMap((k) => k.keluaran)];
  const dihitung = semua.flatMap((k) => (k.capaian === null ? [] : [k.capaian]));
  return {
    nama: b.data.nama,
    kode: b.data.kode ?? null,
    pagu: b.pagu,
    realisasi: b.realisasi,
    // from the deepest lines when a printed subtotal is wrong, as the budget chart and the headline do
    serapan: serapanKonsisten(b),
    keluaran,
    kegiatan,
    jumlahKeluaran: semua.length,
    jumlahDihitung: dihitung.length,
    // 2 decimals, as the site shows and publishes every capaian
    capaianKeluaran: dihitung.length ? bulatkan(median(dihitung)!, 2) : null,
  };
}

export function grafikHasilBelanja(tabel: TabelTerhitung, program: readonly ProgramHalaman[], id: string): Grafik {
  return {
    id: `hasil-belanja-${id}-${tabel.data.id}`,
    jenis: 'bar',
    judul: `Capaian keluaran dan serapan anggaran per program: ${tabel.data.judul}`,
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
export function hasilBelanja(t: LaporanTerhitung, id: string): HasilBelanja[] {
  return t.anggaran.flatMap((tabel) => {
    const program = barisProgram(tabel.baris).map(programHalaman);
    if (!program.some((p) => p.jumlahKeluaran > 0)) return [];
    const grafik = grafikHasilBelanja(tabel, program, id);
    return [
      {
        idTabel: tabel.data.id,
        judul: tabel.data.judul,
        program,
        grafik: program.length > 0 && adaData(grafik) ? grafik : null,
      },
    ];
  });
}
