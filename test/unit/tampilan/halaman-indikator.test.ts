import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import {
  barisKatalog,
  halamanIndikator,
  katalogIndikator,
  ringkasEntri,
} from '../../../src/core/tampilan/indikator.ts';
import { contohBersama } from '../../../src/core/tampilan/bandingkan.ts';
import { jabatanKeyakinanRendah } from '../../../src/core/tampilan/iki.ts';

const korpus = hitungKorpus(muatKonten(resolve('test/fixtures/konten-contoh')).korpus);

describe('halamanIndikator (the indicator page view model)', () => {
  const entri = katalogIndikator(korpus).find((e) => e.definisi.length > 0)!;
  it('collects the printed name variants once and writes IKU periods with an en dash', () => {
    const dua = { ...entri.definisi[0]!.definisi, varian_nama: ['Nama A', 'Nama B'], iku: ['2021-2026'] };
    const halaman = halamanIndikator({
      ...entri,
      definisi: [
        { ...entri.definisi[0]!, definisi: dua },
        { ...entri.definisi[0]!, instansi: 'lain', definisi: { ...dua, varian_nama: ['Nama B'] } },
      ],
    });
    expect(halaman.varian).toEqual(['Nama A', 'Nama B']);
    expect(halaman.definisi.map((d) => d.iku)).toEqual(['2021–2026', '2021–2026']);
  });
  it('offers a comparison only when two agencies measured it', () => {
    expect(halamanIndikator(entri).dapatDibandingkan).toBe(false); // one agency in the fixture
    const nilai = [...entri.nilai, { ...entri.nilai[0]!, instansi: 'instansi-lain' }];
    expect(halamanIndikator({ ...entri, nilai }).dapatDibandingkan).toBe(true);
  });
});

describe('catalogue and comparison rows in words', () => {
  it('lists units, polarities and agencies once each, with a dash when none is printed', () => {
    const entri = katalogIndikator(korpus).find((e) => e.definisi.length > 0)!;
    const definisi = entri.definisi[0]!;
    const dua = {
      ...entri,
      definisi: [definisi, { ...definisi, definisi: { ...definisi.definisi, satuan: undefined } }],
    };
    const ringkas = ringkasEntri(dua);
    expect(ringkas.satuan).toBe(definisi.definisi.satuan ?? '–');
    expect(ringkas.polaritas.split('; ')).toHaveLength(1);
    expect(ringkas.instansi.split(', ')).toEqual([...new Set(ringkas.instansi.split(', '))]);
    expect(ringkasEntri({ ...entri, definisi: [] }).satuan).toBe('–');
    expect(barisKatalog([entri])[0]!.ringkas).toEqual(ringkasEntri(entri));
  });

  it('gives as comparison examples only indicators with several series, at most three', () => {
    const ind = (nama: string, seri: number) => ({ nama, seri: Array.from({ length: seri }, () => ({})) });
    const data = { indikator: [ind('A', 2), ind('B', 1), ind('C', 3), ind('D', 2), ind('E', 2)] } as never;
    expect(contohBersama(data)).toEqual(['A', 'C', 'D']);
  });

  it('lists the IKI positions of low OCR confidence', () => {
    const jabatan = [{ id: 'a', keyakinan: 'rendah' }, { id: 'b', keyakinan: 'tinggi' }, { id: 'c' }] as never;
    expect(jabatanKeyakinanRendah(jabatan).map((j) => j.id)).toEqual(['a']);
  });
});
