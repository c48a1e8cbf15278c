/**
 * The content's history from git, in a throwaway repository made from the synthetic fixture: the reader
 * finds the commit that last touched each file; a shallow clone and a folder outside git have no
 * history; a build shows the history, the last update, the feed's dates and the "report an error" link
 * of the repository named in situs.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bacaRiwayatGit } from '../../src/integration/riwayat-git.ts';
import { komitBerkas } from '../../src/core/muat/riwayat.ts';
import { bangun } from './bangun.ts';

const REPO = 'https://github.com/contoh/kinerja-contoh';
const LKJIP = 'content/instansi/dinas-contoh/2022/lkjip.json';
const kerja = mkdtempSync(join(tmpdir(), 'kt-riwayat-'));
const asli = join(kerja, 'asli');
const dangkal = join(kerja, 'dangkal');
const tanpaGit = join(kerja, 'tanpa-git');
const sha: Record<string, string> = {};

const git = (dir: string, argumen: string[], tanggal = '2026-01-05T10:00:00+07:00') =>
  execFileSync('git', argumen, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: kerja,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Uji',
      GIT_AUTHOR_EMAIL: 'uji@contoh.invalid',
      GIT_COMMITTER_NAME: 'Uji',
      GIT_COMMITTER_EMAIL: 'uji@contoh.invalid',
      GIT_AUTHOR_DATE: tanggal,
      GIT_COMMITTER_DATE: tanggal,
    },
  }).trim();

function komit(judul: string, tanggal: string) {
  git(asli, ['add', '-A']);
  git(asli, ['commit', '-q', '-m', judul], tanggal);
  sha[judul] = git(asli, ['rev-parse', 'HEAD']);
}

beforeAll(() => {
  cpSync(resolve('test/fixtures/konten-contoh'), asli, { recursive: true });
  const situs = join(asli, 'content/situs.json');
  writeFileSync(situs, JSON.stringify({ ...JSON.parse(readFileSync(situs, 'utf8')), repositori: REPO }));
  git(asli, ['init', '-q', '-b', 'main']);
  komit('Awal', '2026-01-05T10:00:00+07:00');
  const lkjip = join(asli, LKJIP);
  writeFileSync(lkjip, readFileSync(lkjip, 'utf8').replace('"tahun": 2022', '"catatan": "Dikoreksi.", "tahun": 2022'));
  komit('Koreksi catatan laporan 2022', '2026-02-03T09:00:00+07:00');
  const wilayah = join(asli, 'content/wilayah/kota-contoh.json');
  writeFileSync(wilayah, readFileSync(wilayah, 'utf8').replace(/\s*$/, '\n\n'));
  komit('Rapikan berkas wilayah', '2026-03-04T08:00:00+07:00');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${asli}`, dangkal]);
  cpSync(join(asli, 'content'), join(tanpaGit, 'content'), { recursive: true });
});
afterAll(() => rmSync(kerja, { recursive: true, force: true }));

describe('membaca riwayat git (reading the history)', () => {
  it('finds the commit that last touched a content file, and every commit over content/', () => {
    const riwayat = bacaRiwayatGit(asli);
    if (!riwayat.tersedia) throw new Error(riwayat.alasan);
    expect(riwayat.komit.map((k) => k.judul)).toEqual([
      'Rapikan berkas wilayah',
      'Koreksi catatan laporan 2022',
      'Awal',
    ]);
    const [terakhir] = komitBerkas(riwayat, [LKJIP]);
    expect(terakhir).toMatchObject({
      sha: sha['Koreksi catatan laporan 2022'],
      tanggal: '2026-02-03T09:00:00+07:00',
      berkas: [{ status: 'ubah', path: LKJIP }],
    });
  });

  it('a shallow clone or a folder outside git: not available, with the reason, never an error', () => {
    const riwayatDangkal = bacaRiwayatGit(dangkal);
    expect(riwayatDangkal).toEqual({ tersedia: false, alasan: expect.stringContaining('dangkal') });
    expect(bacaRiwayatGit(tanpaGit)).toEqual({ tersedia: false, alasan: expect.stringContaining('git') });
  });
});

describe('situs yang dibangun dari repositori itu (the site built from it)', () => {
  const keluar = join(kerja, 'dist');
  const keluarDangkal = join(kerja, 'dist-dangkal');
  const baca = (d: string, p: string) => readFileSync(join(d, p), 'utf8');
  beforeAll(() => {
    bangun(keluar, { KINERJA_KONTEN: asli });
    bangun(keluarDangkal, { KINERJA_KONTEN: dangkal });
  }, 600_000);

  it("the report's history page lists its changes, newest first, linked to each commit", () => {
    const html = baca(keluar, 'instansi/dinas-contoh/2022/riwayat/index.html');
    const koreksi = html.indexOf('Koreksi catatan laporan 2022');
    expect(koreksi).toBeGreaterThan(0);
    expect(html.indexOf('Awal')).toBeGreaterThan(koreksi);
    expect(html).toContain(`href="${REPO}/commit/${sha['Koreksi catatan laporan 2022']}"`);
    expect(html).toContain('Data LKjIP 2022 diubah');
    // the region file is not one of the report's files
    expect(html).not.toContain('Rapikan berkas wilayah');
  });

  it('pages say when their files last changed: the report its own, the home page the whole content', () => {
    expect(baca(keluar, 'instansi/dinas-contoh/2022/index.html')).toMatch(
      /terakhir diperbarui <time datetime="2026-02-03">3 Februari 2026<\/time>/,
    );
    expect(baca(keluar, 'index.html')).toMatch(/terakhir diperbarui <time datetime="2026-03-04">4 Maret 2026<\/time>/);
  });

  it('the feeds date each report by its last change and link to it', () => {
    for (const berkas of ['rss.xml', 'instansi/dinas-contoh/rss.xml']) {
      const xml = baca(keluar, berkas);
      expect(xml).toContain('<link>https://contoh.invalid/instansi/dinas-contoh/2022/</link>');
      expect(xml).toContain('<pubDate>Tue, 03 Feb 2026 02:00:00 GMT</pubDate>');
      expect(xml).toContain('Perubahan terakhir: Koreksi catatan laporan 2022');
    }
  });

  it('the report links a new issue on the repository, filled in with the agency, year, source and page', () => {
    const html = baca(keluar, 'instansi/dinas-contoh/2022/index.html');
    const cocok = /<a class="laporkan" href="([^"]+)"/.exec(html);
    expect(cocok).not.toBeNull();
    const alamat = new URL(cocok![1]!.replace(/&amp;/g, '&'));
    expect(alamat.origin + alamat.pathname).toBe(`${REPO}/issues/new`);
    const isi = alamat.searchParams.get('body')!;
    expect(isi).toContain('**Tahun:** 2022');
    expect(isi).toContain('**Halaman:** https://contoh.invalid/instansi/dinas-contoh/2022/');
    expect(isi).toContain('LKjIP sintetis 2022');
    expect(alamat.searchParams.get('title')).toContain('LKjIP 2022');
  });

  it('built from a shallow clone: the pages say the history is not available, and still build', () => {
    expect(baca(keluarDangkal, 'instansi/dinas-contoh/2022/riwayat/index.html')).toContain('Riwayat tidak tersedia');
    expect(baca(keluarDangkal, 'instansi/dinas-contoh/2022/index.html')).toContain('Riwayat tidak tersedia');
    expect(baca(keluarDangkal, 'rss.xml')).not.toContain('<pubDate>');
  });
});
