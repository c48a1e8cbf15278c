/**
 * Search words for a page: agency acronyms (current and former), its short label, and the domain
 * acronyms, read by Pagefind with extra weight; and the agency's own acronym and label as a meta
 * field the search page ranks highest (src/scripts/cari.ts), so "BKD" finds the agencies called BKD
 * first and not one that was called so before.
 */
import type { DataInstansi } from '../core/muat/korpus.ts';
import { labelInstansi } from '../core/tampilan/label-instansi.ts';
import { dataSitus } from './situs.ts';

export const AKRONIM_UMUM = ['SAKIP', 'LKjIP', 'LAKIP', 'IKU', 'IKI', 'PK', 'Renstra', 'ASN', 'IP ASN'];

export function kataKunciInstansi(i: DataInstansi, tambahan: string[] = []): string[] {
  const s = new Set<string>([
    i.data.singkatan,
    labelInstansi(dataSitus().korpus).get(i.data.id) ?? '',
    ...i.data.nama_lama.flatMap((n) => [n.nama, n.singkatan ?? '']),
    ...tambahan,
  ]);
  s.delete('');
  return [...s];
}

/** The acronym and short label of the agency named `nama` (the search filter's value), for the `singkatan` meta. */
export function singkatanCari(nama: string | undefined): string | undefined {
  const k = dataSitus().korpus;
  const i = k.instansi.find((x) => x.data.nama === nama)?.data;
  if (!i) return undefined;
  const label = labelInstansi(k).get(i.id)!;
  return label.includes(i.singkatan) ? label : `${i.singkatan} ${label}`;
}
