/**
 * A chart as data: the page renders its caption and data table from it at build
 * time, and the client script draws it with chart.js from the same object.
 * Pure: no DOM, no chart.js import.
 */
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
}

/** A chart with no number at all is not worth drawing. */
export const adaData = (g: Grafik) =>
  g.seri.some((s) => s.data.some((v) => typeof v === 'number' && Number.isFinite(v)));

/** The chart's data as CSV (RFC 4180, CRLF), numbers with a dot decimal for spreadsheets. */
export function csvGrafik(g: Grafik): string {
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const kepala = ['kategori', ...g.seri.map((s) => s.nama)].map(q).join(',');
  const baris = g.label.map((l, i) =>
    [
      q(l),
      ...g.seri.map((s) => {
        const v = s.data[i];
        return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
      }),
    ].join(','),
  );
  return [kepala, ...baris].join('\r\n') + '\r\n';
}

/** A file name from a title: lowercase ASCII, hyphens. */
export function namaBerkas(judul: string, ext: string): string {
  const s = judul
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${s || 'grafik'}.${ext}`;
}

/** The reserved height class of a chart (no inline styles under the CSP): horizontal bars grow with their categories. */
export function kelasTinggi(g: Grafik): string {
  if (!g.mendatar) return 'tinggi-normal';
  const n = g.label.length;
  return n <= 4 ? 'tinggi-normal' : n <= 8 ? 'tinggi-besar' : 'tinggi-sangat-besar';
}
