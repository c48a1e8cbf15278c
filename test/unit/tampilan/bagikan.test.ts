import { describe, expect, it } from 'vitest';
import {
  itemUmpan,
  jalurPratinjau,
  kutipan,
  pratinjauBanding,
  pratinjauLaporan,
  tagBagikan,
  umpanHalaman,
} from '../../../src/core/tampilan/bagikan.ts';
import { dataBanding } from '../../../src/core/tampilan/bandingkan.ts';
import { DINAS, korpusDuaTahun, RIWAYAT } from './korpus-dua-tahun.ts';

const korpus = korpusDuaTahun();
const l2022 = korpus.laporan.find((l) => l.terhitung.laporan.tahun === 2022)!;

describe('pratinjau', () => {
  it("a report's headline: indicators met of those measured, its average and its budget absorption", () => {
    const terhitung = l2022.terhitung;
    const pratinjau = pratinjauLaporan(l2022, 'Dinas Contoh');
    expect(pratinjau).toMatchObject({ instansi: l2022.instansi.data.nama, label: 'Dinas Contoh', tahun: 2022 });
    expect(pratinjau.tercapai).toBe(
      terhitung.indikator.filter((i) => i.predikat === 'melebihi' || i.predikat === 'tercapai').length,
    );
    expect(pratinjau.terukur).toBe(terhitung.indikator.filter((i) => i.predikat !== 'tak_terhitung').length);
    expect(pratinjau.rataRata).toBe(terhitung.rataRata.nilai);
    expect(pratinjau.serapan).toBe(terhitung.anggaranUtama?.serapan ?? null);
  });

  it("a comparison's headline: each agency's latest computed capaian, over the years measured", () => {
    const ind = dataBanding(korpus).indikator[0]!;
    const pratinjau = pratinjauBanding(ind);
    const tahun = ind.seri.flatMap((s) => s.titik.map((t) => t.tahun));
    expect(tahun).toContain(2023);
    expect(pratinjau.tahun).toEqual({ dari: Math.min(...tahun), sampai: 2023 });
    const titik = ind.seri[0]!.titik.filter((t) => t.capaian !== null).at(-1)!;
    expect(pratinjau.instansi[0]).toEqual({ label: ind.seri[0]!.label, tahun: titik.tahun, capaian: titik.capaian });
  });

  it('reports and measured indicators have their own image; the rest share the site image', () => {
    expect(jalurPratinjau({ jenis: 'laporan', instansi: DINAS, tahun: 2022 }, () => false)).toBe(
      '/pratinjau/instansi/dinas-contoh/2022.png',
    );
    expect(jalurPratinjau({ jenis: 'indikator', indikator: 'x' }, (i) => i === 'x')).toBe('/pratinjau/indikator/x.png');
    expect(jalurPratinjau({ jenis: 'indikator', indikator: 'y' }, (i) => i === 'x')).toBe('/pratinjau/situs.png');
    expect(jalurPratinjau(undefined, () => true)).toBe('/pratinjau/situs.png');
  });
});

describe('tagBagikan', () => {
  const dasar = { situs: 'Situs', judul: 'Judul', deskripsi: 'Des', url: 'https://s/x/', artikel: true };
  it('Open Graph and Twitter card: title, description, URL and a large image', () => {
    const tag = Object.fromEntries(
      tagBagikan({ ...dasar, gambar: 'https://s/p.png' }).map((x) => [x.nama, [x.atribut, x.isi]]),
    );
    expect(tag['og:title']).toEqual(['property', 'Judul']);
    expect(tag['og:description']).toEqual(['property', 'Des']);
    expect(tag['og:url']).toEqual(['property', 'https://s/x/']);
    expect(tag['og:image']).toEqual(['property', 'https://s/p.png']);
    expect(tag['og:image:width']![1]).toBe('1200');
    expect(tag['og:image:height']![1]).toBe('630');
    expect(tag['og:type']![1]).toBe('article');
    expect(tag['twitter:card']).toEqual(['name', 'summary_large_image']);
    expect(tag['twitter:image']).toEqual(['name', 'https://s/p.png']);
  });
  it('without an image, a plain summary card and no image tags', () => {
    const tag = tagBagikan({ ...dasar, gambar: null });
    expect(tag.find((x) => x.nama === 'twitter:card')?.isi).toBe('summary');
    expect(tag.some((x) => x.nama.endsWith(':image'))).toBe(false);
  });
});

describe('umpan', () => {
  it('every published report, the last changed first, with its change', () => {
    const item = itemUmpan(korpus, RIWAYAT);
    expect(item.map((i) => i.jalur)).toEqual(['/instansi/dinas-contoh/2023/', '/instansi/dinas-contoh/2022/']);
    expect(item[0]).toMatchObject({ waktu: '2026-05-04T23:30:00+07:00', perubahan: 'Koreksi realisasi 2023' });
    expect(itemUmpan(korpus, RIWAYAT, 'lain')).toEqual([]);
    // without history, the items are all there, undated
    expect(itemUmpan(korpus, { tersedia: false, alasan: 'x' }).map((i) => i.waktu)).toEqual([null, null]);
  });
  it("an agency's pages link the site's feed and the agency's", () => {
    expect(umpanHalaman(korpus, { jenis: 'situs' }).map((u) => u.jalur)).toEqual(['/rss.xml']);
    expect(umpanHalaman(korpus, { jenis: 'laporan', instansi: DINAS, tahun: 2022 }).map((u) => u.jalur)).toEqual([
      '/rss.xml',
      '/instansi/dinas-contoh/rss.xml',
    ]);
  });
});

describe('kutipan', () => {
  const isian = {
    situs: 'Kinerja Terbuka',
    instansi: 'Dinas Contoh',
    tahun: 2022,
    judulSumber: 'LKjIP Dinas Contoh 2022',
    tahunSumber: 2023,
    diperbarui: '4 Mei 2026',
    url: 'https://s/instansi/dinas-contoh/2022/',
  };
  const teks = (b: ReturnType<typeof kutipan>['apa']) => b.map((x) => (typeof x === 'string' ? x : '[akses]')).join('');
  it('APA-like and plain, each with the permalink, the last update and a place for the access date', () => {
    const k2 = kutipan(isian);
    expect(teks(k2.apa)).toBe(
      'Dinas Contoh. (2023). LKjIP Dinas Contoh 2022 [Data terbuka, dihitung ulang; diperbarui 4 ' +
        'Mei 2026]. Kinerja Terbuka. Diakses [akses], dari https://s/instansi/dinas-contoh/2022/',
    );
    expect(teks(k2.biasa)).toBe(
      'LKjIP 2022 Dinas Contoh, Kinerja Terbuka (diperbarui 4 Mei 2026), https://s/instansi/dinas-contoh/2022/ (diakses [akses]).',
    );
  });
  it('an undated source is "t.t." and no update date is claimed without history', () => {
    const teksApa = teks(kutipan({ ...isian, tahunSumber: null, diperbarui: null }).apa);
    expect(teksApa).toContain('(t.t.)');
    expect(teksApa).not.toContain('diperbarui');
  });
});
