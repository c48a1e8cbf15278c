/**
 * An agency's own PDF of a document, stored beside the content file that transcribes it
 * (`sumber.berkas_pdf`), so the site can publish it and link each locator to its page.
 * The reader has already refused symbolic links and files over the PDF size limit (batas.ts), and
 * the schema allows a bare file name only (no folder, so no `..`); here: the bytes are a PDF, and
 * every `berkas_pdf` names a PDF that is there. Pure.
 */
import type { Sumber } from '../skema/common.ts';
import type { BerkasKonten, DataInstansi, Korpus } from './tipe-korpus.ts';
import { JALUR_BERKAS, type Masalah } from './masalah.ts';

const TANDA_PDF = '%PDF-';

/** Null when the file's bytes start as a PDF's do; otherwise the problem. */
export function periksaBaitPdf(berkas: BerkasKonten): Masalah | null {
  const awal =
    typeof berkas.isi === 'string'
      ? berkas.isi.slice(0, TANDA_PDF.length)
      : Buffer.from(berkas.isi.subarray(0, 5)).toString('latin1');
  if (awal === TANDA_PDF) return null;
  return {
    tingkat: 'galat',
    berkas: berkas.path,
    jalur: JALUR_BERKAS,
    pesan: 'Berkas berakhiran .pdf ini bukan PDF: isinya tidak diawali "%PDF-".',
    message: 'This .pdf file is not a PDF: it does not start with "%PDF-".',
    diharapkan: 'berkas PDF yang diawali "%PDF-" (a PDF file starting with "%PDF-")',
    ditemukan: JSON.stringify(awal),
    saran: 'Simpan dokumen sebagai PDF (save the document as a PDF).',
  };
}

/** The folder of a content file: "content/instansi/x/2020/lkjip.json" → "content/instansi/x/2020". */
const folder = (berkas: string) => berkas.slice(0, berkas.lastIndexOf('/'));

/** Every document source an agency's files name, with the file and field that name it. */
export function sumberInstansi(ins: DataInstansi): { berkas: string; jalur: string; sumber: Sumber }[] {
  const daftar = (berkas: string, sumber: readonly Sumber[]) =>
    sumber.map((s, i) => ({ berkas, jalur: `sumber[${i}]`, sumber: s }));
  return [
    ...(ins.data ? daftar(ins.berkas, ins.data.sumber) : []),
    ...(ins.katalog ? daftar(ins.katalog.berkas, ins.katalog.data.sumber) : []),
    ...ins.renstra.flatMap((r) => daftar(r.berkas, r.data.sumber)),
    ...ins.laporan.map((l) => ({ berkas: l.berkas, jalur: 'sumber', sumber: l.data.sumber })),
    ...ins.iki.map((d) => ({ berkas: d.berkas, jalur: 'sumber', sumber: d.data.sumber })),
  ];
}

/** The content path of the PDF a source names ("content/instansi/x/2020/lkjip-2020.pdf"), or null. */
export const jalurPdf = (berkas: string, sumber: Sumber) =>
  sumber.berkas_pdf ? `${folder(berkas)}/${sumber.berkas_pdf}` : null;

/** Each `berkas_pdf` names a PDF beside its file; a PDF nothing names is not published, and said so. */
export function periksaPdf(korpus: Korpus): Masalah[] {
  const out: Masalah[] = [];
  for (const ins of korpus.instansi) {
    const ada = new Set(ins.pdf ?? []);
    const disebut = new Set<string>();
    for (const { berkas, jalur, sumber } of sumberInstansi(ins)) {
      const pdf = jalurPdf(berkas, sumber);
      if (pdf === null) continue;
      disebut.add(pdf);
      if (!ada.has(pdf))
        out.push({
          tingkat: 'galat',
          berkas,
          jalur: `${jalur}.berkas_pdf`,
          pesan: `PDF "${sumber.berkas_pdf}" tidak ada di folder berkas ini.`,
          message: `PDF "${sumber.berkas_pdf}" is not in this file's folder.`,
          diharapkan: `berkas ${pdf} (a file at that path)`,
          ditemukan: sumber.berkas_pdf,
          saran:
            'Simpan PDF-nya di folder yang sama dengan berkas ini, atau hapus berkas_pdf (store the PDF in the same folder as this file, or remove berkas_pdf).',
        });
    }
    for (const pdf of ada)
      if (!disebut.has(pdf))
        out.push({
          tingkat: 'peringatan',
          berkas: pdf,
          jalur: JALUR_BERKAS,
          pesan: 'PDF ini tidak disebut oleh sumber.berkas_pdf berkas mana pun, sehingga tidak diterbitkan.',
          message: 'No file names this PDF in sumber.berkas_pdf, so it is not published.',
          saran:
            'Tulis namanya di "sumber": { "berkas_pdf": "…" } laporan di folder yang sama (name it in the report\'s sumber.berkas_pdf).',
        });
  }
  return out;
}
