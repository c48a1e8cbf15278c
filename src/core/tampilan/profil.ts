/** The agency profile: SAKIP history, indicator trends, Renstra trajectories. Pure. */
import type { KorpusTerhitung, LaporanLengkap } from '../hitung/korpus.ts';
import type { Nilai, Target } from '../skema/common.ts';
import type { Renstra } from '../skema/renstra.ts';
import { bacaAngka, nilaiAngka } from '../rumus/presisi.ts';
import { kategori, type Kategori } from '../rumus/kategori.ts';
import { hitungSakip } from '../rumus/sakip.ts';
import { indikatorBertarget, indikatorVersi } from '../rumus/renstra.ts';
import type { Grafik } from './grafik.ts';

/** An agency's reports by year, from the corpus index (no scan). */
export const laporanInstansi = (k: KorpusTerhitung, id: string): LaporanLengkap[] => k.laporanPerInstansi.get(id) ?? [];

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
  for (const satuLaporan of laporan) {
    const ev = satuLaporan.terhitung.laporan.evaluasi_sakip;
    if (!ev) continue;
    const skala = satuLaporan.terhitung.skala.nilai_sakip;
    for (const penilaian of ev.penilaian) {
      const tercetak = bacaAngka(penilaian.nilai_tercetak)?.nilai ?? null;
      const dihitung = penilaian.komponen.length ? hitungSakip(penilaian.komponen, skala).nilai : null;
      const dasar = dihitung ?? tercetak;
      per.set(penilaian.tahun, {
        tahun: penilaian.tahun,
        nilaiTercetak: tercetak,
        nilaiDihitung: dihitung,
        kategoriTercetak: penilaian.kategori_tercetak ?? null,
        kategori: dasar === null || !skala ? null : kategori(dasar, skala),
        dariLaporan: satuLaporan.terhitung.laporan.tahun,
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
  for (const satuLaporan of laporan) {
    const th = satuLaporan.terhitung.laporan.tahun;
    for (const ind of satuLaporan.terhitung.indikator) {
      const id = ind.data.indikator;
      const tren = per.get(id) ?? {
        indikator: id,
        nama: ind.nama,
        satuan: ind.satuan ?? '',
        titik: [] as TitikTren[],
        sendiri: new Set<number>(),
      };
      const set = (titik: TitikTren, sendiri: boolean) => {
        const indeks = tren.titik.findIndex((x) => x.tahun === titik.tahun);
        if (indeks >= 0) {
          if (tren.sendiri.has(titik.tahun) && !sendiri) return;
          tren.titik[indeks] = titik;
        } else tren.titik.push(titik);
        if (sendiri) tren.sendiri.add(titik.tahun);
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
      ind.data.tahun_sebelumnya.forEach((sebelumnya, urutan) => {
        const capaian = ind.tahunSebelumnya[urutan]?.capaian;
        set(
          {
            tahun: sebelumnya.tahun,
            target: angka(sebelumnya.target),
            realisasi: angka(sebelumnya.realisasi),
            targetAsli: sebelumnya.target ?? null,
            realisasiAsli: sebelumnya.realisasi,
            capaian: capaian?.jenis === 'persen' ? capaian.nilai : null,
            sumberTahun: th,
          },
          false,
        );
      });
      per.set(id, tren);
    }
  }
  return [...per.values()].map(({ sendiri: _s, ...t }) => ({ ...t, titik: t.titik.sort((a, b) => a.tahun - b.tahun) }));
}

export function grafikTren(tren: TrenIndikator, idInstansi: string): Grafik {
  return {
    id: `tren-${idInstansi}-${tren.indikator}`,
    jenis: 'line',
    judul: `${tren.nama}: target dan realisasi per tahun`,
    satuan: tren.satuan,
    label: tren.titik.map((p) => String(p.tahun)),
    seri: [
      { nama: 'Target', data: tren.titik.map((p) => p.target), gaya: 'putus' },
      { nama: 'Realisasi', data: tren.titik.map((p) => p.realisasi), gaya: 'garis' },
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
  renstra: Renstra,
  laporan: readonly LaporanLengkap[],
  namaIndikator: (id: string) => string | undefined,
): LintasanRenstra {
  const tahun: number[] = [];
  for (let tahunKe = renstra.periode.mulai; tahunKe <= renstra.periode.selesai; tahunKe++) tahun.push(tahunKe);
  const versi = [...renstra.versi].sort((a, b) => a.berlaku_mulai - b.berlaku_mulai);
  const tren = new Map(trenIndikator(laporan).map((t) => [t.indikator, t]));
  const ids: string[] = [];
  for (const butirVersi of versi)
    for (const indikator of indikatorVersi(butirVersi))
      if (!ids.includes(indikator.indikator)) ids.push(indikator.indikator);
  const indikator = ids.map((id) => {
    const perVersi = versi
      .map((butirVersi) => {
        const ir = indikatorBertarget(butirVersi, id);
        return ir ? { v: butirVersi, ir } : null;
      })
      .filter((x): x is NonNullable<typeof x> => x !== null);
    const pertama = perVersi[0]!.ir;
    const dataTren = tren.get(id);
    return {
      indikator: id,
      nama: namaIndikator(id) ?? pertama.nama_tercetak ?? id,
      satuan: pertama.satuan ?? dataTren?.satuan ?? '',
      // a version's targets count only while it is in force: from its first year until the next version starts
      versi: perVersi.map(({ v: butirVersi, ir }) => {
        const berikut = versi.find((w) => w.berlaku_mulai > butirVersi.berlaku_mulai)?.berlaku_mulai;
        const sampai = berikut === undefined ? renstra.periode.selesai : berikut - 1;
        return {
          id: butirVersi.id,
          nama: butirVersi.nama,
          berlakuMulai: butirVersi.berlaku_mulai,
          berlakuSampai: sampai,
          target: tahun.map((y) => (y > sampai ? null : (ir.target.find((x) => x.tahun === y)?.target ?? null))),
        };
      }),
      realisasi: tahun.map((y) => dataTren?.titik.find((p) => p.tahun === y)?.realisasi ?? null),
    };
  });
  return {
    periode: `${renstra.periode.mulai}-${renstra.periode.selesai}`,
    tahun,
    jeda: versi.slice(1).map((v) => ({ tahun: v.berlaku_mulai, nama: v.nama, alasan: v.alasan })),
    indikator,
  };
}

/** Renstra trajectory as a chart: each version's targets (dashed) and the realisations, with the review as a break. */
export function grafikLintasan(lintasan: LintasanRenstra, ind: LintasanIndikator, idInstansi: string): Grafik {
  const jeda = lintasan.jeda[0];
  return {
    id: `renstra-${idInstansi}-${lintasan.periode}-${ind.indikator}`,
    jenis: 'line',
    judul: `${ind.nama}: target Renstra ${lintasan.periode.replace('-', '–')} dan realisasi`,
    satuan: ind.satuan,
    label: lintasan.tahun.map(String),
    seri: [
      ...ind.versi.map((v) => ({
        nama: `Target (${v.nama})`,
        data: v.target.map((t) => angka(t)),
        gaya: 'putus' as const,
      })),
      { nama: 'Realisasi', data: ind.realisasi, gaya: 'garis' as const },
    ],
    jeda: jeda ? { sebelum: String(jeda.tahun), teks: `Reviu: ${jeda.nama}` } : undefined,
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
