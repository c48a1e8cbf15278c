/**
 * Search words for a page: agency acronyms (current and former), its short label, and the domain
 * acronyms, read by Pagefind with extra weight; and the agency's own acronym and label as a meta
 * field the search page ranks highest (src/scripts/cari.ts), so "BKD" finds the agencies called BKD
 * first and not one that was called so before. The pages (src/lib/kata-kunci.ts) and the search
 * records (src/core/publikasi/rekaman-cari.ts) both take them from here.
 */
import type { DataInstansi, Korpus } from '../muat/korpus.ts';
import { labelInstansi } from './label-instansi.ts';

export const AKRONIM_UMUM = ['SAKIP', 'LKjIP', 'LAKIP', 'IKU', 'IKI', 'PK', 'Renstra', 'ASN', 'IP ASN'];

export function kataKunciInstansi(korpus: Korpus, dataInstansi: DataInstansi, tambahan: string[] = []): string[] {
  const kata = new Set<string>([
    dataInstansi.data.singkatan,
    labelInstansi(korpus).get(dataInstansi.data.id) ?? '',
    ...dataInstansi.data.nama_lama.flatMap((n) => [n.nama, n.singkatan ?? '']),
    ...tambahan,
  ]);
  kata.delete('');
  return [...kata];
}

/** The acronym and short label of an agency, for the `singkatan` meta. */
export function singkatanInstansi(korpus: Korpus, dataInstansi: DataInstansi): string {
  const label = labelInstansi(korpus).get(dataInstansi.data.id)!;
  return label.includes(dataInstansi.data.singkatan) ? label : `${dataInstansi.data.singkatan} ${label}`;
}
