/**
 * A chart as data: the page renders its caption and data table from it at build
 * time, and the client script draws it with chart.js from the same object.
 * Pure: no DOM, no chart.js import.
 */
import { csv } from '../data-terbuka/csv.ts';

export type GayaSeri = 'garis' | 'putus' | 'batang';

export interface SeriGrafik {
  nama: string;
  data: (number | null)[];
  gaya?: GayaSeri;
}

export interface Grafik {
  id: string;
  jenis: 'line' | 'bar';
  judul: string;
  /** what the values are measured in, e.g. "%" or "poin" */
  satuan: string;
  label: string[];
  seri: SeriGrafik[];
  /** label of a vertical break (e.g. the Renstra mid-period review) and the category it stands before */
  jeda?: { sebelum: string; teks: string } | undefined;
  /** bars drawn horizontally (long category names) */
  mendatar?: boolean | undefined;
  /** horizontal reference line, e.g. 100 % */
  acuan?: { nilai: number; teks: string } | undefined;
  /** the agencies the chart is about, "full name (short label)", named on its PNG; on an agency's pages, that agency */
  instansi?: string[] | undefined;
}

/** A chart with no number at all is not worth drawing. */
export const adaData = (g: Grafik) =>
  g.seri.some((s) => s.data.some((v) => typeof v === 'number' && Number.isFinite(v)));

/** How many decimals a value has once float noise is gone (62.66999999999999 → 2); Infinity past 6 (a ratio such as 100.8421…). */
function desimalNilai(nilai: number): number {
  for (let desimal = 0; desimal <= 6; desimal++)
    if (Math.abs(Number(nilai.toFixed(desimal)) - nilai) <= 1e-9 * Math.max(1, Math.abs(nilai))) return desimal;
  return Infinity;
}

/**
 * The decimals a series is written with: the most any of its values has once float noise is gone, so a
 * printed 62,67 or 98,175 keeps its precision; ratios computed here (capaian, serapan) get at least 2, as
 * the site shows them.
 */
export function desimalSeri(data: readonly (number | null)[]): number {
  const desimalData = data.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).map(desimalNilai);
  const terbatas = desimalData.filter(Number.isFinite);
  const maks = terbatas.length ? Math.max(...terbatas) : 0;
  return desimalData.some((x) => !Number.isFinite(x)) ? Math.max(maks, 2) : maks;
}

/**
 * The chart's data as CSV through the site's one CSV writer (formula cells neutralised): full category
 * labels, numbers with a dot decimal and one number of decimals per series (desimalSeri), for spreadsheets.
 */
export function csvGrafik(grafik: Grafik): string {
  const desimal = grafik.seri.map((s) => desimalSeri(s.data));
  return csv(
    ['kategori', ...grafik.seri.map((s) => s.nama)],
    grafik.label.map((label, i) => [
      label,
      ...grafik.seri.map((seri, urutanSeri) => {
        const nilai = seri.data[i];
        return typeof nilai === 'number' && Number.isFinite(nilai) ? nilai.toFixed(desimal[urutanSeri]) : '';
      }),
    ]),
  );
}

/** Where a chart's PNG was made: the site, the page's address and the reader's date. */
export interface AsalPng {
  situs: string;
  alamat: string;
  tanggal: string;
  /** the agency of the page the chart is on, when the chart does not name its own */
  instansi?: string | undefined;
  /** the year of the page (a report), when the chart's categories name none */
  tahun?: string | undefined;
}

/** The words printed on a chart's PNG, above and below the chart, so it can be shared on its own. */
export function teksPng(grafik: Grafik, asal: AsalPng): { judul: string; keterangan: string[]; sumber: string[] } {
  const tahun = [...new Set(grafik.label.flatMap((l) => l.match(/\b(?:19|20)\d{2}\b/g) ?? []))].sort();
  const rentang = tahun.length ? (tahun.length > 1 ? `${tahun[0]}–${tahun.at(-1)}` : tahun[0]) : asal.tahun;
  const instansi = grafik.instansi?.length ? grafik.instansi : asal.instansi ? [asal.instansi] : [];
  return {
    judul: grafik.judul,
    keterangan: [
      ...(instansi.length ? [`Instansi: ${instansi.join('; ')}`] : []),
      [rentang && `Tahun ${rentang}`, grafik.satuan && `Satuan: ${grafik.satuan}`].filter(Boolean).join(' · '),
    ].filter(Boolean),
    sumber: [`Sumber: ${asal.situs} · ${asal.alamat}`, `Diunduh ${asal.tanggal}`],
  };
}

/** A file name from a title: lowercase ASCII, hyphens. */
export function namaBerkas(judul: string, ext: string): string {
  const dasar = judul
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${dasar || 'grafik'}.${ext}`;
}

/** The reserved height class of a chart (no inline styles under the CSP): horizontal bars grow with their categories. */
export function kelasTinggi(grafik: Grafik): string {
  if (!grafik.mendatar) return 'tinggi-normal';
  const jumlahLabel = grafik.label.length;
  return jumlahLabel <= 4 ? 'tinggi-normal' : jumlahLabel <= 8 ? 'tinggi-besar' : 'tinggi-sangat-besar';
}
