import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { hitungKorpus } from '../../../src/core/hitung/korpus.ts';
import { halamanIndikator, katalogIndikator } from '../../../src/core/tampilan/indikator.ts';

const k = hitungKorpus(muatKonten(resolve('test/fixtures/konten-contoh')).korpus);

describe('halamanIndikator (the indicator page view model)', () => {
  const entri = katalogIndikator(k).find((e) => e.definisi.length > 0)!;
  it('collects the printed name variants once and writes IKU periods with an en dash', () => {
    const dua = { ...entri.definisi[0]!.definisi, varian_nama: ['Nama A', 'Nama B'], iku: ['2021-2026'] };
    const h = halamanIndikator({
      ...entri,
      definisi: [
        { ...entri.definisi[0]!, definisi: dua },
        { ...entri.definisi[0]!, instansi: 'lain', definisi: { ...dua, varian_nama: ['Nama B'] } },
      ],
    });
    expect(h.varian).toEqual(['Nama A', 'Nama B']);
    expect(h.definisi.map((d) => d.iku)).toEqual(['2021–2026', '2021–2026']);
  });
  it('offers a comparison only when two agencies measured it', () => {
    expect(halamanIndikator(entri).dapatDibandingkan).toBe(false); // one agency in the fixture
    const nilai = [...entri.nilai, { ...entri.nilai[0]!, instansi: 'instansi-lain' }];
    expect(halamanIndikator({ ...entri, nilai }).dapatDibandingkan).toBe(true);
  });
});
