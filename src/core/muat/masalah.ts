import { tampakkan } from './karakter.ts';

/**
 * A problem found in content: where (file, line, field path), what was expected,
 * what was found, in Bahasa Indonesia with the English beside it, and a hint.
 */
export interface Masalah {
  tingkat: 'galat' | 'peringatan';
  /** path relative to the content folder's parent, e.g. content/instansi/x/2020/lkjip.json */
  berkas: string;
  baris?: number;
  /** field path, e.g. pengukuran.indikator[0].target */
  jalur: string;
  pesan: string;
  message: string;
  diharapkan?: string;
  ditemukan?: string;
  saran?: string;
}

/** The path of a problem that concerns a whole file, or the file's top level, rather than one field. */
export const JALUR_BERKAS = '(seluruh berkas / whole file)';

export function jalurTeks(path: readonly PropertyKey[]): string {
  let teks = '';
  for (const bagian of path)
    teks += typeof bagian === 'number' ? `[${bagian}]` : teks ? `.${String(bagian)}` : String(bagian);
  return teks || JALUR_BERKAS;
}

/** One problem as plain text, for terminals and CI logs (invisible characters shown as their code). */
export function formatMasalah(masalah: Masalah): string {
  const tempat = `${masalah.berkas}${masalah.baris ? `:${masalah.baris}` : ''}`;
  const lines = [
    `${masalah.tingkat === 'galat' ? 'GALAT (error)' : 'PERINGATAN (warning)'}  ${tempat}`,
    `  kolom (field): ${masalah.jalur}`,
    `  ${masalah.pesan}`,
    `  (${masalah.message})`,
  ];
  if (masalah.diharapkan !== undefined) lines.push(`  diharapkan (expected): ${masalah.diharapkan}`);
  if (masalah.ditemukan !== undefined) lines.push(`  ditemukan (found): ${masalah.ditemukan}`);
  if (masalah.saran) lines.push(`  saran (hint): ${masalah.saran}`);
  return tampakkan(lines.join('\n'));
}

export function ringkasMasalah(list: readonly Masalah[]): string {
  const galat = list.filter((m) => m.tingkat === 'galat').length;
  const peringatan = list.length - galat;
  return `${galat} galat, ${peringatan} peringatan (${galat} errors, ${peringatan} warnings)`;
}

/**
 * The build's log of content problems: every error, the first `batas` warnings and a pointer to
 * `npm run validate` for the rest (a national corpus can have thousands; each is also in the audit).
 */
export function laporanMasalahBuild(list: readonly Masalah[], batas = 10): string {
  const galat = list.filter((m) => m.tingkat === 'galat');
  const peringatan = list.filter((m) => m.tingkat !== 'galat');
  const tampil = [...galat, ...peringatan.slice(0, batas)].map(formatMasalah);
  const sisa = peringatan.length - Math.min(batas, peringatan.length);
  if (sisa > 0)
    tampil.push(
      `… dan ${sisa} peringatan lain; \`npm run validate\` menampilkan semuanya dengan nomor baris ` +
        `(… and ${sisa} more warnings; \`npm run validate\` lists them all with line numbers).`,
    );
  return `${tampil.join('\n\n')}\n\n${ringkasMasalah(list)}`;
}
