/**
 * Numbers a reader sees on a built page, and whether the open data holds each of them.
 * A number shown is a run of digits in visible text, in id-ID form (1.234,56; −3,1; 45 %; Rp 1.000).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { barisCsv } from '../helpers/csv.ts';

/**
 * Elements whose text is not report data: page chrome, scripts, charts (each chart's data is its table),
 * code to copy (a chart's embed snippet) and dates of the page itself (`<time>`: when it was updated).
 */
const LEWATI = new Set([
  'script',
  'style',
  'template',
  'svg',
  'nav',
  'header',
  'footer',
  'noscript',
  'textarea',
  'time',
]);

/**
 * The allow-list: text on a report page whose numbers are not open data, each with its reason.
 * Everything else a report page shows must be found in the data package.
 */
export const BUKAN_DATA: readonly { kelas: string; alasan: string }[] = [
  {
    kelas: 'catatan',
    alasan:
      'transcription notes and source locators: the transcriber quotes printed figures and OCR ' +
      'line numbers to explain a reading; the figures themselves are in the data where the ' +
      'document tabulates them',
  },
  {
    kelas: 'kutipan',
    alasan: "the suggested citation: the site's name, the page's address and the date it was last updated",
  },
  {
    kelas: 'narasi',
    alasan:
      "the document's prose chapters, transcribed as text: figures printed in prose are checked as claims by the audit, not tabulated",
  },
];

const bukanData = (el: Element) => {
  const kelas = ([] as unknown[]).concat(el.properties?.className ?? []).map(String);
  return BUKAN_DATA.some((b) => kelas.includes(b.kelas));
};

export interface AngkaTampil {
  teks: string;
  nilai: number;
  desimal: number;
  konteks: string;
}

// id-ID: dot thousands (groups of 3), comma decimals; a lone number may have any digits. Digits inside a
// word, a file name, a URL or a document number (700/1481/ITDA.03) are part of a code, not a quantity.
const POLA = /(?<![\w.,/])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w/])|(?<![\w.,/])\d+(?:,\d+)?(?![\w/]|\.\w|-[a-z])/g;

/** Source locators: lines of the transcribed text and pages of the document ("baris 495–501", "hlm. 30", "hal. 40–41"). */
const LOKASI = /\b(?:baris|hlm\.|hal\.|halaman)\s+\d+(?:\s*[–-]\s*\d+)?(?:\s*(?:,|dan)\s*\d+(?:\s*[–-]\s*\d+)?)*/gi;

export function angkaDiHalaman(html: string): AngkaTampil[] {
  const out: AngkaTampil[] = [];
  const jalan = (simpul: Nodes) => {
    if (simpul.type === 'element') {
      if (LEWATI.has(simpul.tagName) || simpul.properties?.hidden !== undefined || bukanData(simpul)) return;
      simpul.children.forEach(jalan);
    } else if (simpul.type === 'root') simpul.children.forEach(jalan);
    else if (simpul.type === 'text') {
      const teks = simpul.value.replace(LOKASI, (m) => ' '.repeat(m.length));
      for (const cocok of teks.matchAll(POLA)) {
        const angka = cocok[0];
        const [bulat, pecahan = ''] = angka.split(',');
        out.push({
          teks: angka,
          nilai: Number(`${bulat!.replace(/\./g, '')}.${pecahan || '0'}`),
          desimal: pecahan.length,
          konteks: simpul.value
            .slice(Math.max(0, cocok.index - 40), cocok.index + angka.length + 40)
            .replace(/\s+/g, ' ')
            .trim(),
        });
      }
    }
  };
  jalan(fromHtml(html));
  return out;
}

const kunci = (nilai: number, desimal: number) => `${desimal}:${Math.abs(nilai).toFixed(desimal)}`;

/**
 * Every number in every cell of the given CSV texts, as it would show with 0–4 decimals
 * (rounded half away from zero like Intl, or as printed), so a shown number is found in one lookup.
 */
export function indeksData(csv: readonly string[]): Set<string> {
  const indeks = new Set<string>();
  const tambah = (sel: string) => {
    for (const cocok of sel.matchAll(/\d+(?:\.\d+)?/g)) {
      const nilai = Number(cocok[0]);
      for (let desimal = 0; desimal <= Math.max(4, cocok[0].split('.')[1]?.length ?? 0); desimal++) {
        indeks.add(kunci(Math.round(nilai * 10 ** desimal) / 10 ** desimal, desimal));
        // a value shown cut at `desimal` decimals (a printed value's own precision, or truncation)
        indeks.add(kunci(Math.trunc(nilai * 10 ** desimal) / 10 ** desimal, desimal));
      }
    }
    // a cell transcribed as printed in id-ID form ("9,62%", "1.234,5"): its numbers as a reader sees them
    if (/\d,\d|\d\.\d{3}(?!\d)/.test(sel) && !/^-?\d+(\.\d+)?$/.test(sel))
      for (const cocok of sel.matchAll(POLA)) {
        const [bulat, pecahan = ''] = cocok[0].split(',');
        indeks.add(kunci(Number(`${bulat!.replace(/\./g, '')}.${pecahan || '0'}`), pecahan.length));
      }
  };
  for (const teks of csv) for (const baris of barisCsv(teks).slice(1)) baris.forEach(tambah);
  return indeks;
}

export const adaDiData = (indeks: Set<string>, a: AngkaTampil) => indeks.has(kunci(a.nilai, a.desimal));
