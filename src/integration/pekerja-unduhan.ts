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
const k = validasiBerkas(files, 'content', { barisPeringatan: false }).terhitung;
if (!k) throw new Error('konten tidak dapat dihitung (the content cannot be computed)');
const laporan = new Map<string, { jenis: JenisUnduhan; l: LaporanLengkap }>();
for (const l of k.laporan)
  for (const jenis of JENIS_UNDUHAN)
    laporan.set(kunciUnduhan(jenis, l.instansi.data.id, l.terhitung.laporan.tahun), { jenis, l });

parentPort!.on('message', async (kunci: string) => {
  const t = laporan.get(kunci);
  try {
    if (!t) throw new Error(`tidak ada laporan untuk ${kunci} (no such report)`);
    const isi = await buatUnduhan(t.jenis, k, t.l);
    // a view on a larger buffer is copied: only a whole buffer can be handed over
    const milik = isi.byteOffset === 0 && isi.byteLength === isi.buffer.byteLength ? isi : isi.slice();
    kirim({ kunci, isi: milik }, [milik.buffer as ArrayBuffer]);
  } catch (e) {
    kirim({ kunci, galat: e instanceof Error ? e.message : String(e) });
  }
});
kirim({ siap: true });
