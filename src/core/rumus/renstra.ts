/** Renstra lookups: which version applies in a year, an indicator's target per year and progress to the end target. */
import type { Polaritas, Target } from '../skema/common.ts';
import type { IndikatorRenstra, Renstra, VersiRenstra } from '../skema/renstra.ts';
import { hitungCapaian, type Capaian } from './capaian.ts';

/** The version in force in `tahun`: the latest whose `berlaku_mulai` is not after it; before them all, the earliest. */
export function versiBerlaku(r: Renstra, tahun: number): VersiRenstra | undefined {
  // By date, not by listing order: the file may list the review first.
  const urut = [...r.versi].sort((a, b) => b.berlaku_mulai - a.berlaku_mulai);
  return urut.find((v) => v.berlaku_mulai <= tahun) ?? urut.at(-1);
}

export function indikatorVersi(v: VersiRenstra): IndikatorRenstra[] {
  return v.tujuan.flatMap((t) => [...t.indikator, ...t.sasaran.flatMap((s) => s.indikator)]);
}

export function cariIndikator(v: VersiRenstra, id: string): IndikatorRenstra | undefined {
  return indikatorVersi(v).find((i) => i.indikator === id);
}

export function targetTahun(ind: IndikatorRenstra, tahun: number): Target | undefined {
  return ind.target.find((t) => t.tahun === tahun)?.target;
}

/** The end-of-period target: the printed one, else the target of the last year (the latest given, in any listing order). */
export function targetAkhir(ind: IndikatorRenstra, tahunSelesai: number): Target | undefined {
  const terakhir = ind.target.reduce<(typeof ind.target)[number] | undefined>(
    (a, t) => (!a || t.tahun > a.tahun ? t : a),
    undefined,
  );
  return ind.target_akhir ?? targetTahun(ind, tahunSelesai) ?? terakhir?.target;
}

/** Progress toward the end target: realisasi ÷ end target with the polarity applied. */
export function progresRenstra(realisasi: number | null, akhir: Target, polaritas: Polaritas): Capaian {
  return hitungCapaian(akhir, realisasi, polaritas);
}
