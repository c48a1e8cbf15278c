/** The agency profile: SAKIP history, indicator trends, Renstra trajectories. Pure. */
import type { KorpusTerhitung, LaporanLengkap } from '../hitung/korpus.ts';
import type { Nilai, Target } from '../skema/common.ts';
import type { Renstra } from '../skema/renstra.ts';
import { bacaAngka, nilaiAngka } from '../rumus/presisi.ts';
import { kategori, type Kategori } from '../rumus/kategori.ts';
import { hitungSakip } from '../rumus/sakip.ts';
import { indikatorVersi } from '../rumus/renstra.ts';
import type { Grafik } from './grafik.ts';

export const laporanInstansi = (k: KorpusTerhitung, id: string): LaporanLengkap[] =>
  k.laporan
    .filter((l) => l.instansi.data.id === id)
    .sort((a, b) => a.terhitung.laporan.tahun - b.terhitung.laporan.tahun);

export interface BarisSakip {
  tahun: number;
  nilaiTercetak: number | null;
  /** sum of components, when the components are given */
  nilaiDihitung: number | null;
  kategoriTercetak: string | null;
  /** category of the score (computed sum, else printed score) on the SAKIP scale the report declared; null without one */
  kategori: Kategori | null;
  /** the report that printed it */
  dariLaporan: number;
}

/** One row per evaluated year; a later report's figure for the same year wins. */
export function riwayatSakip(laporan: readonly LaporanLengkap[]): BarisSakip[] {
  const per = new Map<number, BarisSakip>();
  for (const l of laporan) {
    const ev = l.terhitung.laporan.evaluasi_sakip;
    if (!ev) continue;
    const skala = l.terhitung.skala.nilai_sakip;
    for (const p of ev.penilaian) {
      const tercetak = bacaAngka(p.nilai_tercetak)?.nilai ?? null;
      const dihitung = p.komponen.length ? hitungSakip(p.komponen, skala).nilai : null;
      const dasar = dihitung ?? tercetak;
      per.set(p.tahun, {
        tahun: p.tahun,
        nilaiTercetak: tercetak,
        nilaiDihitung: dihitung,
        kategoriTercetak: p.kategori_tercetak ?? null,
        kategori: dasar === null || !skala ? null : kategori(dasar, skala),
        dariLaporan: l.terhitung.laporan.tahun,
      });
    }
  }
  return [...per.values()].sort((a, b) => a.tahun - b.tahun);
}

const angka = (v: Nilai | Target | null | undefined): number | null => nilaiAngka(v);

export interface TitikTren {
  tahun: number;
  target: number | null;
  realisasi: number | null;
  /** as given (grades and N/A included), for text */
  targetAsli: Target | null;
  realisasiAsli: Nilai | null;
  /** capaian % computed by the report of that year, when this point is that report's own year */
  capaian: number | null;
  /** which report the value comes from */
  sumberTahun: number;
}

export interface TrenIndikator {
  indikator: string;
  nama: string;
  satuan: string;
  titik: TitikTren[];
}

/**
 * Each indicator the agency measured, year by year: a report's own year wins over
 * a later report's "previous year" column for the same year.
 */
export function trenIndikator(laporan: readonly LaporanLengkap[]): TrenIndikator[] {
  const per = new Map<string, TrenIndikator & { sendiri: Set<number> }>();
  for (const l of laporan) {
    const th = l.terhitung.laporan.tahun;
    for (const ind of l.terhitung.indikator) {
      const id = ind.data.indikator;
      const t = per.get(id) ?? {
        indikator: id,
        nama: ind.nama,
        satuan: ind.satuan ?? '',
        titik: [] as TitikTren[],
        sendiri: new Set<number>(),
      };
      const set = (p: TitikTren, sendiri: boolean) => {
        const i = t.titik.findIndex((x) => x.tahun === p.tahun);
        if (i >= 0) {
          if (t.sendiri.has(p.tahun) && !sendiri) return;
          t.titik[i] = p;
        } else t.titik.push(p);
        if (sendiri) t.sendiri.add(p.tahun);
      };
      set(
        {
          tahun: th,
          target: angka(ind.data.target),
          realisasi: angka(ind.data.realisasi),
          targetAsli: ind.data.target,
          realisasiAsli: ind.data.realisasi,
          capaian: ind.capaian.jenis === 'persen' ? ind.capaian.nilai : null,
          sumberTahun: th,
        },
        true,
      );
      ind.data.tahun_sebelumnya.forEach((s, k) => {
        const c = ind.tahunSebelumnya[k]?.capaian;
        set(
          {
            tahun: s.tahun,
            target: angka(s.target),
            realisasi: angka(s.realisasi),
            targetAsli: s.target ?? null,
            realisasiAsli: s.realisasi,
            capaian: c?.jenis === 'persen' ? c.nilai : null,
            sumberTahun: th,
          },
          false,
        );
      });
      per.set(id, t);
    }
  }
  return [...per.values()].map(({ sendiri: _s, ...t }) => ({ ...t, titik: t.titik.sort((a, b) => a.tahun - b.tahun) }));
}

export function grafikTren(t: TrenIndikator, idInstansi: string): Grafik {
  return {
    id: `tren-${idInstansi}-${t.indikator}`,
    jenis: 'line',
    judul: `${t.nama}: target dan realisasi per tahun`,
    satuan: t.satuan,
    label: t.titik.map((p) => String(p.tahun)),
    seri: [
      { nama: 'Target', data: t.titik.map((p) => p.target), gaya: 'putus' },
      { nama: 'Realisasi', data: t.titik.map((p) => p.realisasi), gaya: 'garis' },
    ],
  };
}

export interface LintasanIndikator {
  indikator: string;
  nama: string;
  satuan: string;
  /** per version: its targets for every year of the period (null where it has none) */
  versi: { id: string; nama: string; berlakuMulai: number; berlakuSampai: number; target: (Target | null)[] }[];
  realisasi: (number | null)[];
}

export interface LintasanRenstra {
  periode: string;
  tahun: number[];
  /** mid-period reviews: the first year of each later version */
  jeda: { tahun: number; nama: string; alasan?: string | undefined }[];
  indikator: LintasanIndikator[];
}

/** Renstra targets per year, for each version, against what the reports realised. */
export function lintasanRenstra(
  r: Renstra,
  laporan: readonly LaporanLengkap[],
  namaIndikator: (id: string) => string | undefined,
): LintasanRenstra {
  const tahun: number[] = [];
  for (let y = r.periode.mulai; y <= r.periode.selesai; y++) tahun.push(y);
  const versi = [...r.versi].sort((a, b) => a.berlaku_mulai - b.berlaku_mulai);
  const tren = new Map(trenIndikator(laporan).map((t) => [t.indikator, t]));
  const ids: string[] = [];
  for (const v of versi) for (const i of indikatorVersi(v)) if (!ids.includes(i.indikator)) ids.push(i.indikator);
  const indikator = ids.map((id) => {
    const perVersi = versi
      .map((v) => {
        // listed at tujuan and sasaran level: the entry with targets speaks
        const cocok = indikatorVersi(v).filter((i) => i.indikator === id);
        const ir = cocok.find((i) => i.target.length > 0 || i.target_akhir !== undefined) ?? cocok[0];
        return ir ? { v, ir } : null;
      })
      .filter((x): x is NonNullable<typeof x> => x !== null);
    const pertama = perVersi[0]!.ir;
    const t = tren.get(id);
    return {
      indikator: id,
      nama: namaIndikator(id) ?? pertama.nama_tercetak ?? id,
      satuan: pertama.satuan ?? t?.satuan ?? '',
      // a version's targets count only while it is in force: from its first year until the next version starts
      versi: perVersi.map(({ v, ir }) => {
        const berikut = versi.find((w) => w.berlaku_mulai > v.berlaku_mulai)?.berlaku_mulai;
        const sampai = berikut === undefined ? r.periode.selesai : berikut - 1;
        return {
          id: v.id,
          nama: v.nama,
          berlakuMulai: v.berlaku_mulai,
          berlakuSampai: sampai,
          target: tahun.map((y) => (y > sampai ? null : (ir.target.find((x) => x.tahun === y)?.target ?? null))),
        };
      }),
      realisasi: tahun.map((y) => t?.titik.find((p) => p.tahun === y)?.realisasi ?? null),
    };
  });
  return {
    periode: `${r.periode.mulai}-${r.periode.selesai}`,
    tahun,
    jeda: versi.slice(1).map((v) => ({ tahun: v.berlaku_mulai, nama: v.nama, alasan: v.alasan })),
    indikator,
  };
}

/** Renstra trajectory as a chart: each version's targets (dashed) and the realisations, with the review as a break. */
export function grafikLintasan(l: LintasanRenstra, ind: LintasanIndikator, idInstansi: string): Grafik {
  const j = l.jeda[0];
  return {
    id: `renstra-${idInstansi}-${l.periode}-${ind.indikator}`,
    jenis: 'line',
    judul: `${ind.nama}: target Renstra ${l.periode.replace('-', '–')} dan realisasi`,
    satuan: ind.satuan,
    label: l.tahun.map(String),
    seri: [
      ...ind.versi.map((v) => ({
        nama: `Target (${v.nama})`,
        data: v.target.map((t) => angka(t)),
        gaya: 'putus' as const,
      })),
      { nama: 'Realisasi', data: ind.realisasi, gaya: 'garis' as const },
    ],
    jeda: j ? { sebelum: String(j.tahun), teks: `Reviu: ${j.nama}` } : undefined,
  };
}

/** SAKIP scores as a chart. */
export function grafikSakip(rows: readonly BarisSakip[], idInstansi: string): Grafik {
  return {
    id: `sakip-${idInstansi}`,
    jenis: 'bar',
    judul: 'Nilai evaluasi SAKIP per tahun',
    satuan: 'poin',
    label: rows.map((r) => String(r.tahun)),
    seri: [{ nama: 'Nilai SAKIP', data: rows.map((r) => r.nilaiDihitung ?? r.nilaiTercetak), gaya: 'batang' }],
  };
}
