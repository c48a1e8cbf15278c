import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rakitKorpus } from '../../../src/core/muat/korpus.ts';
import { periksaMdx } from '../../../src/core/muat/mdx-aman.ts';
import { validasiBerkas } from '../../../src/core/publikasi/validasi.ts';
import { PROYEK, berkasFixture, FIXTURE, JALUR_CONTOH, ubahJson } from './bantuan.ts';
import { KASUS } from './kasus-rusak.ts';
import { HARAPAN } from './harapan-rusak.ts';

const ringkas = (m: { baris?: number; jalur: string; pesan: string; message: string }) =>
  m.baris !== undefined
    ? { baris: m.baris, jalur: m.jalur, pesan: m.pesan, message: m.message }
    : { jalur: m.jalur, pesan: m.pesan, message: m.message };

describe('validasi: konten sah (valid content)', () => {
  it('the synthetic fixture has no error, through the loader and through the validator', () => {
    expect(rakitKorpus(berkasFixture()).masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
    const hasil = validasiBerkas(berkasFixture());
    expect(hasil.sah).toBe(true);
    expect(hasil.galat).toBe(0);
  });

  it('a UTF-8 byte-order mark is fine', () => {
    const files = berkasFixture().map((f) => ({
      path: f.path,
      isi: Uint8Array.from(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(String(f.isi))])),
    }));
    expect(validasiBerkas(files).galat).toBe(0);
  });
});

describe('validasi: korpus rusak (broken corpus), one broken thing per case', () => {
  it('has at least 25 cases', () => expect(KASUS.length).toBeGreaterThanOrEqual(25));
  for (const kasus of KASUS) {
    it(kasus.nama, () => {
      const hasil = validasiBerkas(kasus.files());
      expect(hasil.sah).toBe(false);
      const di = hasil.masalah.filter((m) => m.tingkat === 'galat' && m.berkas === kasus.berkas);
      expect(di.map(ringkas)).toEqual(HARAPAN[kasus.nama]);
      // every problem is bilingual and comes with a hint
      for (const masalah of hasil.masalah) {
        expect(masalah.pesan.length).toBeGreaterThan(0);
        expect(masalah.message.length).toBeGreaterThan(0);
        expect(masalah.saran?.length).toBeGreaterThan(0);
      }
    });
  }

  it('reports ALL problems in one run', () => {
    let files = berkasFixture();
    files = ubahJson(files, JALUR_CONTOH.kota, (j) => (j.tingkat = 'desa'));
    files = ubahJson(files, JALUR_CONTOH.lkjip, (laporan) => {
      laporan.pengukuran.indikator[0].capaian_tercetak = '100,80';
      laporan.anggaran[0].baris[1].pagu = -50;
      laporan.sumber.halaman = 3;
    });
    const hasil = validasiBerkas(files);
    expect(hasil.masalah.filter((m) => m.tingkat === 'galat').map((m) => `${m.berkas} ${m.jalur}`)).toEqual(
      expect.arrayContaining([
        `${JALUR_CONTOH.kota} tingkat`,
        `${JALUR_CONTOH.lkjip} pengukuran.indikator[0].capaian_tercetak`,
        `${JALUR_CONTOH.lkjip} anggaran[0].baris[1].pagu`,
        `${JALUR_CONTOH.lkjip} sumber.halaman`,
      ]),
    );
  });
});

describe('validasi: every new construct of content model v2 names what it expected and what it found', () => {
  const v2 = KASUS.filter((k) =>
    /^(metode capaian|pita skala|skala bernama|nilai di luar|nilai kualitatif|himpunan nilai|periode di luar|unit organisasi)/.test(
      k.nama,
    ),
  );
  it('covers methods, scales, value sets, periods and units', () => expect(v2).toHaveLength(8));
  for (const kasus of v2)
    it(kasus.nama, () => {
      const [masalah] = validasiBerkas(kasus.files()).masalah.filter(
        (x) => x.tingkat === 'galat' && x.berkas === kasus.berkas,
      );
      expect(masalah?.ditemukan, 'ditemukan (found)').toBeTruthy();
      expect(masalah?.diharapkan, 'diharapkan (expected)').toBeTruthy();
    });
  it('the expected value of an enum is in its message: the methods are listed', () => {
    const [kasus] = v2;
    const [masalah] = validasiBerkas(kasus!.files()).masalah.filter((x) => x.tingkat === 'galat');
    for (const id of ['realisasi-per-target', 'target-per-realisasi', 'dua-target-kurang-realisasi']) {
      expect(masalah!.pesan).toContain(id);
      expect(masalah!.diharapkan).toContain(`"${id}"`);
    }
  });
});

describe('validasi: peringatan anggaran (budget warnings, from the audit)', () => {
  it('program totals that are not the sum of their kegiatan are warnings, not errors', () => {
    const hasil = validasiBerkas(berkasFixture());
    expect(
      hasil.masalah.map((m) => ({ t: m.tingkat, b: m.berkas, baris: m.baris, j: m.jalur, p: m.pesan, e: m.message })),
    ).toEqual([
      {
        t: 'peringatan',
        b: JALUR_CONTOH.lkjip,
        baris: 26,
        j: 'anggaran[0].baris[0].realisasi',
        p: 'Jumlah realisasi "Program A" tercetak 91, tetapi jumlah kegiatannya 90 (selisih 1).',
        e: 'Printed realisasi total of "Program A" is 91, but the sum of its kegiatan is 90 (difference 1).',
      },
      // the printed total 140 is the sum of the kegiatan: right, so no warning (the subtotal above is the misprint)
    ]);
  });

  it('realisasi over pagu is a warning', () => {
    const files = ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (laporan) => {
      laporan.anggaran[0].baris[1].realisasi = 60;
      laporan.anggaran[0].jumlah.realisasi = 151;
    });
    const hasil = validasiBerkas(files);
    expect(hasil.sah).toBe(true);
    const peringatan = hasil.masalah.find((m) => m.jalur === 'anggaran[0].baris[1].realisasi');
    expect(peringatan).toMatchObject({
      tingkat: 'peringatan',
      berkas: JALUR_CONTOH.lkjip,
      pesan: 'Realisasi "Program B" (60) melebihi pagunya (50).',
      message: 'Realisation of "Program B" (60) exceeds its allocation (50).',
    });
  });

  it('Permendagri 90/2019 codes: a wrong shape and a code of another level than the line are warnings', () => {
    const hasil = validasiBerkas(
      ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (laporan) => {
        laporan.anggaran[0].baris[0].kode = '1.01.2'; // starts like 90/2019, program number with one digit
        laporan.anggaran[0].baris[1].kode = '1.01.01.2.01'; // a kegiatan code on a programme line
        laporan.anggaran[0].baris[0].anak[0].kode = '1.01.01.2.01'; // right
      }),
    );
    expect(hasil.sah).toBe(true);
    expect(
      hasil.masalah.filter((m) => /kode|tingkat$/.test(m.jalur)).map((m) => [m.tingkat, m.jalur, m.ditemukan]),
    ).toEqual([
      ['peringatan', 'anggaran[0].baris[0].kode', '1.01.2'],
      ['peringatan', 'anggaran[0].baris[1].tingkat', 'program'],
    ]);
    expect(hasil.masalah.find((m) => m.jalur === 'anggaran[0].baris[1].tingkat')?.diharapkan).toBe('kegiatan');
  });

  it('a budget line may link the indicators it serves; one this report does not measure is a warning', () => {
    const hasil = validasiBerkas(
      ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (laporan) => {
        laporan.anggaran[0].baris[0].indikator = ['indeks-profesionalitas-asn'];
        laporan.pengukuran.indikator.splice(1, 1); // waktu-layanan no longer measured
        laporan.anggaran[0].baris[1].indikator = ['waktu-layanan'];
      }),
    );
    expect(hasil.sah).toBe(true);
    expect(hasil.masalah.filter((m) => m.jalur.includes('.indikator[')).map((m) => [m.tingkat, m.jalur])).toEqual([
      ['peringatan', 'anggaran[0].baris[1].indikator[0]'],
    ]);
  });

  it('an efficiency’s budget base names a table and rows of this report that have pagu and realisasi', () => {
    const base = (anggaran: object, lain?: object) =>
      validasiBerkas(
        ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (laporan) => {
          laporan.efisiensi[0].anggaran = anggaran;
          if (lain) laporan.efisiensi[0].anggaran_lain = [lain];
        }),
      );
    expect(base({ tabel: 'program-kegiatan', baris: [0, 1] }).galat).toBe(0);
    const hasil = base({ tabel: 'program-kegiatan', baris: [2] }, { tabel: 'tak-ada', baris: [0] });
    expect(hasil.masalah.filter((m) => m.tingkat === 'galat').map((m) => [m.jalur, m.pesan])).toEqual([
      ['efisiensi[0].anggaran.baris', 'Baris 2 tabel "program-kegiatan" tidak ada atau tanpa pagu dan realisasi.'],
      ['efisiensi[0].anggaran_lain[0].tabel', 'Tabel anggaran "tak-ada" tidak ada.'],
    ]);
  });

  it('PK programme totals are checked too', () => {
    const hasil = validasiBerkas(
      ubahJson(berkasFixture(), JALUR_CONTOH.lkjip, (j) => (j.perjanjian_kinerja[0].jumlah_pagu_tercetak = 160)),
    );
    expect(hasil.masalah.find((m) => m.jalur === 'perjanjian_kinerja[0].jumlah_pagu_tercetak')).toMatchObject({
      tingkat: 'peringatan',
      pesan: 'Jumlah pagu "Perjanjian Kinerja" tercetak 160, tetapi jumlah program PK 150 (selisih 10).',
    });
  });
});

describe('mdx-aman', () => {
  it('accepts Markdown and the allow-list', () => {
    expect(
      periksaMdx(
        '# Judul\n\nTeks **tebal**, [tautan](https://example.com), H<sub>2</sub>O, <abbr ' +
          'title="Aparatur Sipil Negara">ASN</abbr>.<br />\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\na < b',
        'x.mdx',
      ),
    ).toEqual([]);
  });
  it('rejects what is not on the allow-list, each with its line', () => {
    const masalah = periksaMdx(
      'Teks.\n\n<div>x</div>\n\n<Grafik data="x" />\n\n<abbr class="x">a</abbr>\n\n<abbr ' +
        '{...p}>a</abbr>\n\n![g](javascript:alert(1))\n\n<abbr title="javascript:x">a</abbr>',
      'x.mdx',
      10,
    );
    expect(masalah.map((x) => [x.baris, x.pesan])).toEqual([
      [12, 'Elemen atau komponen <div> tidak ada di daftar yang diizinkan.'],
      [14, 'Elemen atau komponen <Grafik> tidak ada di daftar yang diizinkan.'],
      [16, 'Atribut "class" tidak diizinkan pada <abbr>.'],
      [18, 'Ekspresi JavaScript dalam kurung kurawal {…} tidak diizinkan di narasi.'],
      [20, 'Tautan dengan skema "javascript:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.'],
      [22, 'Tautan "javascript:" (atau skema lain yang menjalankan kode) tidak diizinkan.'],
    ]);
  });
  it('catches obfuscated javascript: URLs and reports MDX syntax errors with a line', () => {
    expect(periksaMdx('[x](JaVa&#x09;Script:alert(1))', 'x.mdx')).toHaveLength(1);
    const masalah = periksaMdx('Teks.\n\n<abbr title="x">tidak ditutup', 'x.mdx', 5);
    expect(masalah).toHaveLength(1);
    expect(masalah[0]).toMatchObject({ baris: 7, pesan: 'Narasi tidak dapat dibaca sebagai MDX.' });
  });
});

describe('npm run validate (the real CLI, --konten on a temp dir)', () => {
  const node = existsSync(join(PROYEK, 'node_modules/.bin/node'))
    ? join(PROYEK, 'node_modules/.bin/node')
    : process.execPath;
  const dirs: string[] = [];
  const salin = () => {
    const folder = mkdtempSync(join(tmpdir(), 'kt-validasi-'));
    dirs.push(folder);
    cpSync(join(FIXTURE, 'content'), join(folder, 'content'), { recursive: true });
    return folder;
  };
  const jalankan = (...args: string[]) =>
    spawnSync(node, ['scripts/validate.ts', ...args], { cwd: PROYEK, encoding: 'utf8' });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('valid content: exit 0, warnings allowed', () => {
    const proses = jalankan('--konten', salin());
    expect(proses.status).toBe(0);
    expect(proses.stdout).toContain('PERINGATAN (warning)  content/instansi/dinas-contoh/2022/lkjip.json:26');
    expect(proses.stdout).toContain('0 galat, 1 peringatan (0 errors, 1 warnings)');
  });

  it('broken content: exit 1, every problem with file:line, field, expected, found, hint', () => {
    const folder = salin();
    const berkas = join(folder, JALUR_CONTOH.lkjip);
    const laporan = JSON.parse(readFileSync(berkas, 'utf8'));
    laporan.pengukuran.indikator[0].capaian_tercetak = '100,80';
    laporan.tahun = 2023;
    writeFileSync(berkas, JSON.stringify(laporan, null, 2));
    writeFileSync(
      join(folder, JALUR_CONTOH.narasi),
      '---\nbab: bab-1\njudul: Pendahuluan\n---\nTeks.\n\n<script>alert(1)</script>\n',
    );
    const proses = jalankan('--konten', folder);
    expect(proses.status).toBe(1);
    expect(proses.stdout).toContain(
      `GALAT (error)  ${JALUR_CONTOH.lkjip}:71\n  kolom (field): pengukuran.indikator[0].capaian_tercetak\n  angka tercetak ditulis sebagai teks dengan titik desimal`,
    );
    expect(proses.stdout).toContain('  ditemukan (found): "100,80"');
    expect(proses.stdout).toContain(
      `GALAT (error)  ${JALUR_CONTOH.narasi}:7\n  kolom (field): (isi narasi MDX / MDX body)\n  Elemen ` +
        `<script> tidak diizinkan: konten tidak boleh berisi kode.\n  (<script> elements are not ` +
        `allowed: content must not contain code.)`,
    );
    expect(proses.stdout).toContain('✘ Konten tidak valid (content is invalid)');
  });

  it('--json gives machine output', () => {
    const folder = salin();
    writeFileSync(
      join(folder, JALUR_CONTOH.kota),
      '{ "id": "kota-contoh", "nama": "Kota Contoh", "tingkat": "desa", "induk": "provinsi-contoh" }',
    );
    const proses = jalankan('--json', '--konten', folder);
    expect(proses.status).toBe(1);
    const out = JSON.parse(proses.stdout);
    expect(out.sah).toBe(false);
    expect(out.masalah.find((m: { berkas: string }) => m.berkas === JALUR_CONTOH.kota)).toMatchObject({
      tingkat: 'galat',
      baris: 1,
      jalur: 'tingkat',
      ditemukan: '"desa"',
    });
  });

  it('a missing folder is a usage error (exit 2)', () => {
    const proses = jalankan('--konten', join(tmpdir(), 'tidak-ada-folder-ini'));
    expect(proses.status).toBe(2);
  });
});

describe('mdx-aman: jalan cepat untuk Markdown biasa (fast path for plain Markdown)', () => {
  it('skips the parse only for text that cannot hold MDX elements, expressions, ESM or any link', async () => {
    const { pastiMarkdownBiasa, periksaMdx } = await import('../../../src/core/muat/mdx-aman.ts');
    expect(
      pastiMarkdownBiasa(
        '# Judul\n\nTeks biasa dengan **tebal**, data: 2021, dan tabel.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
      ),
    ).toBe(true);
    for (const bahaya of [
      '<script>x</script>',
      'a {1+1} b',
      'export const a = 1',
      '  import x from "y"',
      '[x](javascript:alert(1))',
      '[x](java\tscript:alert(1))',
      '[x](DATA:text/html,hi)',
      '<br>',
      'a > b',
      '[x](JaVa&#x09;Script:alert(1))',
      // a link needs a bracket; an escaped colon hides the scheme from any text search
      '[x](javascript\\:alert(document.domain))',
      '[x][a]\n\n[a]: javascript\\:alert(1)',
      '[tautan](https://contoh.go.id)',
    ])
      expect(pastiMarkdownBiasa(bahaya), bahaya).toBe(false);
    // what the fast path lets through, the full parse also finds clean
    expect(periksaMdx('Teks **biasa**, data: 2021.', 'x.mdx')).toEqual([]);
    expect(periksaMdx('Teks **biasa** dan [tautan](https://contoh.go.id).', 'x.mdx')).toEqual([]);
    expect(periksaMdx('[x](JaVa&#x09;Script:alert(1))', 'x.mdx').length).toBeGreaterThan(0);
  });
});
