/**
 * The pull-request check on a workbook (periksaBuku): read it, name the file it becomes (berkasTujuan),
 * order its keys like the file it replaces (urutkanKunci), validate it with the rest of the content and
 * point each problem at its sheet, row and column (GalatBuku, letakJalur); plus the reviewer's table of
 * changed values (bandingkanNilai, tabelPerubahan). Nothing is written here.
 */
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Masalah } from '../../muat/masalah.ts';
import { hurufKolom } from '../csv-baca.ts';
import { kodeSebaris } from '../markdown-aman.ts';
import { bacaBuku, type Letak } from './baca.ts';
import { BUKU, adalahObjek, type JenisBuku } from './lembar.ts';
import { buka, jenisSkema, skemaDi } from './skema.ts';

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

/** The cell a content problem's field path points at: the longest path the workbook wrote. */
export function letakJalur(letak: Letak, jalur: string): { lembar: string; baris?: number; kolom?: string } {
  for (let awalan = jalur; awalan; awalan = awalan.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const ditemukan = letak.get(awalan);
    if (ditemukan) return ditemukan;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(awalan)) break;
  }
  return { lembar: 'Profil' };
}

/**
 * The cell of a content problem: as letakJalur, and for a field left empty in a list row (letak
 * holds filled cells only) the column whose heading names that field.
 */
function letakMasalah(wb: ExcelJS.Workbook, letak: Letak, jalur: string): ReturnType<typeof letakJalur> {
  const tempat = letakJalur(letak, jalur);
  if (tempat.kolom || tempat.baris === undefined) return tempat;
  let kolom: string | undefined;
  wb.getWorksheet(tempat.lembar)
    ?.getRow(1)
    .eachCell((sel, nomorKolom) => {
      const judul = typeof sel.value === 'string' ? sel.value : '';
      if (!kolom && judul && jalur.endsWith(`.${judul}`) && letak.get(jalur.slice(0, -judul.length - 1)) === tempat)
        kolom = `${hurufKolom(nomorKolom - 1)} (${judul})`;
    });
  return kolom ? { ...tempat, kolom } : tempat;
}

/** Where a workbook's content is written: lkjip.json of its year, renstra-<start>-<end>.json, or indikator.json. */
export function berkasTujuan(jenis: JenisBuku, dok: Record<string, unknown>): string | undefined {
  const ins = dok.instansi;
  if (typeof ins !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ins)) return undefined;
  if (jenis === 'indikator') return `content/instansi/${ins}/indikator.json`;
  if (jenis === 'lkjip')
    return typeof dok.tahun === 'number' ? `content/instansi/${ins}/${dok.tahun}/lkjip.json` : undefined;
  const periode = dok.periode as { mulai?: unknown; selesai?: unknown } | undefined;
  return typeof periode?.mulai === 'number' && typeof periode.selesai === 'number'
    ? `content/instansi/${ins}/renstra-${periode.mulai}-${periode.selesai}.json`
    : undefined;
}

/**
 * Keys in the order of the file being replaced (`contoh`), else the schema's order, so a re-import
 * diffs only what changed.
 */
export function urutkanKunci(nilai: unknown, skema: z.ZodType | undefined, contoh?: unknown): unknown {
  const skemaTerbuka = skema ? buka(skema) : undefined;
  if (Array.isArray(nilai)) {
    const el = jenisSkema(skemaTerbuka) === 'array' ? skemaDi(skemaTerbuka!, ['[]']) : undefined;
    return nilai.map((x, i) => urutkanKunci(x, el, Array.isArray(contoh) ? (contoh[i] ?? contoh[0]) : undefined));
  }
  if (!adalahObjek(nilai)) return nilai;
  const bentuk =
    jenisSkema(skemaTerbuka) === 'object'
      ? (skemaTerbuka as unknown as { shape: Record<string, z.ZodType> }).shape
      : ({} as Record<string, z.ZodType>);
  const lama = adalahObjek(contoh) ? Object.keys(contoh) : [];
  // the old file's keys in its order, then new ones in the schema's order
  const kunci = [...new Set([...lama, ...Object.keys(bentuk), ...Object.keys(nilai)])].filter((k) => k in nilai);
  return Object.fromEntries(
    kunci.map((k) => [k, urutkanKunci(nilai[k], bentuk[k], adalahObjek(contoh) ? contoh[k] : undefined)]),
  );
}

/** What each kind's Profil sheet must hold to name the file it becomes (berkasTujuan). */
const PROFIL_WAJIB: Record<JenisBuku, { kolom: string; pesan: string; message: string }> = {
  lkjip: { kolom: 'instansi, tahun', pesan: 'Instansi (id) dan tahun', message: 'The agency id and the year' },
  renstra: {
    kolom: 'instansi, periode.mulai, periode.selesai',
    pesan: 'Instansi (id) dan periode.mulai/periode.selesai',
    message: 'The agency id and the period',
  },
  indikator: { kolom: 'instansi', pesan: 'Instansi (id)', message: 'The agency id' },
};

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
  if (!berkas) {
    const wajib = PROFIL_WAJIB[baca.jenis];
    return {
      galat: [
        {
          ...letakJalur(baca.letak, 'instansi'),
          pesan: `${wajib.pesan} wajib diisi di lembar Profil.`,
          message: `${wajib.message} must be filled in on the Profil sheet.`,
          diharapkan: wajib.kolom,
        },
      ],
      peringatan: [],
    };
  }
  const isi = `${JSON.stringify(urutkanKunci(baca.dokumen, BUKU[baca.jenis].skema, ada(berkas)), null, 2)}\n`;
  const ubah = (m: ReturnType<typeof validasi>[number]): GalatBuku => ({
    ...letakMasalah(wb, baca.letak, m.jalur),
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
  const nama = (nilai: unknown, indeks: number) => {
    if (!adalahObjek(nilai)) return String(indeks + 1);
    const sebutan = nilai.indikator ?? nilai.id ?? nilai.kode ?? nilai.nama ?? nilai.tahun;
    return typeof sebutan === 'string' || typeof sebutan === 'number'
      ? `${indeks + 1}:${String(sebutan).slice(0, 40)}`
      : String(indeks + 1);
  };
  if (Array.isArray(lama) || Array.isArray(baru)) {
    const daftarLama = Array.isArray(lama) ? lama : [];
    const daftarBaru = Array.isArray(baru) ? baru : [];
    return Array.from({ length: Math.max(daftarLama.length, daftarBaru.length) }, (_, i) =>
      bandingkanNilai(daftarLama[i], daftarBaru[i], `${jalur}[${nama(daftarBaru[i] ?? daftarLama[i], i)}]`),
    ).flat();
  }
  if (adalahObjek(lama) || adalahObjek(baru)) {
    const objekLama = adalahObjek(lama) ? lama : {};
    const objekBaru = adalahObjek(baru) ? baru : {};
    return [...new Set([...Object.keys(objekLama), ...Object.keys(objekBaru)])].flatMap((k) =>
      bandingkanNilai(objekLama[k], objekBaru[k], jalur ? `${jalur}.${k}` : k),
    );
  }
  return lama === baru ? [] : [{ jalur, lama, baru }];
}

/** The changes as a Markdown table a reviewer reads: numbers first, then text. */
export function tabelPerubahan(perubahan: readonly PerubahanNilai[], batas = 300): string {
  if (!perubahan.length) return 'Tidak ada nilai yang berubah (no value changes).';
  // a table cell: code that names and values from the workbook cannot leave, "|" escaped for the table
  const kode = (teks: string) => kodeSebaris(teks.replace(/\s+/g, ' ')).replace(/\|/g, '\\|');
  const sel = (v: unknown) =>
    v === undefined ? '—' : kode((typeof v === 'string' ? v : JSON.stringify(v)).replace(/\s+/g, ' ').slice(0, 120));
  const urut = [...perubahan].sort(
    (a, b) =>
      Number(typeof b.baru === 'number' || typeof b.lama === 'number') -
      Number(typeof a.baru === 'number' || typeof a.lama === 'number'),
  );
  return [
    `${perubahan.length} nilai berubah (values change)${perubahan.length > batas ? `; ${batas} pertama ditampilkan (first ${batas} shown)` : ''}:`,
    '',
    '| Kolom (field) | Sekarang (now) | Menjadi (becomes) |',
    '|---|---|---|',
    ...urut.slice(0, batas).map((x) => `| ${kode(x.jalur)} | ${sel(x.lama)} | ${sel(x.baru)} |`),
  ].join('\n');
}
