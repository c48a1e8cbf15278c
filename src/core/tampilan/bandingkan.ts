/**
 * Comparisons across agencies: the same indicator over years, budget absorption and
 * efficiency, capaian distributions. The choice of indicator/agencies/measure lives in
 * the URL query; parsing and writing it are pure so the client and tests share them.
 */
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import { trenIndikator } from './profil.ts';
import type { Grafik } from './grafik.ts';

export interface SeriBanding {
  instansi: string;
  singkatan: string;
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
  instansi: { id: string; singkatan: string; nama: string }[];
}

export type Besaran = 'realisasi' | 'capaian';
export const LABEL_BESARAN: Record<Besaran, string> = { realisasi: 'Realisasi', capaian: 'Capaian (%)' };

export interface Pilihan {
  indikator: string;
  instansi: string[];
  besaran: Besaran;
}

/** Every measured indicator with one series per agency; shared indicators (more agencies) first. */
export function dataBanding(k: KorpusTerhitung): DataBanding {
  const per = new Map<string, IndikatorBanding>();
  const instansi = k.korpus.instansi.map((i) => ({ id: i.data.id, singkatan: i.data.singkatan, nama: i.data.nama }));
  for (const i of k.korpus.instansi) {
    const laporan = k.laporan.filter((l) => l.instansi === i);
    for (const t of trenIndikator(laporan)) {
      const def = k.indikator.get(t.indikator)?.[0]?.definisi;
      const e = per.get(t.indikator) ?? { id: t.indikator, nama: def?.nama ?? t.nama, satuan: def?.satuan ?? t.satuan, seri: [] };
      e.seri.push({ instansi: i.data.id, singkatan: i.data.singkatan, titik: t.titik.map(({ tahun, target, realisasi, capaian }) => ({ tahun, target, realisasi, capaian })) });
      per.set(t.indikator, e);
    }
  }
  const indikator = [...per.values()].sort((a, b) => b.seri.length - a.seri.length || a.nama.localeCompare(b.nama, 'id'));
  return { indikator, instansi };
}

/** Reads the choice from a query string; unknown values fall back to defaults. */
export function bacaPilihan(query: string, d: DataBanding): Pilihan {
  const q = new URLSearchParams(query);
  const ind = d.indikator.find((x) => x.id === q.get('indikator')) ?? d.indikator[0];
  const ada = new Set(ind?.seri.map((s) => s.instansi) ?? []);
  const diminta = (q.get('instansi') ?? '').split(',').filter((x) => ada.has(x));
  const besaran: Besaran = q.get('besaran') === 'capaian' ? 'capaian' : 'realisasi';
  return { indikator: ind?.id ?? '', instansi: diminta.length ? diminta : [...ada], besaran };
}

/** Writes the choice as a query string (stable order), omitting defaults where that keeps URLs short. */
export function tulisPilihan(p: Pilihan): string {
  const q = new URLSearchParams();
  q.set('indikator', p.indikator);
  q.set('instansi', [...p.instansi].sort().join(','));
  q.set('besaran', p.besaran);
  return `?${q.toString()}`;
}

export function grafikBanding(d: DataBanding, p: Pilihan): Grafik | null {
  const ind = d.indikator.find((x) => x.id === p.indikator);
  if (!ind) return null;
  const seri = ind.seri.filter((s) => p.instansi.includes(s.instansi));
  const tahun = [...new Set(seri.flatMap((s) => s.titik.map((t) => t.tahun)))].sort((a, b) => a - b);
  return {
    id: 'banding-indikator',
    jenis: 'line',
    judul: `${ind.nama}: ${LABEL_BESARAN[p.besaran].toLowerCase()} per instansi dan tahun`,
    satuan: p.besaran === 'capaian' ? '%' : ind.satuan,
    label: tahun.map(String),
    seri: seri.map((s) => ({ nama: s.singkatan, data: tahun.map((y) => s.titik.find((t) => t.tahun === y)?.[p.besaran] ?? null), gaya: 'garis' as const })),
    acuan: p.besaran === 'capaian' ? { nilai: 100, teks: 'Target (100 %)' } : undefined,
  };
}

const labelLaporan = (l: KorpusTerhitung['laporan'][number]) => `${l.instansi.data.singkatan} ${l.terhitung.laporan.tahun}`;

/** Budget absorption and average capaian per report. */
export function grafikSerapan(k: KorpusTerhitung): Grafik {
  return {
    id: 'banding-serapan',
    jenis: 'bar',
    judul: 'Serapan anggaran dan rata-rata capaian per laporan',
    satuan: '%',
    label: k.laporan.map(labelLaporan),
    seri: [
      { nama: 'Serapan anggaran (%)', data: k.laporan.map((l) => l.terhitung.anggaranUtama?.serapan ?? null), gaya: 'batang' },
      { nama: 'Rata-rata capaian (%)', data: k.laporan.map((l) => l.terhitung.rataRata.nilai), gaya: 'batang' },
    ],
    acuan: { nilai: 100, teks: '100 %' },
  };
}

/** The uniform efficiency (capaian ÷ serapan) per report. */
export function grafikEfisiensi(k: KorpusTerhitung): Grafik {
  return {
    id: 'banding-efisiensi',
    jenis: 'bar',
    judul: 'Efisiensi seragam (rata-rata capaian ÷ serapan) per laporan',
    satuan: 'rasio',
    label: k.laporan.map(labelLaporan),
    seri: [{ nama: 'Efisiensi (rasio)', data: k.laporan.map((l) => l.terhitung.efisiensiSeragam), gaya: 'batang' }],
    acuan: { nilai: 1, teks: '1 = seimbang' },
  };
}

export const KELAS_CAPAIAN = ['< 80 %', '80–< 100 %', '100 %', '> 100–120 %', '> 120 %', 'Kualitatif / tidak terhitung'] as const;

export function kelasCapaian(c: { jenis: string; nilai?: number }): number {
  if (c.jenis !== 'persen' || c.nilai === undefined) return 5;
  const v = c.nilai;
  if (Math.abs(v - 100) < 1e-9) return 2;
  if (v < 80) return 0;
  if (v < 100) return 1;
  if (v <= 120) return 3;
  return 4;
}

/** How many indicators fall in each capaian band, per agency. */
export function grafikDistribusi(k: KorpusTerhitung): Grafik {
  const ins = k.korpus.instansi.filter((i) => k.laporan.some((l) => l.instansi === i));
  return {
    id: 'banding-distribusi',
    jenis: 'bar',
    judul: 'Sebaran capaian indikator per instansi (semua tahun)',
    satuan: 'jumlah indikator',
    label: [...KELAS_CAPAIAN],
    seri: ins.map((i) => {
      const n = KELAS_CAPAIAN.map(() => 0);
      for (const l of k.laporan) if (l.instansi === i) for (const ind of l.terhitung.indikator) n[kelasCapaian(ind.capaian as { jenis: string; nilai?: number })]!++;
      return { nama: i.data.singkatan, data: n, gaya: 'batang' as const };
    }),
  };
}
