import { describe, expect, it } from 'vitest';
import {
  cariIndikator,
  indikatorVersi,
  targetAkhir,
  targetTahun,
  versiBerlaku,
} from '../../../src/core/rumus/renstra.ts';
import { IndikatorRenstra, Renstra } from '../../../src/core/skema/renstra.ts';

const ind = (x: unknown) => IndikatorRenstra.parse(x);

// The shape of Bontang's Renstra 2016–2021: an original indicator set and a January 2019 review (source text 004)
const awal = {
  id: 'awal',
  nama: 'Renstra awal',
  berlaku_mulai: 2016,
  tujuan: [
    {
      id: 't1',
      nama: 'Tujuan',
      indikator: [{ indikator: 'indikator-tujuan', target: [{ tahun: 2016, target: 1 }] }],
      sasaran: [
        {
          id: 's1',
          nama: 'Sasaran',
          indikator: [
            {
              indikator: 'lama',
              target: [
                { tahun: 2016, target: 60 },
                { tahun: 2021, target: 80 },
              ],
            },
            { indikator: 'indeks-profesionalitas-asn', target: [{ tahun: 2018, target: 65 }] },
          ],
        },
      ],
    },
  ],
};
const reviu = {
  id: 'reviu-2019',
  nama: 'Renstra hasil reviu',
  berlaku_mulai: 2019,
  tujuan: [
    {
      id: 't1',
      nama: 'Tujuan',
      sasaran: [
        {
          id: 's1',
          nama: 'Sasaran',
          indikator: [
            {
              indikator: 'indeks-profesionalitas-asn',
              target: [
                { tahun: 2019, target: 70 },
                { tahun: 2020, target: 72 },
                { tahun: 2021, target: 75 },
              ],
            },
          ],
        },
      ],
    },
  ],
};
const renstra = (versi: unknown[]) =>
  Renstra.parse({
    instansi: 'x',
    periode: { mulai: 2016, selesai: 2021 },
    sumber: [{ judul: 'Renstra', berkas: 'sintetis' }],
    versi,
  });

describe('versiBerlaku: the version in force in a year', () => {
  const hasil = renstra([awal, reviu]);
  it('before the review the original, from its berlaku_mulai the review', () => {
    expect(versiBerlaku(hasil, 2016)?.id).toBe('awal');
    expect(versiBerlaku(hasil, 2018)?.id).toBe('awal');
    expect(versiBerlaku(hasil, 2019)?.id).toBe('reviu-2019');
    expect(versiBerlaku(hasil, 2021)?.id).toBe('reviu-2019');
  });

  it('does not depend on the order the versions are listed in', () => {
    const terbalik = renstra([reviu, awal]);
    for (const tahun of [2014, 2015, 2016, 2018, 2019, 2020, 2021, 2022])
      expect(versiBerlaku(terbalik, tahun)?.id).toBe(versiBerlaku(hasil, tahun)?.id);
  });

  it('a year before every version falls back to the earliest version', () => {
    expect(versiBerlaku(hasil, 2015)?.id).toBe('awal');
    expect(versiBerlaku(renstra([reviu, awal]), 2015)?.id).toBe('awal');
  });

  it('a single version applies in every year', () => {
    expect(versiBerlaku(renstra([awal]), 2030)?.id).toBe('awal');
  });
});

describe('indicators of a version', () => {
  const hasil = renstra([awal, reviu]);
  it('lists tujuan-level and sasaran-level indicators', () => {
    expect(indikatorVersi(hasil.versi[0]!).map((i) => i.indikator)).toEqual([
      'indikator-tujuan',
      'lama',
      'indeks-profesionalitas-asn',
    ]);
    expect(indikatorVersi(hasil.versi[1]!).map((i) => i.indikator)).toEqual(['indeks-profesionalitas-asn']);
  });
  it('finds an indicator by id in the version it belongs to', () => {
    expect(cariIndikator(versiBerlaku(hasil, 2020)!, 'indeks-profesionalitas-asn')?.target.map((t) => t.tahun)).toEqual(
      [2019, 2020, 2021],
    );
    expect(cariIndikator(versiBerlaku(hasil, 2020)!, 'lama')).toBeUndefined(); // dropped by the review
    expect(cariIndikator(versiBerlaku(hasil, 2017)!, 'lama')?.indikator).toBe('lama');
  });
});

describe('targets', () => {
  it('target of a year', () => {
    const indikator = ind({
      indikator: 'a',
      target: [
        { tahun: 2019, target: 70 },
        { tahun: 2020, target: 72 },
        { tahun: 2021, target: 'BB' },
      ],
    });
    expect(targetTahun(indikator, 2020)).toBe(72);
    expect(targetTahun(indikator, 2021)).toBe('BB');
    expect(targetTahun(indikator, 2018)).toBeUndefined();
  });

  it('end target: the printed one wins over the last year', () => {
    const indikator = ind({
      indikator: 'a',
      target: [
        { tahun: 2020, target: 72 },
        { tahun: 2021, target: 75 },
      ],
      target_akhir: 80,
    });
    expect(targetAkhir(indikator, 2021)).toBe(80);
  });

  it('end target: else the target of the final year of the period', () => {
    const indikator = ind({
      indikator: 'a',
      target: [
        { tahun: 2021, target: 75 },
        { tahun: 2020, target: 72 },
      ],
    });
    expect(targetAkhir(indikator, 2021)).toBe(75);
  });

  it('end target: never made up from an earlier year when the Renstra gives none for the final year', () => {
    const indikator = ind({
      indikator: 'a',
      target: [
        { tahun: 2019, target: 70 },
        { tahun: 2020, target: 72 },
      ],
    });
    expect(targetAkhir(indikator, 2021)).toBeUndefined();
  });

  it('end target of a range or N/A is kept as it is', () => {
    expect(targetAkhir(ind({ indikator: 'a', target_akhir: { min: 2, max: 3 } }), 2021)).toEqual({ min: 2, max: 3 });
    expect(targetAkhir(ind({ indikator: 'a', target: [{ tahun: 2021, target: 'N/A' }] }), 2021)).toBe('N/A');
  });

  it('no target at all', () => {
    expect(targetAkhir(ind({ indikator: 'a' }), 2021)).toBeUndefined();
  });
});
