import { describe, expect, it } from 'vitest';
import { grafikSematan, kepalaBingkai, kodeSematan } from '../../../src/core/tampilan/sematkan.ts';
import { grafikCapaian } from '../../../src/core/tampilan/laporan.ts';
import { korpusDuaTahun } from './korpus-dua-tahun.ts';

const korpus = korpusDuaTahun();

describe('grafik yang dapat disematkan', () => {
  const sematan = grafikSematan(korpus);
  it('one per chart id, each with data on more than one category and the page it comes from', () => {
    expect(new Set(sematan.map((x) => x.grafik.id)).size).toBe(sematan.length);
    for (const butir of sematan) expect(butir.grafik.label.length).toBeGreaterThan(1);
    expect(sematan.map((x) => x.halaman)).toEqual(expect.arrayContaining(['/instansi/dinas-contoh/', '/bandingkan/']));
  });

  it("a report's capaian chart is the very chart its page draws", () => {
    const laporan = korpus.laporan[0]!;
    const grafik = grafikCapaian(laporan.terhitung, `dinas-contoh-${laporan.terhitung.laporan.tahun}`);
    const cocok = sematan.find((e) => e.grafik.id === grafik.id);
    if (grafik.label.length > 1)
      expect(cocok).toMatchObject({ grafik, instansi: 'dinas-contoh', tahun: laporan.terhitung.laporan.tahun });
    else expect(cocok).toBeUndefined();
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
