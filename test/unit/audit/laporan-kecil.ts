/** A minimal valid report for hand-built cases; `lain` adds or replaces top-level fields. */
import { Laporan } from '../../../src/core/skema/laporan.ts';

export function laporanKecil(lain: Record<string, unknown> = {}) {
  return Laporan.parse({
    instansi: 'dinas-uji',
    tahun: 2020,
    rencana: { jenis: 'renstra', periode: '2016-2021' },
    sumber: { judul: 'Uji', berkas: 'uji' },
    transkripsi: { cakupan: 'lengkap' },
    pengukuran: {
      lokasi: { tabel: 'Tabel 3.1' },
      indikator: [{ indikator: 'a', satuan: '%', target: 72, realisasi: 72.58 }],
    },
    ...lain,
  });
}
