/**
 * The built site (dist/): links, words a reader sees, CSP, JavaScript budget, sitemap,
 * reproducible builds and a configurable base path.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { halamanHtml, jalurHalaman, periksaTautan, semuaBerkas, teksPembaca } from './alat.ts';
import { bangun } from './bangun.ts';

const DIST = resolve('dist');
const ada = existsSync(join(DIST, 'index.html'));

function sidikJari(dir: string): Map<string, string> {
  return new Map(
    semuaBerkas(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

describe.skipIf(!ada)('dist/', () => {
  it('ada dan berisi halaman', () => {
    expect(halamanHtml(DIST).length).toBeGreaterThan(5);
  });

  it('setiap tautan internal menuju berkas yang ada (dan #id yang ada)', () => {
    expect(periksaTautan(DIST)).toEqual([]);
  });

  it('tidak ada NaN, Infinity, undefined atau null yang terbaca pembaca', () => {
    const temuan: string[] = [];
    for (const berkas of halamanHtml(DIST)) {
      const teks = teksPembaca(readFileSync(berkas, 'utf8'));
      for (const cocok of teks.matchAll(/\b(NaN|Infinity|undefined|null)\b/g))
        temuan.push(
          `${jalurHalaman(DIST, berkas)}: …${teks.slice(Math.max(0, cocok.index! - 40), cocok.index! + 40).replace(/\s+/g, ' ')}…`,
        );
    }
    expect(temuan).toEqual([]);
  });

  it('setiap halaman punya Content-Security-Policy tanpa unsafe-inline untuk skrip', () => {
    for (const berkas of halamanHtml(DIST)) {
      const html = readFileSync(berkas, 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
      expect(csp, jalurHalaman(DIST, berkas)).not.toBeNull();
      expect(csp![1]).toMatch(/script-src 'self'/);
      expect(csp![1]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      // no inline event handlers or inline scripts of our own
      expect(html).not.toMatch(/\son[a-z]+="/i);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>/i);
    }
  });

  it('halaman tanpa grafik, pencarian atau saringan audit tidak memuat JavaScript', () => {
    for (const berkas of halamanHtml(DIST)) {
      const html = readFileSync(berkas, 'utf8');
      // charts, search, the audit filter and copy buttons (a report's citation) are the interactive parts
      const perlu =
        html.includes('data-grafik=') ||
        html.includes('id="form-cari"') ||
        html.includes('id="saring-audit"') ||
        html.includes('data-salin=');
      if (!perlu) expect(html, jalurHalaman(DIST, berkas)).not.toMatch(/<script\b/i);
    }
  });

  it('halaman laporan di bawah 100 KB (gzip) sebelum kode grafik', () => {
    const laporan = halamanHtml(DIST).filter((f) =>
      /instansi\/[^/]+\/\d{4}\/index\.html$/.test(f.split('\\').join('/')),
    );
    expect(laporan.length).toBeGreaterThan(0);
    for (const berkas of laporan) {
      const html = readFileSync(berkas);
      let total = gzipSync(html).length;
      const teks = html.toString('utf8');
      for (const cocok of teks.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+)"/g)) {
        const aset = join(DIST, cocok[1]!.replace(/^\/+/, ''));
        if (existsSync(aset) && !/chart\./.test(aset)) total += gzipSync(readFileSync(aset)).length;
      }
      expect(total, jalurHalaman(DIST, berkas)).toBeLessThan(100 * 1024);
    }
  });

  it('peta situs ada dan memuat halaman laporan', () => {
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
    const peta = semuaBerkas(DIST)
      .filter((f) => /sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('');
    expect(peta).toContain('/instansi/');
    const ix = JSON.parse(readFileSync(join(DIST, 'data', 'index.json'), 'utf8')) as {
      instansi: { id: string; laporan: { tahun: number }[] }[];
    };
    for (const instansi of ix.instansi)
      for (const laporan of instansi.laporan) expect(peta).toContain(`/instansi/${instansi.id}/${laporan.tahun}/`);
  });

  it('halaman 404 ada', () => {
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
  });
});

describe('build', () => {
  it('dua build dari commit yang sama identik byte demi byte', { timeout: 300_000 }, () => {
    const pertama = mkdtempSync(join(tmpdir(), 'kt-a-'));
    const kedua = mkdtempSync(join(tmpdir(), 'kt-b-'));
    try {
      bangun(pertama);
      bangun(kedua);
      const ha = sidikJari(pertama);
      const hb = sidikJari(kedua);
      expect([...ha.keys()]).toEqual([...hb.keys()]);
      const beda = [...ha].filter(([k, v]) => hb.get(k) !== v).map(([k]) => k);
      expect(beda).toEqual([]);
    } finally {
      rmSync(pertama, { recursive: true, force: true });
      rmSync(kedua, { recursive: true, force: true });
    }
  });

  it(
    'build inkremental: hanya halaman instansi yang kontennya berubah dirender ulang, hasilnya sama dengan build penuh',
    { timeout: 300_000 },
    () => {
      const kerja = mkdtempSync(join(tmpdir(), 'kt-inkremental-'));
      const konten = join(kerja, 'konten');
      const cache = join(kerja, 'cache');
      try {
        cpSync('content', join(konten, 'content'), { recursive: true });
        const env = { KINERJA_KONTEN: konten };
        const pertama = bangun(join(kerja, 'a'), env, false, cache);
        expect(pertama).not.toMatch(/\((cached|restored)\)/);
        // one agency's report changes (a note, as a staff member's pull request might)
        const berkas = join(konten, 'content', 'instansi', 'bkd-kota-blitar', '2021', 'lkjip.json');
        writeFileSync(berkas, readFileSync(berkas, 'utf8').replace('"catatan": "', '"catatan": "Diperbarui. '));
        const kedua = bangun(join(kerja, 'b'), env, false, cache);
        const disalin = [...kedua.matchAll(/(\S+\.(?:html|json|png|xml))\s*\((?:cached|restored)\)/g)].map(
          (m) => m[1]!,
        );
        // the other agencies' pages come from the last build; Blitar's and the site-wide pages are rendered
        expect(disalin.some((p) => p.includes('bkpsdm-kota-bontang/2020/'))).toBe(true);
        expect(disalin.some((p) => p.includes('bkd-provinsi-kalimantan-timur/'))).toBe(true);
        // a report's preview image keeps its report's key: copied with it, drawn again with it
        expect(disalin).toContain('/pratinjau/instansi/bkpsdm-kota-bontang/2020.png');
        expect(disalin.filter((p) => p.includes('bkd-kota-blitar'))).toEqual([]);
        // agency pages, their data, preview images, feeds and chart embeds; never a site-wide page
        expect(disalin.filter((p) => !/\/instansi\/|\/data\/laporan\/|\/sematkan\/(?!banding-)/.test(p))).toEqual([]);
        // and the result is what a full build of the changed content gives, byte for byte
        bangun(join(kerja, 'c'), env);
        const hb = sidikJari(join(kerja, 'b'));
        const hc = sidikJari(join(kerja, 'c'));
        expect([...hb.keys()]).toEqual([...hc.keys()]);
        expect([...hb].filter(([k, v]) => hc.get(k) !== v).map(([k]) => k)).toEqual([]);
        expect(readFileSync(join(kerja, 'b', 'instansi', 'bkd-kota-blitar', '2021', 'index.html'), 'utf8')).toContain(
          'Diperbarui.',
        );
      } finally {
        rmSync(kerja, { recursive: true, force: true });
      }
    },
  );

  it('BASE_PATH: semua tautan internal berada di bawah base dan dapat dibuka', { timeout: 300_000 }, () => {
    const keluar = mkdtempSync(join(tmpdir(), 'kt-base-'));
    try {
      bangun(keluar, { BASE_PATH: '/kinerja-terbuka/' });
      expect(periksaTautan(keluar, '/kinerja-terbuka/')).toEqual([]);
      const beranda = readFileSync(join(keluar, 'index.html'), 'utf8');
      expect(beranda).toContain('href="/kinerja-terbuka/instansi/"');
      const ix = JSON.parse(readFileSync(join(keluar, 'data', 'index.json'), 'utf8')) as {
        instansi: { laporan: { data: string }[] }[];
      };
      for (const instansi of ix.instansi)
        for (const laporan of instansi.laporan)
          expect(laporan.data.startsWith('/kinerja-terbuka/data/laporan/')).toBe(true);
    } finally {
      rmSync(keluar, { recursive: true, force: true });
    }
  });
});
