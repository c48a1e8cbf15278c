import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rakitKorpus } from '../../../src/core/muat/korpus.ts';
import { bacaDesimal, bacaNilai, bacaRupiah, bacaTarget, bacaTercetak } from '../../../src/core/publikasi/angka.ts';
import { bacaCsv, barisLembar, hurufKolom } from '../../../src/core/publikasi/csv-baca.ts';
import { buatXlsx } from './xlsx.ts';
import { bacaLembar, imporLaporan } from '../../../src/core/publikasi/impor.ts';
import { validasiBerkas } from '../../../src/core/publikasi/validasi.ts';
import { PROYEK, berkasFixture } from './bantuan.ts';

const CSV_BONTANG = join(PROYEK, 'test/fixtures/impor/bkpsdm-kota-bontang-2020.csv');
const node = existsSync(join(PROYEK, 'node_modules/.bin/node'))
  ? join(PROYEK, 'node_modules/.bin/node')
  : process.execPath;

describe('Indonesian number formats', () => {
  it.each([
    ['1.168.174.816', 1168174816],
    ['Rp 5.429.689.056,00', 5429689056],
    ['Rp. 10.750.000', 10750000],
    ['1168174816,00', 1168174816],
    ['10,500', 10500],
    ['4.000.000,00', 4000000],
    // the ",-" after whole rupiah is how Indonesian spreadsheets write "no sen"
    ['Rp. 105.000.000.000,-', 105000000000],
    ['105.000.000,--', 105000000],
  ])('rupiah %s → %d', (s, n) => expect(bacaRupiah(s)).toEqual({ ok: true, nilai: n }));
  it.each([
    ['12,50', '"12,50": rupiah ditulis bulat, tanpa sen.'],
    ['1.16.8', '"1.16.8": pemisah ribuan tidak teratur.'],
    ['satu juta', '"satu juta" bukan angka.'],
    ['-5.000', '"-5.000": rupiah tidak boleh negatif.'],
    ['Rp 5.000,-5', '"Rp 5.000,-5" bukan angka.'],
  ])('rupiah %s is refused', (s, pesan) => expect(bacaRupiah(s)).toMatchObject({ ok: false, pesan }));
  it.each([
    ['72,58', 72.58],
    ['97.21', 97.21],
    ['1.250', 1250],
    ['0.125', 0.125],
    ['-2,5', -2.5],
    ['98,25 %', 98.25],
  ])('decimal %s → %d', (s, n) => expect(bacaDesimal(s)).toEqual({ ok: true, nilai: n }));
  it.each([
    ['100,80', '100.80'],
    ['97.21', '97.21'],
    ['98,25%', '98.25'],
    ['100.800', '100.800'],
    ['N/A', 'N/A'],
    ['-', undefined],
    ['', undefined],
  ])('printed %s → %s (precision kept)', (s, t) => expect(bacaTercetak(s)).toEqual({ ok: true, nilai: t }));
  it.each(['-', '', ' – '])('rupiah %j is not printed (null), never Rp 0', (s) =>
    expect(bacaRupiah(s)).toEqual({ ok: true, nilai: null }),
  );
  it('values and targets', () => {
    expect(bacaNilai('BB')).toEqual({ ok: true, nilai: 'BB' });
    expect(bacaNilai('-')).toEqual({ ok: true, nilai: null });
    expect(bacaNilai('n/a')).toEqual({ ok: true, nilai: 'N/A' });
    expect(bacaTarget('70 - 80')).toEqual({ ok: true, nilai: { min: 70, max: 80 } });
    expect(bacaTarget('72')).toEqual({ ok: true, nilai: 72 });
    // an empty cell is "not in the source", never an invented "N/A"
    expect(bacaTarget('')).toEqual({ ok: true, nilai: null });
    expect(bacaTarget('-')).toEqual({ ok: true, nilai: null });
    // printed precision kept where the number alone would lose it; labels kept as printed
    expect(bacaTarget('7,0')).toEqual({ ok: true, nilai: '7.0' });
    expect(bacaTarget('72,58')).toEqual({ ok: true, nilai: 72.58 });
    expect(bacaNilai('Level 3')).toEqual({ ok: true, nilai: 'Level 3' });
    expect(bacaNilai('WTP')).toEqual({ ok: true, nilai: 'WTP' });
    expect(bacaTarget('2,5 – 3,0')).toEqual({ ok: true, nilai: { min: 2.5, max: '3.0' } });
  });
});

describe('CSV reading', () => {
  it('semicolons, quotes, line breaks in cells, the sep= hint, and file row numbers', () => {
    const hasil = bacaCsv('sep=;\n#instansi;x\nnama;pagu\n"Program ""A"";\nbaris dua";"1.000,00"\r\nB;2\n');
    expect(hasil).toEqual([
      { nomor: 2, sel: ['#instansi', 'x'] },
      { nomor: 3, sel: ['nama', 'pagu'] },
      { nomor: 4, sel: ['Program "A";\nbaris dua', '1.000,00'] },
      { nomor: 6, sel: ['B', '2'] },
    ]);
  });
  it('guesses the separator', () => {
    expect(bacaCsv('a,b\n"1,5",2\n')[1]!.sel).toEqual(['1,5', '2']);
    expect(bacaCsv('a;b\n1,5;2\n')[1]!.sel).toEqual(['1,5', '2']);
    expect(bacaCsv('a\tb\n1,5\t2\n')[1]!.sel).toEqual(['1,5', '2']);
  });
  it('names columns like a spreadsheet', () =>
    expect([0, 4, 25, 26, 27].map(hurufKolom)).toEqual(['A', 'E', 'Z', 'AA', 'AB']));
});

/** A temp content folder holding the real BKPSDM Kota Bontang agency without its 2020 report. */
function kontenBontang(): string {
  const folder = mkdtempSync(join(tmpdir(), 'kt-impor-'));
  mkdirSync(join(folder, 'content/instansi/bkpsdm-kota-bontang'), { recursive: true });
  cpSync(join(PROYEK, 'content/situs.json'), join(folder, 'content/situs.json'));
  cpSync(join(PROYEK, 'content/wilayah'), join(folder, 'content/wilayah'), { recursive: true });
  for (const nama of ['instansi.json', 'indikator.json', 'renstra-2016-2021.json'])
    cpSync(
      join(PROYEK, 'content/instansi/bkpsdm-kota-bontang', nama),
      join(folder, 'content/instansi/bkpsdm-kota-bontang', nama),
    );
  return folder;
}

describe(
  'npm run import: BKPSDM Kota Bontang 2020, re-typed from the source document into the template',
  { timeout: 60_000 },
  () => {
    const dirs: string[] = [];
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
    const run = (...a: string[]) => spawnSync(node, ['scripts/import.ts', ...a], { cwd: PROYEK, encoding: 'utf8' });

    it('creates a report that validates, with the printed figures read exactly', () => {
      const folder = kontenBontang();
      dirs.push(folder);
      const proses = run(CSV_BONTANG, '--konten', folder);
      expect(proses.stderr).toBe('');
      expect(proses.status).toBe(0);
      const berkas = join(folder, 'content/instansi/bkpsdm-kota-bontang/2020/lkjip.json');
      const laporan = JSON.parse(readFileSync(berkas, 'utf8'));
      expect(laporan.pengukuran.indikator).toEqual([
        {
          indikator: 'indeks-profesionalitas-asn',
          sasaran: 'meningkatnya-profesionalitas-asn',
          nama_tercetak: 'Indeks profesionalitas ASN',
          satuan: 'Persen',
          target: 72,
          realisasi: 72.58,
          capaian_tercetak: '100.80',
        },
      ]);
      expect(laporan.pengukuran.lokasi).toEqual({
        bagian: 'BAB III',
        tabel: 'Tabel 3.1 Pengukuran Kinerja berdasarkan IKU',
        baris: [1808, 1824],
      });
      const tabel = laporan.anggaran.find((x: { id: string }) => x.id === 'realisasi-anggaran-per-pk');
      expect(tabel.jenis).toBe('per_sasaran');
      expect(
        tabel.baris.map(
          (p: { tingkat: string; pagu: number; realisasi: number; serapan_tercetak: string; sasaran: string }) => [
            p.tingkat,
            p.pagu,
            p.realisasi,
            p.serapan_tercetak,
            p.sasaran,
          ],
        ),
      ).toEqual([
        ['program', 1852072146, 1800317753, '97.21', 'meningkatnya-profesionalitas-asn'],
        ['program', 1652423894, 1640722094, '99.30', 'meningkatnya-profesionalitas-asn'],
        ['program', 1168174816, 1156063208, '98.96', 'meningkatnya-profesionalitas-asn'],
        ['program', 753018200, 733703600, '97.44', 'meningkatnya-profesionalitas-asn'],
        ['program', 4000000, 3960000, '99.00', 'meningkatnya-profesionalitas-asn'],
      ]);
      expect(tabel.jumlah).toEqual({ pagu: 5429689056, realisasi: 5334766655, serapan_tercetak: '98.25' });
      const validasi = spawnSync(node, ['scripts/validate.ts', '--konten', folder], { cwd: PROYEK, encoding: 'utf8' });
      expect(validasi.status).toBe(0);
    });

    it('agrees with the hand-transcribed content of the same table', () => {
      const berkasTangan = join(PROYEK, 'content/instansi/bkpsdm-kota-bontang/2020/lkjip.json');
      if (!existsSync(berkasTangan)) return;
      const tangan = JSON.parse(readFileSync(berkasTangan, 'utf8'));
      const { lembar } = bacaLembar(readFileSync(CSV_BONTANG, 'utf8'));
      const folder = kontenBontang();
      dirs.push(folder);
      const nyata = rakitKorpus([
        ...[
          'content/situs.json',
          'content/wilayah/kota-bontang.json',
          'content/wilayah/provinsi-kalimantan-timur.json',
          'content/instansi/bkpsdm-kota-bontang/instansi.json',
          'content/instansi/bkpsdm-kota-bontang/indikator.json',
          'content/instansi/bkpsdm-kota-bontang/renstra-2016-2021.json',
        ].map((p) => ({ path: p, isi: readFileSync(join(folder, p), 'utf8') })),
      ]).korpus;
      const hasil = imporLaporan({ lembar, korpus: nyata, instansi: 'bkpsdm-kota-bontang', tahun: 2020 });
      expect(hasil.galat).toEqual([]);
      const ringkas = (t: {
        baris: { pagu: number; realisasi: number; serapan_tercetak: string }[];
        jumlah: unknown;
      }) => ({
        baris: t.baris.map((p) => [p.pagu, p.realisasi, p.serapan_tercetak]),
        jumlah: t.jumlah,
      });
      const id = 'realisasi-anggaran-per-pk';
      expect(ringkas(hasil.laporan.anggaran.find((t) => t.id === id) as never)).toEqual(
        ringkas(tangan.anggaran.find((t: { id: string }) => t.id === id)),
      );
      const [ukur] = hasil.laporan.pengukuran.indikator;
      const [ukurTangan] = tangan.pengukuran.indikator;
      expect([ukur!.target, ukur!.realisasi, ukur!.capaian_tercetak]).toEqual([
        ukurTangan.target,
        ukurTangan.realisasi,
        ukurTangan.capaian_tercetak,
      ]);
    });

    it('never overwrites existing content without --timpa', () => {
      const folder = kontenBontang();
      dirs.push(folder);
      expect(run(CSV_BONTANG, '--konten', folder).status).toBe(0);
      const berkas = join(folder, 'content/instansi/bkpsdm-kota-bontang/2020/lkjip.json');
      const laporan = JSON.parse(readFileSync(berkas, 'utf8'));
      laporan.pengukuran.indikator[0].catatan = 'catatan operator';
      writeFileSync(berkas, JSON.stringify(laporan, null, 2));
      const sebelum = readFileSync(berkas, 'utf8');
      const proses = run(CSV_BONTANG, '--konten', folder);
      expect(proses.status).toBe(1);
      expect(proses.stderr).toContain(
        'sudah berisi pengukuran, anggaran "realisasi-anggaran-per-pk"; tidak ditimpa. Pakai --timpa untuk menggantinya.',
      );
      expect(readFileSync(berkas, 'utf8')).toBe(sebelum);
      const prosesTimpa = run(CSV_BONTANG, '--konten', folder, '--timpa');
      expect(prosesTimpa.status).toBe(0);
      // --timpa replaces the table's figures and keeps what the sheet does not hold
      expect(JSON.parse(readFileSync(berkas, 'utf8')).pengukuran.indikator[0].catatan).toBe('catatan operator');
    });

    it('reports every unreadable cell with its row and column, and writes nothing', () => {
      const folder = kontenBontang();
      dirs.push(folder);
      const rusak = readFileSync(CSV_BONTANG, 'utf8')
        .replace(';72;72,58;100,80', ';72;72,5,8;100,80')
        .replace('1.852.072.146,00', '1.852.072.146,50')
        .replace('753.018.200,00', '753.O18.200,00')
        .replace('tingkat;nama;sasaran;pagu;realisasi;serapan_tercetak', 'tingkat;nama;sasaran;pagu;realisasi;serapan')
        .replace(';Meningkatnya profesionalitas ASN;4.000.000', ';Meningkatnya profesionalisme;4.000.000');
      const berkasRusak = join(folder, 'rusak.csv');
      writeFileSync(berkasRusak, rusak);
      const proses = run(berkasRusak, '--konten', folder);
      expect(proses.status).toBe(1);
      const galat = [
        ...proses.stderr.matchAll(
          /GALAT \(error\) {2}.*?, baris \(row\) (\d+), kolom \(column\) ([^\n]+)\n {2}([^\n]+)/g,
        ),
      ].map((m) => [Number(m[1]), m[2], m[3]]);
      expect(galat).toEqual([
        [13, 'E (realisasi)', '"72,5,8": pemisah ribuan tidak teratur.'],
        [23, 'D (pagu)', '"1.852.072.146,50": rupiah ditulis bulat, tanpa sen.'],
        [26, 'D (pagu)', '"753.O18.200,00" bukan angka.'],
        [
          27,
          'C (sasaran)',
          'Sasaran "Meningkatnya profesionalisme" tidak ada di Renstra 2016-2021 (Review Renstra ' +
            'BKPSDM Kota Bontang 2016-2021 (setelah review)) maupun di sasaran laporan.',
        ],
      ]);
      expect(proses.stderr).toContain('✘ 4 sel/baris tidak dapat dibaca; tidak ada yang ditulis.');
      expect(existsSync(join(folder, 'content/instansi/bkpsdm-kota-bontang/2020/lkjip.json'))).toBe(false);
    });

    it('unknown headings and settings are reported with their cell', () => {
      const { galat } = bacaLembar('#instansi;x\n#tahunn;2020\n#data;pengukuran\nindikator;target;realisasi;nilai\n');
      expect(galat.map((g) => [g.baris, g.kolom, g.pesan])).toEqual([
        [2, 'A', 'Pengaturan "#tahunn" tidak dikenal.'],
        [4, 'D', 'Judul kolom "nilai" tidak dikenal untuk tabel pengukuran.'],
      ]);
    });
  },
);

describe('import into the synthetic fixture: programme → kegiatan → sub-kegiatan', () => {
  it('builds the tree, validates, and the budget warnings come from the audit', () => {
    const lembar = bacaLembar(
      [
        '#instansi,dinas-contoh',
        '#tahun,2023',
        '#data,pengukuran',
        'indikator,target,realisasi,capaian_tercetak',
        'IP ASN,74,"74,5","100,67"',
        'Rata-rata waktu layanan,9,-,',
        '#data,anggaran',
        '#id,program-kegiatan',
        'tingkat,kode,nama,pagu,realisasi,serapan',
        'program,1,Program A,"Rp 100.000.000,00","Rp 95.000.000,00","95,00"',
        'kegiatan,1.1,Kegiatan A1,60.000.000,55.000.000,"91,66"',
        'sub_kegiatan,1.1.1,Sub A1a,60.000.000,55.000.000,',
        'kegiatan,1.2,Kegiatan A2,40.000.000,41.000.000,"102,50"',
        'program,2,Program B,50.000.000,-,',
        'jumlah,,Jumlah,150.000.000,95.000.000,',
      ].join('\n'),
    ).lembar;
    const { korpus } = rakitKorpus(berkasFixture());
    const hasil = imporLaporan({ lembar, korpus, instansi: 'dinas-contoh', tahun: 2023 });
    expect(hasil.galat).toEqual([]);
    expect(
      hasil.laporan.pengukuran.indikator.map((i) => [i.indikator, i.target, i.realisasi, i.capaian_tercetak]),
    ).toEqual([
      ['indeks-profesionalitas-asn', 74, 74.5, '100.67'],
      ['waktu-layanan', 9, null, undefined],
    ]);
    const tabel = hasil.laporan.anggaran[0]!;
    // the written file leaves out empty lists (no `anak` on a leaf)
    expect(
      tabel.baris[0]!.anak.map((k) => [k.tingkat, k.kode, k.nama, k.pagu, k.realisasi, k.anak?.length ?? 0]),
    ).toEqual([
      ['kegiatan', '1.1', 'Kegiatan A1', 60000000, 55000000, 1],
      ['kegiatan', '1.2', 'Kegiatan A2', 40000000, 41000000, 0],
    ]);
    expect(tabel.baris[0]!.anak[0]!.anak[0]).toMatchObject({ tingkat: 'sub_kegiatan', nama: 'Sub A1a' });
    // "-" in a money cell: not printed, so no realisasi at all (never Rp 0)
    expect(tabel.baris[1]).toMatchObject({ tingkat: 'program', nama: 'Program B', pagu: 50000000 });
    expect(tabel.baris[1]).not.toHaveProperty('realisasi');
    const hasilValidasi = validasiBerkas([
      ...berkasFixture(),
      { path: 'content/instansi/dinas-contoh/2023/lkjip.json', isi: JSON.stringify(hasil.laporan) },
    ]);
    expect(hasilValidasi.sah).toBe(true);
    // still a draft: the scaffold's placeholders the sheet does not fill are listed
    expect(hasilValidasi.masalah.filter((m) => m.berkas.includes('/2023/')).map((m) => [m.tingkat, m.jalur])).toEqual([
      ['peringatan', 'sumber.berkas'],
      ['peringatan', 'transkripsi.catatan'],
      ['peringatan', 'draf'],
      ['peringatan', 'anggaran[0].baris[0].realisasi'],
      ['peringatan', 'anggaran[0].baris[0].anak[1].realisasi'],
    ]);
  });

  it("a tree may start at kegiatan (an eselon-IV unit's budget): no programme is needed above it", () => {
    const lembar = bacaLembar(
      [
        '#instansi,dinas-contoh',
        '#tahun,2023',
        '#data,anggaran',
        '#id,kegiatan-unit',
        'tingkat,nama,pagu,realisasi',
        'kegiatan,Koordinasi A,"1.004.422.800","1.000.972.958"',
        'sub_kegiatan,Sub A1,"808.430.200","805.369.584"',
        'sub_kegiatan,Sub A2,"195.992.600","195.603.374"',
      ].join('\n'),
    ).lembar;
    const { korpus } = rakitKorpus(berkasFixture());
    const hasil = imporLaporan({ lembar, korpus, instansi: 'dinas-contoh', tahun: 2023 });
    expect(hasil.galat).toEqual([]);
    const tabel = hasil.laporan.anggaran.find((x) => x.id === 'kegiatan-unit')!;
    expect(tabel.baris.map((b) => [b.tingkat, b.nama, b.anak.map((a) => a.nama)])).toEqual([
      ['kegiatan', 'Koordinasi A', ['Sub A1', 'Sub A2']],
    ]);
  });

  it('never writes "N/A" for an empty target cell: it is not in the source (null)', () => {
    const lembar = bacaLembar(
      ['#instansi,dinas-contoh', '#tahun,2023', '#data,pengukuran', 'indikator,target,realisasi', 'IP ASN,,74'].join(
        '\n',
      ),
    ).lembar;
    const { korpus } = rakitKorpus(berkasFixture());
    const hasil = imporLaporan({ lembar, korpus, instansi: 'dinas-contoh', tahun: 2023 });
    expect(hasil.galat).toEqual([]);
    expect(hasil.laporan.pengukuran.indikator[0]).toMatchObject({ target: null, realisasi: 74 });
    expect(JSON.stringify(hasil.laporan)).not.toContain('N/A');
    expect(hasil.laporan.perjanjian_kinerja).toBeUndefined(); // no PK is made up either
  });
});

describe('npm run import: the same sheet saved as .xlsx', { timeout: 60_000 }, () => {
  it('gives the same report as the CSV (number cells are numbers, printed percentages kept as text)', () => {
    const dirs = [kontenBontang(), kontenBontang()];
    try {
      // The CSV fixture as Excel would hold it after typing: amounts and values as numbers.
      const csv = bacaCsv(readFileSync(CSV_BONTANG, 'utf8'));
      const ANGKA = new Set(['pagu', 'realisasi', 'target']);
      let kepala: string[] = [];
      const rows = csv.map((barisMentah) => {
        if (barisMentah.sel[0]!.startsWith('#')) {
          kepala = [];
          return barisMentah.sel;
        }
        if (!kepala.length) {
          kepala = barisMentah.sel;
          return barisMentah.sel;
        }
        return barisMentah.sel.map((isiSel, kolom) => {
          if (!ANGKA.has(kepala[kolom]!) || isiSel === '') return isiSel;
          const angka = kepala.includes('indikator') ? bacaDesimal(isiSel) : bacaRupiah(isiSel);
          if (!angka.ok) throw new Error(`${isiSel}: ${angka.pesan}`);
          return angka.nilai;
        });
      });
      const berkasXlsx = join(dirs[1]!, 'lkjip-2020.xlsx');
      writeFileSync(berkasXlsx, buatXlsx(rows));
      const run = (...a: string[]) => spawnSync(node, ['scripts/import.ts', ...a], { cwd: PROYEK, encoding: 'utf8' });
      expect(run(CSV_BONTANG, '--konten', dirs[0]!).status).toBe(0);
      const proses = run(berkasXlsx, '--konten', dirs[1]!);
      expect(proses.stderr).toBe('');
      expect(proses.status).toBe(0);
      const baca = (d: string) => readFileSync(join(d, 'content/instansi/bkpsdm-kota-bontang/2020/lkjip.json'), 'utf8');
      expect(baca(dirs[1]!)).toBe(baca(dirs[0]!));
    } finally {
      dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
    }
  });

  it('number cells are checked, not re-read as text (1.125 stays 1.125; fractional rupiah is refused)', () => {
    const { lembar, galat } = bacaLembar(
      barisLembar([
        ['#data', 'pengukuran'],
        ['indikator', 'target', 'realisasi'],
        ['IP ASN', 1.125, 72.58],
        ['#data', 'anggaran'],
        ['nama', 'pagu', 'realisasi'],
        ['Program A', 100.5, 90],
      ]),
    );
    expect(galat).toEqual([]);
    const { korpus } = rakitKorpus(berkasFixture());
    const hasil = imporLaporan({ lembar, korpus, instansi: 'dinas-contoh', tahun: 2023 });
    expect(hasil.galat.map((g) => [g.baris, g.kolom, g.pesan])).toEqual([
      [6, 'B (pagu)', '"100.5": rupiah ditulis bulat, tanpa sen.'],
    ]);
    expect(hasil.laporan.pengukuran.indikator[0]).toMatchObject({ target: 1.125, realisasi: 72.58 });
  });
});

describe('what Indonesian spreadsheets really hold (issue 13)', () => {
  const { korpus } = rakitKorpus(berkasFixture());
  const impor = (baris: string[], ada?: unknown) => {
    const { lembar, galat } = bacaLembar(baris.join('\n'));
    return { galat, hasil: imporLaporan({ lembar, korpus, instansi: 'dinas-contoh', tahun: 2023, ada: ada as never }) };
  };

  it('a value under a column without heading is an error naming row and column, not dropped', () => {
    const { galat } = impor([
      '#data;pengukuran',
      'indikator;target;realisasi;catatan;',
      'IP ASN;74;75;dibaca ulang; halaman 12',
    ]);
    expect(galat).toEqual([
      expect.objectContaining({ baris: 3, kolom: 'E (tanpa judul / no heading)', ditemukan: 'halaman 12' }),
    ]);
  });

  it('a row cut by an unquoted ";" (more cells than headings) is an error, not read', () => {
    const { galat } = impor(['#data;pengukuran', 'indikator;target;realisasi;catatan', 'IP ASN;74;75;a; b']);
    expect(galat.map((g) => [g.baris, g.kolom])).toEqual([[3, 'E (sel ke-5 / cell 5)']]);
  });

  it('#lokasi_* keeps every cell (a ";" inside the text is joined back)', () => {
    const { galat, hasil } = impor([
      '#data;pengukuran',
      '#lokasi_tabel;Tabel 3.1; Capaian kinerja sasaran',
      'indikator;target;realisasi',
      'IP ASN;74;75',
    ]);
    expect(galat).toEqual([]);
    expect(hasil.laporan.pengukuran.lokasi).toEqual({ tabel: 'Tabel 3.1; Capaian kinerja sasaran' });
  });

  it('a one-value setting with two values is an error, not the first one silently', () => {
    const { galat } = impor(['#instansi;dinas-contoh;dinas-lain', '#data;pengukuran', 'indikator;target;realisasi']);
    expect(galat).toEqual([expect.objectContaining({ baris: 1, kolom: 'C', ditemukan: 'dinas-contoh | dinas-lain' })]);
  });

  it('#sumber and #berkas are used when the report already exists, and a skeleton is filled without --timpa', () => {
    const pertama = impor(['#data;pengukuran', 'indikator;target;realisasi', 'IP ASN;74;']).hasil;
    expect(pertama.galat).toEqual([]);
    const kedua = impor(
      [
        '#sumber;LKjIP Dinas Contoh 2023',
        '#berkas;lkjip-2023.pdf',
        '#data;pengukuran',
        'indikator;target;realisasi',
        'IP ASN;74;75',
      ],
      pertama.laporan,
    ).hasil;
    expect(kedua.galat).toEqual([]);
    expect(kedua.laporan.sumber).toMatchObject({ judul: 'LKjIP Dinas Contoh 2023', berkas: 'lkjip-2023.pdf' });
    // every realisasi was still null: filling it replaces nothing
    expect(kedua.diganti).toEqual([]);
    const ketiga = impor(['#data;pengukuran', 'indikator;target;realisasi', 'IP ASN;74;76'], kedua.laporan).hasil;
    expect(ketiga.diganti).toEqual(['pengukuran']);
  });

  it('"Rp. 105.000.000.000,-" and "-" in a budget sheet: the amount read, the dash left out', () => {
    const { galat, hasil } = impor([
      '#data;anggaran',
      'tingkat;nama;pagu;realisasi',
      'program;Program A;Rp. 105.000.000.000,-;-',
    ]);
    expect(galat).toEqual([]);
    expect(hasil.galat).toEqual([]);
    expect(hasil.laporan.anggaran[0]!.baris[0]).toEqual(
      expect.objectContaining({ nama: 'Program A', pagu: 105000000000 }),
    );
    expect(hasil.laporan.anggaran[0]!.baris[0]).not.toHaveProperty('realisasi');
  });
});
