/** Search keywords for a page: agency acronyms (current and former), its short label, and the domain acronyms. */
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
