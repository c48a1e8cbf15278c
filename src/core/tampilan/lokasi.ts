/**
 * A locator (`lokasi` in content) in words a reader can follow in the original document: "Dokumen LKjIP 2021,
 * Bab III, Tabel 3.1, hlm. 25". The line numbers point into the transcription, so they are named as such.
 * The one way the site words a locator (src/lib/format.ts `lokasi` calls it). Pure.
 */
import type { Lokasi, Sumber } from '../skema/common.ts';
import { jalurPdf, sumberInstansi } from '../muat/pdf.ts';
import type { Korpus } from '../muat/tipe-korpus.ts';

/** "BAB III" → "Bab III", "BAB 3" → "Bab 3"; other chapter names stay as printed. */
const bab = (bagian: string) => bagian.replace(/^BAB\b/, 'Bab');

export function kataLokasi(lokasi: Partial<Lokasi> | undefined, dokumen?: string): string | null {
  if (!lokasi) return null;
  const baris =
    lokasi.baris === undefined
      ? undefined
      : Array.isArray(lokasi.baris)
        ? `${lokasi.baris[0]}–${lokasi.baris[1]}`
        : lokasi.baris;
  const bagian = [
    lokasi.bagian && bab(lokasi.bagian),
    lokasi.tabel,
    lokasi.halaman !== undefined ? `hlm. ${lokasi.halaman}` : undefined,
    baris !== undefined ? `baris ${baris} transkripsi` : undefined,
  ].filter(Boolean);
  if (!bagian.length) return null;
  return [dokumen && `Dokumen ${dokumen}`, ...bagian].filter(Boolean).join(', ');
}

/**
 * The site path of an agency's own PDF of a document: its content path under `/dokumen/`
 * ("content/instansi/x/2020/lkjip-2020.pdf" → "/dokumen/x/2020/lkjip-2020.pdf"), so it stays put
 * as long as the file does. Null when the source stores no PDF.
 */
export function alamatPdf(berkas: string, sumber: Sumber): string | null {
  const pdf = jalurPdf(berkas, sumber);
  return pdf === null ? null : `/dokumen/${pdf.replace(/^.*?\/instansi\//, '')}`;
}

/** The PDFs the site publishes: each one a published document names, at its site path, from its content path. */
export function pdfTerbit(korpus: Korpus): { alamat: string; berkas: string }[] {
  const out = new Map<string, string>();
  for (const ins of korpus.instansi) {
    const ada = new Set(ins.pdf ?? []);
    for (const { berkas, sumber } of sumberInstansi(ins)) {
      const pdf = jalurPdf(berkas, sumber);
      const alamat = alamatPdf(berkas, sumber);
      if (pdf !== null && alamat !== null && ada.has(pdf)) out.set(alamat, pdf);
    }
  }
  return [...out].map(([alamat, berkas]) => ({ alamat, berkas }));
}

/**
 * A locator in words, and where it links: the page of the agency's own PDF (`…pdf#page=N`) when the
 * document has one and the locator names a page of that document (not of another file).
 */
export function tautanLokasi(
  lokasi: Partial<Lokasi> | undefined,
  dokumen: { berkas: string; pdf: string | null },
): { teks: string; href: string | null } | null {
  const teks = kataLokasi(lokasi);
  if (teks === null) return null;
  const halamanIni = lokasi?.halaman !== undefined && (lokasi.berkas === undefined || lokasi.berkas === dokumen.berkas);
  return { teks, href: dokumen.pdf && halamanIni ? `${dokumen.pdf}#page=${lokasi.halaman}` : null };
}
