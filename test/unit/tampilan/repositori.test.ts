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
    const alamat = new URL(tautanLaporkan('https://github.com/org/situs', isian)!);
    expect(alamat.origin + alamat.pathname).toBe('https://github.com/org/situs/issues/new');
    expect(alamat.searchParams.get('title')).toBe(
      'Kesalahan data: LKjIP 2021 Badan Kepegawaian Daerah Kota Contoh (Capaian Indeks Profesionalitas ASN: 101,25 %)',
    );
    const isi = alamat.searchParams.get('body')!;
    for (const potongan of [isian.instansi, '**Tahun:** 2021', isian.angka, isian.lokasi, isian.halaman])
      expect(isi).toContain(potongan);
  });

  it('on GitLab, the same in its own fields; none without a known repository', () => {
    const alamat = new URL(tautanLaporkan('https://gitlab.com/org/situs', isian)!);
    expect(alamat.pathname).toBe('/org/situs/-/issues/new');
    expect(alamat.searchParams.get('issue[description]')).toContain(isian.halaman);
    expect(tautanLaporkan(undefined, isian)).toBeNull();
  });

  it('a figure not named yet leaves a prompt for the reader', () => {
    const alamat = new URL(tautanLaporkan('https://github.com/org/situs', { instansi: 'X', halaman: 'https://k/x/' })!);
    expect(alamat.searchParams.get('title')).toBe('Kesalahan data: X');
    expect(alamat.searchParams.get('body')).toContain('(sebutkan angka yang menurut Anda salah)');
  });
});
