/**
 * Seed 004's §2.4 profile lists (Bontang's Review Renstra 2016–2021) are content with declared table rules:
 * the audit checks the printed area totals and topography percentages, and finds 30,10 % right only by
 * truncation (rounding gives 30,11).
 */
import { describe, expect, it } from 'vitest';
import { samaJalur } from '../../../src/core/audit/audit.ts';
import { korpusNyata, temuanNyata } from './korpus-nyata.ts';

const BERKAS = 'content/instansi/bkpsdm-kota-bontang/renstra-2016-2021.json';
const renstra = korpusNyata().korpus.instansi.find((i) => i.data.id === 'bkpsdm-kota-bontang')!.renstra[0]!.data;
const indeks = (judul: string) => renstra.tabel_lain.findIndex((t) => t.judul === judul);
const audit = temuanNyata().filter((a) => a.berkas === BERKAS);
const di = (t: number, baris: number, kolom: number) =>
  audit.find((a) => samaJalur(a.jalur, ['tabel_lain', t, 'baris', baris, kolom]));

describe('Bontang Renstra §2.4 profile tables', () => {
  it('the four lists are tables of the Renstra, from lines 840–884 of seed 004', () => {
    const judul = ['a. Profil Daerah', 'b. Profil APBD', 'c. Profil Unit Organisasi', 'd. Profil Pegawai Negeri Sipil'];
    expect(judul.map(indeks).every((i) => i >= 0)).toBe(true);
    expect(renstra.tabel_lain[indeks('c. Profil Unit Organisasi')]!.baris.reduce((s, r) => s + Number(r[1]), 0)).toBe(
      48,
    );
  });

  it('both printed breakdowns of the area sum to 497,57 km²', () => {
    const teks = indeks('a. Profil Daerah');
    expect(di(teks, 0, 1)).toMatchObject({ status: 'cocok', tercetak: '497.57' });
    expect(di(teks, 4, 1)).toMatchObject({ status: 'cocok', tercetak: '497.57' });
  });

  it('69,9 % of the sea matches by rounding; 30,10 % of the land only by truncation', () => {
    const teks = indeks('a. Profil Daerah');
    expect(di(teks, 4, 6)).toMatchObject({ status: 'cocok', tercetak: '69.9', aturan: 'bulat' });
    expect(di(teks, 4, 5)).toMatchObject({ status: 'cocok', tercetak: '30.10', aturan: 'potong' });
  });
});
