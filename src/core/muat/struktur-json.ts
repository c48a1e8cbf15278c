/**
 * What JSON.parse lets through but content must not have: nesting deep enough to overflow
 * every recursive reader after it (a raw stack trace instead of a message), and a field
 * written twice in one object (JSON.parse keeps the last value silently, so a wrong figure
 * would be published). Pure: text in, problems out.
 */
import { visit } from 'jsonc-parser';
import { KEDALAMAN_MAKS } from './batas.ts';
import { jalurTeks, type Masalah } from './masalah.ts';

export const JALUR_STRUKTUR = '(struktur JSON / JSON structure)';

const barisDi = (text: string, offset: number) => {
  let nomorBaris = 1;
  for (let posisi = text.indexOf('\n'); posisi !== -1 && posisi < offset; posisi = text.indexOf('\n', posisi + 1))
    nomorBaris++;
  return nomorBaris;
};

interface Pindai {
  /** offset of the first bracket deeper than the limit */
  terlaluDalam?: number;
  /** how many `key: value` pairs the text has (every colon outside a string is one) */
  pasangan: number;
}

/** One linear pass, no recursion: safe on any input. */
function pindai(text: string): Pindai {
  let kedalaman = 0;
  let pasangan = 0;
  let dalamString = false;
  for (let posisi = 0; posisi < text.length; posisi++) {
    const kode = text.charCodeAt(posisi);
    if (dalamString) {
      if (kode === 92 /* \ */) posisi++;
      else if (kode === 34 /* " */) dalamString = false;
    } else if (kode === 34) dalamString = true;
    else if (kode === 123 /* { */ || kode === 91 /* [ */) {
      if (++kedalaman > KEDALAMAN_MAKS) return { terlaluDalam: posisi, pasangan };
    } else if (kode === 125 /* } */ || kode === 93 /* ] */) kedalaman--;
    else if (kode === 58 /* : */) pasangan++;
  }
  return { pasangan };
}

/** Problems that make the text unsafe to parse further (nesting); run before JSON.parse. */
export function periksaKedalaman(text: string, berkas: string): Masalah[] {
  const { terlaluDalam } = pindai(text);
  if (terlaluDalam === undefined) return [];
  const baris = barisDi(text, terlaluDalam);
  return [
    {
      tingkat: 'galat',
      berkas,
      baris,
      jalur: JALUR_STRUKTUR,
      pesan: `JSON bersarang terlalu dalam: lebih dari ${KEDALAMAN_MAKS} tingkat objek/larik.`,
      message: `JSON is nested too deeply: more than ${KEDALAMAN_MAKS} levels of objects/arrays.`,
      diharapkan: `paling banyak ${KEDALAMAN_MAKS} tingkat (at most ${KEDALAMAN_MAKS} levels)`,
      ditemukan: `tingkat ke-${KEDALAMAN_MAKS + 1} di baris ${baris} (level ${KEDALAMAN_MAKS + 1} on line ${baris})`,
      saran:
        'Konten LKjIP tidak pernah sedalam ini; periksa apakah berkas ini dibuat oleh program lain ' +
        '(LKjIP content never nests this deep; check what produced this file).',
    },
  ];
}

const jumlahKunci = (nilai: unknown): number => {
  if (Array.isArray(nilai)) return nilai.reduce<number>((n, x) => n + jumlahKunci(x), 0);
  if (nilai && typeof nilai === 'object') return Object.entries(nilai).reduce((n, [, x]) => n + 1 + jumlahKunci(x), 0);
  return 0;
};

/** A field written twice in the same object, with both lines; `json` is JSON.parse's result of `text`. */
export function periksaKunciGanda(text: string, json: unknown, berkas: string): Masalah[] {
  // the common case costs one count: as many pairs in the text as keys in the result means no duplicate
  if (pindai(text).pasangan === jumlahKunci(json)) return [];
  const out: Masalah[] = [];
  const tumpukan: Map<string, number>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void tumpukan.push(new Map()),
      onObjectEnd: () => void tumpukan.pop(),
      onObjectProperty: (kunci, _offset, _length, startLine, _char, jalur) => {
        const ada = tumpukan.at(-1)!;
        const baris = startLine + 1;
        const pertama = ada.get(kunci);
        if (pertama === undefined) {
          ada.set(kunci, baris);
          return;
        }
        out.push({
          tingkat: 'galat',
          berkas,
          baris,
          jalur: jalurTeks([...jalur(), kunci]),
          pesan: `Kolom "${kunci}" ditulis dua kali dalam objek yang sama (juga di baris ${pertama}); hanya nilai terakhir yang akan terbaca.`,
          message: `Field "${kunci}" is written twice in the same object (also on line ${pertama}); only the last value would be read.`,
          diharapkan: 'setiap kolom sekali per objek (each field once per object)',
          ditemukan: `baris ${pertama} dan ${baris} (lines ${pertama} and ${baris})`,
          saran:
            'Hapus salah satunya setelah memeriksa mana yang benar menurut dokumen sumber (remove one after checking which the source document prints).',
        });
      },
    },
    { disallowComments: true },
  );
  return out;
}
