/**
 * The careful reader's list (test/fixtures/temuan-cermat.json): every discrepancy a careful reader found
 * in the source documents and that this repository transcribed is listed by the audit, with its class. Where the
 * audit's class differs, the fixture says so and why (`kelas_audit`, `alasan`), and the test holds the
 * audit to that; the findings not covered are listed with their reason, and counted here so that a
 * change in coverage is seen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { samaJalur, type KelasTemuan } from '../../../src/core/audit/audit.ts';
import { temuanNyata } from './korpus-nyata.ts';

interface Cermat {
  id: string;
  tercetak: string;
  kelas: KelasTemuan;
  berkas?: string;
  jalur?: (string | number)[];
  tercakup: boolean;
  kelas_audit?: KelasTemuan;
  alasan?: string;
}

const { temuan } = JSON.parse(readFileSync(new URL('../../fixtures/temuan-cermat.json', import.meta.url), 'utf8')) as {
  temuan: Cermat[];
};
const audit = temuanNyata();

describe('the careful reader’s list', () => {
  it('holds the 102 findings; 101 are covered, the others each have a reason', () => {
    expect(temuan).toHaveLength(102);
    expect(temuan.filter((t) => t.tercakup)).toHaveLength(101);
    for (const butir of temuan.filter((x) => !x.tercakup || x.kelas_audit)) expect(butir.alasan, butir.id).toBeTruthy();
  });

  for (const butir of temuan.filter((x) => x.tercakup))
    it(`${butir.id}: ${butir.tercetak} is listed as berbeda, class ${butir.kelas_audit ?? butir.kelas}`, () => {
      const cocok = audit.filter(
        (a) => a.berkas === butir.berkas && samaJalur(a.jalur, butir.jalur!) && a.status === 'berbeda',
      );
      expect(cocok, `${butir.berkas} ${JSON.stringify(butir.jalur)}`).toHaveLength(1);
      expect(cocok[0]!.kelas).toBe(butir.kelas_audit ?? butir.kelas);
    });

  it('a finding the reader does not count is not a discrepancy: Bontang’s printed JUMLAH realisasi is right', () => {
    const cocokLain = audit.find(
      (a) =>
        a.berkas === 'content/instansi/bkpsdm-kota-bontang/2020/lkjip.json' &&
        samaJalur(a.jalur, ['anggaran', 1, 'jumlah', 'realisasi']),
    )!;
    expect(cocokLain).toMatchObject({ status: 'cocok', tercetak: '5334766655' });
  });

  it('the class agrees with the careful reader for 80 of the 101 covered findings', () => {
    expect(temuan.filter((t) => t.tercakup && !t.kelas_audit)).toHaveLength(80);
  });
});
