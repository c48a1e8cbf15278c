import { describe, expect, it } from 'vitest';
import {
  komitBerkas,
  kunciDenganRiwayat,
  riwayatDariGit,
  uraiLogGit,
  type RiwayatKonten,
} from '../../../src/core/muat/riwayat.ts';

const SHA1 = 'a'.repeat(40);
const SHA2 = 'b'.repeat(40);
const SHA3 = 'c'.repeat(40);
// git log's own layout (ARGUMEN_LOG_GIT): \x1e<sha>\x1f<date>\x1f<subject>\0\n then <status>\0<path>\0 per file
const rekaman = (sha: string, tanggal: string, judul: string, berkas: [string, string][]) =>
  `\x1e${sha}\x1f${tanggal}\x1f${judul}\0\n${berkas.map(([s, p]) => `${s}\0${p}\0`).join('')}`;
const LOG = [
  rekaman(SHA3, '2026-03-02T10:00:00+07:00', 'Koreksi realisasi; "tanda kutip" & <sudut>', [
    ['M', 'content/instansi/a/2021/lkjip.json'],
  ]),
  rekaman(SHA2, '2026-02-01T09:00:00+00:00', 'Narasi bab 2, hapus bab lama', [
    ['A', 'content/instansi/a/2021/narasi/bab-2.mdx'],
    ['D', 'content/instansi/a/2021/narasi/lama.mdx'],
    ['M', 'content/instansi/b/instansi.json'],
  ]),
  rekaman(SHA1, '2026-01-01T08:00:00+00:00', 'Awal', [
    ['A', 'content/instansi/a/2021/lkjip.json'],
    ['A', 'content/situs.json'],
  ]),
].join('');

describe('uraiLogGit', () => {
  it('reads every commit, newest first, with its date, subject and files', () => {
    const komit = uraiLogGit(LOG);
    expect(komit.map((x) => x.sha)).toEqual([SHA3, SHA2, SHA1]);
    expect(komit[0]).toEqual({
      sha: SHA3,
      tanggal: '2026-03-02T10:00:00+07:00',
      judul: 'Koreksi realisasi; "tanda kutip" & <sudut>',
      berkas: [{ status: 'ubah', path: 'content/instansi/a/2021/lkjip.json' }],
    });
    expect(komit[1]!.berkas.map((b) => b.status)).toEqual(['tambah', 'hapus', 'ubah']);
  });

  it('nothing from an empty log, and a record without a full sha is skipped', () => {
    expect(uraiLogGit('')).toEqual([]);
    expect(uraiLogGit(`\x1ebukan-sha\x1f2026-01-01\x1fx\0\nM\0content/a\0`)).toEqual([]);
  });
});

describe('riwayat', () => {
  it('a shallow clone has no history rather than a wrong one', () => {
    const riwayat = riwayatDariGit(LOG, true);
    expect(riwayat.tersedia).toBe(false);
    expect(komitBerkas(riwayat, ['content/instansi/a/2021/lkjip.json'])).toEqual([]);
  });

  it('komitBerkas: the commits that touched these files, with only those files', () => {
    const riwayat = riwayatDariGit(LOG, false);
    const komitPerBerkas = komitBerkas(riwayat, [
      'content/instansi/a/2021/lkjip.json',
      'content/instansi/a/2021/narasi/bab-2.mdx',
    ]);
    expect(komitPerBerkas.map((x) => x.sha)).toEqual([SHA3, SHA2, SHA1]);
    expect(komitPerBerkas[1]!.berkas).toEqual([{ status: 'tambah', path: 'content/instansi/a/2021/narasi/bab-2.mdx' }]);
    expect(komitBerkas(riwayat, ['content/instansi/b/instansi.json']).map((x) => x.sha)).toEqual([SHA2]);
  });

  it("each agency's cache key changes with its own history only, and with the history's availability", () => {
    const kunci = new Map([
      ['a', 'kunci-a'],
      ['b', 'kunci-b'],
      ['c', 'kunci-c'],
    ]);
    const awal = kunciDenganRiwayat(kunci, riwayatDariGit(LOG, false));
    // one more commit touching agency a only
    const lagi = rekaman('d'.repeat(40), '2026-04-01T00:00:00+00:00', 'Lagi', [
      ['M', 'content/instansi/a/2021/lkjip.json'],
    ]);
    const baru = kunciDenganRiwayat(kunci, riwayatDariGit(lagi + LOG, false));
    expect(baru.get('a')).not.toBe(awal.get('a'));
    expect(baru.get('b')).toBe(awal.get('b'));
    expect(baru.get('c')).toBe(awal.get('c'));
    const tanpa: RiwayatKonten = { tersedia: false, alasan: 'x' };
    expect(kunciDenganRiwayat(kunci, tanpa).get('c')).not.toBe(awal.get('c'));
    expect(kunciDenganRiwayat(kunci, riwayatDariGit(LOG, false))).toEqual(awal);
  });
});
