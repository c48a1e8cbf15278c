/** Search keywords for a page: agency acronyms (current and former) and the domain acronyms. */
import type { DataInstansi } from '../core/muat/korpus.ts';

export const AKRONIM_UMUM = ['SAKIP', 'LKjIP', 'LAKIP', 'IKU', 'IKI', 'PK', 'Renstra', 'ASN', 'IP ASN'];

export function kataKunciInstansi(i: DataInstansi, tambahan: string[] = []): string[] {
  const s = new Set<string>([
    i.data.singkatan,
    ...i.data.nama_lama.flatMap((n) => [n.nama, n.singkatan ?? '']),
    ...tambahan,
  ]);
  s.delete('');
  return [...s];
}
