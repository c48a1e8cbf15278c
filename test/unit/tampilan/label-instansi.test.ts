import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { labelInstansi, labelUnik, type BahanLabel } from '../../../src/core/tampilan/label-instansi.ts';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';

const kota = (nama: string) => ({ nama: `Kota ${nama}`, tingkat: 'kota' as const });
const kab = (nama: string) => ({ nama: `Kabupaten ${nama}`, tingkat: 'kabupaten' as const });
const prov = (nama: string) => ({ nama: `Provinsi ${nama}`, tingkat: 'provinsi' as const });
const ins = (id: string, singkatan: string, wilayah: BahanLabel['wilayah'], lain: Partial<BahanLabel> = {}) => ({
  id,
  nama: `Nama ${id}`,
  singkatan,
  wilayah,
  ...lain,
});
const label = (daftar: BahanLabel[]) => Object.fromEntries(labelUnik(daftar));

describe('label instansi yang unik', () => {
  it('singkatan yang tidak dipakai instansi lain tetap apa adanya', () => {
    expect(label([ins('a', 'BKD', kota('Blitar')), ins('b', 'BKPSDM', kota('Bontang'))])).toEqual({
      a: 'BKD',
      b: 'BKPSDM',
    });
  });

  it('singkatan yang sama: ditambah kualifikasi wilayah terpendek', () => {
    expect(
      label([
        ins('a', 'BKD', kota('Blitar')),
        ins('b', 'BKD', prov('Kalimantan Timur')),
        ins('c', 'BKD', kab('Malang')),
        ins('d', 'BKD', prov('Papua Pegunungan')),
      ]),
    ).toEqual({ a: 'BKD Kota Blitar', b: 'BKD Prov. Kaltim', c: 'BKD Kab. Malang', d: 'BKD Prov. Papua Pegunungan' });
  });

  it('singkatan polos yang menjadi awal label lain, atau singkatan lama instansi lain, juga samar', () => {
    // the corpus as it is: "BKD Prov. Kaltim" is written in full, and BKPSDM Bontang was a BKD until 2016
    expect(
      label([
        ins('blitar', 'BKD', kota('Blitar')),
        ins('kaltim', 'BKD Prov. Kaltim', prov('Kalimantan Timur')),
        ins('bontang', 'BKPSDM', kota('Bontang'), { singkatan_lama: ['BKD', 'BKPP'] }),
      ]),
    ).toEqual({ blitar: 'BKD Kota Blitar', kaltim: 'BKD Prov. Kaltim', bontang: 'BKPSDM' });
    expect(
      label([ins('a', 'BKD', kota('Blitar')), ins('b', 'BKPP', kota('Bontang'), { singkatan_lama: ['BKD'] })]),
    ).toEqual({ a: 'BKD Kota Blitar', b: 'BKPP' });
  });

  it('kualifikasi yang masih sama (Kota dan Kabupaten bernama sama tidak, wilayah sama ya): nama lengkap', () => {
    expect(label([ins('a', 'BKD', kota('Blitar')), ins('b', 'BKD', kab('Blitar'))])).toEqual({
      a: 'BKD Kota Blitar',
      b: 'BKD Kab. Blitar',
    });
    expect(
      label([ins('a', 'Dinas', kota('Blitar')), ins('b', 'Dinas', kota('Blitar')), ins('c', 'BKD', undefined)]),
    ).toEqual({ a: 'Nama a', b: 'Nama b', c: 'BKD' });
    // the same full name as well: the id tells them apart
    expect(
      label([
        { ...ins('a', 'X', undefined), nama: 'Sama' },
        { ...ins('b', 'X', undefined), nama: 'Sama' },
      ]),
    ).toEqual({ a: 'Sama (a)', b: 'Sama (b)' });
  });

  it('singkatan_unik yang dinyatakan dipakai, dan instansi lain menyesuaikan', () => {
    expect(
      label([
        ins('a', 'BKD', kota('Blitar'), { singkatan_unik: 'BKD Blitar' }),
        ins('b', 'BKD', prov('Jawa Timur')),
        ins('c', 'BKD', kota('Malang')),
      ]),
    ).toEqual({ a: 'BKD Blitar', b: 'BKD Prov. Jatim', c: 'BKD Kota Malang' });
    // two declared alike: both are told apart by their region
    expect(
      label([
        ins('a', 'BKD', kota('Blitar'), { singkatan_unik: 'BKD-1' }),
        ins('b', 'BKD', kota('Malang'), { singkatan_unik: 'BKD-1' }),
      ]),
    ).toEqual({ a: 'BKD-1 (Kota Blitar)', b: 'BKD-1 (Kota Malang)' });
  });

  it('hasilnya tidak bergantung pada urutan instansi', () => {
    const daftar = [
      ins('a', 'BKD', kota('Blitar')),
      ins('b', 'BKD', prov('Kalimantan Timur')),
      ins('c', 'BKPSDM', kota('Bontang'), { singkatan_lama: ['BKD'] }),
      ins('d', 'BKPSDM', kota('Blitar')),
    ];
    expect(label([...daftar].reverse())).toEqual(label(daftar));
    expect(new Set(Object.values(label(daftar))).size).toBe(daftar.length);
  });

  it('korpus contoh: setiap instansi punya label, semuanya berbeda', () => {
    const { korpus } = muatKonten(resolve('test/fixtures/konten-contoh'));
    const label = labelInstansi(korpus);
    expect([...label.keys()].sort()).toEqual(korpus.instansi.map((i) => i.data.id).sort());
    expect(new Set(label.values()).size).toBe(label.size);
    expect(labelInstansi(korpus)).toBe(label);
  });
});
