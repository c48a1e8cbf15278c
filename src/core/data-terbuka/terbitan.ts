/**
 * The publication scoreboard as open data: the `terbitan` table of the data package (one row per agency
 * and year) and /data/terbitan.json (the same with each document's file and dates).
 */
import type { Sel } from './csv.ts';
import { DOKUMEN, type TerbitanInstansi } from '../tampilan/terbitan.ts';

export const KOLOM_TERBITAN = {
  instansi: 'id instansi',
  tahun: 'tahun',
  ...Object.fromEntries(
    DOKUMEN.flatMap((d) => [
      [d.jenis, `ya | tidak: ${d.arti} diterbitkan di situs ini`],
      [
        `${d.jenis}_terbit`,
        `tanggal ${d.nama} pertama kali terbit di situs ini (YYYY-MM-DD, dari riwayat git; kosong bila tidak diketahui)`,
      ],
    ]),
  ),
  angka_diperiksa: 'angka tercetak LKjIP tahun itu yang diperiksa audit (kosong bila tidak ada LKjIP)',
  angka_berbeda: 'angka tercetak yang berbeda dari hasil hitung ulang',
} as const;

export const barisTerbitan = (papan: readonly TerbitanInstansi[]): Sel[][] =>
  papan.flatMap((i) =>
    i.baris.map((b) => [
      i.id,
      b.tahun,
      ...DOKUMEN.flatMap((d) => [b.dokumen[d.jenis].ada ? 'ya' : 'tidak', b.dokumen[d.jenis].terbit]),
      b.laporan?.temuan.diperiksa ?? null,
      b.laporan?.temuan.berbeda ?? null,
    ]),
  );
