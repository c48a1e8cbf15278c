/**
 * Phone-first tables: a rendered table with a header becomes one card per row on a narrow screen (the CSS of
 * `table.tumpuk`), each cell labelled with its column's header (`data-label`), so that target, realisasi and
 * capaian are read beside each other instead of off-screen. One pass over the HTML a table box renders,
 * so every table on the site gets it without each template repeating its headers.
 */
import { parseFragment, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';

type Simpul = T.ChildNode | T.DocumentFragment;
type Elemen = T.Element;

const adalahElemen = (s: Simpul): s is Elemen => 'tagName' in s;
const anak = (s: Simpul): Elemen[] => ('childNodes' in s ? s.childNodes.filter(adalahElemen) : []);
const atribut = (e: Elemen, nama: string) => e.attrs.find((a) => a.name === nama)?.value;
const bilangan = (e: Elemen, nama: string) => Math.max(1, Number(atribut(e, nama)) || 1);

function teks(simpul: Simpul): string {
  if ('value' in simpul && simpul.nodeName === '#text') return simpul.value;
  // a header's hidden hints (visually hidden text) are part of its name for a screen reader too
  return 'childNodes' in simpul ? simpul.childNodes.map(teks).join(' ') : '';
}
const rapikan = (t: string) => t.replace(/\s+/g, ' ').trim();

function semua(simpul: Simpul, tag: string, hasil: Elemen[] = []): Elemen[] {
  for (const anakSimpul of anak(simpul)) {
    if (anakSimpul.tagName === tag) hasil.push(anakSimpul);
    semua(anakSimpul.tagName === 'template' ? (anakSimpul as T.Template).content : anakSimpul, tag, hasil);
  }
  return hasil;
}

/** Rows of a section as a grid: each cell with the columns it covers, honouring rowspan and colspan. */
function grid(baris: Elemen[]): { sel: Elemen; kolom: number; lebar: number }[][] {
  const terisi: Set<number>[] = baris.map(() => new Set());
  return baris.map((tr, nomorBaris) => {
    let kolom = 0;
    return anak(tr)
      .filter((e) => e.tagName === 'td' || e.tagName === 'th')
      .map((sel) => {
        while (terisi[nomorBaris]!.has(kolom)) kolom++;
        const lebar = bilangan(sel, 'colspan');
        for (let dr = 0; dr < bilangan(sel, 'rowspan') && nomorBaris + dr < baris.length; dr++)
          for (let dk = 0; dk < lebar; dk++) terisi[nomorBaris + dr]!.add(kolom + dk);
        const hasil = { sel, kolom, lebar };
        kolom += lebar;
        return hasil;
      });
  });
}

const barisDari = (bagian: Elemen[]) => bagian.flatMap((b) => anak(b).filter((e) => e.tagName === 'tr'));

/** Each column's label: its header cells top to bottom ("Realisasi · 2020"), repeated words once. */
function labelKolom(thead: Elemen): string[] {
  const label: string[][] = [];
  for (const baris of grid(barisDari([thead])))
    for (const { sel, kolom, lebar } of baris) {
      const isi = rapikan(teks(sel));
      for (let indeksKolom = kolom; indeksKolom < kolom + lebar; indeksKolom++)
        if (isi && !label[indeksKolom]?.includes(isi)) (label[indeksKolom] ??= []).push(isi);
    }
  return Array.from(label, (l) => (l ?? []).join(' · '));
}

/** Adds card labels and the `tumpuk` class to every table with a header row; other HTML is left as it is. */
export function tabelKartu(html: string): string {
  if (!html.includes('<thead')) return html;
  const fragmen = parseFragment(html);
  for (const tabel of semua(fragmen, 'table')) {
    const bagian = anak(tabel);
    const thead = bagian.find((e) => e.tagName === 'thead');
    if (!thead) continue;
    const label = labelKolom(thead);
    const jumlahKolom = label.length;
    for (const baris of grid(barisDari(bagian.filter((e) => e.tagName === 'tbody' || e.tagName === 'tfoot'))))
      for (const { sel, kolom, lebar } of baris) {
        // a cell across the whole row is a group heading: it stands alone on the card
        if (atribut(sel, 'data-label') !== undefined || lebar >= jumlahKolom || sel.tagName === 'th') continue;
        const isi = label.slice(kolom, kolom + lebar).filter(Boolean);
        if (isi.length) sel.attrs.push({ name: 'data-label', value: [...new Set(isi)].join(' · ') });
      }
    const kelas = atribut(tabel, 'class');
    if (!kelas?.split(/\s+/).includes('tumpuk')) {
      const nilai = kelas ? `${kelas} tumpuk` : 'tumpuk';
      if (kelas === undefined) tabel.attrs.push({ name: 'class', value: nilai });
      else tabel.attrs.find((a) => a.name === 'class')!.value = nilai;
    }
  }
  return serialize(fragmen);
}
