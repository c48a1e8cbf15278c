/**
 * What the report files alone cost (the bench's decomposition of a build): reads and computes the content
 * in KINERJA_KONTEN as a build's worker does, then makes every report's XLSX, zip and preview PNG one after
 * another on this one thread, with the endpoints' own function (src/lib/unduhan-laporan.ts). Prints one
 * JSON line: the number of reports and the CPU milliseconds of each kind of file.
 *
 *   KINERJA_KONTEN=<folder> node scripts/bench/unduhan.ts
 */
import { bacaKonten } from '../../src/core/muat/baca-folder.ts';
import { validasiBerkas } from '../../src/core/publikasi/validasi.ts';
import { buatUnduhan } from '../../src/lib/unduhan-laporan.ts';
import { JENIS_UNDUHAN, type JenisUnduhan } from '../../src/integration/unduhan-paralel.ts';
import { folderProyek } from '../../src/core/lingkungan.ts';

const { files } = bacaKonten(folderProyek(), 'content');
const terhitung = validasiBerkas(files, 'content', { barisPeringatan: false }).terhitung;
if (!terhitung) {
  console.error('konten tidak dapat dihitung (the content cannot be computed)');
  process.exit(1);
}
const cpuMs = Object.fromEntries(JENIS_UNDUHAN.map((jenis) => [jenis, 0])) as Record<JenisUnduhan, number>;
for (const jenis of JENIS_UNDUHAN)
  for (const laporan of terhitung.laporan) {
    // one file at a time on this thread, so the thread's CPU time is the file's
    const awal = process.threadCpuUsage();
    await buatUnduhan(jenis, terhitung, laporan);
    const selisih = process.threadCpuUsage(awal);
    cpuMs[jenis] += (selisih.user + selisih.system) / 1000;
  }
console.log(JSON.stringify({ laporan: terhitung.laporan.length, cpuMs }));
