import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { hasilkanKonten } from '../../../scripts/bench/sintetis.ts';
import { kunciCache } from '../../../src/core/muat/kunci-cache.ts';
import { kunciWilayahTeratas } from '../../../src/core/muat/baca-folder.ts';
import type { BerkasKonten } from '../../../src/core/muat/korpus.ts';

// readFileSync is watched (and still reads): a shard must not open other regions' agency files
vi.mock('node:fs', async (asli) => {
  const fs = await asli<typeof import('node:fs')>();
  return { ...fs, readFileSync: vi.fn(fs.readFileSync) };
});

const files: BerkasKonten[] = hasilkanKonten({ instansi: 3, tahun: 2 });
const ids = ['instansi-sintetis-000000', 'instansi-sintetis-000001', 'instansi-sintetis-000002'] as const;
const ubah = (fs: readonly BerkasKonten[], path: string, ganti: (isi: string) => string) => {
  expect(
    fs.some((x) => x.path === path),
    path,
  ).toBe(true);
  return fs.map((x) => (x.path === path ? { ...x, isi: ganti(String(x.isi)) } : x));
};

describe('kunci cache build inkremental', () => {
  const awal = kunciCache(files);

  it('satu kunci per instansi, sama untuk isi yang sama dalam urutan apa pun', () => {
    expect([...awal.keys()].sort()).toEqual(ids);
    expect(new Set(awal.values()).size).toBe(3);
    expect(kunciCache([...files].reverse())).toEqual(awal);
  });

  it('laporan yang berubah hanya mengubah kunci instansinya', () => {
    const baru = kunciCache(
      ubah(files, `content/instansi/${ids[1]}/2021/lkjip.json`, (s) => s.replace('"tahun": 2021', '"tahun": 2021 ')),
    );
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

describe('kunci per wilayah teratas (npm run build:wilayah melewati wilayah yang tidak berubah)', () => {
  const root = mkdtempSync(join(tmpdir(), 'kt-kunci-wilayah-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const tulis = (fs: readonly BerkasKonten[]) => {
    for (const berkas of fs) {
      mkdirSync(dirname(join(root, berkas.path)), { recursive: true });
      writeFileSync(join(root, berkas.path), berkas.isi);
    }
  };
  // 80 agencies: two provinces, each with its cities and regencies
  const semua = hasilkanKonten({ instansi: 80, tahun: 1 });

  it('laporan yang berubah hanya mengubah kunci provinsinya; pengaturan situs mengubah semuanya', () => {
    tulis(semua);
    const awal = kunciWilayahTeratas(root);
    expect([...awal.keys()].sort()).toEqual(['provinsi-sintetis-0000', 'provinsi-sintetis-0001']);
    const instansi = JSON.parse(
      readFileSync(join(root, 'content/instansi/instansi-sintetis-000000/instansi.json'), 'utf8'),
    ) as { wilayah: string };
    const provinsi = JSON.parse(readFileSync(join(root, `content/wilayah/${instansi.wilayah}.json`), 'utf8'))
      .induk as string;
    const lkjip = semua.find(
      (f) => f.path.startsWith('content/instansi/instansi-sintetis-000000/') && f.path.endsWith('lkjip.json'),
    )!;
    tulis([{ ...lkjip, isi: `${String(lkjip.isi)} ` }]);
    const baru = kunciWilayahTeratas(root);
    for (const [id, kunci] of baru) expect(kunci === awal.get(id), id).toBe(id !== provinsi);
    tulis([{ path: 'content/situs.json', isi: `${String(semua.find((f) => f.path === 'content/situs.json')!.isi)} ` }]);
    const situs = kunciWilayahTeratas(root);
    for (const [id, kunci] of situs) expect(kunci, id).not.toBe(baru.get(id));
  });

  it('sebuah shard membaca hanya wilayahnya: kuncinya sama, berkas instansi wilayah lain tidak dibuka', () => {
    tulis(semua);
    const penuh = kunciWilayahTeratas(root);
    const [pertama] = [...penuh.keys()].sort();
    const dibaca = () => vi.mocked(readFileSync).mock.calls.map(([jalur]) => String(jalur));
    vi.mocked(readFileSync).mockClear();
    const shard = kunciWilayahTeratas(root, 'content', new Set([pertama!]));
    expect([...shard]).toEqual([[pertama, penuh.get(pertama!)]]);
    // every agency's instansi.json is read (it names the region); other files only of this region's agencies
    const laporan = dibaca().filter((jalur) => jalur.endsWith('lkjip.json'));
    const laporanWilayah = (jalur: string) => {
      const instansi = JSON.parse(readFileSync(join(dirname(dirname(jalur)), 'instansi.json'), 'utf8')) as {
        wilayah: string;
      };
      return JSON.parse(readFileSync(join(root, `content/wilayah/${instansi.wilayah}.json`), 'utf8')).induk;
    };
    expect(laporan.length).toBeGreaterThan(0);
    expect(new Set(laporan.map(laporanWilayah))).toEqual(new Set([pertama]));
    vi.mocked(readFileSync).mockClear();
    kunciWilayahTeratas(root);
    expect(dibaca().filter((jalur) => jalur.endsWith('lkjip.json')).length).toBeGreaterThan(laporan.length);
  });
});
