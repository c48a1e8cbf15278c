import { describe, expect, it } from 'vitest';
import { hasilkanKonten } from '../../../scripts/bench/sintetis.ts';
import { kunciCache } from '../../../src/core/content/kunci-cache.ts';
import type { BerkasKonten } from '../../../src/core/content/korpus.ts';

const files: BerkasKonten[] = hasilkanKonten({ instansi: 3, tahun: 2 });
const ids = ['instansi-sintetis-000000', 'instansi-sintetis-000001', 'instansi-sintetis-000002'];
const ubah = (fs: readonly BerkasKonten[], path: string, f: (isi: string) => string) => {
  expect(fs.some((x) => x.path === path), path).toBe(true);
  return fs.map((x) => (x.path === path ? { ...x, isi: f(String(x.isi)) } : x));
};

describe('kunci cache build inkremental', () => {
  const awal = kunciCache(files);

  it('satu kunci per instansi, sama untuk isi yang sama dalam urutan apa pun', () => {
    expect([...awal.keys()].sort()).toEqual(ids);
    expect(new Set(awal.values()).size).toBe(3);
    expect(kunciCache([...files].reverse())).toEqual(awal);
  });

  it('laporan yang berubah hanya mengubah kunci instansinya', () => {
    const baru = kunciCache(ubah(files, `content/instansi/${ids[1]}/2021/lkjip.json`, (s) => s.replace('"tahun": 2021', '"tahun": 2021 ')));
    expect(baru.get(ids[1])).not.toBe(awal.get(ids[1]));
    expect(baru.get(ids[0])).toBe(awal.get(ids[0]));
    expect(baru.get(ids[2])).toBe(awal.get(ids[2]));
  });

  it('narasi, Renstra dan profil instansi termasuk dalam kuncinya', () => {
    const narasi = files.find((f) => f.path.startsWith(`content/instansi/${ids[0]}/`) && f.path.endsWith('.mdx'))!;
    const renstra = files.find((f) => f.path.startsWith(`content/instansi/${ids[0]}/renstra-`))!;
    for (const path of [narasi.path, renstra.path, `content/instansi/${ids[0]}/instansi.json`])
      expect(kunciCache(ubah(files, path, (s) => `${s} `)).get(ids[0]), path).not.toBe(awal.get(ids[0]));
  });

  it('pengaturan situs dan wilayah (tampil di setiap halaman) mengubah semua kunci', () => {
    const wilayah = files.find((f) => f.path.startsWith('content/wilayah/'))!.path;
    for (const path of ['content/situs.json', wilayah]) {
      const baru = kunciCache(ubah(files, path, (s) => `${s} `));
      for (const id of ids) expect(baru.get(id), `${path} → ${id}`).not.toBe(awal.get(id));
    }
  });

  it('berkas di luar susunan konten (tidak dibangun) tidak mengubah kunci', () => {
    expect(kunciCache([...files, { path: 'content/README.md', isi: 'catatan' }])).toEqual(awal);
  });
});
