/**
 * The agency profile page's one view model (`halamanProfil`): its reports, organisation tree, staff and
 * budget tables with their totals, SAKIP history, indicator trends and Renstra trajectories. Pure.
 */
import type { KorpusTerhitung } from '../hitung/korpus.ts';
import type { DataInstansi } from '../muat/korpus.ts';
import type { Instansi } from '../skema/instansi.ts';
import type { Renstra } from '../skema/renstra.ts';
import { serapan } from '../rumus/anggaran.ts';
import { jumlahPegawai } from '../rumus/pegawai.ts';
import { adaData, type Grafik } from './grafik.ts';
import { ringkasInstansi, type RingkasInstansi } from './ringkasan.ts';
import {
  grafikLintasan,
  grafikSakip,
  grafikTren,
  laporanInstansi,
  lintasanRenstra,
  riwayatSakip,
  trenIndikator,
  type BarisSakip,
  type LintasanIndikator,
  type LintasanRenstra,
  type TrenIndikator,
} from './profil.ts';

type Profil = Instansi['profil'];

export const LABEL_MENURUT: Record<Profil['pegawai'][number]['menurut'], string> = {
  pendidikan: 'pendidikan',
  golongan: 'golongan',
  jenis_kelamin: 'jenis kelamin',
  jabatan: 'jabatan',
  eselon: 'eselon',
  unit: 'unit kerja',
  status: 'status kepegawaian',
  usia: 'usia',
};

export interface RingkasLaporanProfil {
  tahun: number;
  sebagian: boolean;
  indikator: number;
  /** tercapai or melebihi */
  tercapai: number;
  tidakTercapai: number;
  rataRata: number | null;
}

/** An organisation unit and the units under it (the page shows three levels). */
export interface SimpulUnit {
  nama: string;
  anak: SimpulUnit[];
}

export interface TabelPegawaiProfil {
  tabel: Profil['pegawai'][number];
  menurut: string;
  jumlah: number;
  /** the printed total, only when it differs from the sum of the rows */
  tercetakBerbeda: number | null;
}

export interface LintasanProfil {
  renstra: Renstra;
  lintasan: LintasanRenstra;
  indikator: {
    indikator: LintasanIndikator;
    /** null when there is nothing to draw: the page lists the targets in words */
    grafik: Grafik | null;
    /** "Renstra awal: 2021–2023; Reviu: 2024–2026" */
    masa: string;
    /** the indicator was dropped by a review */
    dihapus: boolean;
  }[];
}

export interface HalamanProfil {
  instansi: DataInstansi;
  ringkas: RingkasInstansi;
  /** "Nama lama (NL) 2015–2019; …" */
  namaLama: string;
  laporan: RingkasLaporanProfil[];
  /** the top units (whose parent is absent or unknown), each with two levels below */
  organisasi: SimpulUnit[];
  pegawai: TabelPegawaiProfil[];
  belanja: { tahun: number; jenis: string; pagu: number; realisasi: number | undefined; serapan: number | null }[];
  sakip: BarisSakip[];
  /** null with fewer than two evaluated years */
  grafikSakip: Grafik | null;
  tren: { tren: TrenIndikator; grafik: Grafik | null }[];
  renstra: LintasanProfil[];
}

function pohonUnit(units: Instansi['unit_organisasi']): SimpulUnit[] {
  const ada = new Set(units.map((u) => u.id));
  const anakDari = (induk: string | undefined, kedalaman: number): SimpulUnit[] =>
    kedalaman === 0
      ? []
      : units
          .filter((u) => (induk === undefined ? !u.induk || !ada.has(u.induk) : u.induk === induk))
          .map((u) => ({ nama: u.nama, anak: anakDari(u.id, kedalaman - 1) }));
  return anakDari(undefined, 3);
}

export function halamanProfil(instansi: DataInstansi, konteks: { korpus: KorpusTerhitung }): HalamanProfil {
  const data = instansi.data;
  const laporan = laporanInstansi(konteks.korpus, data.id);
  const katalog = new Map((instansi.katalog?.data.indikator ?? []).map((x) => [x.id, x]));
  const sakip = riwayatSakip(laporan);
  return {
    instansi,
    ringkas: ringkasInstansi(konteks.korpus, instansi),
    namaLama: data.nama_lama
      .map(
        (n) =>
          `${n.nama}${n.singkatan ? ` (${n.singkatan})` : ''}${n.dari || n.sampai ? ` ${n.dari ?? ''}–${n.sampai ?? ''}` : ''}`,
      )
      .join('; '),
    laporan: laporan.map(({ terhitung: t }) => ({
      tahun: t.laporan.tahun,
      sebagian: t.laporan.transkripsi.cakupan === 'sebagian',
      indikator: t.indikator.length,
      tercapai: t.ringkasan.melebihi + t.ringkasan.tercapai,
      tidakTercapai: t.ringkasan.tidak_tercapai,
      rataRata: t.rataRata.nilai,
    })),
    organisasi: pohonUnit(data.unit_organisasi),
    pegawai: data.profil.pegawai.map((tabel) => {
      const jumlah = jumlahPegawai(tabel);
      return {
        tabel,
        menurut: LABEL_MENURUT[tabel.menurut],
        jumlah,
        tercetakBerbeda:
          tabel.jumlah_tercetak !== undefined && tabel.jumlah_tercetak !== jumlah ? tabel.jumlah_tercetak : null,
      };
    }),
    belanja: data.profil.belanja.flatMap((b) =>
      b.rincian.map((r) => ({
        tahun: b.tahun,
        jenis: r.jenis,
        pagu: r.pagu,
        realisasi: r.realisasi,
        serapan: r.realisasi === undefined ? null : serapan({ pagu: r.pagu, realisasi: r.realisasi }),
      })),
    ),
    sakip,
    grafikSakip: sakip.length > 1 ? grafikSakip(sakip, data.id) : null,
    tren: trenIndikator(laporan)
      .filter((t) => t.titik.length > 0)
      .map((tren) => {
        const grafik = grafikTren(tren, data.id);
        return { tren, grafik: tren.titik.length > 1 && adaData(grafik) ? grafik : null };
      }),
    renstra: [...instansi.renstra]
      .sort((a, b) => a.data.periode.mulai - b.data.periode.mulai)
      .map(({ data: renstra }) => {
        const lintasan = lintasanRenstra(renstra, laporan, (id) => katalog.get(id)?.nama);
        return {
          renstra,
          lintasan,
          indikator: lintasan.indikator.map((indikator) => {
            const grafik = grafikLintasan(lintasan, indikator, data.id);
            return {
              indikator,
              grafik: adaData(grafik) ? grafik : null,
              masa: indikator.versi.map((v) => `${v.nama}: ${v.berlakuMulai}–${v.berlakuSampai}`).join('; '),
              dihapus:
                lintasan.jeda.length > 0 && !indikator.versi.some((v) => v.berlakuSampai === renstra.periode.selesai),
            };
          }),
        };
      }),
  };
}
