/**
 * Import: a workbook read back into a document (bacaBuku), with where each JSON path came from (Letak).
 * It undoes tulis.ts's cell conventions ("-" = null, JSON text for strings that would read otherwise)
 * and places list rows by their "No. urut"; every cell that cannot be read (merged, hidden, a formula,
 * a value without a heading, a gap in the numbering) is an error with its sheet, row and column,
 * so an operator can fix the workbook rather than the JSON. Pure but for exceljs.
 */
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import { bacaDesimal } from '../angka.ts';
import { hurufKolom } from '../csv-baca.ts';
import {
  BUKU,
  KOLOM_CATATAN_OPERATOR,
  KOLOM_ISI,
  KOLOM_LEMBAR_KISI,
  KOLOM_NOMOR,
  KOLOM_NOMOR_LAMA,
  KOLOM_PASANGAN,
  adalahJenisBuku,
  adalahObjek,
  kedalaman,
  segmen,
} from './lembar.ts';
import type { DeskripsiLembar, JenisBuku, Json, Obj } from './lembar.ts';
import type { GalatBuku } from './periksa.ts';
import { bentukObjek, jenisSkema, langkah, skemaDi } from './skema.ts';

/** Where each JSON path came from: the cell (or row) that wrote it. */
export type Letak = Map<string, { lembar: string; baris: number; kolom?: string }>;

export interface HasilBacaBuku {
  jenis?: JenisBuku;
  dokumen?: Record<string, unknown>;
  galat: GalatBuku[];
  letak: Letak;
}

function bacaNilaiSel(sel: ExcelJS.Cell): { ok: true; nilai: Json | undefined } | { ok: false; jenis: string } {
  const nilai = sel.value;
  if (nilai === null || nilai === undefined || nilai === '') return { ok: true, nilai: undefined };
  if (typeof nilai === 'number' || typeof nilai === 'boolean') return { ok: true, nilai };
  if (nilai instanceof Date) return { ok: true, nilai: nilai.toISOString().slice(0, 10) };
  if (typeof nilai === 'string') {
    if (/^\s*[-–—]\s*$/.test(nilai)) return { ok: true, nilai: null };
    if (/^["[{]/.test(nilai))
      try {
        return { ok: true, nilai: JSON.parse(nilai) as Json };
      } catch {
        return { ok: true, nilai };
      }
    return { ok: true, nilai };
  }
  if ('formula' in nilai || 'sharedFormula' in nilai) return { ok: false, jenis: 'rumus' };
  if ('richText' in nilai) return { ok: true, nilai: nilai.richText.map((r) => r.text).join('') };
  if ('text' in nilai && 'hyperlink' in nilai) return { ok: true, nilai: String(nilai.text) };
  if ('error' in nilai) return { ok: false, jenis: 'galat' };
  return { ok: false, jenis: 'lain' };
}

function aturJalur(obj: Obj, kolom: string, nilai: Json) {
  const seg = segmen(kolom);
  let objek = obj;
  for (const potongan of seg.slice(0, -1)) {
    if (!adalahObjek(objek[potongan])) objek[potongan] = {};
    objek = objek[potongan] as Obj;
  }
  objek[seg.at(-1)!] = nilai;
}

const jalurJson = (seg: (string | number)[]) =>
  seg.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

/** A value in a column without a heading: it would not be read, on a list sheet or a grid alike. */
const galatTanpaJudul = (
  lembar: string,
  baris: number,
  nomorKolom: number,
  ditemukan: string,
  lain: Pick<GalatBuku, 'diharapkan' | 'saran'>,
): GalatBuku => ({
  lembar,
  baris,
  kolom: hurufKolom(nomorKolom - 1),
  pesan: 'Sel berisi nilai di kolom tanpa judul; tidak akan terbaca.',
  message: 'A value in a column without a heading would not be read.',
  ditemukan,
  ...lain,
});

interface SelTerbaca {
  nomorKolom: number;
  nilai: Json;
  /** the cell as text, for messages and headings */
  teks: string;
}

/**
 * The filled cells of a sheet, row by row from row `dari`. Merged cells, hidden rows, formulas
 * and unreadable cells are errors with their place: one check for every kind of sheet.
 */
function bacaSelLembar(
  ws: ExcelJS.Worksheet,
  dari: number,
  galat: GalatBuku[],
  tempat: (nomorKolom: number) => string,
  lewati: (nomorKolom: number) => boolean = () => false,
): { baris: number; sel: SelTerbaca[] }[] {
  for (const rentang of (ws.model as { merges?: string[] }).merges ?? [])
    galat.push({
      lembar: ws.name,
      baris: Number(/\d+/.exec(rentang)?.[0]),
      kolom: rentang,
      pesan: `Sel digabung (${rentang}): nilainya tidak dapat dibaca per kolom.`,
      message: `Merged cells (${rentang}): their value cannot be read per column.`,
      saran: 'Pisahkan sel (Unmerge) dan tulis nilai di tiap sel (unmerge and write each cell).',
    });
  const hasilBaris: { baris: number; sel: SelTerbaca[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, nomorBaris) => {
    if (nomorBaris < dari) return;
    if (row.hidden) {
      galat.push({
        lembar: ws.name,
        baris: nomorBaris,
        pesan: 'Baris tersembunyi: isinya tidak terlihat saat diperiksa, jadi tidak diimpor.',
        message: 'A hidden row: what it holds cannot be seen when reviewed, so it is not imported.',
        saran: 'Tampilkan baris (Unhide) atau hapus (unhide or delete the row).',
      });
      return;
    }
    const sel: SelTerbaca[] = [];
    row.eachCell((selBaris, nomorKolom) => {
      if (lewati(nomorKolom)) return;
      const hasil = bacaNilaiSel(selBaris);
      if (!hasil.ok) {
        galat.push({
          lembar: ws.name,
          baris: nomorBaris,
          kolom: tempat(nomorKolom),
          pesan:
            hasil.jenis === 'rumus'
              ? 'Sel berisi rumus; tulis nilainya saja (angka seperti tercetak di dokumen).'
              : 'Sel ini tidak dapat dibaca.',
          message:
            hasil.jenis === 'rumus' ? 'The cell holds a formula; write its value only.' : 'This cell cannot be read.',
          diharapkan: 'nilai (a value)',
          ditemukan:
            hasil.jenis === 'rumus'
              ? `=${(selBaris.value as { formula?: string }).formula ?? ''}`
              : String(selBaris.text),
          saran: 'Salin sel, lalu Tempel Khusus → Nilai (copy, then Paste Special → Values).',
        });
        return;
      }
      if (hasil.nilai === undefined) return;
      sel.push({
        nomorKolom,
        nilai: hasil.nilai,
        teks: typeof selBaris.value === 'string' ? selBaris.value : String(selBaris.text),
      });
    });
    hasilBaris.push({ baris: nomorBaris, sel });
  });
  return hasilBaris;
}

/**
 * A table's headings and rows from the grid sheet a list row names (DeskripsiLembar.kisi): headings
 * in row 1, non-empty up to the last used column; each row's values from the first cell to its last
 * filled one (table rows are full, so a trailing empty cell is absent), a gap inside a row an error.
 */
function bacaKisi(
  wb: ExcelJS.Workbook,
  deskripsi: DeskripsiLembar,
  asal: { baris: number; nilai: Json; kolom: string },
  dipakai: Set<string>,
  galat: GalatBuku[],
  letak: Letak,
  jalurTabel: string,
): { kolom: string[]; baris: Json[][] } | undefined {
  const kisi = deskripsi.kisi!;
  const nama = typeof asal.nilai === 'string' ? asal.nilai.trim() : String(asal.nilai);
  const ws = wb.getWorksheet(nama);
  const bukanKisi = nama === 'Petunjuk' || Object.values(BUKU).some((b) => b.lembar.some((l) => l.nama === nama));
  if (!ws || bukanKisi || dipakai.has(nama)) {
    const ada = wb.worksheets.map((w) => w.name).filter((n) => n.startsWith(`${kisi.lembar} `));
    galat.push({
      lembar: deskripsi.nama,
      baris: asal.baris,
      kolom: asal.kolom,
      ...(dipakai.has(nama)
        ? {
            pesan: `Lembar "${nama}" sudah disebut baris lain; satu lembar untuk satu tabel.`,
            message: `Sheet "${nama}" is already named by another row; one sheet per table.`,
          }
        : {
            pesan: `Lembar tabel "${nama}" tidak ada di buku kerja.`,
            message: `The table sheet "${nama}" is not in the workbook.`,
          }),
      diharapkan: ada.length ? ada.join(' | ') : `${kisi.lembar} 1`,
      ditemukan: nama,
      saran: `Tambahkan lembar "${kisi.lembar} N" (baris 1 = judul kolom, lalu isi tabel) dan tulis namanya di sini (add the sheet and write its name here).`,
    });
    return undefined;
  }
  dipakai.add(nama);
  const judul: string[] = [];
  ws.getRow(1).eachCell((sel, nomorKolom) => {
    judul[nomorKolom] = typeof sel.value === 'string' ? sel.value : String(sel.text);
  });
  const tempat = (nomorKolom: number) => `${hurufKolom(nomorKolom - 1)} (${judul[nomorKolom] || '?'})`;
  const bacaan = bacaSelLembar(ws, 1, galat, tempat);
  const kolom: string[] = [];
  const barisJudul = bacaan[0]?.baris === 1 ? bacaan.shift()!.sel : [];
  const akhirJudul = Math.max(0, ...barisJudul.map((sel) => sel.nomorKolom));
  for (let nomorKolom = 1; nomorKolom <= akhirJudul; nomorKolom++) {
    const sel = barisJudul.find((x) => x.nomorKolom === nomorKolom);
    if (!sel)
      galat.push({
        lembar: nama,
        baris: 1,
        kolom: hurufKolom(nomorKolom - 1),
        pesan: 'Judul kolom kosong: baris 1 lembar tabel berisi judul tiap kolom, tanpa celah.',
        message: 'An empty column heading: row 1 of a table sheet holds every column heading, without gaps.',
        diharapkan: 'judul kolom (a column heading)',
        ditemukan: 'kosong (empty)',
        saran: 'Tulis judul kolomnya persis seperti tercetak (write the heading as printed).',
      });
    kolom.push(sel?.teks ?? '');
  }
  letak.set(`${jalurTabel}.${kisi.kolom}`, { lembar: nama, baris: 1 });
  kolom.forEach((_, indeks) =>
    letak.set(`${jalurTabel}.${kisi.kolom}[${indeks}]`, { lembar: nama, baris: 1, kolom: tempat(indeks + 1) }),
  );
  letak.set(`${jalurTabel}.${kisi.baris}`, { lembar: nama, baris: 1 });
  const baris: Json[][] = [];
  for (const { baris: nomorBaris, sel } of bacaan) {
    const isi: Json[] = [];
    for (const { nomorKolom, nilai, teks } of sel) {
      if (nomorKolom > akhirJudul) {
        galat.push(
          galatTanpaJudul(nama, nomorBaris, nomorKolom, teks, {
            diharapkan: `kolom A–${hurufKolom(Math.max(0, akhirJudul - 1))}`,
            saran: 'Tulis judul kolomnya di baris 1, atau pindahkan nilainya (write its heading in row 1, or move it).',
          }),
        );
        continue;
      }
      isi[nomorKolom - 1] = nilai;
    }
    if (!isi.length) continue;
    const indeksBaris = baris.length;
    for (let indeks = 0; indeks < isi.length; indeks++)
      if (isi[indeks] === undefined) {
        galat.push({
          lembar: nama,
          baris: nomorBaris,
          kolom: tempat(indeks + 1),
          pesan: 'Sel kosong di tengah baris tabel.',
          message: 'An empty cell inside a table row.',
          diharapkan:
            '"-" bila tidak ada di dokumen, "" bila kosong di dokumen ("-" when not in the source, "" when printed empty)',
          ditemukan: 'kosong (empty)',
          saran: 'Tulis nilainya (write its value).',
        });
        isi[indeks] = null;
      } else
        letak.set(`${jalurTabel}.${kisi.baris}[${indeksBaris}][${indeks}]`, {
          lembar: nama,
          baris: nomorBaris,
          kolom: tempat(indeks + 1),
        });
    letak.set(`${jalurTabel}.${kisi.baris}[${indeksBaris}]`, { lembar: nama, baris: nomorBaris });
    baris.push(isi);
  }
  return { kolom, baris };
}

/**
 * A workbook exported before the outline column was renamed heads it "nomor": read that column as
 * the outline only when it cannot be a field (no "No. urut" column, no field "nomor" in the items).
 */
function bacaKolomNomorLama(kepala: (string | undefined)[], skemaItem: z.ZodType | undefined) {
  if (kepala.includes(KOLOM_NOMOR)) return;
  if (KOLOM_NOMOR_LAMA in (bentukObjek(skemaItem) ?? {})) return;
  const indeks = kepala.indexOf(KOLOM_NOMOR_LAMA);
  if (indeks > 0) kepala[indeks] = KOLOM_NOMOR;
}

/** The kind a workbook says it is: its title, else Petunjuk!B1 (as tulis.ts writes both); unchecked. */
export const jenisBuku = (wb: ExcelJS.Workbook): string =>
  wb.title || String(wb.getWorksheet('Petunjuk')?.getCell('B1').value ?? '');

/** Reads a workbook back into a document; every cell that cannot be read is an error with its place. */
export function bacaBuku(wb: ExcelJS.Workbook): HasilBacaBuku {
  const galat: GalatBuku[] = [];
  const letak: Letak = new Map();
  const jenisTeks = jenisBuku(wb);
  if (!adalahJenisBuku(jenisTeks)) {
    galat.push({
      lembar: 'Petunjuk',
      baris: 1,
      kolom: 'B',
      pesan: `Bukan buku kerja Kinerja Terbuka: jenisnya (${Object.keys(BUKU).join(', ')}) tidak tertulis.`,
      message: `Not a Kinerja Terbuka workbook: its kind (${Object.keys(BUKU).join(', ')}) is not written.`,
      diharapkan: Object.keys(BUKU).join(' | '),
      ditemukan: jenisTeks,
      saran: 'Mulai dari buku kerja hasil "npm run buku-kerja -- ekspor" (start from an exported workbook).',
    });
    return { galat, letak };
  }
  const jenis = jenisTeks;
  const { lembar, skema } = BUKU[jenis];
  const dok: Obj = {};
  /** grid sheets a list row has named, by name */
  const kisiDipakai = new Set<string>();
  // parents before children, so each row finds the item it belongs under
  const urut = [...lembar].sort((a, b) => kedalaman(a) - kedalaman(b));
  for (const deskripsi of urut) {
    const ws = wb.getWorksheet(deskripsi.nama);
    if (!ws) continue;
    const daftar = deskripsi.jalur.endsWith('[]');
    const kepala: (string | undefined)[] = [];
    ws.getRow(1).eachCell((sel, nomorKolom) => {
      kepala[nomorKolom] = typeof sel.value === 'string' ? sel.value.trim() : undefined;
    });
    if (daftar) bacaKolomNomorLama(kepala, skemaDi(skema, langkah(deskripsi.jalur, '')));
    const tempat = (nomorKolom: number) => `${hurufKolom(nomorKolom - 1)} (${kepala[nomorKolom] ?? '?'})`;
    const rows: { nomor?: number[]; baris: number; sel: Map<string, { nilai: Json; kolom: string }> }[] = [];
    const bacaan = bacaSelLembar(ws, 2, galat, tempat, (nomorKolom) => kepala[nomorKolom] === KOLOM_CATATAN_OPERATOR);
    for (const { baris: nomorBaris, sel: daftarSel } of bacaan) {
      const sel = new Map<string, { nilai: Json; kolom: string }>();
      for (const { nomorKolom, nilai: nilaiSel, teks } of daftarSel) {
        const kunci = kepala[nomorKolom];
        if (!kunci) {
          galat.push(
            galatTanpaJudul(deskripsi.nama, nomorBaris, nomorKolom, teks, {
              saran: `Pindahkan ke kolom yang benar atau ke "${KOLOM_CATATAN_OPERATOR}".`,
            }),
          );
          continue;
        }
        let nilai = nilaiSel;
        // a number typed as text ("72,58") in a number field: read the Indonesian way
        const skemaKolom =
          daftar && kunci !== KOLOM_NOMOR ? skemaDi(skema, langkah(deskripsi.jalur, kunci)) : undefined;
        if (typeof nilai === 'string' && jenisSkema(skemaKolom) === 'number') {
          const angka = bacaDesimal(nilai);
          if (angka.ok) nilai = angka.nilai;
        }
        sel.set(kunci, { nilai, kolom: tempat(nomorKolom) });
      }
      if (!sel.size) continue;
      if (!daftar) {
        rows.push({ baris: nomorBaris, sel });
        continue;
      }
      const nomor = sel.get(KOLOM_NOMOR);
      const teks = nomor ? String(nomor.nilai) : '';
      if (!/^\d+(\.\d+)*$/.test(teks)) {
        galat.push({
          lembar: deskripsi.nama,
          baris: nomorBaris,
          kolom: nomor?.kolom ?? `A (${KOLOM_NOMOR})`,
          pesan: 'Nomor baris kosong atau tidak berbentuk 1, 1.2, 1.2.3.',
          message: 'The row number is empty or not of the form 1, 1.2, 1.2.3.',
          diharapkan: '1.2.3',
          ditemukan: teks,
        });
        continue;
      }
      sel.delete(KOLOM_NOMOR);
      rows.push({ nomor: teks.split('.').map(Number), baris: nomorBaris, sel });
    }

    if (!daftar) {
      const sasaran = deskripsi.jalur ? ({} as Obj) : dok;
      for (const butir of rows) {
        const kolomSel = butir.sel.get('kolom');
        const nilaiSel = butir.sel.get('nilai');
        const jalurBaris =
          typeof kolomSel?.nilai === 'string'
            ? deskripsi.jalur
              ? `${deskripsi.jalur}.${kolomSel.nilai}`
              : kolomSel.nilai
            : undefined;
        // a field named and left empty is not filled: a problem with it points at its value cell
        if (jalurBaris && !nilaiSel) {
          letak.set(jalurBaris, { lembar: deskripsi.nama, baris: butir.baris, kolom: `B (${KOLOM_PASANGAN[1]})` });
          continue;
        }
        if (!kolomSel || !jalurBaris || !nilaiSel) {
          galat.push({
            lembar: deskripsi.nama,
            baris: butir.baris,
            pesan: 'Baris ini perlu nama kolom dan nilainya.',
            message: 'This row needs a field name and its value.',
            ditemukan: [kolomSel?.nilai, nilaiSel?.nilai].map((x) => JSON.stringify(x)).join(' | '),
          });
          continue;
        }
        aturJalur(sasaran, kolomSel.nilai as string, nilaiSel.nilai);
        letak.set(jalurBaris, {
          lembar: deskripsi.nama,
          baris: butir.baris,
          kolom: nilaiSel.kolom,
        });
      }
      if (deskripsi.jalur && Object.keys(sasaran).length) aturJalur(dok, deskripsi.jalur, sasaran);
      continue;
    }

    const seg = segmen(deskripsi.jalur);
    const nDaftar = kedalaman(deskripsi);
    rows.sort((a, b) => a.nomor!.length - b.nomor!.length);
    for (const butir of rows) {
      const nomor = butir.nomor!;
      const bebas = deskripsi.rekursif ?? deskripsi.rekursifInduk;
      if (nomor.length < nDaftar || (!bebas && nomor.length > nDaftar) || nomor.some((x) => x < 1)) {
        galat.push({
          lembar: deskripsi.nama,
          baris: butir.baris,
          kolom: `A (${KOLOM_NOMOR})`,
          pesan: `Nomor "${nomor.join('.')}" harus ${bebas ? 'paling sedikit' : 'tepat'} ${nDaftar} bagian.`,
          message: `Number "${nomor.join('.')}" must have ${bebas ? 'at least' : 'exactly'} ${nDaftar} parts.`,
          diharapkan: Array.from({ length: nDaftar }, (_, i) => i + 1).join('.'),
          ditemukan: nomor.join('.'),
        });
        continue;
      }
      // walk down to the list the item belongs in
      let objek: Json = dok;
      const jalurItem: (string | number)[] = [];
      let ke = 0;
      let hilang = false;
      const langkahList: [string, number][] = [];
      for (const potongan of seg) {
        if (!potongan.endsWith('[]')) {
          langkahList.push([potongan, -1]);
          continue;
        }
        langkahList.push([potongan.slice(0, -2), nomor[ke++]! - 1]);
        // below a tree's item: the numbers beyond the fixed ones walk down the tree first
        if (deskripsi.rekursifInduk && ke === nDaftar - 1)
          while (ke < nomor.length - 1) langkahList.push([deskripsi.rekursifInduk, nomor[ke++]! - 1]);
      }
      if (deskripsi.rekursif)
        for (let indeks = nDaftar; indeks < nomor.length; indeks++)
          langkahList.push([deskripsi.rekursif, nomor[indeks]! - 1]);
      for (let indeks = 0; indeks < langkahList.length; indeks++) {
        const [kunci, idx] = langkahList[indeks]!;
        const akhir = indeks === langkahList.length - 1;
        if (!adalahObjek(objek)) {
          hilang = true;
          break;
        }
        if (idx < 0) {
          if (!adalahObjek(objek[kunci])) objek[kunci] = {};
          objek = objek[kunci]!;
          jalurItem.push(kunci);
          continue;
        }
        if (!Array.isArray(objek[kunci])) objek[kunci] = [];
        const arr = objek[kunci] as Json[];
        jalurItem.push(kunci, idx);
        if (akhir) {
          if (arr[idx] !== undefined) {
            galat.push({
              lembar: deskripsi.nama,
              baris: butir.baris,
              kolom: `A (${KOLOM_NOMOR})`,
              pesan: `Nomor "${nomor.join('.')}" dipakai dua kali.`,
              message: `Number "${nomor.join('.')}" is used twice.`,
              ditemukan: nomor.join('.'),
            });
            hilang = true;
            break;
          }
          const item: Json = butir.sel.has(KOLOM_ISI) ? butir.sel.get(KOLOM_ISI)!.nilai : {};
          const jj = jalurJson(jalurItem);
          if (adalahObjek(item) && !butir.sel.has(KOLOM_ISI))
            for (const [kunciSel, isian] of butir.sel) {
              if (deskripsi.kisi && kunciSel === KOLOM_LEMBAR_KISI) {
                // the table's headings and rows, from the grid sheet this cell names
                const tabel = bacaKisi(wb, deskripsi, { baris: butir.baris, ...isian }, kisiDipakai, galat, letak, jj);
                if (tabel) {
                  item[deskripsi.kisi.kolom] = tabel.kolom;
                  item[deskripsi.kisi.baris] = tabel.baris;
                }
                continue;
              }
              aturJalur(item, kunciSel, isian.nilai);
            }
          arr[idx] = item;
          letak.set(jj, { lembar: deskripsi.nama, baris: butir.baris });
          for (const [kunciSel, isian] of butir.sel)
            if (kunciSel !== KOLOM_LEMBAR_KISI || !deskripsi.kisi)
              letak.set(kunciSel === KOLOM_ISI ? jj : `${jj}.${kunciSel}`, {
                lembar: deskripsi.nama,
                baris: butir.baris,
                kolom: isian.kolom,
              });
        } else {
          if (arr[idx] === undefined) {
            hilang = true;
            break;
          }
          objek = arr[idx]!;
        }
      }
      if (hilang && !galat.some((g) => g.lembar === deskripsi.nama && g.baris === butir.baris))
        galat.push({
          lembar: deskripsi.nama,
          baris: butir.baris,
          kolom: `A (${KOLOM_NOMOR})`,
          pesan: `Baris induk untuk nomor "${nomor.join('.')}" tidak ada.`,
          message: `No parent row for number "${nomor.join('.')}".`,
          ditemukan: nomor.join('.'),
          saran: 'Periksa nomor baris induk di lembar sebelumnya (check the parent row numbers).',
        });
    }
  }
  // a grid sheet no row names would be dropped without a word
  for (const ws of wb.worksheets) {
    const deskripsi = lembar.find((l) => l.kisi && ws.name.startsWith(`${l.kisi.lembar} `));
    if (deskripsi && !kisiDipakai.has(ws.name))
      galat.push({
        lembar: ws.name,
        pesan: `Lembar "${ws.name}" tidak disebut di kolom "${KOLOM_LEMBAR_KISI}" lembar "${deskripsi.nama}", jadi tidak akan diimpor.`,
        message: `No row of sheet "${deskripsi.nama}" names sheet "${ws.name}" in column "${KOLOM_LEMBAR_KISI}", so it would not be imported.`,
        diharapkan: `${KOLOM_LEMBAR_KISI} = ${ws.name}`,
        ditemukan: `${ws.name} (tidak disebut / not named)`,
        saran: `Tulis "${ws.name}" di kolom "${KOLOM_LEMBAR_KISI}" baris tabelnya, atau hapus lembar ini (name it in its table's row, or delete the sheet).`,
      });
  }
  // lists with a gap (1, 2, 4) would hold an empty item
  const periksaCelah = (nilai: Json, jalur: (string | number)[]) => {
    if (Array.isArray(nilai))
      nilai.forEach((anak, indeks) => {
        if (anak === undefined) {
          const induk = letak.get(jalurJson(jalur));
          galat.push({
            lembar: induk?.lembar ?? 'Profil',
            ...(induk ? { baris: induk.baris } : {}),
            pesan: `Nomor urut melompat: butir ${indeks + 1} di ${jalurJson(jalur)} tidak ada.`,
            message: `Numbering skips: item ${indeks + 1} of ${jalurJson(jalur)} is missing.`,
          });
          nilai[indeks] = null;
        } else periksaCelah(anak, [...jalur, indeks]);
      });
    else if (adalahObjek(nilai))
      for (const [kunci, anak] of Object.entries(nilai)) periksaCelah(anak, [...jalur, kunci]);
  };
  periksaCelah(dok, []);
  return { jenis, dokumen: dok, galat, letak };
}
