/**
 * The shapes of a loaded corpus, apart from the loader (korpus.ts) and the cross-file checks
 * (makna.ts), which both use them: each imports them from here, so neither imports the other's types.
 */
import type { Masalah } from './masalah.ts';
import type { Iki, Instansi, KatalogIndikator, Laporan, Narasi, Renstra, Situs, Wilayah } from '../skema/index.ts';

export interface BerkasKonten {
  /** path from the project root with forward slashes, e.g. content/instansi/x/2020/lkjip.json */
  path: string;
  isi: string | Uint8Array;
  /** the reader refused the file (a symlink, too large…): this problem is reported instead of its content */
  ditolak?: Masalah;
}

export interface Dokumen<T> {
  berkas: string;
  data: T;
}

export interface NarasiDokumen extends Dokumen<Narasi> {
  instansi: string;
  tahun: number;
  /** the MDX body, without front matter */
  isi: string;
}

export interface DataInstansi extends Dokumen<Instansi> {
  katalog?: Dokumen<KatalogIndikator>;
  renstra: Dokumen<Renstra>[];
  laporan: Dokumen<Laporan>[];
  iki: Dokumen<Iki>[];
  narasi: NarasiDokumen[];
  /** the agency's own PDFs beside its content files (checked: `.pdf`, `%PDF-`, size), as content paths */
  pdf?: string[];
}

export interface Korpus {
  situs: Situs;
  wilayah: Dokumen<Wilayah>[];
  instansi: DataInstansi[];
}

export interface HasilMuat {
  korpus: Korpus;
  masalah: Masalah[];
}
