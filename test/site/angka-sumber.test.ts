/**
 * Figures verified by hand against the source documents and the real excerpts (test/fixtures/figures/*.json),
 * checked in the built open data (dist/data/*.csv) and in the content files.
 * Each fixture row names its source text and line (`seed`: content/README.md, "Source files"), so a
 * reviewer can check it again.
 */
import { isDeepStrictEqual } from 'node:util';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bacaCsv } from '../helpers/csv.ts';

interface AngkaCsv {
  file: 'indikator.csv' | 'anggaran.csv';
  where: Record<string, string | number>;
  column: string;
  expected: string | number;
  seed: string;
}
interface AngkaJson {
  path: string;
  pointer: string;
  /** when the pointer names a list (e.g. a report's audit), the one element whose fields are these, and its field `kolom` */
  cari?: Record<string, unknown>;
  kolom?: string;
  expected: unknown;
  seed: string;
}

const dir = 'test/fixtures/figures';
const fixtures = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];
const semua = fixtures.flatMap((f) =>
  (JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as (AngkaCsv | AngkaJson)[]).map((a) => ({ fixture: f, ...a })),
);
const csv = new Map<string, Record<string, string>[]>();
const tabel = (berkas: string) => {
  if (!csv.has(berkas)) csv.set(berkas, bacaCsv(readFileSync(`dist/data/${berkas}`, 'utf8')));
  return csv.get(berkas)!;
};

/** RFC 6901 JSON Pointer. */
const tunjuk = (doc: unknown, pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc);

describe('angka yang diverifikasi dengan tangan terhadap dokumen sumber', () => {
  it('ada sedikitnya 30 angka dari ketiga instansi benih dan ketiga kutipan nyata', () => {
    expect(semua.length).toBeGreaterThanOrEqual(30);
    // content/instansi/<id>/…, or a report's open data dist/data/laporan/<id>-<tahun>.json
    const dariJalur = (p: string) =>
      p.startsWith('dist/')
        ? p
            .split('/')
            .at(-1)!
            .replace(/-\d{4}\.json$/, '')
        : p.split('/')[2];
    const instansi = new Set(semua.map((a) => ('where' in a ? String(a.where.instansi) : dariJalur(a.path))));
    expect([...instansi].sort()).toEqual([
      'bkd-kota-blitar',
      'bkd-provinsi-kalimantan-timur',
      'bkpsdm-kota-bontang',
      'inspektorat-daerah-kabupaten-sampang',
      'pemerintah-kabupaten-manggarai-timur',
      'sub-bidang-penyusunan-anggaran-kabupaten-polewali-mandar',
    ]);
  });

  for (const angka of semua) {
    if ('file' in angka) {
      it(`${angka.fixture}: ${angka.file} ${JSON.stringify(angka.where)} ${angka.column} = ${angka.expected} (${angka.seed})`, () => {
        const rows = tabel(angka.file).filter((r) => Object.entries(angka.where).every(([k, v]) => r[k] === String(v)));
        expect(rows, 'kriteria where harus memilih tepat satu baris').toHaveLength(1);
        const got = rows[0]![angka.column];
        if (typeof angka.expected === 'number' || /^-?\d+(\.\d+)?$/.test(String(angka.expected)))
          expect(Number(got)).toBeCloseTo(Number(angka.expected), 6);
        else expect(got).toBe(String(angka.expected));
      });
    } else {
      const nama = `${angka.path}#${angka.pointer}${angka.cari ? ` ${JSON.stringify(angka.cari)} ${angka.kolom}` : ''}`;
      it(`${angka.fixture}: ${nama} = ${JSON.stringify(angka.expected)} (${angka.seed})`, () => {
        const nilai = tunjuk(JSON.parse(readFileSync(angka.path, 'utf8')), angka.pointer);
        if (!angka.cari) return expect(nilai).toEqual(angka.expected);
        const cocok = (nilai as Record<string, unknown>[]).filter((x) =>
          Object.entries(angka.cari!).every(([k, w]) => isDeepStrictEqual(x[k], w)),
        );
        expect(cocok, 'kriteria cari harus memilih tepat satu unsur').toHaveLength(1);
        expect(cocok[0]![angka.kolom!]).toEqual(angka.expected);
      });
    }
  }
});
