/** `npm run build:wilayah`: one site per top-level region, each with its own search index, and an index page. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { envBersih } from './bangun.ts';

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
