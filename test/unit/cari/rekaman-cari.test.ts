/** Search records from the real content (src/core/publikasi/rekaman-cari.ts). */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { isiRekaman, rekamanCari, teksKonten, teksMarkdown } from '../../../src/core/publikasi/rekaman-cari.ts';

const korpus = muatKonten(resolve('.'), 'content', null).korpus;
const rekaman = rekamanCari(korpus);
const dari = (url: string) => rekaman.find((r) => r.url === url)!;

describe('rekaman pencarian dari konten', () => {
  it('satu rekaman untuk setiap profil, laporan, IKI dan Renstra, dengan URL halamannya', () => {
    const harapan = korpus.instansi.flatMap((i) => [
      `/instansi/${i.data.id}/`,
      ...i.laporan.map((l) => `/instansi/${i.data.id}/${l.data.tahun}/`),
      ...i.iki.map((x) => `/instansi/${i.data.id}/${x.data.tahun}/iki/`),
      ...i.renstra.map((r) => `/instansi/${i.data.id}/renstra/${r.data.periode.mulai}-${r.data.periode.selesai}/`),
    ]);
    expect(rekaman.map((r) => r.url).sort()).toEqual(harapan.sort());
  });

  it('judul, filter dan meta seperti halaman memberikannya', () => {
    const satuRekaman = dari('/instansi/bkd-kota-blitar/2021/');
    expect(satuRekaman.meta).toEqual({
      title: 'Laporan Kinerja 2021: Badan Kepegawaian Daerah Kota Blitar',
      jenis: 'LKjIP',
      instansi: 'Badan Kepegawaian Daerah Kota Blitar',
      tahun: '2021',
      singkatan: 'BKD Kota Blitar',
    });
    expect(satuRekaman.filters).toEqual({
      jenis: ['LKjIP'],
      instansi: ['Badan Kepegawaian Daerah Kota Blitar'],
      tahun: ['2021'],
      wilayah: ['Kota Blitar'],
    });
  });

  it('laporan memuat nama kegiatannya tanpa pagunya; narasi hanya di bundel lengkap', () => {
    const dataLaporan = korpus.instansi.find((i) => i.data.id === 'bkpsdm-kota-bontang')!.laporan[0]!.data;
    const satuRekaman = dari(`/instansi/bkpsdm-kota-bontang/${dataLaporan.tahun}/`);
    const ringkas = isiRekaman(satuRekaman, 'ringkas');
    const lengkap = isiRekaman(satuRekaman, 'lengkap');
    expect(ringkas).toContain('Pelayanan Administrasi Perkantoran');
    expect(ringkas).not.toContain('bkpsdm-kota-bontang');
    const narasi = korpus.instansi.flatMap((i) => i.narasi).find((n) => n.instansi === 'bkpsdm-kota-bontang');
    const kalimat = teksMarkdown(narasi!.isi).replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
    expect(lengkap.replace(/\s+/g, ' ')).toContain(kalimat);
    expect(ringkas.replace(/\s+/g, ' ')).not.toContain(kalimat);
  });

  it('judul dan singkatan diberi bobot seperti h1 dan data-pagefind-weight', () => {
    const isi = isiRekaman(dari('/instansi/bkd-kota-blitar/'), 'ringkas');
    expect(
      isi.startsWith('___PAGEFIND_WEIGHT___7 Badan Kepegawaian Daerah Kota Blitar. ___END_PAGEFIND_WEIGHT___'),
    ).toBe(true);
    expect(isi).toMatch(/___PAGEFIND_WEIGHT___6 BKD\. ___END_PAGEFIND_WEIGHT___/);
  });

  it('tidak ada kata satu huruf, angka, id atau letak berkas', () => {
    for (const satuRekaman of rekaman)
      for (const cakupan of ['ringkas', 'lengkap'] as const) {
        const kata = isiRekaman(satuRekaman, cakupan).split(/\s+/);
        expect(
          kata.filter((t) => t.replace(/[^\p{L}\p{N}]/gu, '').length === 1),
          satuRekaman.url,
        ).toEqual([]);
      }
    expect(
      teksKonten({ id: 'x-y', nama: 'Program A', pagu: 1000, pagu_tercetak: '1.000', lokasi: 'a.txt', n: '12,5 %' }),
    ).toEqual(['Program A']);
  });

  it('Markdown menjadi kata yang dibaca', () => {
    expect(
      teksMarkdown('## Judul\n\n| a | b |\n|---|---|\n| **tebal** | [tautan](https://x) |').replace(/\s+/g, ' ').trim(),
    ).toBe('Judul a b tebal tautan');
  });
});
