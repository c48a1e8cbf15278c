/** The search words of the site's pages (src/core/tampilan/kata-kunci.ts) over this build's corpus. */
import type { DataInstansi } from '../core/muat/korpus.ts';
import * as inti from '../core/tampilan/kata-kunci.ts';
import { dataSitus } from './situs.ts';

export const AKRONIM_UMUM = inti.AKRONIM_UMUM;

export const kataKunciInstansi = (i: DataInstansi, tambahan: string[] = []): string[] =>
  inti.kataKunciInstansi(dataSitus().korpus, i, tambahan);

/** The acronym and short label of the agency named `nama` (the search filter's value), for the `singkatan` meta. */
export function singkatanCari(nama: string | undefined): string | undefined {
  const korpus = dataSitus().korpus;
  const instansi = korpus.instansi.find((x) => x.data.nama === nama);
  return instansi ? inti.singkatanInstansi(korpus, instansi) : undefined;
}
