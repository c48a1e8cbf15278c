/**
 * What an average hides, computed once with the report (`LaporanTerhitung.sebaranRata`): the page's
 * plain sentence (`tampilan/jawaban.ts`) and the `ringkasan` open data both read it.
 */
import type { Predikat } from '../rumus/capaian.ts';
import { median } from '../rumus/rata.ts';
import type { IndikatorTerhitung, LaporanTerhitung } from './laporan.ts';

/** How far one indicator must move the average (percentage points) to be named as driving it. */
export const AMBANG_PENDORONG = 10;

export const tercapaiAtauLebih = (p: Predikat) => p === 'melebihi' || p === 'tercapai';

/**
 * The figures behind an average, in numbers: how many indicators it counts and meet their target, the
 * median, and the indicator whose absence moves it most with the average without it (null below the
 * threshold). One computation for the plain sentence on the page and the `ringkasan` open data.
 */
export interface SebaranRata {
  jumlah: number;
  tercapai: number;
  median: number | null;
  pendorong: { indikator: IndikatorTerhitung; tanpa: number } | null;
}

export function sebaranRata(terhitung: Pick<LaporanTerhitung, 'rataRata' | 'indikator'>): SebaranRata | null {
  const { nilai, dihitung } = terhitung.rataRata;
  if (nilai === null || dihitung.length === 0) return null;
  const ikut = terhitung.indikator.filter(
    (i): i is IndikatorTerhitung & { capaian: { jenis: 'persen' } } =>
      dihitung.includes(i.data.indikator) && i.capaian.jenis === 'persen',
  );
  const dasar = {
    jumlah: dihitung.length,
    tercapai: ikut.filter((i) => tercapaiAtauLebih(i.predikat)).length,
    median: median(ikut.map((i) => i.capaian.nilai)),
    pendorong: null,
  };
  if (ikut.length < 2) return dasar;
  // the average of the others, for each indicator: the one whose absence moves the average most drives it
  const total = ikut.reduce((s, i) => s + i.capaian.nilai, 0);
  const geser = ikut
    .map((i) => ({ indikator: i as IndikatorTerhitung, tanpa: (total - i.capaian.nilai) / (ikut.length - 1) }))
    .sort((x, y) => Math.abs(nilai - y.tanpa) - Math.abs(nilai - x.tanpa))[0]!;
  return Math.abs(nilai - geser.tanpa) < AMBANG_PENDORONG ? dasar : { ...dasar, pendorong: geser };
}
