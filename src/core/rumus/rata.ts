/**
 * Averages (and sums) of capaian. The site's own rule, stated on the methodology page: the mean
 * of every indicator whose capaian is a percentage; qualitative and non-computable indicators are
 * left out and listed. A printed average is checked with the rule the document used: which
 * indicators, and the cap it applied to each capaian.
 */
import type { Capaian } from './capaian.ts';

export const ATURAN_RATA_RATA =
  'Rata-rata aritmetika capaian (%) semua indikator yang capaiannya dapat dihitung sebagai ' +
  'persen; indikator kualitatif atau tidak terhitung tidak diikutkan dan disebutkan. Capaian ' +
  'yang dibatasi dokumen (mis. 120 %) dirata-ratakan dengan nilai batasnya.';

export interface RataRataCapaian {
  nilai: number | null;
  dihitung: string[];
  dikecualikan: string[];
}

export function rataRataCapaian(
  items: readonly { id: string; capaian: Capaian }[],
  opsi: { batasAtas?: number | undefined; operasi?: 'rata_rata' | 'jumlah' } = {},
): RataRataCapaian {
  const dihitung: string[] = [];
  const dikecualikan: string[] = [];
  let total = 0;
  for (const { id, capaian } of items) {
    if (capaian.jenis === 'persen') {
      dihitung.push(id);
      total += opsi.batasAtas === undefined ? capaian.nilai : Math.min(capaian.nilai, opsi.batasAtas);
    } else dikecualikan.push(id);
  }
  const nilai = !dihitung.length ? null : opsi.operasi === 'jumlah' ? total : total / dihitung.length;
  return { nilai, dihitung, dikecualikan };
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const urut = [...xs].sort((a, b) => a - b);
  const tengah = Math.floor(urut.length / 2);
  return urut.length % 2 ? urut[tengah]! : (urut[tengah - 1]! + urut[tengah]!) / 2;
}
