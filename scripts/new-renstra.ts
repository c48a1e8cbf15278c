/**
 * npm run new-renstra -- <instansi> --sumber-berkas <berkas> [--mulai <tahun>] [--selesai <tahun>] [--sumber "<judul>"] [--konten <dir>]
 * The next Renstra period, pre-filled from the last one's tujuan, sasaran and indicators (targets left
 * to fill). The period follows the last one unless given. Asks for what is missing only at a terminal.
 */
import { resolve } from 'node:path';
import { muatKonten } from '../src/core/muat/baca-folder.ts';
import { folderProyek } from '../src/core/lingkungan.ts';
import { buatRenstra } from '../src/core/publikasi/perancah.ts';
import { GalatKerangka } from '../src/core/publikasi/kerangka.ts';
import { bacaArgumen } from './lib/argumen.ts';
import { tanya } from './lib/tanya.ts';
import { tulisPerancah } from './lib/tulis-perancah.ts';

const argumen = bacaArgumen(process.argv.slice(2), {
  nilai: ['mulai', 'selesai', 'sumber', 'sumber-berkas', 'tujuan', 'sasaran', 'konten'],
  bendera: ['help'],
});
const [instansi] = argumen.posisi;
if (argumen.galat || argumen.bendera.has('help') || !instansi || argumen.posisi.length > 1) {
  console.error(
    `${argumen.galat ?? ''}\nPemakaian (usage): npm run new-renstra -- <instansi> --sumber-berkas ` +
      `<berkas> [--mulai <tahun>] [--selesai <tahun>] [--sumber "<judul>"] [--tujuan "<nama>" ` +
      `--sasaran "<nama>" (Renstra pertama / first Renstra)] [--konten <dir>]`,
  );
  process.exit(argumen.bendera.has('help') ? 0 : 2);
}
const tahun = (s: string | undefined) => (s && /^\d{4}$/.test(s) ? Number(s) : undefined);
const proyek = argumen.nilai.konten ? resolve(argumen.nilai.konten) : folderProyek();
const berkas = (await tanya(
  argumen.nilai['sumber-berkas'],
  'Nama berkas dokumen Renstra (source file)',
  'sumber-berkas',
))!;
const { korpus } = muatKonten(proyek);
try {
  tulisPerancah(
    proyek,
    buatRenstra(korpus, instansi, {
      mulai: tahun(argumen.nilai.mulai),
      selesai: tahun(argumen.nilai.selesai),
      sumber: { judul: argumen.nilai.sumber, berkas },
      tujuan: argumen.nilai.tujuan,
      sasaran: argumen.nilai.sasaran,
    }),
  );
} catch (galat) {
  if (!(galat instanceof GalatKerangka)) throw galat;
  console.error(`✘ ${galat.message}`);
  process.exit(1);
}
