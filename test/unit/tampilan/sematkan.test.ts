import { describe, expect, it } from 'vitest';
import { grafikSematan, kepalaBingkai, kodeSematan } from '../../../src/core/tampilan/sematkan.ts';
import { grafikCapaian } from '../../../src/core/tampilan/laporan.ts';
import { korpusDuaTahun } from './korpus-dua-tahun.ts';

const k = korpusDuaTahun();

describe('grafik yang dapat disematkan', () => {
  const s = grafikSematan(k);
  it('one per chart id, each with data on more than one category and the page it comes from', () => {
    expect(new Set(s.map((x) => x.grafik.id)).size).toBe(s.length);
    for (const x of s) expect(x.grafik.label.length).toBeGreaterThan(1);
    expect(s.map((x) => x.halaman)).toEqual(expect.arrayContaining(['/instansi/dinas-contoh/', '/bandingkan/']));
  });

  it("a report's capaian chart is the very chart its page draws", () => {
    const l = k.laporan[0]!;
    const g = grafikCapaian(l.terhitung, `dinas-contoh-${l.terhitung.laporan.tahun}`);
    const x = s.find((e) => e.grafik.id === g.id);
    if (g.label.length > 1)
      expect(x).toMatchObject({ grafik: g, instansi: 'dinas-contoh', tahun: l.terhitung.laporan.tahun });
    else expect(x).toBeUndefined();
  });
});

describe('kodeSematan', () => {
  it('an iframe of the embed page with its title escaped', () => {
    expect(kodeSematan('https://s/sematkan/a/', 'Capaian "A" & <B>')).toBe(
      '<iframe src="https://s/sematkan/a/" title="Capaian &#34;A&#34; &#38; &#60;B&#62;" width="100%" height="520" style="border:0" loading="lazy"></iframe>',
    );
  });
});

describe('kepalaBingkai (_headers)', () => {
  const halaman = ['', 'instansi/a/2021/', 'instansi/a/', 'sematkan/capaian-a/', 'bandingkan/', 'rss.xml', '404.html'];
  it('every top folder but /sematkan/ refuses frames; /sematkan/ allows any; rules do not overlap', () => {
    const teks = kepalaBingkai(halaman, '/kinerja/');
    const aturan = teks
      .split('\n')
      .filter((b) => b.startsWith('/'))
      .map((b) => b.trim());
    expect(aturan).toEqual(['/kinerja/', '/kinerja/bandingkan/*', '/kinerja/instansi/*', '/kinerja/sematkan/*']);
    const blok = teks.split(/\n(?=\/)/);
    expect(blok.find((b) => b.startsWith('/kinerja/instansi/*'))).toContain("frame-ancestors 'none'");
    expect(blok.find((b) => b.startsWith('/kinerja/sematkan/*'))).toContain('frame-ancestors *');
    expect(blok.find((b) => b.startsWith('/kinerja/sematkan/*'))).not.toContain('X-Frame-Options');
  });
});
