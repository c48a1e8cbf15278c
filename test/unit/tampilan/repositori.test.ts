import { describe, expect, it } from 'vitest';
import { repositori, tautanLaporkan } from '../../../src/core/tampilan/repositori.ts';

describe('repositori', () => {
  it('GitHub and GitLab commit links; a trailing slash or .git is dropped', () => {
    expect(repositori('https://github.com/org/situs/')?.komit('abc')).toBe('https://github.com/org/situs/commit/abc');
    expect(repositori('https://gitlab.com/org/situs.git')?.komit('abc')).toBe(
      'https://gitlab.com/org/situs/-/commit/abc',
    );
  });

  it('no links for an unknown host, a URL without owner and name, or none', () => {
    expect(repositori('https://git.example.go.id/org/situs')).toBeNull();
    expect(repositori('https://github.com/org')).toBeNull();
    expect(repositori(undefined)).toBeNull();
  });
});

describe('tautanLaporkan', () => {
  const isian = {
    instansi: 'Badan Kepegawaian Daerah Kota Contoh',
    tahun: 2021,
    angka: 'Capaian Indeks Profesionalitas ASN: 101,25 %',
    lokasi: 'BAB III, Tabel 3.1, halaman 27',
    halaman: 'https://kinerja.example/instansi/bkd/2021/#audit',
  };

  it('a new GitHub issue filled in with agency, year, figure, locator and page', () => {
    const u = new URL(tautanLaporkan('https://github.com/org/situs', isian)!);
    expect(u.origin + u.pathname).toBe('https://github.com/org/situs/issues/new');
    expect(u.searchParams.get('title')).toBe(
      'Kesalahan data: LKjIP 2021 Badan Kepegawaian Daerah Kota Contoh (Capaian Indeks Profesionalitas ASN: 101,25 %)',
    );
    const isi = u.searchParams.get('body')!;
    for (const s of [isian.instansi, '**Tahun:** 2021', isian.angka, isian.lokasi, isian.halaman])
      expect(isi).toContain(s);
  });

  it('on GitLab, the same in its own fields; none without a known repository', () => {
    const u = new URL(tautanLaporkan('https://gitlab.com/org/situs', isian)!);
    expect(u.pathname).toBe('/org/situs/-/issues/new');
    expect(u.searchParams.get('issue[description]')).toContain(isian.halaman);
    expect(tautanLaporkan(undefined, isian)).toBeNull();
  });

  it('a figure not named yet leaves a prompt for the reader', () => {
    const u = new URL(tautanLaporkan('https://github.com/org/situs', { instansi: 'X', halaman: 'https://k/x/' })!);
    expect(u.searchParams.get('title')).toBe('Kesalahan data: X');
    expect(u.searchParams.get('body')).toContain('(sebutkan angka yang menurut Anda salah)');
  });
});
