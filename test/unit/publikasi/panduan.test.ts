import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROYEK } from './bantuan.ts';

const panduan = readFileSync(join(PROYEK, 'docs/panduan-kontributor.md'), 'utf8');

describe('panduan kontributor', () => {
  it('every screenshot it shows exists, with a description', () => {
    const gambar = [...panduan.matchAll(/!\[([^\]]*)\]\(\.\.\/(public\/panduan\/[^)]+\.png)\)/g)];
    expect(gambar.length).toBeGreaterThanOrEqual(4);
    for (const [, alt, jalurGambar] of gambar) {
      expect(existsSync(join(PROYEK, jalurGambar!)), jalurGambar).toBe(true);
      expect(alt!.length).toBeGreaterThan(30);
    }
  });

  it('the screenshots show the real validator messages (their text sources match the validator)', () => {
    const teks = readFileSync(join(PROYEK, 'public/panduan/validasi-galat.txt'), 'utf8');
    expect(teks).toContain('GALAT (error)  content/instansi/dinas-contoh/2022/lkjip.json:71');
    expect(teks).toContain('Elemen <script> tidak diizinkan: konten tidak boleh berisi kode.');
  });

  it('walks three routes, Windows, a new agency and a new Renstra period, with an estimate said to be one', () => {
    for (const judul of [
      '### A. Peramban saja',
      '### B. Lembar kerja + baris perintah',
      '| **C. JSON** |',
      '### Windows',
      '### Instansi baru',
      '### Periode Renstra baru',
      'npm run new-instansi',
      'npm run new-renstra',
      'npm run buku-kerja -- ekspor',
      'npm run buku-kerja -- impor',
      'npm run validate -- --instansi',
      'perkiraan, bukan hasil uji dengan operator',
    ])
      expect(panduan).toContain(judul);
  });

  it('a new agency from the browser: the blank catalogue it links is built by the site; what needs a maintainer is said', () => {
    expect(panduan).toContain('npm run buku-kerja -- ekspor <id-instansi> indikator');
    for (const jenis of ['indikator', 'renstra', 'lkjip'])
      expect(panduan).toContain(`](../public/panduan/buku-kerja-${jenis}.xlsx)`);
    expect(existsSync(join(PROYEK, 'src/pages/panduan/buku-kerja-[jenis].xlsx.ts'))).toBe(true);
    expect(panduan).toContain('Yang masih perlu pemelihara');
  });

  it('names every command the operator runs', () => {
    for (const perintah of [
      'npm ci',
      'npm run new-report',
      'npm run import',
      'npm run validate',
      'npm start',
      'git push',
    ])
      expect(panduan).toContain(perintah);
  });
});
