/**
 * A report's files that are not pages: its XLSX, its zip of CSVs and its preview image (PNG). One function
 * makes each, for the endpoints and for the build's worker threads alike (src/integration/unduhan-paralel.ts),
 * so a file is the same bytes whoever made it. Plain Node: no Vite-only import is used here.
 */
import type { KorpusTerhitung, LaporanLengkap } from '../core/hitung/korpus.ts';
import { xlsxLaporan, zipLaporan } from '../core/data-terbuka/unduhan.ts';
import { urlLaporan } from '../core/data-terbuka/terbuka.ts';
import { labelInstansi } from '../core/tampilan/label-instansi.ts';
import { pratinjauLaporan } from '../core/tampilan/bagikan.ts';
import { gambarPratinjau, kartuLaporan } from './bagikan.ts';
import { folderProyek } from '../core/lingkungan.ts';
import { kelompokPekerja, kunciUnduhan, type JenisUnduhan } from '../integration/unduhan-paralel.ts';
import { dataSitus } from './situs.ts';

export async function buatUnduhan(
  jenis: JenisUnduhan,
  korpus: KorpusTerhitung,
  laporan: LaporanLengkap,
): Promise<Uint8Array> {
  switch (jenis) {
    case 'xlsx':
      return xlsxLaporan(korpus, laporan);
    case 'zip':
      return zipLaporan(korpus, laporan, { halaman: urlLaporan(korpus.korpus.situs, laporan) });
    case 'png': {
      const label = labelInstansi(korpus.korpus).get(laporan.instansi.data.id) ?? laporan.instansi.data.singkatan;
      return (await gambarPratinjau(kartuLaporan(pratinjauLaporan(laporan, label), korpus.korpus.situs.nama))).png;
    }
  }
}

/** The endpoints' side: the file from the build's workers when they have it, else made here. */
export function unduhanLaporan(jenis: JenisUnduhan, laporan: LaporanLengkap): Promise<Uint8Array> {
  const buat = () => buatUnduhan(jenis, dataSitus(), laporan);
  const kelompok = kelompokPekerja(folderProyek());
  return kelompok
    ? kelompok.ambil(kunciUnduhan(jenis, laporan.instansi.data.id, laporan.terhitung.laporan.tahun), buat)
    : buat();
}
