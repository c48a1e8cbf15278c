/**
 * Checks every piece of text in content, wherever it sits (any JSON string or key, any line
 * of a narrative), so they keep working whatever shape the content model takes:
 * - invisible characters that make text say something other than what a reviewer reads:
 *   bidirectional overrides and isolates (U+202E turns "exe.txt" into "txt.exe"), zero-width
 *   characters (which can also split a NIP past the personal-data check), Unicode tag
 *   characters, and control characters other than tab and line breaks;
 * - personal numbers (data-pribadi.ts);
 * - scaffold placeholders ("ISI: …", written by `npm run new-report`): errors, or, in a report
 *   marked `"draf": true`, warnings that list what is still missing;
 * - a field that pages turn into a link (`situs_web`…) with a scheme other than http, https or mailto.
 * Pure: values in, problems out.
 */
import { AWALAN_ISIAN } from './batas.ts';
import { karakterTersembunyi } from './karakter.ts';
import { pesanSkema, urlDiizinkan } from './mdx-aman.ts';

/** Fields that pages turn into links (`situs_web`, `url`, `repositori`…): held to the narrative links' allow-list. */
export const KUNCI_TAUTAN = /^(url|href|tautan|link|situs_web|repositori|website|laman)$|_(url|href|tautan|link|web)$/i;
import { angkaBerbentukNip, cariDataPribadi, PESAN_PRIBADI } from './data-pribadi.ts';
import { jalurTeks, type Masalah } from './masalah.ts';

/** A scaffold placeholder: the text starts with "ISI:" (any line of it, for narratives). */
export const adalahIsian = (s: string) => s.trimStart().startsWith(AWALAN_ISIAN);

const ringkas = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

type Tempat = Pick<Masalah, 'berkas' | 'jalur'> & { baris?: number };

/** Problems of one piece of text; `isian`: 'galat' or 'peringatan' (a draft) for a placeholder, or false for a JSON key. */
export function periksaTeks(teks: string, tempat: Tempat, isian: Masalah['tingkat'] | false): Masalah[] {
  const draf = isian === 'peringatan';
  const out: Masalah[] = [];
  const dasar = { ...tempat, ...(tempat.baris === undefined ? {} : { baris: tempat.baris }) };
  const tersembunyi = karakterTersembunyi(teks);
  if (tersembunyi)
    out.push({
      tingkat: 'galat',
      ...dasar,
      pesan:
        'Teks berisi karakter tak terlihat (pengendali arah teks, lebar-nol atau kontrol) yang dapat menyamarkan isi yang dibaca pemeriksa.',
      message:
        'Text contains an invisible character (bidirectional control, zero-width or control character) that can disguise what a reviewer reads.',
      diharapkan: 'teks tanpa karakter tak terlihat (text without invisible characters)',
      ditemukan: tersembunyi,
      saran:
        'Ketik ulang teks ini, atau tempel sebagai teks biasa tanpa format (retype it, or paste it as plain text).',
    });
  for (const temuan of cariDataPribadi(teks))
    out.push({
      tingkat: 'galat',
      ...dasar,
      ...PESAN_PRIBADI[temuan.jenis],
      diharapkan: `tanpa ${temuan.jenis} (no ${temuan.jenis})`,
      ditemukan: temuan.samaran,
      saran:
        'Hapus nomor ini; tulis jabatan, dan nama pejabat hanya bila dicetak dokumen (remove the ' +
        'number; write the position, and the name only where the document prints it).',
    });
  if (isian && adalahIsian(teks))
    out.push({
      tingkat: isian,
      ...dasar,
      pesan: `Isian kerangka belum diganti${draf ? ' (draf: masih harus diisi)' : ''}: ${ringkas(teks.trim())}.`,
      message: `A scaffold placeholder is still here${draf ? ' (draft: still to fill in)' : ''}: ${ringkas(teks.trim())}.`,
      diharapkan: 'isi dari dokumen sumber (the value from the source document)',
      ditemukan: ringkas(teks.trim()),
      saran: draf
        ? 'Ganti teks "ISI: …" dengan isi sebenarnya sebelum menghapus "draf": true (replace it before removing "draf": true).'
        : 'Ganti teks "ISI: …" dengan isi sebenarnya, atau tandai laporan "draf": true selama belum ' +
          'lengkap (replace it, or mark the report "draf": true while it is incomplete).',
    });
  return out;
}

/** Every string and key of a parsed JSON document, and numbers shaped like a NIP. */
export function periksaTeksJson(json: unknown, berkas: string, draf: boolean): Masalah[] {
  const isian = draf ? 'peringatan' : 'galat';
  const out: Masalah[] = [];
  const jelajah = (nilai: unknown, jalur: (string | number)[]) => {
    if (typeof nilai === 'string') {
      out.push(...periksaTeks(nilai, { berkas, jalur: jalurTeks(jalur) }, isian));
      if (KUNCI_TAUTAN.test(String(jalur.at(-1))) && !urlDiizinkan(nilai))
        out.push({
          tingkat: 'galat',
          berkas,
          jalur: jalurTeks(jalur),
          ...pesanSkema(nilai),
          diharapkan: 'https://… (atau http, mailto)',
          ditemukan: JSON.stringify(nilai.length > 60 ? `${nilai.slice(0, 57)}...` : nilai),
          saran: 'Tulis alamat situs lengkap dengan https:// (write the full address with https://).',
        });
    } else if (typeof nilai === 'number') {
      if (angkaBerbentukNip(nilai))
        out.push({
          tingkat: 'galat',
          berkas,
          jalur: jalurTeks(jalur),
          ...PESAN_PRIBADI.NIP_ANGKA,
          diharapkan: 'tanpa NIP (no NIP)',
          ditemukan: `${String(nilai).slice(0, 4)}… (18 angka / digits)`,
          saran: 'Hapus nomor ini (remove the number).',
        });
    } else if (Array.isArray(nilai)) nilai.forEach((x, i) => jelajah(x, [...jalur, i]));
    else if (nilai && typeof nilai === 'object')
      for (const [kunci, anak] of Object.entries(nilai)) {
        // a key is text too (a record's key is shown like a value)
        out.push(...periksaTeks(kunci, { berkas, jalur: jalurTeks([...jalur, kunci]) }, false));
        jelajah(anak, [...jalur, kunci]);
      }
  };
  jelajah(json, []);
  return out;
}

/** Every line of a narrative file (front matter and body); `baris` are the file's lines. */
export function periksaTeksNarasi(
  text: string,
  berkas: string,
  draf: boolean,
  jalurBaris: (baris: number) => string,
): Masalah[] {
  const isian = draf ? 'peringatan' : 'galat';
  return text
    .split('\n')
    .flatMap((line, i) =>
      periksaTeks(line.replace(/\r$/, ''), { berkas, baris: i + 1, jalur: jalurBaris(i + 1) }, isian),
    );
}
