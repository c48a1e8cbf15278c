/**
 * The compare page's choice (indicator, agencies, measure) and its URL query, and the
 * chart it selects. Imports nothing at runtime, so the client bundle stays small.
 */
import type { Grafik } from './grafik.ts';

export interface SeriBanding {
  instansi: string;
  /** the agency's short label, unique across the site */
  label: string;
  titik: { tahun: number; target: number | null; realisasi: number | null; capaian: number | null }[];
}

export interface IndikatorBanding {
  id: string;
  nama: string;
  satuan: string;
  seri: SeriBanding[];
}

export interface DataBanding {
  indikator: IndikatorBanding[];
  instansi: { id: string; label: string; nama: string }[];
}

export type Besaran = 'realisasi' | 'capaian';
export const LABEL_BESARAN: Record<Besaran, string> = { realisasi: 'Realisasi', capaian: 'Capaian (%)' };

export interface Pilihan {
  indikator: string;
  instansi: string[];
  besaran: Besaran;
}

/** Reads the choice from a query string; unknown values fall back to defaults. */
export function bacaPilihan(query: string, data: DataBanding): Pilihan {
  const parameter = new URLSearchParams(query);
  const ind = data.indikator.find((x) => x.id === parameter.get('indikator')) ?? data.indikator[0];
  const ada = new Set(ind?.seri.map((s) => s.instansi) ?? []);
  const diminta = (parameter.get('instansi') ?? '').split(',').filter((x) => ada.has(x));
  const besaran: Besaran = parameter.get('besaran') === 'capaian' ? 'capaian' : 'realisasi';
  return { indikator: ind?.id ?? '', instansi: diminta.length ? diminta : [...ada], besaran };
}

/** Writes the choice as a query string (stable order), omitting defaults where that keeps URLs short. */
export function tulisPilihan(pilihan: Pilihan): string {
  const parameter = new URLSearchParams();
  parameter.set('indikator', pilihan.indikator);
  parameter.set('instansi', [...pilihan.instansi].sort().join(','));
  parameter.set('besaran', pilihan.besaran);
  return `?${parameter.toString()}`;
}

export function grafikBanding(data: DataBanding, pilihan: Pilihan): Grafik | null {
  const ind = data.indikator.find((x) => x.id === pilihan.indikator);
  if (!ind) return null;
  const seri = ind.seri.filter((s) => pilihan.instansi.includes(s.instansi));
  const tahun = [...new Set(seri.flatMap((s) => s.titik.map((t) => t.tahun)))].sort((a, b) => a - b);
  return {
    id: 'banding-indikator',
    jenis: 'line',
    judul: `${ind.nama}: ${LABEL_BESARAN[pilihan.besaran].toLowerCase()} per instansi dan tahun`,
    satuan: pilihan.besaran === 'capaian' ? '%' : ind.satuan,
    label: tahun.map(String),
    seri: seri.map((s) => ({
      nama: s.label,
      data: tahun.map((y) => s.titik.find((t) => t.tahun === y)?.[pilihan.besaran] ?? null),
      gaya: 'garis' as const,
    })),
    acuan: pilihan.besaran === 'capaian' ? { nilai: 100, teks: 'Target (100 %)' } : undefined,
    instansi: seri.map((butir) => {
      const nama = data.instansi.find((i) => i.id === butir.instansi)?.nama;
      return nama ? `${nama} (${butir.label})` : butir.label;
    }),
  };
}
