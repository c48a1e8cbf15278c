/**
 * Averages of capaian. The rule, stated on the methodology page: the mean of
 * every indicator whose capaian is a percentage; qualitative and
 * non-computable indicators are left out and listed.
 */
import type { Capaian } from './capaian.ts';

export const ATURAN_RATA_RATA =
  'Rata-rata aritmetika capaian (%) semua indikator yang capaiannya dapat dihitung sebagai persen; indikator kualitatif atau tidak terhitung tidak diikutkan dan disebutkan.';

export interface RataRataCapaian {
  nilai: number | null;
  dihitung: string[];
  dikecualikan: string[];
}

export function rataRataCapaian(items: readonly { id: string; capaian: Capaian }[]): RataRataCapaian {
  const dihitung: string[] = [];
  const dikecualikan: string[] = [];
  let total = 0;
  for (const { id, capaian } of items) {
    if (capaian.jenis === 'persen') {
      dihitung.push(id);
      total += capaian.nilai;
    } else dikecualikan.push(id);
  }
  return { nilai: dihitung.length ? total / dihitung.length : null, dihitung, dikecualikan };
}
