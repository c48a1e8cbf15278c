import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { namaUnduhan } from '../../../src/core/data-terbuka/terbuka.ts';
import {
  antrianUnduhan,
  disalinAstro,
  jumlahPekerja,
  kelompokPekerja,
  kunciUnduhan,
  mulaiPekerja,
  tugasUnduhan,
  tutupPekerja,
} from '../../../src/integration/unduhan-paralel.ts';
import { buatUnduhan } from '../../../src/lib/unduhan-laporan.ts';

const isi = (teks: string) => new TextEncoder().encode(teks);
const teks = (b: Uint8Array) => new TextDecoder().decode(b);

describe('the queue shared by the workers and the endpoints', () => {
  it('gives workers files in queue order and endpoints make what no worker started', async () => {
    const antrian = antrianUnduhan(['d', 'c', 'b', 'a']);
    expect(antrian.berikutnya()).toBe('d');
    expect(antrian.berikutnya()).toBe('c');
    antrian.jawab('d', isi('D dari pekerja'));
    // d was made by a worker; a was never started, so the endpoint makes it; c is awaited
    expect(teks(await antrian.ambil('d', async () => isi('salah')))).toBe('D dari pekerja');
    expect(teks(await antrian.ambil('a', async () => isi('A di sini')))).toBe('A di sini');
    const ditunggu = antrian.ambil('c', async () => isi('salah'));
    antrian.jawab('c', isi('C dari pekerja'));
    expect(teks(await ditunggu)).toBe('C dari pekerja');
    // a, taken by an endpoint, is never given to a worker; b is the last one left
    expect(antrian.berikutnya()).toBe('b');
    expect(antrian.berikutnya()).toBeUndefined();
    expect(antrian.dibuatPekerja).toBe(2);
  });

  it('lets the endpoint make a file whose worker failed', async () => {
    const antrian = antrianUnduhan(['a']);
    expect(antrian.berikutnya()).toBe('a');
    const menunggu = antrian.ambil('a', async () => isi('dibuat ulang'));
    antrian.jawab('a', null);
    expect(teks(await menunggu)).toBe('dibuat ulang');
    expect(antrian.dibuatPekerja).toBe(0);
  });

  it('leaves one core to Astro and uses at most three more', () => {
    expect([1, 2, 4, 16].map((n) => jumlahPekerja(n))).toEqual([0, 1, 3, 3]);
  });
});

describe('which files the workers make', () => {
  const laporan = [
    { instansi: 'bkd-a', tahun: 2021, nama: 'bkd-a-2021' },
    { instansi: 'bkd-b', tahun: 2022, nama: 'bkd-b-2022' },
  ];
  it("lists every file route by route as Astro renders them, each route's reports from the last", () => {
    expect(tugasUnduhan(laporan).map((t) => [t.kunci, t.keluaran])).toEqual([
      ['xlsx bkd-b 2022', 'data/laporan/bkd-b-2022.xlsx'],
      ['xlsx bkd-a 2021', 'data/laporan/bkd-a-2021.xlsx'],
      ['zip bkd-b 2022', 'data/laporan/bkd-b-2022.zip'],
      ['zip bkd-a 2021', 'data/laporan/bkd-a-2021.zip'],
      ['png bkd-b 2022', 'pratinjau/instansi/bkd-b/2022.png'],
      ['png bkd-a 2021', 'pratinjau/instansi/bkd-a/2021.png'],
    ]);
  });

  it("leaves out what an incremental build copies, and only while the agency's content is unchanged", () => {
    const manifest = join(mkdtempSync(join(tmpdir(), 'kinerja-unduhan-')), 'incremental-build.json');
    writeFileSync(
      manifest,
      JSON.stringify({
        routes: {
          'src/pages/data/laporan/[id].xlsx.ts': {
            paths: { '/data/laporan/bkd-a-2021.xlsx': { cacheKey: 'k1', outputFile: 'data/laporan/bkd-a-2021.xlsx' } },
          },
        },
      }),
    );
    const tugas = tugasUnduhan(laporan);
    const sama = disalinAstro(manifest, new Map([['bkd-a', 'k1']]));
    expect(tugas.filter(sama).map((t) => t.kunci)).toEqual(['xlsx bkd-a 2021']);
    // the agency's content changed: its key changed, so the file is made again
    const berubah = disalinAstro(manifest, new Map([['bkd-a', 'k2']]));
    expect(tugas.filter(berubah)).toEqual([]);
    // no previous build: everything is made
    expect(tugas.filter(disalinAstro(join(tmpdir(), 'tidak-ada.json'), new Map([['bkd-a', 'k1']])))).toEqual([]);
  });
});

describe('the workers', () => {
  it("make the same bytes as the endpoints' own function", async () => {
    const proyek = process.cwd();
    const hitungan = hitungKorpus(muatKonten(proyek).korpus);
    const laporan = hitungan.laporan.slice(0, 2);
    const tugas = tugasUnduhan(
      laporan.map((l) => ({ instansi: l.instansi.data.id, tahun: l.terhitung.laporan.tahun, nama: namaUnduhan(l) })),
    );
    mulaiPekerja(
      proyek,
      tugas.map((t) => t.kunci),
      1,
      new URL('../../../src/integration/pekerja-unduhan.ts', import.meta.url),
    );
    const kelompok = kelompokPekerja(proyek)!;
    // wait until the worker made them all, so none is made by the fallback below
    while (kelompok.dibuatPekerja < tugas.length) await new Promise((r) => setTimeout(r, 50));
    for (const satuLaporan of laporan)
      for (const jenis of ['xlsx', 'zip', 'png'] as const) {
        const dariPekerja = await kelompok.ambil(
          kunciUnduhan(jenis, satuLaporan.instansi.data.id, satuLaporan.terhitung.laporan.tahun),
          () => Promise.reject(new Error('not made by the worker')),
        );
        expect(Buffer.from(dariPekerja).equals(Buffer.from(await buatUnduhan(jenis, hitungan, satuLaporan)))).toBe(
          true,
        );
      }
    expect(await tutupPekerja()).toBe(tugas.length);
    expect(kelompokPekerja(proyek)).toBeUndefined();
  });
});
