/**
 * The workbook: one XLSX per report (LKjIP) or Renstra, a sheet for every part of the model,
 * written from content and read back into content without loss. The sheets come from one
 * description table (LEMBAR_*) over the zod schemas: each sheet is either the fields of one
 * object (name | value rows) or a list (one row per item, a "nomor" like 1.2.3 that places the
 * item under its parent, one column per field; nested objects become dotted columns, other
 * lists a JSON cell). Enumerations get dropdowns, descriptions become header notes, headers are
 * frozen and locked. Cell conventions: "-" = null (not in the source); a string that would read
 * otherwise ("-", or starting with " [ {) is written as JSON text. Pure but for exceljs.
 */
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Masalah } from '../muat/masalah.ts';
import { Laporan } from '../skema/laporan.ts';
import { Renstra } from '../skema/renstra.ts';
import { bacaDesimal } from './angka.ts';
import { hurufKolom } from './csv-baca.ts';

export type JenisBuku = 'lkjip' | 'renstra';

export interface DeskripsiLembar {
  /** sheet name (≤ 31 characters) */
  nama: string;
  /** JSON path; "[]" marks a list: "perjanjian_kinerja[].sasaran[]"; without "[]" the fields of one object */
  jalur: string;
  /** the key holding the same kind of items below an item (the budget tree's `anak`) */
  rekursif?: string;
  /** what the sheet holds, for the instructions */
  uraian: string;
}

export const LEMBAR_LKJIP: DeskripsiLembar[] = [
  { nama: 'Profil', jalur: '', uraian: 'Instansi, tahun, rencana, sumber, transkripsi, metode, catatan laporan' },
  { nama: 'Skala', jalur: 'skala[]', uraian: 'Skala kategori yang dinyatakan laporan' },
  { nama: 'Sasaran', jalur: 'sasaran[]', uraian: 'Sasaran yang dinyatakan laporan sendiri' },
  { nama: 'PK', jalur: 'perjanjian_kinerja[]', uraian: 'Perjanjian Kinerja: versi murni (awal) dan perubahan' },
  { nama: 'PK sasaran', jalur: 'perjanjian_kinerja[].sasaran[]', uraian: 'Sasaran tiap PK (nomor = PK.sasaran)' },
  {
    nama: 'PK indikator',
    jalur: 'perjanjian_kinerja[].sasaran[].indikator[]',
    uraian: 'Indikator dan target tiap sasaran PK (nomor = PK.sasaran.indikator)',
  },
  { nama: 'PK program', jalur: 'perjanjian_kinerja[].program[]', uraian: 'Program dan anggaran PK' },
  {
    nama: 'Pengukuran',
    jalur: 'pengukuran.indikator[]',
    uraian: 'IKU dan pengukuran: target, realisasi, capaian tercetak, periode (kolom JSON)',
  },
  { nama: 'Rata-rata', jalur: 'rata_rata[]', uraian: 'Rata-rata capaian yang dicetak dokumen' },
  { nama: 'Evaluasi SAKIP', jalur: 'evaluasi_sakip', uraian: 'Hasil evaluasi SAKIP (nilai, predikat, rekomendasi)' },
  { nama: 'Tabel anggaran', jalur: 'anggaran[]', uraian: 'Tabel anggaran: judul, jenis, lokasi, jumlah tercetak' },
  {
    nama: 'Baris anggaran',
    jalur: 'anggaran[].baris[]',
    rekursif: 'anak',
    uraian: 'Pohon anggaran: nomor = tabel.baris.anak… (1.2.1 = tabel 1, baris 2, rincian 1)',
  },
  { nama: 'Efisiensi', jalur: 'efisiensi[]', uraian: 'Perhitungan efisiensi yang dicetak dokumen' },
  { nama: 'Tabel lain', jalur: 'tabel_lain[]', uraian: 'Tabel lain (kolom dan baris sebagai JSON)' },
];

export const LEMBAR_RENSTRA: DeskripsiLembar[] = [
  { nama: 'Profil', jalur: '', uraian: 'Instansi, periode, visi' },
  { nama: 'Misi', jalur: 'misi[]', uraian: 'Misi seperti tercetak, satu per baris' },
  { nama: 'Sumber', jalur: 'sumber[]', uraian: 'Dokumen sumber' },
  { nama: 'Versi', jalur: 'versi[]', uraian: 'Versi Renstra (awal dan reviu)' },
  { nama: 'Tujuan', jalur: 'versi[].tujuan[]', uraian: 'Tujuan tiap versi (nomor = versi.tujuan)' },
  { nama: 'Indikator tujuan', jalur: 'versi[].tujuan[].indikator[]', uraian: 'Indikator tingkat tujuan' },
  { nama: 'Sasaran', jalur: 'versi[].tujuan[].sasaran[]', uraian: 'Sasaran tiap tujuan' },
  {
    nama: 'Indikator sasaran',
    jalur: 'versi[].tujuan[].sasaran[].indikator[]',
    uraian: 'Indikator sasaran (nomor = versi.tujuan.sasaran.indikator)',
  },
  {
    nama: 'Target tujuan',
    jalur: 'versi[].tujuan[].indikator[].target[]',
    uraian: 'Target tahunan indikator tujuan',
  },
  {
    nama: 'Target sasaran',
    jalur: 'versi[].tujuan[].sasaran[].indikator[].target[]',
    uraian: 'Target tahunan indikator sasaran',
  },
  { nama: 'Tabel lain', jalur: 'tabel_lain[]', uraian: 'Tabel lain (kolom dan baris sebagai JSON)' },
];

export const BUKU: Record<JenisBuku, { lembar: DeskripsiLembar[]; skema: z.ZodType; judul: string }> = {
  lkjip: { lembar: LEMBAR_LKJIP, skema: Laporan, judul: 'Buku kerja LKjIP' },
  renstra: { lembar: LEMBAR_RENSTRA, skema: Renstra, judul: 'Buku kerja Renstra' },
};

const KOLOM_NOMOR = 'nomor';
const KOLOM_ISI = 'isi';
/** the operator's own notes: never imported */
export const KOLOM_CATATAN_OPERATOR = 'Catatan operator (tidak diimpor)';
const KOLOM_PASANGAN = ['kolom', 'nilai'] as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
const adalahObjek = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

const segmen = (jalur: string) => (jalur ? jalur.split('.') : []);
const kedalaman = (l: DeskripsiLembar) => (l.jalur.match(/\[\]/g) ?? []).length;

/** Paths (with "[]") that a sheet of their own holds: left out of their parent's columns. */
function jalurTertutup(lembar: readonly DeskripsiLembar[]): Set<string> {
  return new Set(lembar.filter((l) => l.jalur).map((l) => l.jalur.replace(/\[\]$/, '')));
}

/** The fields of an object as dotted columns; lists and empty objects stay one (JSON) cell. */
function ratakan(v: Obj, awalan: string, jalurInduk: string, tertutup: Set<string>, out: Map<string, Json>) {
  for (const [k, x] of Object.entries(v)) {
    const jalurPenuh = jalurInduk ? `${jalurInduk}.${k}` : k;
    const kolom = awalan ? `${awalan}.${k}` : k;
    if (tertutup.has(jalurPenuh)) {
      // a list on its own sheet; only an empty one is written here, so "[]" and "absent" stay apart
      if (Array.isArray(x) && x.length === 0) out.set(kolom, x);
      continue;
    }
    if (adalahObjek(x) && Object.keys(x).length) ratakan(x, kolom, jalurPenuh, tertutup, out);
    else out.set(kolom, x);
  }
}

interface BarisLembar {
  nomor: number[];
  sel: Map<string, Json>;
}

/** The items a list sheet holds, with their outline numbers. */
function itemLembar(dok: Json, l: DeskripsiLembar, tertutup: Set<string>): BarisLembar[] {
  const out: BarisLembar[] = [];
  const seg = segmen(l.jalur);
  const polaJalur = l.jalur;
  const kumpul = (v: Json, nomor: number[]) => {
    const sel = new Map<string, Json>();
    if (adalahObjek(v)) {
      const tutup = new Set(tertutup);
      if (l.rekursif) tutup.add(`${polaJalur}.${l.rekursif}`);
      ratakan(v, '', polaJalur, tutup, sel);
    } else sel.set(KOLOM_ISI, v);
    out.push({ nomor, sel });
    if (l.rekursif && adalahObjek(v) && Array.isArray(v[l.rekursif]))
      (v[l.rekursif] as Json[]).forEach((a, i) => kumpul(a, [...nomor, i + 1]));
  };
  const jalan = (v: Json | undefined, i: number, nomor: number[]) => {
    if (v === undefined) return;
    if (i === seg.length) return kumpul(v, nomor);
    const s = seg[i]!;
    const daftar = s.endsWith('[]');
    const anak = adalahObjek(v) ? v[daftar ? s.slice(0, -2) : s] : undefined;
    if (!daftar) return jalan(anak, i + 1, nomor);
    if (Array.isArray(anak)) anak.forEach((x, j) => jalan(x, i + 1, [...nomor, j + 1]));
  };
  jalan(dok, 0, []);
  return out;
}

/** The zod schema at a dotted path below `skema`, wrappers (optional, default, nullable…) removed. */
export function skemaDi(skema: z.ZodType, jalur: readonly string[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = buka(skema);
  for (const p of jalur) {
    if (!s) return undefined;
    const def: Record<string, unknown> = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (p === '[]') s = def.type === 'array' ? buka(def.element as z.ZodType) : undefined;
    else if (def.type === 'object') {
      const bentuk = def.shape as Record<string, z.ZodType>;
      s = p in bentuk ? buka(bentuk[p]!) : undefined;
    } else return undefined;
  }
  return s;
}
function buka(s: z.ZodType): z.ZodType {
  for (;;) {
    const def: Record<string, unknown> = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type as string)
    )
      s = def.innerType as z.ZodType;
    else if (def.type === 'pipe') s = def.in as z.ZodType;
    else if (def.type === 'lazy') s = (def.getter as () => z.ZodType)();
    else return s;
  }
}
const jenisSkema = (s: z.ZodType | undefined) =>
  s ? ((s as unknown as { _zod: { def: { type: string } } })._zod.def.type as string) : undefined;
const pilihan = (s: z.ZodType | undefined): string[] | undefined =>
  jenisSkema(s) === 'enum'
    ? Object.values((s as unknown as { _zod: { def: { entries: Record<string, string> } } })._zod.def.entries)
    : undefined;

/** The path of a column below a sheet's items, as schema steps ("a[].b" → a, [], b). */
export function langkah(jalurLembar: string, kolom: string): string[] {
  const atas = segmen(jalurLembar).flatMap((s) => (s.endsWith('[]') ? [s.slice(0, -2), '[]'] : [s]));
  return [...atas, ...(kolom === KOLOM_ISI ? [] : segmen(kolom))];
}

/** Whether a string cell would read back as something else, so it is written as JSON text. */
const perluKutip = (s: string) => s === '' || /^\s*[-–—]?\s*$/.test(s) || /^["[{]/.test(s) || s !== s.trim();

function tulisSel(sel: ExcelJS.Cell, v: Json | undefined) {
  if (v === undefined) return;
  if (v === null) sel.value = '-';
  else if (typeof v === 'number' || typeof v === 'boolean') sel.value = v;
  else if (typeof v === 'string') sel.value = perluKutip(v) ? JSON.stringify(v) : v;
  else sel.value = JSON.stringify(v);
}

const PETUNJUK = [
  'Cara mengisi (how to fill in):',
  '• Satu lembar per bagian laporan; baris pertama adalah judul kolom (terkunci). Sel kosong = tidak diisi; "-" = tidak ada di dokumen sumber (null).',
  '• Kolom "nomor" menempatkan baris: 1.2 = butir 2 di bawah butir 1 lembar induknya. Tulis nomor sebagai teks.',
  '• Angka ditulis sebagai angka (Excel menampilkannya dengan format Indonesia); angka ' +
    'tercetak (kolom *_tercetak) ditulis sebagai teks, persis seperti di dokumen.',
  '• Kolom berisi [..] atau {..} adalah JSON: salin bentuknya dari baris lain.',
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
  for (const p of PETUNJUK) petunjuk.addRow(['', p]);
  petunjuk.addRow([]);
  petunjuk.addRow(['Lembar (sheet)', 'Isi (contents)']).font = { bold: true };
  for (const l of lembar) petunjuk.addRow([l.nama, l.uraian]);

  for (const l of lembar) {
    const ws = wb.addWorksheet(l.nama, { views: [{ state: 'frozen', ySplit: 1 }] });
    let kolom: string[];
    let baris: (Map<string, Json> & { nomor?: number[] })[];
    const daftar = l.jalur.endsWith('[]');
    if (!daftar) {
      const obj = l.jalur
        ? segmen(l.jalur).reduce<Json | undefined>((v, k) => (adalahObjek(v) ? v[k] : undefined), dok as Json)
        : dok;
      const sel = new Map<string, Json>();
      if (adalahObjek(obj)) ratakan(obj, '', l.jalur, tertutup, sel);
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
    } else {
      const item = itemLembar(dok as Json, l, tertutup);
      const urutan: string[] = [];
      for (const b of item) for (const k of b.sel.keys()) if (!urutan.includes(k)) urutan.push(k);
      // fields the schema allows that no item fills yet, so the operator sees them
      const bentuk = skemaDi(skema, langkah(l.jalur, ''));
      if (jenisSkema(bentuk) === 'object')
        for (const k of Object.keys((bentuk as unknown as { shape: Record<string, unknown> }).shape)) {
          if (tertutup.has(`${l.jalur}.${k}`) || k === l.rekursif) continue;
          if (!urutan.some((u) => u === k || u.startsWith(`${k}.`))) urutan.push(k);
        }
      else if (!urutan.length) urutan.push(KOLOM_ISI);
      kolom = [KOLOM_NOMOR, ...urutan];
      baris = item.map((b) => Object.assign(new Map(b.sel), { nomor: b.nomor }));
    }
    kolom.push(KOLOM_CATATAN_OPERATOR);
    ws.columns = kolom.map((k) => ({
      header: k,
      key: k,
      width: Math.min(60, Math.max(12, k.length + 2)),
      style: { protection: { locked: false } },
    }));
    const kepala = ws.getRow(1);
    kepala.eachCell((sel, i) => {
      sel.font = { bold: true };
      sel.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      sel.protection = { locked: true };
      const k = kolom[i - 1]!;
      if (daftar && k !== KOLOM_NOMOR && k !== KOLOM_CATATAN_OPERATOR) {
        const s = skemaDi(skema, langkah(l.jalur, k));
        if (s?.description) sel.note = s.description;
      }
    });
    baris.forEach((b, i) => {
      const row = ws.getRow(i + 2);
      kolom.forEach((k, j) => {
        const sel = row.getCell(j + 1);
        if (k === KOLOM_NOMOR) sel.value = b.nomor!.join('.');
        else if (b.has(k)) tulisSel(sel, b.get(k));
      });
    });
    // dropdowns for enumerations, Indonesian money format for rupiah columns
    kolom.forEach((k, j) => {
      const jalurSkema = daftar ? langkah(l.jalur, k) : undefined;
      const s = jalurSkema ? skemaDi(skema, jalurSkema) : undefined;
      const opsi = pilihan(s);
      const huruf = hurufKolom(j);
      if (opsi && opsi.join(',').length < 250)
        for (let r = 2; r <= Math.max(baris.length + 200, 200); r++)
          ws.getCell(`${huruf}${r}`).dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [`"${opsi.join(',')}"`],
            showErrorMessage: true,
            errorTitle: 'Pilihan (choice)',
            error: `Pilih salah satu (choose one): ${opsi.join(', ')}`,
          };
      if (/^(pagu|pagu_murni|realisasi|jumlah\.(pagu|realisasi))$/.test(k) && l.jalur.startsWith('anggaran'))
        ws.getColumn(j + 1).numFmt = '#,##0';
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
  }
  return wb;
}

/** A content problem's words, placed in the workbook instead of the JSON file. */
export interface GalatBuku extends Pick<Masalah, 'pesan' | 'message' | 'diharapkan' | 'ditemukan' | 'saran'> {
  lembar: string;
  baris?: number;
  kolom?: string;
}

export const formatGalatBuku = (berkas: string, g: GalatBuku) =>
  [
    `GALAT (error)  ${berkas}, lembar (sheet) "${g.lembar}"${g.baris ? `, baris (row) ${g.baris}` : ''}${g.kolom ? `, kolom (column) ${g.kolom}` : ''}`,
    `  ${g.pesan}`,
    `  (${g.message})`,
    ...(g.diharapkan !== undefined ? [`  diharapkan (expected): ${g.diharapkan}`] : []),
    ...(g.ditemukan !== undefined ? [`  ditemukan (found): ${g.ditemukan}`] : []),
    ...(g.saran ? [`  saran (hint): ${g.saran}`] : []),
  ].join('\n');

/** Where each JSON path came from: the cell (or row) that wrote it. */
export type Letak = Map<string, { lembar: string; baris: number; kolom?: string }>;

export interface HasilBacaBuku {
  jenis?: JenisBuku;
  dokumen?: Record<string, unknown>;
  galat: GalatBuku[];
  letak: Letak;
}

function bacaNilaiSel(sel: ExcelJS.Cell): { ok: true; nilai: Json | undefined } | { ok: false; jenis: string } {
  const v = sel.value;
  if (v === null || v === undefined || v === '') return { ok: true, nilai: undefined };
  if (typeof v === 'number' || typeof v === 'boolean') return { ok: true, nilai: v };
  if (v instanceof Date) return { ok: true, nilai: v.toISOString().slice(0, 10) };
  if (typeof v === 'string') {
    if (/^\s*[-–—]\s*$/.test(v)) return { ok: true, nilai: null };
    if (/^["[{]/.test(v))
      try {
        return { ok: true, nilai: JSON.parse(v) as Json };
      } catch {
        return { ok: true, nilai: v };
      }
    return { ok: true, nilai: v };
  }
  if ('formula' in v || 'sharedFormula' in v) return { ok: false, jenis: 'rumus' };
  if ('richText' in v) return { ok: true, nilai: v.richText.map((r) => r.text).join('') };
  if ('text' in v && 'hyperlink' in v) return { ok: true, nilai: String(v.text) };
  if ('error' in v) return { ok: false, jenis: 'galat' };
  return { ok: false, jenis: 'lain' };
}

function aturJalur(obj: Obj, kolom: string, nilai: Json) {
  const seg = segmen(kolom);
  let o = obj;
  for (const s of seg.slice(0, -1)) {
    if (!adalahObjek(o[s])) o[s] = {};
    o = o[s] as Obj;
  }
  o[seg.at(-1)!] = nilai;
}

const jalurJson = (seg: (string | number)[]) =>
  seg.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

/** Reads a workbook back into a document; every cell that cannot be read is an error with its place. */
export function bacaBuku(wb: ExcelJS.Workbook): HasilBacaBuku {
  const galat: GalatBuku[] = [];
  const letak: Letak = new Map();
  const jenisTeks = wb.title || String(wb.getWorksheet('Petunjuk')?.getCell('B1').value ?? '');
  if (jenisTeks !== 'lkjip' && jenisTeks !== 'renstra') {
    galat.push({
      lembar: 'Petunjuk',
      baris: 1,
      kolom: 'B',
      pesan: 'Bukan buku kerja Kinerja Terbuka: jenisnya (lkjip atau renstra) tidak tertulis.',
      message: 'Not a Kinerja Terbuka workbook: its kind (lkjip or renstra) is not written.',
      diharapkan: 'lkjip | renstra',
      ditemukan: jenisTeks,
      saran: 'Mulai dari buku kerja hasil "npm run buku-kerja -- ekspor" (start from an exported workbook).',
    });
    return { galat, letak };
  }
  const jenis = jenisTeks;
  const { lembar, skema } = BUKU[jenis];
  const dok: Obj = {};
  // parents before children, so each row finds the item it belongs under
  const urut = [...lembar].sort((a, b) => kedalaman(a) - kedalaman(b));
  for (const l of urut) {
    const ws = wb.getWorksheet(l.nama);
    if (!ws) continue;
    const daftar = l.jalur.endsWith('[]');
    const kepala: (string | undefined)[] = [];
    ws.getRow(1).eachCell((sel, i) => {
      kepala[i] = typeof sel.value === 'string' ? sel.value.trim() : undefined;
    });
    const tempat = (r: number, i: number) => `${hurufKolom(i - 1)} (${kepala[i] ?? '?'})`;
    for (const rentang of (ws.model as { merges?: string[] }).merges ?? [])
      galat.push({
        lembar: l.nama,
        baris: Number(/\d+/.exec(rentang)?.[0]),
        kolom: rentang,
        pesan: `Sel digabung (${rentang}): nilainya tidak dapat dibaca per kolom.`,
        message: `Merged cells (${rentang}): their value cannot be read per column.`,
        saran: 'Pisahkan sel (Unmerge) dan tulis nilai di tiap sel (unmerge and write each cell).',
      });
    const rows: { nomor?: number[]; baris: number; sel: Map<string, { nilai: Json; kolom: string }> }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (r === 1) return;
      if (row.hidden) {
        galat.push({
          lembar: l.nama,
          baris: r,
          pesan: 'Baris tersembunyi: isinya tidak terlihat saat diperiksa, jadi tidak diimpor.',
          message: 'A hidden row: what it holds cannot be seen when reviewed, so it is not imported.',
          saran: 'Tampilkan baris (Unhide) atau hapus (unhide or delete the row).',
        });
        return;
      }
      const sel = new Map<string, { nilai: Json; kolom: string }>();
      row.eachCell((c, i) => {
        const k = kepala[i];
        if (k === KOLOM_CATATAN_OPERATOR) return;
        const h = bacaNilaiSel(c);
        if (!h.ok) {
          galat.push({
            lembar: l.nama,
            baris: r,
            kolom: tempat(r, i),
            pesan:
              h.jenis === 'rumus'
                ? 'Sel berisi rumus; tulis nilainya saja (angka seperti tercetak di dokumen).'
                : 'Sel ini tidak dapat dibaca.',
            message:
              h.jenis === 'rumus' ? 'The cell holds a formula; write its value only.' : 'This cell cannot be read.',
            diharapkan: 'nilai (a value)',
            ditemukan: h.jenis === 'rumus' ? `=${(c.value as { formula?: string }).formula ?? ''}` : String(c.text),
            saran: 'Salin sel, lalu Tempel Khusus → Nilai (copy, then Paste Special → Values).',
          });
          return;
        }
        if (h.nilai === undefined) return;
        if (!k) {
          galat.push({
            lembar: l.nama,
            baris: r,
            kolom: hurufKolom(i - 1),
            pesan: 'Sel berisi nilai di kolom tanpa judul; tidak akan terbaca.',
            message: 'A value in a column without a heading would not be read.',
            ditemukan: String(c.text),
            saran: `Pindahkan ke kolom yang benar atau ke "${KOLOM_CATATAN_OPERATOR}".`,
          });
          return;
        }
        let nilai = h.nilai;
        // a number typed as text ("72,58") in a number field: read the Indonesian way
        const s = daftar && k !== KOLOM_NOMOR ? skemaDi(skema, langkah(l.jalur, k)) : undefined;
        if (typeof nilai === 'string' && jenisSkema(s) === 'number') {
          const n = bacaDesimal(nilai);
          if (n.ok) nilai = n.nilai;
        }
        sel.set(k, { nilai, kolom: tempat(r, i) });
      });
      if (!sel.size) return;
      if (!daftar) {
        rows.push({ baris: r, sel });
        return;
      }
      const n = sel.get(KOLOM_NOMOR);
      const teks = n ? String(n.nilai) : '';
      if (!/^\d+(\.\d+)*$/.test(teks)) {
        galat.push({
          lembar: l.nama,
          baris: r,
          kolom: n?.kolom ?? `A (${KOLOM_NOMOR})`,
          pesan: 'Nomor baris kosong atau tidak berbentuk 1, 1.2, 1.2.3.',
          message: 'The row number is empty or not of the form 1, 1.2, 1.2.3.',
          diharapkan: '1.2.3',
          ditemukan: teks,
        });
        return;
      }
      sel.delete(KOLOM_NOMOR);
      rows.push({ nomor: teks.split('.').map(Number), baris: r, sel });
    });

    if (!daftar) {
      const sasaran = l.jalur ? ({} as Obj) : dok;
      for (const b of rows) {
        const k = b.sel.get('kolom');
        const v = b.sel.get('nilai');
        if (!k || typeof k.nilai !== 'string' || !v) {
          galat.push({
            lembar: l.nama,
            baris: b.baris,
            pesan: 'Baris ini perlu nama kolom dan nilainya.',
            message: 'This row needs a field name and its value.',
            ditemukan: [k?.nilai, v?.nilai].map((x) => JSON.stringify(x)).join(' | '),
          });
          continue;
        }
        aturJalur(sasaran, k.nilai, v.nilai);
        letak.set(l.jalur ? `${l.jalur}.${k.nilai}` : k.nilai, { lembar: l.nama, baris: b.baris, kolom: v.kolom });
      }
      if (l.jalur && Object.keys(sasaran).length) aturJalur(dok, l.jalur, sasaran);
      continue;
    }

    const seg = segmen(l.jalur);
    const nDaftar = kedalaman(l);
    rows.sort((a, b) => a.nomor!.length - b.nomor!.length);
    for (const b of rows) {
      const nomor = b.nomor!;
      if (nomor.length < nDaftar || (!l.rekursif && nomor.length > nDaftar) || nomor.some((x) => x < 1)) {
        galat.push({
          lembar: l.nama,
          baris: b.baris,
          kolom: `A (${KOLOM_NOMOR})`,
          pesan: `Nomor "${nomor.join('.')}" harus ${l.rekursif ? 'paling sedikit' : 'tepat'} ${nDaftar} bagian.`,
          message: `Number "${nomor.join('.')}" must have ${l.rekursif ? 'at least' : 'exactly'} ${nDaftar} parts.`,
          diharapkan: Array.from({ length: nDaftar }, (_, i) => i + 1).join('.'),
          ditemukan: nomor.join('.'),
        });
        continue;
      }
      // walk down to the list the item belongs in
      let o: Json = dok;
      const jalurItem: (string | number)[] = [];
      let ke = 0;
      let hilang = false;
      const langkahList: [string, number][] = [];
      for (const s of seg) {
        if (s.endsWith('[]')) langkahList.push([s.slice(0, -2), nomor[ke++]! - 1]);
        else langkahList.push([s, -1]);
      }
      for (let i = nDaftar; i < nomor.length; i++) langkahList.push([l.rekursif!, nomor[i]! - 1]);
      for (let i = 0; i < langkahList.length; i++) {
        const [kunci, idx] = langkahList[i]!;
        const akhir = i === langkahList.length - 1;
        if (!adalahObjek(o)) {
          hilang = true;
          break;
        }
        if (idx < 0) {
          if (!adalahObjek(o[kunci])) o[kunci] = {};
          o = o[kunci]!;
          jalurItem.push(kunci);
          continue;
        }
        if (!Array.isArray(o[kunci])) o[kunci] = [];
        const arr = o[kunci] as Json[];
        jalurItem.push(kunci, idx);
        if (akhir) {
          if (arr[idx] !== undefined) {
            galat.push({
              lembar: l.nama,
              baris: b.baris,
              kolom: `A (${KOLOM_NOMOR})`,
              pesan: `Nomor "${nomor.join('.')}" dipakai dua kali.`,
              message: `Number "${nomor.join('.')}" is used twice.`,
              ditemukan: nomor.join('.'),
            });
            hilang = true;
            break;
          }
          const item: Json = b.sel.has(KOLOM_ISI) ? b.sel.get(KOLOM_ISI)!.nilai : {};
          if (adalahObjek(item) && !b.sel.has(KOLOM_ISI)) for (const [k, v] of b.sel) aturJalur(item, k, v.nilai);
          arr[idx] = item;
          const jj = jalurJson(jalurItem);
          letak.set(jj, { lembar: l.nama, baris: b.baris });
          for (const [k, v] of b.sel)
            letak.set(k === KOLOM_ISI ? jj : `${jj}.${k}`, { lembar: l.nama, baris: b.baris, kolom: v.kolom });
        } else {
          if (arr[idx] === undefined) {
            hilang = true;
            break;
          }
          o = arr[idx]!;
        }
      }
      if (hilang && !galat.some((g) => g.lembar === l.nama && g.baris === b.baris))
        galat.push({
          lembar: l.nama,
          baris: b.baris,
          kolom: `A (${KOLOM_NOMOR})`,
          pesan: `Baris induk untuk nomor "${nomor.join('.')}" tidak ada.`,
          message: `No parent row for number "${nomor.join('.')}".`,
          ditemukan: nomor.join('.'),
          saran: 'Periksa nomor baris induk di lembar sebelumnya (check the parent row numbers).',
        });
    }
  }
  // lists with a gap (1, 2, 4) would hold an empty item
  const periksaCelah = (v: Json, jalur: (string | number)[]) => {
    if (Array.isArray(v))
      v.forEach((x, i) => {
        if (x === undefined) {
          const induk = letak.get(jalurJson(jalur));
          galat.push({
            lembar: induk?.lembar ?? 'Profil',
            ...(induk ? { baris: induk.baris } : {}),
            pesan: `Nomor urut melompat: butir ${i + 1} di ${jalurJson(jalur)} tidak ada.`,
            message: `Numbering skips: item ${i + 1} of ${jalurJson(jalur)} is missing.`,
          });
          v[i] = null;
        } else periksaCelah(x, [...jalur, i]);
      });
    else if (adalahObjek(v)) for (const [k, x] of Object.entries(v)) periksaCelah(x, [...jalur, k]);
  };
  periksaCelah(dok, []);
  return { jenis, dokumen: dok, galat, letak };
}

/** The cell a content problem's field path points at: the longest path the workbook wrote. */
export function letakJalur(letak: Letak, jalur: string): { lembar: string; baris?: number; kolom?: string } {
  for (let j = jalur; j; j = j.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const t = letak.get(j);
    if (t) return t;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(j)) break;
  }
  return { lembar: 'Profil' };
}

/** Where a workbook's content is written: lkjip.json of its year, or renstra-<start>-<end>.json. */
export function berkasTujuan(jenis: JenisBuku, dok: Record<string, unknown>): string | undefined {
  const ins = dok.instansi;
  if (typeof ins !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ins)) return undefined;
  if (jenis === 'lkjip')
    return typeof dok.tahun === 'number' ? `content/instansi/${ins}/${dok.tahun}/lkjip.json` : undefined;
  const p = dok.periode as { mulai?: unknown; selesai?: unknown } | undefined;
  return typeof p?.mulai === 'number' && typeof p.selesai === 'number'
    ? `content/instansi/${ins}/renstra-${p.mulai}-${p.selesai}.json`
    : undefined;
}

/**
 * Keys in the order of the file being replaced (`contoh`), else the schema's order, so a re-import
 * diffs only what changed.
 */
export function urutkanKunci(v: unknown, skema: z.ZodType | undefined, contoh?: unknown): unknown {
  const s = skema ? buka(skema) : undefined;
  if (Array.isArray(v)) {
    const el = jenisSkema(s) === 'array' ? skemaDi(s!, ['[]']) : undefined;
    return v.map((x, i) => urutkanKunci(x, el, Array.isArray(contoh) ? (contoh[i] ?? contoh[0]) : undefined));
  }
  if (!adalahObjek(v)) return v;
  const bentuk =
    jenisSkema(s) === 'object'
      ? (s as unknown as { shape: Record<string, z.ZodType> }).shape
      : ({} as Record<string, z.ZodType>);
  const lama = adalahObjek(contoh) ? Object.keys(contoh) : [];
  // the old file's keys in its order, then new ones in the schema's order
  const kunci = [...new Set([...lama, ...Object.keys(bentuk), ...Object.keys(v)])].filter((k) => k in v);
  return Object.fromEntries(
    kunci.map((k) => [k, urutkanKunci(v[k], bentuk[k], adalahObjek(contoh) ? contoh[k] : undefined)]),
  );
}

/**
 * A workbook checked against the content it joins: read, placed, and validated with every
 * other file; each problem points at its sheet, row and column. Nothing is written here.
 */
export function periksaBuku(
  wb: ExcelJS.Workbook,
  /** the file the workbook would replace, if any: its key order is kept */
  ada: (berkas: string) => unknown,
  /** the problems of the file `berkas` holding `isi`, checked with the rest of the content */
  validasi: (berkas: string, isi: string) => Masalah[],
): { jenis?: JenisBuku; berkas?: string; isi?: string; galat: GalatBuku[]; peringatan: GalatBuku[] } {
  const baca = bacaBuku(wb);
  if (baca.galat.length || !baca.dokumen || !baca.jenis) return { galat: baca.galat, peringatan: [] };
  const berkas = berkasTujuan(baca.jenis, baca.dokumen);
  if (!berkas)
    return {
      galat: [
        {
          ...letakJalur(baca.letak, 'instansi'),
          pesan: `Instansi (id) dan ${baca.jenis === 'lkjip' ? 'tahun' : 'periode.mulai/periode.selesai'} wajib diisi di lembar Profil.`,
          message: `The agency id and the ${baca.jenis === 'lkjip' ? 'year' : 'period'} are required on the Profil sheet.`,
          diharapkan: baca.jenis === 'lkjip' ? 'instansi, tahun' : 'instansi, periode.mulai, periode.selesai',
        },
      ],
      peringatan: [],
    };
  const isi = `${JSON.stringify(urutkanKunci(baca.dokumen, BUKU[baca.jenis].skema, ada(berkas)), null, 2)}\n`;
  const ubah = (m: ReturnType<typeof validasi>[number]): GalatBuku => ({
    ...letakJalur(baca.letak, m.jalur),
    pesan: `${m.pesan} [${m.jalur}]`,
    message: m.message,
    ...(m.diharapkan !== undefined ? { diharapkan: m.diharapkan } : {}),
    ...(m.ditemukan !== undefined ? { ditemukan: m.ditemukan } : {}),
    ...(m.saran !== undefined ? { saran: m.saran } : {}),
  });
  const masalah = validasi(berkas, isi);
  return {
    jenis: baca.jenis,
    berkas,
    isi,
    galat: masalah.filter((m) => m.tingkat === 'galat').map(ubah),
    peringatan: masalah.filter((m) => m.tingkat === 'peringatan').map(ubah),
  };
}

export interface PerubahanNilai {
  /** the field, with each list item named by its indicator, id or name: pengukuran.indikator[ipasn].realisasi */
  jalur: string;
  lama: unknown;
  baru: unknown;
}

/** Every value that differs between the content as it is and as the workbook would make it. */
export function bandingkanNilai(lama: unknown, baru: unknown, jalur = ''): PerubahanNilai[] {
  const nama = (v: unknown, i: number) => {
    if (!adalahObjek(v)) return String(i + 1);
    const n = v.indikator ?? v.id ?? v.kode ?? v.nama ?? v.tahun;
    return typeof n === 'string' || typeof n === 'number' ? `${i + 1}:${String(n).slice(0, 40)}` : String(i + 1);
  };
  if (Array.isArray(lama) || Array.isArray(baru)) {
    const a = Array.isArray(lama) ? lama : [];
    const b = Array.isArray(baru) ? baru : [];
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) =>
      bandingkanNilai(a[i], b[i], `${jalur}[${nama(b[i] ?? a[i], i)}]`),
    ).flat();
  }
  if (adalahObjek(lama) || adalahObjek(baru)) {
    const a = adalahObjek(lama) ? lama : {};
    const b = adalahObjek(baru) ? baru : {};
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) =>
      bandingkanNilai(a[k], b[k], jalur ? `${jalur}.${k}` : k),
    );
  }
  return lama === baru ? [] : [{ jalur, lama, baru }];
}

/** The changes as a Markdown table a reviewer reads: numbers first, then text. */
export function tabelPerubahan(p: readonly PerubahanNilai[], batas = 300): string {
  if (!p.length) return 'Tidak ada nilai yang berubah (no value changes).';
  const sel = (v: unknown) =>
    v === undefined
      ? '—'
      : `\`${(typeof v === 'string' ? v : JSON.stringify(v)).replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\s+/g, ' ').slice(0, 120)}\``;
  const urut = [...p].sort(
    (a, b) =>
      Number(typeof b.baru === 'number' || typeof b.lama === 'number') -
      Number(typeof a.baru === 'number' || typeof a.lama === 'number'),
  );
  return [
    `${p.length} nilai berubah (values change)${p.length > batas ? `; ${batas} pertama ditampilkan (first ${batas} shown)` : ''}:`,
    '',
    '| Kolom (field) | Sekarang (now) | Menjadi (becomes) |',
    '|---|---|---|',
    ...urut.slice(0, batas).map((x) => `| \`${x.jalur}\` | ${sel(x.lama)} | ${sel(x.baru)} |`),
  ].join('\n');
}
