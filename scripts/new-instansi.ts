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
const arg = bacaArgumen(process.argv.slice(2), { nilai: NILAI, bendera: ['help'] });
if (arg.galat || arg.bendera.has('help')) {
  console.error(
    `${arg.galat ?? ''}\nPemakaian (usage): npm run new-instansi -- ${NILAI.map((n) => `--${n} …`).join(' ')}`,
  );
  process.exit(arg.galat ? 2 : 0);
}
const proyek = arg.nilai.konten ? resolve(arg.nilai.konten) : folderProyek();
const a = arg.nilai;
const nama = (await tanya(a.nama, 'Nama instansi seperti tercetak (agency name)', 'nama'))!;
const wilayah = (await tanya(a.wilayah, 'Wilayah, mis. "Kota Blitar" (region)', 'wilayah'))!;
const pemelihara = (await tanya(a.pemelihara, 'Akun GitHub pemelihara, dipisah koma (maintainers)', 'pemelihara'))!;
const indikator = (await tanya(
  a.indikator,
  'Indikator (IKU) "Nama:naik" atau "Nama:turun", dipisah titik koma (indicators with polarity)',
  'indikator',
))!;
const berkas = (await tanya(
  a['sumber-berkas'],
  'Nama berkas dokumen sumber, mis. lkjip-2023.pdf (source file)',
  'sumber-berkas',
))!;
const { korpus } = muatKonten(proyek);
try {
  tulisPerancah(
    proyek,
    buatInstansi(korpus, {
      nama,
      id: a.id,
      singkatan: a.singkatan,
      wilayah,
      tingkatWilayah: a['tingkat-wilayah'] as never,
      induk: a.induk,
      pemelihara: pemelihara.split(/[,\s]+/).filter(Boolean),
      indikator: indikator
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => {
          const m = /^(.*?)\s*:\s*([a-z]+)$/.exec(s);
          return m ? { nama: m[1]!, polaritas: m[2] } : { nama: s, polaritas: undefined };
        }),
      sumber: { judul: a.sumber ?? `Dokumen sumber indikator ${nama}`, berkas },
    }),
  );
} catch (e) {
  if (!(e instanceof GalatKerangka)) throw e;
  console.error(`✘ ${e.message}`);
  process.exit(1);
}
