/**
 * The synthetic fixture corpus (test/fixtures/konten-contoh), loaded through the
 * same path as the build (bacaFolder → rakitKorpus → hitungKorpus). A test may
 * change a file's JSON before loading to build one more case.
 */
import { fileURLToPath } from 'node:url';
import { bacaFolder } from '../../../src/core/muat/baca-folder.ts';
import { rakitKorpus } from '../../../src/core/muat/korpus.ts';
import { hitungKorpus, type KorpusTerhitung } from '../../../src/core/hitung/korpus.ts';

export const PROYEK_CONTOH = fileURLToPath(new URL('../../fixtures/konten-contoh', import.meta.url));
export const BERKAS_LKJIP = 'content/instansi/dinas-contoh/2022/lkjip.json';
export const BERKAS_INSTANSI = 'content/instansi/dinas-contoh/instansi.json';

type Ubah = Record<string, (json: any) => void>;

export function korpusContoh(ubah: Ubah = {}): KorpusTerhitung {
  const files = bacaFolder(PROYEK_CONTOH, 'content', null).map((berkas) => {
    const pengubah = ubah[berkas.path];
    if (!pengubah) return berkas;
    const json = JSON.parse(Buffer.from(berkas.isi).toString('utf8'));
    pengubah(json);
    return { path: berkas.path, isi: JSON.stringify(json) };
  });
  const { korpus, masalah } = rakitKorpus(files);
  const galat = masalah.filter((m) => m.tingkat === 'galat');
  if (galat.length) throw new Error(`fixture invalid: ${JSON.stringify(galat, null, 1)}`);
  return hitungKorpus(korpus);
}
