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

const k = korpusDuaTahun();
const l2022 = k.laporan.find((l) => l.terhitung.laporan.tahun === 2022)!;

describe('pratinjau', () => {
  it("a report's headline: indicators met of those measured, its average and its budget absorption", () => {
    const t = l2022.terhitung;
    const p = pratinjauLaporan(l2022, 'Dinas Contoh');
    expect(p).toMatchObject({ instansi: l2022.instansi.data.nama, label: 'Dinas Contoh', tahun: 2022 });
    expect(p.tercapai).toBe(t.indikator.filter((i) => i.predikat === 'melebihi' || i.predikat === 'tercapai').length);
    expect(p.terukur).toBe(t.indikator.filter((i) => i.predikat !== 'tak_terhitung').length);
    expect(p.rataRata).toBe(t.rataRata.nilai);
    expect(p.serapan).toBe(t.anggaranUtama?.serapan ?? null);
  });

  it("a comparison's headline: each agency's latest computed capaian, over the years measured", () => {
    const ind = dataBanding(k).indikator[0]!;
    const p = pratinjauBanding(ind);
    const tahun = ind.seri.flatMap((s) => s.titik.map((t) => t.tahun));
    expect(tahun).toContain(2023);
    expect(p.tahun).toEqual({ dari: Math.min(...tahun), sampai: 2023 });
    const titik = ind.seri[0]!.titik.filter((t) => t.capaian !== null).at(-1)!;
    expect(p.instansi[0]).toEqual({ label: ind.seri[0]!.label, tahun: titik.tahun, capaian: titik.capaian });
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
    const t = Object.fromEntries(
      tagBagikan({ ...dasar, gambar: 'https://s/p.png' }).map((x) => [x.nama, [x.atribut, x.isi]]),
    );
    expect(t['og:title']).toEqual(['property', 'Judul']);
    expect(t['og:description']).toEqual(['property', 'Des']);
    expect(t['og:url']).toEqual(['property', 'https://s/x/']);
    expect(t['og:image']).toEqual(['property', 'https://s/p.png']);
    expect(t['og:image:width']![1]).toBe('1200');
    expect(t['og:image:height']![1]).toBe('630');
    expect(t['og:type']![1]).toBe('article');
    expect(t['twitter:card']).toEqual(['name', 'summary_large_image']);
    expect(t['twitter:image']).toEqual(['name', 'https://s/p.png']);
  });
  it('without an image, a plain summary card and no image tags', () => {
    const t = tagBagikan({ ...dasar, gambar: null });
    expect(t.find((x) => x.nama === 'twitter:card')?.isi).toBe('summary');
    expect(t.some((x) => x.nama.endsWith(':image'))).toBe(false);
  });
});

describe('umpan', () => {
  it('every published report, the last changed first, with its change', () => {
    const item = itemUmpan(k, RIWAYAT);
    expect(item.map((i) => i.jalur)).toEqual(['/instansi/dinas-contoh/2023/', '/instansi/dinas-contoh/2022/']);
    expect(item[0]).toMatchObject({ waktu: '2026-05-04T23:30:00+07:00', perubahan: 'Koreksi realisasi 2023' });
    expect(itemUmpan(k, RIWAYAT, 'lain')).toEqual([]);
    // without history, the items are all there, undated
    expect(itemUmpan(k, { tersedia: false, alasan: 'x' }).map((i) => i.waktu)).toEqual([null, null]);
  });
  it("an agency's pages link the site's feed and the agency's", () => {
    expect(umpanHalaman(k, { jenis: 'situs' }).map((u) => u.jalur)).toEqual(['/rss.xml']);
    expect(umpanHalaman(k, { jenis: 'laporan', instansi: DINAS, tahun: 2022 }).map((u) => u.jalur)).toEqual([
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
    const t = teks(kutipan({ ...isian, tahunSumber: null, diperbarui: null }).apa);
    expect(t).toContain('(t.t.)');
    expect(t).not.toContain('diperbarui');
  });
});
