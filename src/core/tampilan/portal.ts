/**
 * A national portal over per-region sites (npm run build:wilayah): each region's headline figures
 * come from its published /data/index.json, so the portal never loads the regions' reports.
 */
import type { AngkaUtama } from './ringkasan.ts';

/** The part of a region site's /data/index.json the portal reads. */
export interface IndeksWilayah {
  situs: string;
  angka: AngkaUtama;
  instansi: { laporan: { tahun: number }[] }[];
}

export interface WilayahPortal {
  id: string;
  nama: string;
  angka: AngkaUtama;
  /** first and last report year, or null without reports */
  tahun: [number, number] | null;
}

const NOL: AngkaUtama = {
  instansi: 0,
  laporan: 0,
  indikator: 0,
  tercapai: 0,
  tidakTercapai: 0,
  takTerhitung: 0,
  angkaDiperiksa: 0,
  angkaBerbeda: 0,
};

const rentang = (tahun: number[]): [number, number] | null =>
  tahun.length ? [Math.min(...tahun), Math.max(...tahun)] : null;

/** Regions in name order with their figures, and the national totals. */
export function ringkasPortal(wilayah: readonly { id: string; nama: string; indeks: IndeksWilayah }[]) {
  const daftar: WilayahPortal[] = [...wilayah]
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id'))
    .map((w) => ({
      id: w.id,
      nama: w.nama,
      angka: w.indeks.angka,
      tahun: rentang(w.indeks.instansi.flatMap((i) => i.laporan.map((l) => l.tahun))),
    }));
  const total = { ...NOL };
  for (const satuWilayah of daftar)
    for (const kunci of Object.keys(total) as (keyof AngkaUtama)[]) total[kunci] += satuWilayah.angka[kunci];
  const semuaTahun = daftar.flatMap((w) => w.tahun ?? []);
  return { wilayah: daftar, total, tahun: rentang(semuaTahun) };
}
