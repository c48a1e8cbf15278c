import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { TABEL, csvTabel, deskriptorPaket, isiPaket, kamusData } from '../../../src/core/data-terbuka/paket.ts';
import { lingkupLaporan, lingkupSitus } from '../../../src/core/data-terbuka/terbuka.ts';
import { angkaBersih } from '../../../src/core/data-terbuka/csv.ts';
import { korpusContoh } from '../audit/korpus-contoh.ts';
import { tabelCsv } from '../../helpers/csv.ts';

const korpus = korpusContoh();
const lk = lingkupSitus(korpus);

describe('the data package tables', () => {
  it.each(TABEL.map((t) => [t.nama, t] as const))(
    '%s: every row has one cell per column, none NaN or undefined',
    (_, tabel) => {
      for (const baris of tabel.baris(lk)) {
        expect(baris).toHaveLength(Object.keys(tabel.kolom).length);
        for (const nilai of baris)
          expect(typeof nilai === 'number' ? Number.isFinite(nilai) : nilai !== undefined).toBe(true);
      }
      expect(csvTabel(tabel, lk)).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
    },
  );

  it('typed columns hold numbers only', () => {
    for (const tabel of TABEL)
      for (const { baris } of [tabelCsv(csvTabel(tabel, lk))])
        for (const barisIni of baris)
          for (const [kolom, tipe] of Object.entries(tabel.tipe))
            expect(barisIni[kolom], `${tabel.nama}.${kolom}`).toMatch(
              tipe === 'integer' ? /^(-?\d+)?$/ : /^(-?\d+(\.\d+)?)?$/,
            );
  });

  it('one resource per table with typed, described fields, and a licence identifier the spec accepts', () => {
    const deskriptor = deskriptorPaket(korpus, {
      nama: 'contoh',
      judul: 'Contoh',
      lisensi: { nama: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    });
    expect(deskriptor.profile).toBe('tabular-data-package');
    expect(deskriptor.licenses).toEqual([
      { name: 'CC-BY-4.0', title: 'CC BY 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
    ]);
    expect(deskriptor.resources.map((r) => r.path)).toEqual(TABEL.map((t) => `${t.nama}.csv`));
    const anggaran = deskriptor.resources.find((r) => r.name === 'anggaran')!;
    expect(anggaran.schema.fields.find((f) => f.name === 'pagu')).toMatchObject({ type: 'integer' });
    expect(anggaran.schema.foreignKeys).toEqual([
      { fields: ['instansi', 'tahun'], reference: { resource: 'ringkasan', fields: ['instansi', 'tahun'] } },
    ]);
    // without ringkasan in the package, no dangling reference
    const tanpa = deskriptorPaket(korpus, {
      nama: 'x',
      judul: 'x',
      lisensi: korpus.korpus.situs.lisensi_data,
      tabel: [TABEL.find((t) => t.nama === 'anggaran')!],
    });
    expect(tanpa.resources[0]!.schema.foreignKeys).toBeUndefined();
  });

  it('SILPA and the table total row: pagu − realisasi, from the top lines', () => {
    const { baris } = tabelCsv(
      csvTabel(
        TABEL.find((t) => t.nama === 'anggaran')!,
        lk,
      ),
    );
    const jumlah = baris.find((b) => b.tingkat === 'jumlah')!;
    const atas = baris.filter((b) => b.induk === '' && b.tingkat !== 'jumlah' && b.tabel === jumlah.tabel);
    expect(Number(jumlah.pagu)).toBe(atas.reduce((s, b) => s + Number(b.pagu), 0));
    expect(Number(jumlah.silpa)).toBe(Number(jumlah.pagu) - Number(jumlah.realisasi));
  });

  it('a report scope holds only that report; the counts list every table', () => {
    const satu = lingkupLaporan(korpus, korpus.laporan[0]!);
    expect(
      new Set(
        TABEL.find((t) => t.nama === 'ringkasan')!
          .baris(satu)
          .map((r) => r[0]),
      ),
    ).toEqual(new Set([korpus.laporan[0]!.instansi.data.id]));
    expect(isiPaket(lk).map((x) => x.t.nama)).toEqual(TABEL.map((t) => t.nama));
    expect(isiPaket(lk).find((x) => x.t.nama === 'ringkasan')!.jumlah).toBe(korpus.laporan.length);
  });
});

describe('angkaBersih', () => {
  it('drops float noise and keeps whole rupiah of a 15-digit budget', () => {
    expect(angkaBersih(62.66999999999999)).toBe('62.67');
    expect(angkaBersih(0.1 + 0.2)).toBe('0.3');
    expect(angkaBersih(123456789012345)).toBe('123456789012345');
    expect(angkaBersih(Number.NaN)).toBe('');
  });
});

describe('docs/data-terbuka.md', () => {
  it('is the dictionary written from the table list (run npm run schemas after changing a table)', () => {
    const teks = readFileSync('docs/data-terbuka.md', 'utf8');
    expect(teks).toBe(kamusData());
    for (const tabel of TABEL) expect(teks).toContain(`\`${tabel.nama}.csv\``);
  });
});
