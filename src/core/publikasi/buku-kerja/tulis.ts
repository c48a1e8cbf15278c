/**
 * Export: a workbook written from content (eksporBuku) or blank for a new agency (eksporBukuKosong),
 * one sheet per description in lembar.ts plus a "Petunjuk" sheet of instructions and a grid sheet per
 * table. Enumerations get dropdowns, descriptions become header notes, headers are frozen and locked.
 * Cell conventions, which baca.ts reads back without loss: "-" = null (not in the source); a string
 * that would read otherwise ("-", or starting with " [ {) is written as JSON text. Pure but for exceljs.
 */
import ExcelJS from 'exceljs';
import { hurufKolom } from '../csv-baca.ts';
import {
  BUKU,
  KOLOM_CATATAN_OPERATOR,
  KOLOM_ISI,
  KOLOM_LEMBAR_KISI,
  KOLOM_NOMOR,
  KOLOM_PASANGAN,
  adalahObjek,
  jalurTertutup,
  kedalaman,
  segmen,
} from './lembar.ts';
import type { DeskripsiLembar, JenisBuku, Json, Obj } from './lembar.ts';
import { bentukObjek, kolomSkema, langkah, pilihan, skemaDi, uraianDi } from './skema.ts';

/** The fields of an object as dotted columns; lists and empty objects stay one (JSON) cell. */
function ratakan(objek: Obj, awalan: string, jalurInduk: string, tertutup: Set<string>, out: Map<string, Json>) {
  for (const [kunci, nilai] of Object.entries(objek)) {
    const jalurPenuh = jalurInduk ? `${jalurInduk}.${kunci}` : kunci;
    const kolom = awalan ? `${awalan}.${kunci}` : kunci;
    if (tertutup.has(jalurPenuh)) {
      // a list on its own sheet; only an empty one is written here, so "[]" and "absent" stay apart
      if (Array.isArray(nilai) && nilai.length === 0) out.set(kolom, nilai);
      continue;
    }
    if (adalahObjek(nilai) && Object.keys(nilai).length) ratakan(nilai, kolom, jalurPenuh, tertutup, out);
    else out.set(kolom, nilai);
  }
}

/** A heading cell: bold on light blue, on list sheets and grid sheets alike. */
function gayaJudul(sel: ExcelJS.Cell) {
  sel.font = { bold: true };
  sel.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
}

/** Whether a column is already there as itself, as a part of it, or as the whole it is part of. */
const sudahAda = (ada: Iterable<string>, kolom: string) =>
  [...ada].some((lain) => lain === kolom || kolom.startsWith(`${lain}.`) || lain.startsWith(`${kolom}.`));

interface BarisLembar {
  nomor: number[];
  sel: Map<string, Json>;
  /** the item's table, for its grid sheet */
  kisi?: { nama: string; kolom: Json; baris: Json };
}

const namaLembarKisi = (kisi: NonNullable<DeskripsiLembar['kisi']>, nomor: number[]) =>
  `${kisi.lembar} ${nomor.join('.')}`;

/** The items a list sheet holds, with their outline numbers. */
function itemLembar(dok: Json, deskripsi: DeskripsiLembar, tertutup: Set<string>): BarisLembar[] {
  const out: BarisLembar[] = [];
  const seg = segmen(deskripsi.jalur);
  const polaJalur = deskripsi.jalur;
  const kumpul = (nilai: Json, nomor: number[]) => {
    const sel = new Map<string, Json>();
    const { kisi } = deskripsi;
    let tabel: BarisLembar['kisi'];
    if (adalahObjek(nilai)) {
      const tutup = new Set(tertutup);
      if (deskripsi.rekursif) tutup.add(`${polaJalur}.${deskripsi.rekursif}`);
      let isian = nilai;
      // the table's headings and rows go to its grid sheet; the column "Lembar tabel" names it where "kolom" stood
      if (kisi && kisi.kolom in nilai) {
        tabel = { nama: namaLembarKisi(kisi, nomor), kolom: nilai[kisi.kolom]!, baris: nilai[kisi.baris] ?? [] };
        isian = Object.fromEntries(
          Object.entries(nilai).flatMap(([kunci, isi]): [string, Json][] =>
            kunci === kisi.kolom ? [[KOLOM_LEMBAR_KISI, tabel!.nama]] : kunci === kisi.baris ? [] : [[kunci, isi]],
          ),
        );
      }
      ratakan(isian, '', polaJalur, tutup, sel);
    } else sel.set(KOLOM_ISI, nilai);
    out.push({ nomor, sel, ...(tabel ? { kisi: tabel } : {}) });
    if (deskripsi.rekursif && adalahObjek(nilai) && Array.isArray(nilai[deskripsi.rekursif]))
      (nilai[deskripsi.rekursif] as Json[]).forEach((a, i) => kumpul(a, [...nomor, i + 1]));
  };
  const nDaftar = kedalaman(deskripsi);
  const jalan = (nilai: Json | undefined, indeks: number, nomor: number[]) => {
    if (nilai === undefined) return;
    if (indeks === seg.length) return kumpul(nilai, nomor);
    const potongan = seg[indeks]!;
    const daftar = potongan.endsWith('[]');
    const anak = adalahObjek(nilai) ? nilai[daftar ? potongan.slice(0, -2) : potongan] : undefined;
    if (!daftar) return jalan(anak, indeks + 1, nomor);
    if (!Array.isArray(anak)) return;
    const kunciPohon = deskripsi.rekursifInduk;
    // the parent list of a child of a tree: its items at every depth
    const turun = (item: Json, nomorItem: number[]) => {
      jalan(item, indeks + 1, nomorItem);
      if (adalahObjek(item) && Array.isArray(item[kunciPohon!]))
        (item[kunciPohon!] as Json[]).forEach((cabang, k) => turun(cabang, [...nomorItem, k + 1]));
    };
    if (kunciPohon && nomor.length === nDaftar - 2) anak.forEach((x, j) => turun(x, [...nomor, j + 1]));
    else anak.forEach((x, j) => jalan(x, indeks + 1, [...nomor, j + 1]));
  };
  jalan(dok, 0, []);
  return out;
}

/** Whether a string cell would read back as something else, so it is written as JSON text. */
const perluKutip = (s: string) => s === '' || /^\s*[-–—]?\s*$/.test(s) || /^["[{]/.test(s) || s !== s.trim();

function tulisSel(sel: ExcelJS.Cell, nilai: Json | undefined) {
  if (nilai === undefined) return;
  if (nilai === null) sel.value = '-';
  else if (typeof nilai === 'number' || typeof nilai === 'boolean') sel.value = nilai;
  else if (typeof nilai === 'string') sel.value = perluKutip(nilai) ? JSON.stringify(nilai) : nilai;
  else sel.value = JSON.stringify(nilai);
}

const PETUNJUK = [
  'Cara mengisi (how to fill in):',
  '• Jenis buku kerja tertulis di sel B1 (lkjip = laporan, renstra = Renstra, indikator = katalog indikator instansi); jangan diubah.',
  '• Satu lembar per bagian laporan; baris pertama adalah judul kolom (terkunci). Sel kosong = tidak diisi; "-" = tidak ada di dokumen sumber (null).',
  `• Kolom "${KOLOM_NOMOR}" menempatkan baris: 1.2 = butir 2 di bawah butir 1 lembar induknya. Tulis sebagai teks.`,
  '• Angka ditulis sebagai angka (Excel menampilkannya dengan format Indonesia); angka ' +
    'tercetak (kolom *_tercetak) ditulis sebagai teks, persis seperti di dokumen.',
  `• Tabel lain: sel tiap tabel ada di lembarnya sendiri ("Tabel lain 1", "Tabel lain 2", …), seperti tercetak: baris 1 = judul kolom, baris berikutnya = isi tabel, satu nilai per sel. Kolom "${KOLOM_LEMBAR_KISI}" di lembar Tabel lain menyebut lembar itu; tabel baru = baris baru di Tabel lain + lembar baru.`,
  '• Daftar di dalam daftar (nilai per triwulan, tahun sebelumnya, keluaran anggaran…) punya lembarnya sendiri, satu butir per baris. Yang masih JSON ([..]) hanya lokasi.baris (baris berkas teks sumber; boleh dikosongkan) dan daftar baris/kolom di lembar Aturan tabel: salin bentuknya dari baris lain.',
  '• Jangan menggabung sel, menyembunyikan baris, atau memakai rumus: tulis nilainya.',
  `• Kolom "${KOLOM_CATATAN_OPERATOR}" bebas untuk catatan Anda; tidak masuk ke konten.`,
  '• Impor: npm run buku-kerja -- impor <berkas.xlsx>, atau unggah berkas ke folder instansi lewat GitHub (lihat panduan).',
];

/** The workbook of one report or Renstra, from its content. */
export async function eksporBuku(jenis: JenisBuku, dok: unknown): Promise<ExcelJS.Workbook> {
  const { lembar, skema, judul } = BUKU[jenis];
  const wb = new ExcelJS.Workbook();
  wb.title = jenis;
  wb.subject = judul;
  const tertutup = jalurTertutup(lembar);
  const petunjuk = wb.addWorksheet('Petunjuk');
  petunjuk.getColumn(1).width = 28;
  petunjuk.getColumn(2).width = 110;
  petunjuk.addRow([judul, jenis]).font = { bold: true, size: 14 };
  for (const kalimat of PETUNJUK) petunjuk.addRow(['', kalimat]);
  petunjuk.addRow([]);
  petunjuk.addRow(['Lembar (sheet)', 'Isi (contents)']).font = { bold: true };
  for (const deskripsi of lembar) {
    petunjuk.addRow([deskripsi.nama, deskripsi.uraian]);
    if (deskripsi.kisi)
      petunjuk.addRow([
        `${deskripsi.kisi.lembar} N`,
        `Sel tabel ke-N di lembar ${deskripsi.nama}: baris 1 = judul kolom (${deskripsi.kisi.kolom}), baris berikutnya = isi (${deskripsi.kisi.baris})`,
      ]);
  }

  for (const deskripsi of lembar) {
    const ws = wb.addWorksheet(deskripsi.nama, { views: [{ state: 'frozen', ySplit: 1 }] });
    let kolom: string[];
    let baris: (Map<string, Json> & { nomor?: number[] })[];
    let tabelKisi: NonNullable<BarisLembar['kisi']>[] = [];
    const daftar = deskripsi.jalur.endsWith('[]');
    if (!daftar) {
      const obj = deskripsi.jalur
        ? segmen(deskripsi.jalur).reduce<Json | undefined>((v, k) => (adalahObjek(v) ? v[k] : undefined), dok as Json)
        : dok;
      const sel = new Map<string, Json>();
      if (adalahObjek(obj)) ratakan(obj, '', deskripsi.jalur, tertutup, sel);
      else if (obj !== undefined) sel.set('', obj as Json);
      // empty top-level lists on their own sheets are written here: "[]" and "absent" stay apart
      kolom = [...KOLOM_PASANGAN];
      baris = [...sel].map(
        ([k, v]) =>
          new Map<string, Json>([
            ['kolom', k],
            ['nilai', v],
          ]),
      );
      // then the fields the document leaves empty, named with no value, so the operator sees them
      for (const kosong of kolomSkema(skemaDi(skema, langkah(deskripsi.jalur, '')), '', deskripsi.jalur, tertutup))
        if (!sudahAda(sel.keys(), kosong)) baris.push(new Map<string, Json>([['kolom', kosong]]));
    } else {
      const item = itemLembar(dok as Json, deskripsi, tertutup);
      const urutan: string[] = [];
      for (const butir of item) for (const kunci of butir.sel.keys()) if (!urutan.includes(kunci)) urutan.push(kunci);
      // fields the schema allows that no item fills yet, so the operator sees them; an object's
      // fields as dotted columns (lokasi.halaman), so no one types JSON into a blank one
      const bentuk = skemaDi(skema, langkah(deskripsi.jalur, ''));
      for (const kosong of kolomSkema(bentuk, '', deskripsi.jalur, tertutup)) {
        const puncak = kosong.split('.')[0]!;
        if (puncak === deskripsi.rekursif) continue;
        if (deskripsi.kisi && (puncak === deskripsi.kisi.kolom || puncak === deskripsi.kisi.baris)) {
          if (puncak === deskripsi.kisi.kolom && !urutan.includes(KOLOM_LEMBAR_KISI)) urutan.push(KOLOM_LEMBAR_KISI);
          continue;
        }
        if (!sudahAda(urutan, kosong)) urutan.push(kosong);
      }
      if (!bentukObjek(bentuk) && !urutan.length) urutan.push(KOLOM_ISI);
      kolom = [KOLOM_NOMOR, ...urutan];
      baris = item.map((b) => Object.assign(new Map(b.sel), { nomor: b.nomor }));
      tabelKisi = item.flatMap((b) => (b.kisi ? [b.kisi] : []));
    }
    kolom.push(KOLOM_CATATAN_OPERATOR);
    ws.columns = kolom.map((k) => ({
      header: k,
      key: k,
      width: Math.min(60, Math.max(12, k.length + 2)),
      style: { protection: { locked: false } },
    }));
    const kepala = ws.getRow(1);
    kepala.eachCell((sel, nomorKolom) => {
      gayaJudul(sel);
      sel.protection = { locked: true };
      const kunci = kolom[nomorKolom - 1]!;
      if (daftar && kunci !== KOLOM_NOMOR && kunci !== KOLOM_CATATAN_OPERATOR) {
        const uraian = uraianDi(skema, langkah(deskripsi.jalur, kunci));
        if (uraian) sel.note = uraian;
        if (kunci === KOLOM_LEMBAR_KISI)
          sel.note = `Nama lembar yang berisi sel tabel ini, mis. "${deskripsi.kisi!.lembar} 1": baris 1 = judul kolom, baris berikutnya = isi tabel`;
      }
    });
    baris.forEach((butir, indeks) => {
      const row = ws.getRow(indeks + 2);
      kolom.forEach((kunci, indeksKolom) => {
        const sel = row.getCell(indeksKolom + 1);
        if (kunci === KOLOM_NOMOR) sel.value = butir.nomor!.join('.');
        else if (butir.has(kunci)) tulisSel(sel, butir.get(kunci));
      });
    });
    // dropdowns for enumerations, Indonesian money format for rupiah columns
    const daftarPilihan = (sel: ExcelJS.Cell, opsi: string[] | undefined) => {
      if (opsi && opsi.join(',').length < 250)
        sel.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${opsi.join(',')}"`],
          showErrorMessage: true,
          errorTitle: 'Pilihan (choice)',
          error: `Pilih salah satu (choose one): ${opsi.join(', ')}`,
        };
    };
    // a name | value sheet: each field's description on its name, a dropdown on its value
    if (!daftar)
      baris.forEach((butir, indeks) => {
        const jalurSkema = langkah(deskripsi.jalur, String(butir.get('kolom')));
        const row = ws.getRow(indeks + 2);
        const uraian = uraianDi(skema, jalurSkema);
        if (uraian) row.getCell(1).note = uraian;
        daftarPilihan(row.getCell(2), pilihan(skemaDi(skema, jalurSkema)));
      });
    kolom.forEach((kunci, indeksKolom) => {
      const jalurSkema = daftar ? langkah(deskripsi.jalur, kunci) : undefined;
      const opsi = pilihan(jalurSkema ? skemaDi(skema, jalurSkema) : undefined);
      const huruf = hurufKolom(indeksKolom);
      if (opsi)
        for (let nomorBaris = 2; nomorBaris <= Math.max(baris.length + 200, 200); nomorBaris++)
          daftarPilihan(ws.getCell(`${huruf}${nomorBaris}`), opsi);
      if (
        /^(pagu|pagu_murni|realisasi|jumlah\.(pagu|realisasi))$/.test(kunci) &&
        deskripsi.jalur.startsWith('anggaran')
      )
        ws.getColumn(indeksKolom + 1).numFmt = '#,##0';
    });
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
      sort: true,
      autoFilter: true,
    });
    for (const tabel of tabelKisi) tulisLembarKisi(wb, tabel);
  }
  return wb;
}

/**
 * A table's grid sheet, laid out as printed: row 1 its headings verbatim, then one row per table
 * row, one cell per value (tulisSel's conventions). The headings are data, so nothing is locked.
 */
function tulisLembarKisi(wb: ExcelJS.Workbook, tabel: NonNullable<BarisLembar['kisi']>) {
  const ws = wb.addWorksheet(tabel.nama, { views: [{ state: 'frozen', ySplit: 1 }] });
  const judul = Array.isArray(tabel.kolom) ? tabel.kolom : [];
  judul.forEach((teks, indeks) => {
    const sel = ws.getRow(1).getCell(indeks + 1);
    sel.value = typeof teks === 'string' ? teks : JSON.stringify(teks);
    gayaJudul(sel);
    ws.getColumn(indeks + 1).width = Math.min(60, Math.max(12, String(teks).length + 2));
  });
  (Array.isArray(tabel.baris) ? tabel.baris : []).forEach((isiBaris, indeksBaris) => {
    const row = ws.getRow(indeksBaris + 2);
    if (Array.isArray(isiBaris)) isiBaris.forEach((nilai, indeks) => tulisSel(row.getCell(indeks + 1), nilai));
    else tulisSel(row.getCell(1), isiBaris);
  });
}

/**
 * A blank workbook for a new agency: every sheet with its columns, dropdowns and notes, and on Profil
 * a row per field (the ones that name the file it becomes first, in the schema's order), left empty.
 */
export function eksporBukuKosong(jenis: JenisBuku): Promise<ExcelJS.Workbook> {
  return eksporBuku(jenis, {});
}
