import { describe, expect, it } from 'vitest';
import { htmlUntukIndeks } from '../../../scripts/lib/teks-indeks.ts';
import { tanpaKataSatuHuruf } from '../../../src/core/publikasi/teks-cari.ts';

describe('teks untuk indeks pencarian', () => {
  it('kata satu huruf atau angka tidak diindeks; "x" perkalian menjadi ×; tanda bacanya tetap', () => {
    expect(tanpaKataSatuHuruf('Jumlah PNS / formasi x 100%')).toBe('Jumlah PNS / formasi × 100%');
    expect(tanpaKataSatuHuruf('nilai 62,65 (kategori B), dari 100')).toBe('nilai 62,65 (kategori), dari 100');
    expect(tanpaKataSatuHuruf('Penata Tk. I (III/d)')).toBe('Penata Tk. (III/d)');
    expect(tanpaKataSatuHuruf('berdasarkan (a) jumlah')).toBe('berdasarkan jumlah');
    expect(tanpaKataSatuHuruf('B Baik')).toBe('Baik');
    // an entity is not a letter: &#39;3 is the single digit 3 in quotes
    expect(tanpaKataSatuHuruf('indikatornya: &#39;3 jenis')).toBe('indikatornya:&#39; jenis');
    expect(tanpaKataSatuHuruf('IP1 + IP2 = 2x lipat, SK 119/DP')).toBe('IP1 + IP2 = 2x lipat, SK 119/DP');
  });

  it('sel kepala, istilah, definisi dan keterangan dibaca sebagai blok; elemen yang berdampingan dipisah spasi', () => {
    expect(
      htmlUntukIndeks(
        '<table><caption>Data</caption><tr><th scope="col">Indikator</th><th class="angka">Pembanding</th></tr></table>',
      ),
    ).toBe('<table><p>Data</p> <tr><td scope="col">Indikator</td> <td class="angka">Pembanding</td></tr></table>');
    expect(htmlUntukIndeks('<dl><dt>Polaritas</dt><dd>Makin tinggi</dd></dl>')).toBe(
      '<dl><p>Polaritas</p> <p>Makin tinggi</p></dl>',
    );
    expect(htmlUntukIndeks('<summary><span class="tingkat">Program</span><span>Meningkatnya</span></summary>')).toBe(
      '<p><span class="tingkat">Program</span> <span>Meningkatnya</span></p>',
    );
  });

  it('nilai filter dan meta, skrip, gaya, komentar dan atribut tidak diubah', () => {
    const html = [
      '<!doctype html><html lang="id"><head><style>a > b { x: 1 }</style></head><body>',
      '<span data-pagefind-filter="wilayah">Kota X</span>',
      '<meta data-pagefind-meta="image[content]" content="a b"><p title="a x b">nilai x persen</p>',
      '<div data-pagefind-meta="tahun:2021">nilai a</div>',
      '<script>const a = 1 < 2 && "x";</script><!-- a <b> c --></body></html>',
    ].join('');
    expect(htmlUntukIndeks(html)).toBe(
      [
        '<!doctype html><html lang="id"><head><style>a > b { x: 1 }</style></head> <body>',
        '<span data-pagefind-filter="wilayah">Kota X</span> ',
        '<meta data-pagefind-meta="image[content]" content="a b"><p title="a x b">nilai × persen</p> ',
        '<div data-pagefind-meta="tahun:2021">nilai</div>',
        '<script>const a = 1 < 2 && "x";</script><!-- a <b> c --></body></html>',
      ].join(''),
    );
  });
});
