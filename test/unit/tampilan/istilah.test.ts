import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bacaGlosarium, tandaiIstilah } from '../../../src/core/tampilan/istilah.ts';

const glosarium = bacaGlosarium(readFileSync('src/dokumentasi/glosarium.mdx', 'utf8'));

describe('bacaGlosarium (the glossary page is the one list)', () => {
  it('reads every term the glossary page defines, with a plain first sentence', () => {
    const ids = glosarium.map((i) => i.id);
    for (const id of ['capaian', 'realisasi', 'pagu', 'serapan', 'silpa', 'predikat', 'pk', 'iku'])
      expect(ids).toContain(id);
    const pk = glosarium.find((i) => i.id === 'pk')!;
    expect(pk).toMatchObject({ nama: 'PK', kepanjangan: 'Perjanjian Kinerja', singkatan: true });
    const capaian = glosarium.find((i) => i.id === 'capaian')!;
    expect(capaian.singkatan).toBe(false);
    expect(capaian.ringkas).toMatch(/^Seberapa jauh realisasi memenuhi target, dalam persen\.$/);
    for (const istilah of glosarium) expect(istilah.ringkas, istilah.id).not.toMatch(/[[\]<>]|\]\(/);
  });
});

describe('tandaiIstilah (inline definitions)', () => {
  const istilah = glosarium.filter((i) => ['capaian', 'pk', 'apbd', 'apbd-p', 'kegiatan'].includes(i.id));
  it('links the first use of each term only, abbreviations as <abbr>, words as <dfn>', () => {
    const html = tandaiIstilah(
      '<p>Capaian PK tinggi; capaian lain.</p><p>Target PK dan APBD-P.</p>',
      istilah,
      '/glosarium/',
    );
    expect(html).toBe(
      '<p><a class="istilah" href="/glosarium/#capaian"><dfn title="Seberapa jauh realisasi memenuhi target, dalam persen.">Capaian</dfn></a> ' +
        '<a class="istilah" href="/glosarium/#pk"><abbr title="Perjanjian Kinerja. ' +
        istilah.find((i) => i.id === 'pk')!.ringkas +
        '">PK</abbr></a> tinggi; capaian lain.</p><p>Target PK dan <a class="istilah" href="/glosarium/#apbd-p"><abbr title="APBD Perubahan. ' +
        istilah.find((i) => i.id === 'apbd-p')!.ringkas +
        '">APBD-P</abbr></a>.</p>',
    );
  });
  it('leaves links, headings, scripts and parts of words alone, and remembers what the page defined', () => {
    const sudah = new Set<string>();
    const html = tandaiIstilah(
      '<h3>Capaian</h3><a href="/x">capaian</a><script>var capaian=1</script><p>sub-kegiatan, APBDes, PKK</p>',
      istilah,
      '/g/',
      sudah,
    );
    expect(html).not.toContain('class="istilah"');
    expect(tandaiIstilah('<ul data-tanpa-istilah><li>PK</li></ul>', istilah, '/g/')).not.toContain('class="istilah"');
    expect(tandaiIstilah('<p>capaian</p>', istilah, '/g/', sudah)).toContain('href="/g/#capaian"');
    expect(tandaiIstilah('<p>capaian</p>', istilah, '/g/', sudah)).toBe('<p>capaian</p>');
  });

  it('reads the page as markup: quoted ">" in attributes, raw text, nested skipped elements, comments, entities', () => {
    const html = tandaiIstilah(
      '<div title="a > capaian"><script type="application/json">{"x":"capaian PK"}</script>' +
        '<!-- capaian --><a href="/x"><span>capaian</span></a><div aria-hidden="true"><div>PK</div><p>capaian</p></div>' +
        '<p>Realisasi&nbsp;capaian &amp; PK<br>lagi</p></div>',
      istilah,
      '/g/',
    );
    // the first linkable uses are the two in the last paragraph; everything before it is left as written
    expect(html.split('class="istilah"')).toHaveLength(3);
    expect(html).toContain('<div title="a > capaian"><script type="application/json">{"x":"capaian PK"}</script>');
    expect(html).toContain('<!-- capaian --><a href="/x"><span>capaian</span></a>');
    expect(html).toContain('<p>Realisasi&nbsp;<a class="istilah" href="/g/#capaian">');
    expect(html).toContain('&amp; <a class="istilah" href="/g/#pk"><abbr');
    expect(html).toMatch(/<\/abbr><\/a><br>lagi<\/p><\/div>$/);
  });
  it('gives a term that two glossary entries could start at one place to the earlier entry, like the glossary', () => {
    const dua = [
      { id: 'nilai', nama: 'nilai', kepanjangan: null, ringkas: 'A.', singkatan: false },
      { id: 'nilai-sakip', nama: 'nilai SAKIP', kepanjangan: null, ringkas: 'B.', singkatan: false },
    ];
    expect(tandaiIstilah('<p>nilai sakip</p>', dua, '/g/')).toContain('href="/g/#nilai"><dfn title="A.">nilai</dfn>');
    expect(tandaiIstilah('<p>nilai sakip</p>', [...dua].reverse(), '/g/')).toContain(
      '<dfn title="B.">nilai sakip</dfn>',
    );
  });
});
