import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasilkanKonten } from '../../../scripts/bench/sintetis.ts';
import { subsetDariLingkungan, type Subset } from '../../../src/core/lingkungan.ts';
import { bacaKonten, muatKonten } from '../../../src/core/muat/baca-folder.ts';

const takDikenal = (subset: Subset | null) => bacaKonten(root, 'content', subset).masalah;

const root = mkdtempSync(join(tmpdir(), 'kinerja-subset-'));
for (const berkas of hasilkanKonten({ instansi: 90, tahun: 1 })) {
  mkdirSync(dirname(join(root, berkas.path)), { recursive: true });
  writeFileSync(join(root, berkas.path), berkas.isi);
}

describe('build sebagian (subset build)', () => {
  it('membaca pilihan dari variabel lingkungan', () => {
    expect(subsetDariLingkungan({})).toBeNull();
    expect(subsetDariLingkungan({ KINERJA_INSTANSI: 'a, b' })).toEqual({ instansi: ['a', 'b'], wilayah: [] });
    expect(subsetDariLingkungan({ KINERJA_WILAYAH: 'x' })).toEqual({ instansi: [], wilayah: ['x'] });
  });

  it('satu instansi: hanya folder instansi itu yang dimuat, tetap tervalidasi', () => {
    const { korpus, masalah } = muatKonten(root, 'content', { instansi: ['instansi-sintetis-000003'] });
    expect(masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
    expect(korpus.instansi.map((i) => i.data.id)).toEqual(['instansi-sintetis-000003']);
    expect(korpus.wilayah.length).toBeGreaterThan(1);
  });

  it('satu provinsi mencakup instansi di kota/kabupatennya', () => {
    const semua = muatKonten(root, 'content', null).korpus;
    const induk = new Map(semua.wilayah.map((w) => [w.data.id, w.data.induk]));
    const harapan = semua.instansi
      .filter((i) => induk.get(i.data.wilayah) === 'provinsi-sintetis-0000')
      .map((i) => i.data.id);
    expect(harapan.length).toBeGreaterThan(0);
    expect(harapan.length).toBeLessThan(semua.instansi.length);
    const dibaca = bacaKonten(root, 'content', { wilayah: ['provinsi-sintetis-0000'] });
    expect([...dibaca.pilihan!].sort()).toEqual(harapan.sort());
    // only the chosen agencies' files are read (and every site-wide file)
    const dariInstansi = new Set(
      dibaca.files.map((f) => f.path.split('/')[2]).filter((id) => id?.startsWith('instansi-')),
    );
    expect([...dariInstansi].sort()).toEqual(harapan.sort());
  });

  it('id yang tidak ada di konten adalah galat yang menyebut variabel dan id-nya, bukan situs kosong', () => {
    expect(takDikenal(null)).toEqual([]);
    expect(
      takDikenal({
        instansi: ['instansi-sintetis-000003'],
        wilayah: ['provinsi-sintetis-0000'],
      }),
    ).toEqual([]);
    const takDikenalnya = takDikenal({
      instansi: ['instansi-salah'],
      wilayah: ['provinsi-sintetis-0000', 'provinsi-salah'],
    });
    expect(takDikenalnya.map((x) => [x.tingkat, x.jalur, x.ditemukan])).toEqual([
      ['galat', 'KINERJA_INSTANSI', 'instansi-salah'],
      ['galat', 'KINERJA_WILAYAH', 'provinsi-salah'],
    ]);
    expect(takDikenalnya[1]!.pesan).toContain('"provinsi-salah" tidak ada');
    expect(takDikenalnya[1]!.message).toContain('is not in content/');
    expect(takDikenalnya[1]!.diharapkan).toContain('provinsi-sintetis-0000');
  });
});
