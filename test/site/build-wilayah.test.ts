/** `npm run build:wilayah`: one site per top-level region, each with its own search index, and an index page. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { envBersih } from './bangun.ts';

describe('build per wilayah', () => {
  const keluar = mkdtempSync(resolve('test-results', 'wilayah-'));
  afterAll(() => rmSync(keluar, { recursive: true, force: true }));

  it('membangun tiap provinsi di bawah /wilayah/<id>/ dengan indeks pencariannya sendiri', () => {
    execFileSync(resolve('node_modules/.bin/node'), ['scripts/build-wilayah.ts', '--keluar', keluar, '--paralel', '1'], {
      env: envBersih({ KINERJA_KONTEN: resolve('test/fixtures/konten-contoh'), BASE_PATH: '/' }),
      stdio: 'pipe',
      timeout: 240_000,
    });
    const situs = join(keluar, 'wilayah', 'provinsi-contoh');
    expect(existsSync(join(situs, 'instansi', 'dinas-contoh', '2022', 'index.html'))).toBe(true);
    expect(existsSync(join(situs, 'pagefind', 'pagefind.js'))).toBe(true);
    // the region's pages link under its own base
    expect(readFileSync(join(situs, 'index.html'), 'utf8')).toContain('href="/wilayah/provinsi-contoh/instansi/');
    const indeks = readFileSync(join(keluar, 'index.html'), 'utf8');
    expect(indeks).toContain('<a href="/wilayah/provinsi-contoh/">Provinsi Contoh</a>');
    expect(existsSync(join(keluar, '.cache'))).toBe(false);
  }, 300_000);
});
