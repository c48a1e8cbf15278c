/** The publication scoreboard in the built dist/: its audit counts are the reports' own, its page and JSON agree. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { barisCsv } from '../helpers/csv.ts';

const DIST = resolve('dist');
const ada = existsSync(join(DIST, 'index.html'));
const baca = (p: string) => readFileSync(join(DIST, p), 'utf8');

describe.skipIf(!ada)('papan terbitan (publication scoreboard)', () => {
  it("its audit counts are each report's own, and every report has its row", () => {
    const [kepala, ...baris] = barisCsv(baca('data/terbitan.csv'));
    const kolom = (b: string[], n: string) => b[kepala!.indexOf(n)]!;
    const ix = JSON.parse(baca('data/index.json')) as { instansi: { id: string; laporan: { tahun: number }[] }[] };
    let laporan = 0;
    for (const instansi of ix.instansi)
      for (const laporanInstansi of instansi.laporan) {
        const json = JSON.parse(baca(`data/laporan/${instansi.id}-${laporanInstansi.tahun}.json`)) as {
          audit: { status: string; kelas?: string }[];
        };
        const barisLaporan = baris.find((x) => x[0] === instansi.id && x[1] === String(laporanInstansi.tahun));
        expect(barisLaporan, `${instansi.id} ${laporanInstansi.tahun}`).toBeDefined();
        expect(kolom(barisLaporan!, 'lkjip')).toBe('ya');
        expect(Number(kolom(barisLaporan!, 'angka_diperiksa'))).toBe(json.audit.length);
        expect(Number(kolom(barisLaporan!, 'angka_berbeda'))).toBe(
          json.audit.filter((a) => a.status === 'berbeda' && a.kelas !== 'terbawa').length,
        );
        laporan++;
      }
    expect(laporan).toBeGreaterThan(0);
    expect(baris.filter((b) => kolom(b, 'lkjip') === 'ya')).toHaveLength(laporan);
  });

  it('the page and the JSON say the same, and the home page and the agency list link the page', () => {
    const json = JSON.parse(baca('data/terbitan.json')) as { id: string; baris: { tahun: number }[] }[];
    const html = baca('terbitan/index.html');
    for (const instansi of json) expect(html).toContain(`id="t-${instansi.id}"`);
    expect(baca('index.html')).toContain('href="/terbitan/"');
    expect(baca('instansi/index.html')).toContain('href="/terbitan/"');
  });
});
