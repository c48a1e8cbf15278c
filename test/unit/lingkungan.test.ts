import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  baca,
  folderPortal,
  folderProyek,
  GalatLingkungan,
  jalurChromium,
  subsetDariLingkungan,
  VARIABEL,
} from '../../src/core/lingkungan.ts';

const proyek = mkdtempSync(join(tmpdir(), 'kt-lingkungan-'));
mkdirSync(join(proyek, 'content'));

/** The error a bad value throws, to check what it names. */
function galat(fn: () => unknown): GalatLingkungan {
  try {
    fn();
  } catch (kesalahan) {
    if (kesalahan instanceof GalatLingkungan) return kesalahan;
    throw kesalahan;
  }
  throw new Error('tidak ada galat (no error thrown)');
}

describe('variabel lingkungan (environment variables)', () => {
  it('unset or empty is the default', () => {
    expect(folderProyek({})).toBe(process.cwd());
    expect(folderProyek({ KINERJA_KONTEN: '' })).toBe(process.cwd());
    expect(folderPortal({ KINERJA_PORTAL: '' })).toBeUndefined();
    expect(subsetDariLingkungan({ KINERJA_INSTANSI: '', KINERJA_WILAYAH: ' , ' })).toBeNull();
    expect(jalurChromium({})).toBe('/usr/bin/chromium');
    expect(baca('SITE_URL', {})).toBeUndefined();
  });

  it('reads valid values, typed', () => {
    expect(folderProyek({ KINERJA_KONTEN: proyek })).toBe(proyek);
    expect(folderPortal({ KINERJA_PORTAL: proyek })).toBe(proyek);
    expect(subsetDariLingkungan({ KINERJA_WILAYAH: 'provinsi-a, kota-b' })).toEqual({
      instansi: [],
      wilayah: ['provinsi-a', 'kota-b'],
    });
    expect(baca('SITE_URL', { SITE_URL: 'https://kinerja.contoh.go.id' })).toBe('https://kinerja.contoh.go.id');
    expect(baca('BASE_PATH', { BASE_PATH: '/kinerja-terbuka/' })).toBe('/kinerja-terbuka/');
    expect(baca('PERUBAHAN_PEMELIHARA', { PERUBAHAN_PEMELIHARA: '1' })).toBe(true);
    expect(baca('PERUBAHAN_PEMELIHARA', { PERUBAHAN_PEMELIHARA: '0' })).toBe(false);
    expect(jalurChromium({ CHROMIUM_PATH: '/opt/chrome' })).toBe('/opt/chrome');
  });

  it.each([
    ['KINERJA_KONTEN', join(proyek, 'content'), 'content/'],
    ['KINERJA_PORTAL', join(proyek, 'tidak-ada'), 'folder'],
    ['KINERJA_INSTANSI', 'BKD Kota Blitar', 'id'],
    ['KINERJA_WILAYAH', 'provinsi-a,Kaltim', 'id'],
    ['SITE_URL', 'contoh.go.id', 'URL'],
    ['SITE_URL', 'ftp://contoh.go.id', 'URL'],
    ['BASE_PATH', 'kinerja/', '/'],
    ['PERUBAHAN_PEMELIHARA', 'ya', '"1"'],
    ['KINERJA_OUTDIR', '   ', 'folder'],
  ] as const)('%s, case %#: stops with a bilingual message naming it', (nama, nilai, harapan) => {
    const kesalahan = galat(() => baca(nama, { [nama]: nilai }));
    expect(kesalahan.variabel).toBe(nama);
    expect(kesalahan.message).toContain(
      `Variabel lingkungan ${nama} tidak sah (environment variable ${nama} is invalid)`,
    );
    expect(kesalahan.message).toContain(`ditemukan (found): ${JSON.stringify(nilai)}`);
    expect(kesalahan.message).toContain(harapan);
    // a setting mistake reads as its message, not a stack trace
    expect(kesalahan.stack).not.toMatch(/\n\s+at /);
  });

  it('every variable is described and has its expected value', () => {
    for (const [nama, keterangan] of Object.entries(VARIABEL)) {
      expect(keterangan.arti, nama).toMatch(/\(.+\)/);
      expect(keterangan.diharapkan, nama).toMatch(/\(.+\)/);
    }
  });
});

/** Source files of the project, as the guard below reads them. */
function berkasSumber(): string[] {
  const out: string[] = ['astro.config.mjs', 'vitest.config.ts'];
  for (const dir of ['src', 'scripts', 'test'])
    for (const entri of readdirSync(dir, { recursive: true, withFileTypes: true }))
      if (entri.isFile() && /\.(ts|mjs|astro)$/.test(entri.name))
        out.push(relative('.', join(entri.parentPath, entri.name)).split(sep).join('/'));
  return out;
}

describe('one reader of the environment', () => {
  it('no source file but src/core/lingkungan.ts reads a variable from process.env', () => {
    const bacaan: string[] = [];
    for (const berkas of berkasSumber()) {
      if (berkas === 'src/core/lingkungan.ts') continue;
      for (const cocok of readFileSync(berkas, 'utf8').matchAll(/process\.env(?:\.(\w+)|\[)/g))
        // PATH, the system's search path, is only extended for child processes
        if (cocok[1] !== 'PATH') bacaan.push(`${berkas}: ${cocok[0]}`);
    }
    expect(bacaan).toEqual([]);
  });

  it("ARCHITECTURE.md's table lists exactly the declared variables", () => {
    const teks = readFileSync('ARCHITECTURE.md', 'utf8');
    const bagian = teks.slice(teks.indexOf('## Environment variables'));
    const tabel = bagian.slice(0, bagian.indexOf('\n## ', 3));
    const didokumentasi = [...tabel.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(didokumentasi.sort()).toEqual(Object.keys(VARIABEL).sort());
  });
});
