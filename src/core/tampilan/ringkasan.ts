/** Headline figures and lists for the home page and the agency list. Pure. */
import type { KorpusTerhitung, LaporanLengkap } from '../hitung/korpus.ts';
import type { DataInstansi } from '../muat/korpus.ts';
import type { Wilayah } from '../skema/wilayah.ts';
import { labelInstansi } from './label-instansi.ts';
import { dihitungSebagaiTemuan } from '../audit/audit.ts';

export interface AngkaUtama {
  instansi: number;
  laporan: number;
  indikator: number;
  /** melebihi + tercapai */
  tercapai: number;
  tidakTercapai: number;
  takTerhitung: number;
  angkaDiperiksa: number;
  angkaBerbeda: number;
}

export function angkaUtama(k: KorpusTerhitung): AngkaUtama {
  const a: AngkaUtama = {
    instansi: k.korpus.instansi.length,
    laporan: k.laporan.length,
    indikator: 0,
    tercapai: 0,
    tidakTercapai: 0,
    takTerhitung: 0,
    angkaDiperiksa: 0,
    angkaBerbeda: 0,
  };
  for (const l of k.laporan) {
    const r = l.terhitung.ringkasan;
    a.indikator += l.terhitung.indikator.length;
    a.tercapai += r.melebihi + r.tercapai;
    a.tidakTercapai += r.tidak_tercapai;
    a.takTerhitung += r.tak_terhitung;
    a.angkaDiperiksa += l.audit.length;
    a.angkaBerbeda += l.audit.filter(dihitungSebagaiTemuan).length;
  }
  // profile and Renstra tables are audited too, outside the yearly reports
  a.angkaDiperiksa += k.auditInstansi.length;
  a.angkaBerbeda += k.auditInstansi.filter(dihitungSebagaiTemuan).length;
  return a;
}

/** Newest first; ties by agency name. */
export function laporanTerbaru(k: KorpusTerhitung, n = 6): LaporanLengkap[] {
  return [...k.laporan]
    .sort(
      (a, b) =>
        b.terhitung.laporan.tahun - a.terhitung.laporan.tahun ||
        a.instansi.data.nama.localeCompare(b.instansi.data.nama, 'id'),
    )
    .slice(0, n);
}

export const LABEL_TINGKAT: Record<Wilayah['tingkat'], string> = {
  nasional: 'Nasional',
  provinsi: 'Provinsi',
  kota: 'Kota',
  kabupaten: 'Kabupaten',
  kementerian: 'Kementerian',
  lembaga: 'Lembaga',
};

export interface RingkasInstansi {
  id: string;
  nama: string;
  singkatan: string;
  /** short label unique across the site (label-instansi.ts), where the acronym stands alone */
  label: string;
  wilayah: Wilayah | undefined;
  /** the province (or the region itself when it has no parent) */
  provinsi: Wilayah | undefined;
  tingkat: Wilayah['tingkat'] | 'lainnya';
  tahunLaporan: number[];
  tahunIki: number[];
  renstra: string[];
}

export function ringkasInstansi(k: KorpusTerhitung, i: DataInstansi): RingkasInstansi {
  const w = k.korpus.wilayah.find((x) => x.data.id === i.data.wilayah)?.data;
  const prov = w?.induk ? k.korpus.wilayah.find((x) => x.data.id === w.induk)?.data : w;
  return {
    id: i.data.id,
    nama: i.data.nama,
    singkatan: i.data.singkatan,
    label: labelInstansi(k.korpus).get(i.data.id) ?? i.data.singkatan,
    wilayah: w,
    provinsi: prov,
    tingkat: w?.tingkat ?? 'lainnya',
    tahunLaporan: i.laporan.map((l) => l.data.tahun).sort((a, b) => a - b),
    tahunIki: i.iki.map((l) => l.data.tahun).sort((a, b) => a - b),
    renstra: i.renstra.map((r) => `${r.data.periode.mulai}-${r.data.periode.selesai}`).sort(),
  };
}

export interface KelompokWilayah {
  id: string;
  nama: string;
  instansi: RingkasInstansi[];
}

/** Agencies grouped by province (or national body), groups and members sorted by name. */
export function kelompokPerWilayah(k: KorpusTerhitung): KelompokWilayah[] {
  const grup = new Map<string, KelompokWilayah>();
  for (const i of k.korpus.instansi) {
    const r = ringkasInstansi(k, i);
    const id = r.provinsi?.id ?? 'lainnya';
    const g = grup.get(id) ?? { id, nama: r.provinsi?.nama ?? 'Wilayah lain', instansi: [] };
    g.instansi.push(r);
    grup.set(id, g);
  }
  const out = [...grup.values()].sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
  for (const g of out) g.instansi.sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
  return out;
}

/** The levels present, in a fixed order. */
export function tingkatAda(k: KorpusTerhitung): (Wilayah['tingkat'] | 'lainnya')[] {
  const ada = new Set(k.korpus.instansi.map((i) => ringkasInstansi(k, i).tingkat));
  return ([...Object.keys(LABEL_TINGKAT), 'lainnya'] as (Wilayah['tingkat'] | 'lainnya')[]).filter((t) => ada.has(t));
}
