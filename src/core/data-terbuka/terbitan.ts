/**
 * The publication scoreboard as open data: /data/terbitan.csv (one row per agency and year, through the
 * site's one CSV writer) and /data/terbitan.json (the same with each document's file and dates).
 */
import { csv } from './csv.ts';
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

export function csvTerbitan(papan: readonly TerbitanInstansi[]): string {
  return csv(
    Object.keys(KOLOM_TERBITAN),
    papan.flatMap((i) =>
      i.baris.map((b) => [
        i.id,
        b.tahun,
        ...DOKUMEN.flatMap((d) => [b.dokumen[d.jenis].ada ? 'ya' : 'tidak', b.dokumen[d.jenis].terbit]),
        b.laporan?.temuan.diperiksa,
        b.laporan?.temuan.berbeda,
      ]),
    ),
  );
}
