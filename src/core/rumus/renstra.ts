/** Renstra lookups: which version applies in a year, an indicator's target per year and progress to the end target. */
import type { Target } from '../skema/common.ts';
import type { IndikatorRenstra, Renstra, VersiRenstra } from '../skema/renstra.ts';

/** The version in force in `tahun`: the latest whose `berlaku_mulai` is not after it; before them all, the earliest. */
export function versiBerlaku(renstra: Renstra, tahun: number): VersiRenstra | undefined {
  // By date, not by listing order: the file may list the review first.
  const urut = [...renstra.versi].sort((a, b) => b.berlaku_mulai - a.berlaku_mulai);
  return urut.find((v) => v.berlaku_mulai <= tahun) ?? urut.at(-1);
}

export function indikatorVersi(versi: VersiRenstra): IndikatorRenstra[] {
  return versi.tujuan.flatMap((t) => [...t.indikator, ...t.sasaran.flatMap((s) => s.indikator)]);
}

export function cariIndikator(versi: VersiRenstra, id: string): IndikatorRenstra | undefined {
  return indikatorVersi(versi).find((i) => i.indikator === id);
}

/** An indicator may be listed at tujuan and at sasaran level: the entry with targets speaks for it. */
export function indikatorBertarget(versi: VersiRenstra, id: string): IndikatorRenstra | undefined {
  const cocok = indikatorVersi(versi).filter((i) => i.indikator === id);
  return cocok.find((i) => i.target.length > 0 || i.target_akhir !== undefined) ?? cocok[0];
}

export function targetTahun(ind: IndikatorRenstra, tahun: number): Target | undefined {
  return ind.target.find((t) => t.tahun === tahun)?.target;
}

/**
 * The end-of-period target: the one printed apart, else the target of the period's last year.
 * A Renstra that gives neither has no end target, and none is made up from an earlier year's.
 */
export function targetAkhir(ind: IndikatorRenstra, tahunSelesai: number): Target | undefined {
  return ind.target_akhir ?? targetTahun(ind, tahunSelesai);
}
