/**
 * Phone-first tables: a rendered table with a header becomes one card per row on a narrow screen (the CSS of
 * `table.tumpuk`), each cell labelled with its column's header (`data-label`), so that target, realisasi and
 * capaian are read beside each other instead of off-screen. One pass over the HTML a table box renders,
 * so every table on the site gets it without each template repeating its headers. The HTML is read as a
 * string (`pindai-html.ts`) and the labels and class are spliced into the start tags; the rest is left as it is.
 */
import { bacaAtribut, pindaiHtml, sisipkan } from './pindai-html.ts';

interface Sel {
  nama: 'td' | 'th';
  /** the start tag's attributes as written, and where its `>` is */
  atribut: string;
  ujungTag: number;
  /** its text runs as written, descendants included */
  teks: string[];
}
interface Tabel {
  atribut: string;
  /** where the tag name ends (`<table` + 6): the class goes right after the attributes */
  awalTag: number;
  ujungTag: number;
  kepala: Sel[][];
  badan: Sel[][];
  adaKepala: boolean;
}

/** A header's text as a reader hears it: runs joined by a space, white space (and &nbsp;) made one space. */
const rapikan = (teks: string[]) =>
  teks
    .join(' ')
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const angka = (sel: Sel, nama: string) => Math.max(1, Number(bacaAtribut(sel.atribut).get(nama)?.nilai) || 1);

/** Rows of a section as a grid: each cell with the columns it covers, honouring rowspan and colspan. */
function grid(baris: Sel[][]): { sel: Sel; kolom: number; lebar: number }[][] {
  const terisi: Set<number>[] = baris.map(() => new Set());
  return baris.map((selBaris, nomorBaris) => {
    let kolom = 0;
    return selBaris.map((sel) => {
      while (terisi[nomorBaris]!.has(kolom)) kolom++;
      const lebar = angka(sel, 'colspan');
      for (let turun = 0; turun < angka(sel, 'rowspan') && nomorBaris + turun < baris.length; turun++)
        for (let geser = 0; geser < lebar; geser++) terisi[nomorBaris + turun]!.add(kolom + geser);
      const hasil = { sel, kolom, lebar };
      kolom += lebar;
      return hasil;
    });
  });
}

/** Each column's label: its header cells top to bottom ("Realisasi · 2020"), repeated words once. */
function labelKolom(kepala: Sel[][]): string[] {
  const label: string[][] = [];
  for (const baris of grid(kepala))
    for (const { sel, kolom, lebar } of baris) {
      const isi = rapikan(sel.teks);
      for (let nomor = kolom; nomor < kolom + lebar; nomor++)
        if (isi && !label[nomor]?.includes(isi)) (label[nomor] ??= []).push(isi);
    }
  return Array.from(label, (bagian) => (bagian ?? []).join(' · '));
}

/** What one table adds: a `data-label` on each body cell, and the `tumpuk` class. */
function sisipanTabel(tabel: Tabel): { letak: number; teks: string; ganti?: number }[] {
  if (!tabel.adaKepala) return [];
  const label = labelKolom(tabel.kepala);
  const jumlahKolom = label.length;
  const sisipan: { letak: number; teks: string; ganti?: number }[] = [];
  for (const baris of grid(tabel.badan))
    for (const { sel, kolom, lebar } of baris) {
      // a cell across the whole row is a group heading, a row header the card's title: neither gets a label
      if (bacaAtribut(sel.atribut).has('data-label') || lebar >= jumlahKolom || sel.nama === 'th') continue;
      const isi = label.slice(kolom, kolom + lebar).filter(Boolean);
      if (isi.length)
        sisipan.push({
          letak: sel.ujungTag,
          teks: ` data-label="${[...new Set(isi)].join(' · ').replace(/"/g, '&quot;')}"`,
        });
    }
  const kelas = bacaAtribut(tabel.atribut).get('class');
  if (!kelas) sisipan.push({ letak: tabel.ujungTag, teks: ' class="tumpuk"' });
  else if (!kelas.nilai.split(/\s+/).includes('tumpuk'))
    sisipan.push({
      letak: tabel.awalTag + kelas.awal,
      ganti: kelas.akhir - kelas.awal,
      teks: ` class="${`${kelas.nilai} tumpuk`.replace(/"/g, '&quot;')}"`,
    });
  return sisipan;
}

/** Adds card labels and the `tumpuk` class to every table with a header row; other HTML is left as it is. */
export function tabelKartu(html: string): string {
  if (!html.includes('<thead')) return html;
  const sisipan: { letak: number; teks: string; ganti?: number }[] = [];
  // open elements; a table, row or cell entry points to what it builds
  type Terbuka = { nama: string; tabel?: Tabel; baris?: Sel[]; sel?: Sel; bagian?: 'kepala' | 'badan' };
  const terbuka: Terbuka[] = [];
  const tabelTerdalam = () => terbuka.findLast((elemen) => elemen.tabel)?.tabel;
  for (const token of pindaiHtml(html)) {
    if (token.jenis === 'tutup') {
      const letak = terbuka.findLastIndex((elemen) => elemen.nama === token.nama);
      if (letak < 0) continue;
      for (const elemen of terbuka.splice(letak).reverse())
        if (elemen.tabel) sisipan.push(...sisipanTabel(elemen.tabel));
      continue;
    }
    if (token.jenis === 'teks') {
      for (const elemen of terbuka) elemen.sel?.teks.push(html.slice(token.awal, token.akhir));
      continue;
    }
    if (token.jenis !== 'buka' || token.kosong) continue;
    const induk = terbuka.at(-1);
    // where the start tag's ">" is (a self-closing tag never gets here)
    const ujungTag = token.akhir - 1;
    const baru: Terbuka = { nama: token.nama };
    if (token.nama === 'table') {
      baru.tabel = {
        atribut: token.atribut,
        awalTag: token.awal + 6,
        ujungTag,
        kepala: [],
        badan: [],
        adaKepala: false,
      };
    } else if (induk?.tabel && ['thead', 'tbody', 'tfoot'].includes(token.nama)) {
      baru.bagian = token.nama === 'thead' ? 'kepala' : 'badan';
      if (token.nama === 'thead') induk.tabel.adaKepala = true;
    } else if (token.nama === 'tr' && (induk?.bagian || induk?.tabel)) {
      // a row straight in the table is a body row, as the HTML parser reads it
      const tabel = tabelTerdalam()!;
      baru.baris = [];
      (induk.bagian === 'kepala' ? tabel.kepala : tabel.badan).push(baru.baris);
    } else if ((token.nama === 'td' || token.nama === 'th') && induk?.baris) {
      baru.sel = { nama: token.nama, atribut: token.atribut, ujungTag, teks: [] };
      induk.baris.push(baru.sel);
    }
    terbuka.push(baru);
  }
  for (const elemen of terbuka.reverse()) if (elemen.tabel) sisipan.push(...sisipanTabel(elemen.tabel));
  return sisipkan(html, sisipan);
}
