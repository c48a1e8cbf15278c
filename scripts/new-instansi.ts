/**
 * npm run new-instansi -- --nama "<nama>" --wilayah "<Kota X>" --pemelihara @akun --indikator "IKU 1:naik; IKU 2:turun"
 *   --sumber-berkas <berkas> [--id <id>] [--singkatan <s>] [--sumber "<judul>"] [--tingkat-wilayah kota|…]
 *   [--induk <provinsi-id>] [--konten <dir>]
 * A new agency: its region (if missing), instansi.json with its maintainers, and its indicator catalogue.
 * Asks for what is missing only at a terminal.
 */
import { resolve } from 'node:path';
import { muatKonten } from '../src/core/muat/baca-folder.ts';
import { folderProyek } from '../src/core/lingkungan.ts';
import { buatInstansi } from '../src/core/publikasi/perancah.ts';
import { GalatKerangka } from '../src/core/publikasi/kerangka.ts';
import { bacaArgumen } from './lib/argumen.ts';
import { tanya } from './lib/tanya.ts';
import { tulisPerancah } from './lib/tulis-perancah.ts';

const NILAI = [
  'nama',
  'id',
  'singkatan',
  'wilayah',
  'tingkat-wilayah',
  'induk',
  'pemelihara',
  'indikator',
  'sumber',
  'sumber-berkas',
  'konten',
] as const;
const argumen = bacaArgumen(process.argv.slice(2), { nilai: NILAI, bendera: ['help'] });
if (argumen.galat || argumen.bendera.has('help')) {
  console.error(
    `${argumen.galat ?? ''}\nPemakaian (usage): npm run new-instansi -- ${NILAI.map((n) => `--${n} …`).join(' ')}`,
  );
  process.exit(argumen.galat ? 2 : 0);
}
const proyek = argumen.nilai.konten ? resolve(argumen.nilai.konten) : folderProyek();
const nilai = argumen.nilai;
const nama = (await tanya(nilai.nama, 'Nama instansi seperti tercetak (agency name)', 'nama'))!;
const wilayah = (await tanya(nilai.wilayah, 'Wilayah, mis. "Kota Blitar" (region)', 'wilayah'))!;
const pemelihara = (await tanya(nilai.pemelihara, 'Akun GitHub pemelihara, dipisah koma (maintainers)', 'pemelihara'))!;
const indikator = (await tanya(
  nilai.indikator,
  'Indikator (IKU) "Nama:naik" atau "Nama:turun", dipisah titik koma (indicators with polarity)',
  'indikator',
))!;
const berkas = (await tanya(
  nilai['sumber-berkas'],
  'Nama berkas dokumen sumber, mis. lkjip-2023.pdf (source file)',
  'sumber-berkas',
))!;
const { korpus } = muatKonten(proyek);
try {
  tulisPerancah(
    proyek,
    buatInstansi(korpus, {
      nama,
      id: nilai.id,
      singkatan: nilai.singkatan,
      wilayah,
      tingkatWilayah: nilai['tingkat-wilayah'] as never,
      induk: nilai.induk,
      pemelihara: pemelihara.split(/[,\s]+/).filter(Boolean),
      indikator: indikator
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((butir) => {
          const temuan = /^(.*?)\s*:\s*([a-z]+)$/.exec(butir);
          return temuan ? { nama: temuan[1]!, polaritas: temuan[2] } : { nama: butir, polaritas: undefined };
        }),
      sumber: { judul: nilai.sumber ?? `Dokumen sumber indikator ${nama}`, berkas },
    }),
  );
} catch (galat) {
  if (!(galat instanceof GalatKerangka)) throw galat;
  console.error(`✘ ${galat.message}`);
  process.exit(1);
}
