/**
 * "What did the money buy?", computed once with the report (`LaporanTerhitung.belanja`): per program of
 * a budget table, what it spent (pagu, realisasi, serapan) and the outputs (keluaran) of its kegiatan
 * with target and realisasi. A program's output capaian is the median of its outputs' capaian
 * (realisasi ÷ target × 100 where both are numbers), so one output far off cannot carry it; the count
 * computed is kept beside it. The report page (`tampilan/hasil-belanja.ts`, which adds the chart) and
 * the `hasil-belanja` open data both read it.
 */
import type { Keluaran } from '../skema/laporan.ts';
import { serapan as hitungSerapan } from '../rumus/anggaran.ts';
import { capaianKeluaran } from '../rumus/capaian.ts';
import { bulatkan } from '../rumus/presisi.ts';
import { median } from '../rumus/rata.ts';
import { jumlahDalam, type BarisTerhitung, type TabelTerhitung } from './laporan.ts';

export interface KeluaranProgram {
  indikator: string;
  target: Keluaran['target'] | null;
  realisasi: Keluaran['realisasi'] | null;
  satuan: string | null;
  /** realisasi ÷ target × 100, when both are numbers and the target is not zero */
  capaian: number | null;
}

export interface KegiatanProgram {
  nama: string;
  keluaran: KeluaranProgram[];
}

export interface ProgramBelanja {
  nama: string;
  kode: string | null;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  /** outputs printed on the program line itself */
  keluaran: KeluaranProgram[];
  /** each kegiatan with its outputs and its sub-kegiatan's outputs */
  kegiatan: KegiatanProgram[];
  jumlahKeluaran: number;
  /** how many outputs have a computable capaian */
  jumlahDihitung: number;
  /** median of the computable output capaian; null when none is */
  capaianKeluaran: number | null;
}

export interface TabelBelanja {
  idTabel: string;
  judul: string;
  program: ProgramBelanja[];
}

/**
 * A line's serapan from its deepest lines, so that a misprinted subtotal does not make a 1.003 % bar; to
 * 2 decimals like every serapan the site shows and publishes.
 */
export function serapanKonsisten(baris: BarisTerhitung): number | null {
  const dalam = baris.anak.length ? jumlahDalam(baris.anak) : null;
  const nilai =
    dalam?.pagu && dalam.realisasi !== null
      ? hitungSerapan({ pagu: dalam.pagu, realisasi: dalam.realisasi })
      : baris.serapan;
  return nilai === null ? null : bulatkan(nilai, 2);
}

function keluaranProgram(keluaran: Keluaran): KeluaranProgram {
  const capaian = capaianKeluaran(keluaran.target, keluaran.realisasi);
  return {
    indikator: keluaran.indikator,
    target: keluaran.target ?? null,
    realisasi: keluaran.realisasi ?? null,
    satuan: keluaran.satuan ?? null,
    capaian: capaian?.jenis === 'persen' && Number.isFinite(capaian.nilai) ? capaian.nilai : null,
  };
}

/** A line's own outputs and those of every line below it, in order. */
const keluaranTurunan = (b: BarisTerhitung): KeluaranProgram[] => [
  ...b.data.keluaran.map(keluaranProgram),
  ...b.anak.flatMap(keluaranTurunan),
];

/** Every program line of a table, wherever it sits (under urusan or bidang urusan too). */
const barisProgram = (baris: readonly BarisTerhitung[]): BarisTerhitung[] =>
  baris.flatMap((b) => (b.tingkat === 'program' ? [b] : barisProgram(b.anak)));

function programBelanja(baris: BarisTerhitung): ProgramBelanja {
  const keluaran = baris.data.keluaran.map(keluaranProgram);
  const kegiatan = baris.anak.map((k) => ({ nama: k.data.nama, keluaran: keluaranTurunan(k) }));
  const semua = [...keluaran, ...kegiatan.flatMap((k) => k.keluaran)];
  const dihitung = semua.flatMap((k) => (k.capaian === null ? [] : [k.capaian]));
  return {
    nama: baris.data.nama,
    kode: baris.data.kode ?? null,
    pagu: baris.pagu,
    realisasi: baris.realisasi,
    // from the deepest lines when a printed subtotal is wrong, as the budget chart and the headline do
    serapan: serapanKonsisten(baris),
    keluaran,
    kegiatan,
    jumlahKeluaran: semua.length,
    jumlahDihitung: dihitung.length,
    // 2 decimals, as the site shows and publishes every capaian
    capaianKeluaran: dihitung.length ? bulatkan(median(dihitung)!, 2) : null,
  };
}

/** The report's budget tables that have program lines with outputs, each with its programs. */
export function hitungBelanja(anggaran: readonly TabelTerhitung[]): TabelBelanja[] {
  return anggaran.flatMap((tabel) => {
    const program = barisProgram(tabel.baris).map(programBelanja);
    if (!program.some((p) => p.jumlahKeluaran > 0)) return [];
    return [{ idTabel: tabel.data.id, judul: tabel.data.judul, program }];
  });
}
