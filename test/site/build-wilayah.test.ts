/** `npm run build:wilayah`: one site per top-level region, each with its own search index, and an index page. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { denganKunci, envBersih } from './bangun.ts';

// a fresh clone has no test-results/ until some test makes it; this file must not depend on another's order
mkdirSync(resolve('test-results'), { recursive: true });

describe('build per wilayah', () => {
  const keluar = mkdtempSync(resolve('test-results', 'wilayah-'));
  afterAll(() => {
    rmSync(keluar, { recursive: true, force: true });
    rmSync(`${keluar}-cache`, { recursive: true, force: true });
    rmSync(konten, { recursive: true, force: true });
  });

  // a copy of the fixture, so a test can change it as a pull request would
  const konten = `${keluar}-konten`;
  cpSync(resolve('test/fixtures/konten-contoh'), konten, { recursive: true });
  const jalankan = () =>
    execFileSync(
      resolve('node_modules/.bin/node'),
      ['scripts/build-wilayah.ts', '--keluar', keluar, '--paralel', '1', '--cache', `${keluar}-cache`],
      {
        env: envBersih({ KINERJA_KONTEN: konten, BASE_PATH: '/' }),
        stdio: 'pipe',
        timeout: 240_000,
      },
    ).toString('utf8');

  it('membangun tiap provinsi di bawah /wilayah/<id>/ dengan indeks pencariannya sendiri', () => {
    expect(jalankan()).not.toContain('disalin');
    const situs = join(keluar, 'wilayah', 'provinsi-contoh');
    expect(existsSync(join(situs, 'instansi', 'dinas-contoh', '2022', 'index.html'))).toBe(true);
    expect(existsSync(join(situs, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(situs, 'pagefind-ringkas', 'pagefind.js'))).toBe(true);
    // the region's pages link under its own base
    expect(readFileSync(join(situs, 'index.html'), 'utf8')).toContain('href="/wilayah/provinsi-contoh/instansi/');
    const indeks = readFileSync(join(keluar, 'index.html'), 'utf8');
    expect(indeks).toContain('<a href="/wilayah/provinsi-contoh/">Provinsi Contoh</a>');
  }, 300_000);

  it('membangun ulang: wilayah yang tidak berubah dilewati, yang berubah dibangun lagi', () => {
    const laporan = join(keluar, 'wilayah', 'provinsi-contoh', 'instansi', 'dinas-contoh', '2022', 'index.html');
    const sebelum = readFileSync(laporan);
    expect(jalankan()).toMatch(/provinsi-contoh\s+\d+ halaman\s+[\d.]+ s\s+\(tidak berubah, dilewati\)/);
    expect(readFileSync(laporan)).toEqual(sebelum);
    // the agency's report changes: its region is built again and shows the change
    const berkas = join(konten, 'content', 'instansi', 'dinas-contoh', '2022', 'lkjip.json');
    writeFileSync(
      berkas,
      readFileSync(berkas, 'utf8').replace(
        '"judul": "LKjIP sintetis 2022"',
        '"judul": "LKjIP sintetis 2022 (diperbarui)"',
      ),
    );
    expect(jalankan()).not.toContain('dilewati');
    expect(readFileSync(laporan, 'utf8')).toContain('LKjIP sintetis 2022 (diperbarui)');
  }, 300_000);
});

/** Every file under `dir`, relative path → bytes. */
function isiFolder(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((entri) => {
        const path = join(entri.parentPath, entri.name);
        return [relative(dir, path), readFileSync(path)] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('build per wilayah di matriks (shards, then the merge step)', () => {
  const kerja = mkdtempSync(resolve('test-results', 'shard-'));
  afterAll(() => rmSync(kerja, { recursive: true, force: true }));

  // the fixture with a second province and its own agency, so two shards each get a region
  const konten = join(kerja, 'konten');
  cpSync(resolve('test/fixtures/konten-contoh'), konten, { recursive: true });
  const asal = join(konten, 'content', 'instansi', 'dinas-contoh');
  const dua = join(konten, 'content', 'instansi', 'dinas-dua');
  cpSync(asal, dua, { recursive: true });
  for (const entri of readdirSync(dua, { recursive: true, withFileTypes: true }))
    if (entri.isFile() && entri.name.endsWith('.json')) {
      const berkas = join(entri.parentPath, entri.name);
      writeFileSync(
        berkas,
        readFileSync(berkas, 'utf8')
          .replaceAll('dinas-contoh', 'dinas-dua')
          .replace('"wilayah": "kota-contoh"', '"wilayah": "provinsi-dua"'),
      );
    }
  writeFileSync(
    join(konten, 'content', 'wilayah', 'provinsi-dua.json'),
    JSON.stringify({ id: 'provinsi-dua', nama: 'Provinsi Dua', tingkat: 'provinsi' }),
  );

  const jalankan = (...argumen: string[]) =>
    denganKunci(() =>
      execFileSync(resolve('node_modules/.bin/node'), ['scripts/build-wilayah.ts', '--paralel', '1', ...argumen], {
        env: envBersih({ KINERJA_KONTEN: konten, BASE_PATH: '/' }),
        stdio: 'pipe',
        timeout: 300_000,
      }).toString('utf8'),
    );

  it('--rencana membagi wilayah ke shard tanpa tumpang tindih (the plan covers each region once)', () => {
    const rencana = JSON.parse(jalankan('--rencana', '--shard-maks', '2')) as { ke: number; wilayah: string[] }[];
    expect(rencana.map((s) => s.ke)).toEqual([1, 2]);
    expect(rencana.flatMap((s) => s.wilayah).sort()).toEqual(['provinsi-contoh', 'provinsi-dua']);
  });

  it('shard yang dibangun terpisah lalu digabung = satu build penuh, byte demi byte', () => {
    const penuh = join(kerja, 'penuh');
    jalankan('--keluar', penuh, '--cache', `${penuh}-cache`);
    // each shard on a runner of its own: its own output and cache
    for (const ke of [1, 2])
      jalankan('--shard', `${ke}/2`, '--keluar', join(kerja, `shard-${ke}`), '--cache', join(kerja, `cache-${ke}`));
    expect(existsSync(join(kerja, 'shard-1', 'index.html'))).toBe(false); // a shard builds no portal
    // the merge job: download every shard's regions into one folder, then build the portal
    const gabung = join(kerja, 'gabung');
    for (const ke of [1, 2])
      cpSync(join(kerja, `shard-${ke}`, 'wilayah'), join(gabung, 'wilayah'), { recursive: true });
    jalankan('--portal', '--keluar', gabung, '--cache', join(kerja, 'cache-portal'));

    const isiPenuh = isiFolder(penuh);
    const isiGabung = isiFolder(gabung);
    expect([...isiGabung.keys()]).toEqual([...isiPenuh.keys()]);
    const beda = [...isiPenuh].filter(([path, isi]) => !isi.equals(isiGabung.get(path)!)).map(([path]) => path);
    expect(beda).toEqual([]);
    expect(isiPenuh.has(join('wilayah', 'provinsi-dua', 'instansi', 'dinas-dua', '2022', 'index.html'))).toBe(true);
  }, 900_000);

  it('--portal berhenti dengan jelas bila ada wilayah yang belum dibangun (the merge step names missing regions)', () => {
    const separuh = join(kerja, 'separuh');
    cpSync(join(kerja, 'shard-1', 'wilayah'), join(separuh, 'wilayah'), { recursive: true });
    let pesan = '';
    try {
      jalankan('--portal', '--keluar', separuh, '--cache', join(kerja, 'cache-separuh'));
    } catch (galat) {
      pesan = String((galat as { stderr?: Buffer }).stderr);
    }
    const rencana = JSON.parse(jalankan('--rencana', '--shard-maks', '2')) as { ke: number; wilayah: string[] }[];
    const hilang = rencana.find((s) => s.ke === 2)!.wilayah[0]!;
    expect(pesan).toContain('Situs wilayah belum dibangun (region sites missing)');
    expect(pesan).toContain(hilang);
  }, 300_000);
});
