/**
 * One worker of src/integration/unduhan-paralel.ts: reads and computes the content as the build did
 * (the same files, the same subset), then makes the report files it is sent, one at a time, with the
 * endpoints' own function (src/lib/unduhan-laporan.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { bacaKonten } from '../core/muat/baca-folder.ts';
import { validasiBerkas } from '../core/publikasi/validasi.ts';
import { buatUnduhan } from '../lib/unduhan-laporan.ts';
import type { LaporanLengkap } from '../core/hitung/korpus.ts';
import {
  JENIS_UNDUHAN,
  kunciUnduhan,
  type DataPekerja,
  type JenisUnduhan,
  type PesanPekerja,
} from './unduhan-paralel.ts';

const { proyek } = workerData as DataPekerja;
const kirim = (p: PesanPekerja, pindah: ArrayBuffer[] = []) => parentPort!.postMessage(p, pindah);

const { files } = bacaKonten(proyek, 'content');
const korpus = validasiBerkas(files, 'content', { barisPeringatan: false }).terhitung;
if (!korpus) throw new Error('konten tidak dapat dihitung (the content cannot be computed)');
const laporanMenurutKunci = new Map<string, { jenis: JenisUnduhan; laporan: LaporanLengkap }>();
for (const laporan of korpus.laporan)
  for (const jenis of JENIS_UNDUHAN)
    laporanMenurutKunci.set(kunciUnduhan(jenis, laporan.instansi.data.id, laporan.terhitung.laporan.tahun), {
      jenis,
      laporan,
    });

parentPort!.on('message', async (kunci: string) => {
  const dicari = laporanMenurutKunci.get(kunci);
  try {
    if (!dicari) throw new Error(`tidak ada laporan untuk ${kunci} (no such report)`);
    const isi = await buatUnduhan(dicari.jenis, korpus, dicari.laporan);
    // a view on a larger buffer is copied: only a whole buffer can be handed over
    const milik = isi.byteOffset === 0 && isi.byteLength === isi.buffer.byteLength ? isi : isi.slice();
    kirim({ kunci, isi: milik }, [milik.buffer as ArrayBuffer]);
  } catch (galat) {
    kirim({ kunci, galat: galat instanceof Error ? galat.message : String(galat) });
  }
});
kirim({ siap: true });
