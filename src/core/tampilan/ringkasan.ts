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

export function angkaUtama(korpus: KorpusTerhitung): AngkaUtama {
  const angka: AngkaUtama = {
    instansi: korpus.korpus.instansi.length,
    laporan: korpus.laporan.length,
    indikator: 0,
    tercapai: 0,
    tidakTercapai: 0,
    takTerhitung: 0,
    angkaDiperiksa: 0,
    angkaBerbeda: 0,
  };
  for (const laporan of korpus.laporan) {
    const ringkasan = laporan.terhitung.ringkasan;
    angka.indikator += laporan.terhitung.indikator.length;
    angka.tercapai += ringkasan.melebihi + ringkasan.tercapai;
    angka.tidakTercapai += ringkasan.tidak_tercapai;
    angka.takTerhitung += ringkasan.tak_terhitung;
    angka.angkaDiperiksa += laporan.audit.length;
    angka.angkaBerbeda += laporan.audit.filter(dihitungSebagaiTemuan).length;
  }
  // profile and Renstra tables are audited too, outside the yearly reports
  angka.angkaDiperiksa += korpus.auditInstansi.length;
  angka.angkaBerbeda += korpus.auditInstansi.filter(dihitungSebagaiTemuan).length;
  return angka;
}

/** Newest first; ties by agency name. */
export function laporanTerbaru(korpus: KorpusTerhitung, jumlah = 6): LaporanLengkap[] {
  return [...korpus.laporan]
    .sort(
      (a, b) =>
        b.terhitung.laporan.tahun - a.terhitung.laporan.tahun ||
        a.instansi.data.nama.localeCompare(b.instansi.data.nama, 'id'),
    )
    .slice(0, jumlah);
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

export function ringkasInstansi(korpus: KorpusTerhitung, dataInstansi: DataInstansi): RingkasInstansi {
  const wilayah = korpus.korpus.wilayah.find((x) => x.data.id === dataInstansi.data.wilayah)?.data;
  const prov = wilayah?.induk ? korpus.korpus.wilayah.find((x) => x.data.id === wilayah.induk)?.data : wilayah;
  return {
    id: dataInstansi.data.id,
    nama: dataInstansi.data.nama,
    singkatan: dataInstansi.data.singkatan,
    label: labelInstansi(korpus.korpus).get(dataInstansi.data.id) ?? dataInstansi.data.singkatan,
    wilayah,
    provinsi: prov,
    tingkat: wilayah?.tingkat ?? 'lainnya',
    tahunLaporan: dataInstansi.laporan.map((l) => l.data.tahun).sort((a, b) => a - b),
    tahunIki: dataInstansi.iki.map((l) => l.data.tahun).sort((a, b) => a - b),
    renstra: dataInstansi.renstra.map((r) => `${r.data.periode.mulai}-${r.data.periode.selesai}`).sort(),
  };
}

export interface KelompokWilayah {
  id: string;
  nama: string;
  instansi: RingkasInstansi[];
}

/** Agencies grouped by province (or national body), groups and members sorted by name. */
export function kelompokPerWilayah(korpus: KorpusTerhitung): KelompokWilayah[] {
  const grup = new Map<string, KelompokWilayah>();
  for (const dataInstansi of korpus.korpus.instansi) {
    const ringkas = ringkasInstansi(korpus, dataInstansi);
    const id = ringkas.provinsi?.id ?? 'lainnya';
    const kelompok = grup.get(id) ?? { id, nama: ringkas.provinsi?.nama ?? 'Wilayah lain', instansi: [] };
    kelompok.instansi.push(ringkas);
    grup.set(id, kelompok);
  }
  const out = [...grup.values()].sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
  for (const kelompok of out) kelompok.instansi.sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
  return out;
}

/** The levels present, in a fixed order. */
export function tingkatAda(korpus: KorpusTerhitung): (Wilayah['tingkat'] | 'lainnya')[] {
  const ada = new Set(korpus.korpus.instansi.map((i) => ringkasInstansi(korpus, i).tingkat));
  return ([...Object.keys(LABEL_TINGKAT), 'lainnya'] as (Wilayah['tingkat'] | 'lainnya')[]).filter((t) => ada.has(t));
}
