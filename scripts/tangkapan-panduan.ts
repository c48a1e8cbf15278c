/**
 * node scripts/tangkapan-panduan.ts
 * Screenshots for the contributor guide: runs the REAL validator, new-report and
 * importer on a temp copy of the synthetic fixture with typical mistakes, writes
 * each terminal output into an HTML page, and screenshots it with Debian's
 * Chromium (playwright-core) into public/panduan/*.png. Re-run after changing
 * the validator's messages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bukaChromium } from './lib/chromium.ts';

const proyek = join(import.meta.dirname, '..');
const keluar = join(proyek, 'public/panduan');
mkdirSync(keluar, { recursive: true });
const programNode = process.execPath;
const sementara = mkdtempSync(join(tmpdir(), 'kt-panduan-'));
const salin = (nama: string) => {
  const folder = join(sementara, nama);
  cpSync(join(proyek, 'test/fixtures/konten-contoh/content'), join(folder, 'content'), { recursive: true });
  return folder;
};
const jalankan = (tampil: string, argumen: string[], folderKerja = proyek) => {
  const hasil = spawnSync(programNode, argumen, { cwd: folderKerja, encoding: 'utf8' });
  return `$ ${tampil}\n${(hasil.stdout + hasil.stderr).replaceAll(sementara, '/tmp/contoh').trimEnd()}\n$ echo $?\n${hasil.status}`;
};

// 1. Typical mistakes in a report.
const rusak = salin('rusak');
const berkasLaporan = join(rusak, 'content/instansi/dinas-contoh/2022/lkjip.json');
const laporan = JSON.parse(readFileSync(berkasLaporan, 'utf8'));
laporan.pengukuran.indikator[0].capaian_tercetak = '100,80';
laporan.pengukuran.indikator[1].realisasi = '12 hari';
laporan.pengukuran.indikator[2].indikator = 'nilai-sakipp';
writeFileSync(berkasLaporan, JSON.stringify(laporan, null, 2));
writeFileSync(
  join(rusak, 'content/instansi/dinas-contoh/2022/narasi/bab-1.mdx'),
  '---\nbab: bab-1\njudul: Pendahuluan\n---\nRingkasan bab.\n\n<script>alert("halo")</script>\n',
);
const teksGalat = jalankan('npm run validate', ['scripts/validate.ts', '--konten', rusak]);

// 1b. Mistakes of meaning: a report in the wrong year folder, an indicator the catalogue lacks.
const makna = salin('makna');
const berkasMakna = join(makna, 'content/instansi/dinas-contoh/2022/lkjip.json');
const laporanMakna = JSON.parse(readFileSync(berkasMakna, 'utf8'));
laporanMakna.tahun = 2023;
laporanMakna.pengukuran.indikator[2].indikator = 'nilai-sakipp';
writeFileSync(berkasMakna, JSON.stringify(laporanMakna, null, 2));
const teksMakna = jalankan('npm run validate', ['scripts/validate.ts', '--konten', makna]);

// 2. Clean content (warnings only).
const teksSah = jalankan('npm run validate', ['scripts/validate.ts', '--konten', salin('sah')]);

// 3. A new report skeleton.
const baru = salin('baru');
const teksBaru = jalankan('npm run new-report -- dinas-contoh 2023', [
  'scripts/new-report.ts',
  'dinas-contoh',
  '2023',
  '--konten',
  baru,
]);

// 4. A sheet with an unreadable cell.
const lembar = readFileSync(join(proyek, 'test/fixtures/impor/bkpsdm-kota-bontang-2020.csv'), 'utf8')
  .replace(';72;72,58;', ';72;72,5,8;')
  .replace('753.018.200,00', '753.O18.200,00');
const folderImpor = join(sementara, 'impor');
mkdirSync(join(folderImpor, 'content/instansi/bkpsdm-kota-bontang'), { recursive: true });
cpSync(join(proyek, 'content/situs.json'), join(folderImpor, 'content/situs.json'));
cpSync(join(proyek, 'content/wilayah'), join(folderImpor, 'content/wilayah'), { recursive: true });
for (const namaBerkas of ['instansi.json', 'indikator.json', 'renstra-2016-2021.json'])
  cpSync(
    join(proyek, 'content/instansi/bkpsdm-kota-bontang', namaBerkas),
    join(folderImpor, 'content/instansi/bkpsdm-kota-bontang', namaBerkas),
  );
writeFileSync(join(folderImpor, 'lkjip-2020.csv'), lembar);
const teksImpor = jalankan(
  'npm run import -- lkjip-2020.csv',
  [join(proyek, 'scripts/import.ts'), 'lkjip-2020.csv', '--konten', folderImpor],
  folderImpor,
);

const amankanHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const warnai = (s: string) =>
  amankanHtml(s)
    .replace(/^(GALAT \(error\).*)$/gm, '<b class="galat">$1</b>')
    .replace(/^(PERINGATAN \(warning\).*)$/gm, '<b class="peringatan">$1</b>')
    .replace(/^(\$ .*)$/gm, '<span class="prompt">$1</span>')
    .replace(/^(✔.*)$/gm, '<b class="ok">$1</b>')
    .replace(/^(✘.*)$/gm, '<b class="galat">$1</b>')
    .replace(/^( {2}saran \(hint\):.*)$/gm, '<span class="saran">$1</span>');
const halaman = (judul: string, teks: string) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>
body{margin:0;background:#1e1e1e;font:14px/1.45 "DejaVu Sans Mono",monospace;color:#e6e6e6}
.jendela{margin:0;padding:0}
.bar{background:#333;color:#bbb;padding:6px 12px;font:12px sans-serif}
pre{margin:0;padding:12px 16px;white-space:pre-wrap;word-break:break-word}
.galat{color:#ff7b72}.peringatan{color:#e3b341}.ok{color:#7ee787}.prompt{color:#79c0ff}.saran{color:#a5d6ff}
</style></head><body><div class="jendela"><div class="bar">${amankanHtml(judul)}</div><pre>${warnai(teks)}</pre></div></body></html>`;

const tangkap = [
  ['validasi-galat', 'Terminal — npm run validate (ada kesalahan)', teksGalat],
  ['validasi-makna', 'Terminal — npm run validate (kesalahan makna)', teksMakna],
  ['validasi-sah', 'Terminal — npm run validate (valid)', teksSah],
  ['laporan-baru', 'Terminal — npm run new-report', teksBaru],
  ['impor-galat', 'Terminal — npm run import (sel tidak terbaca)', teksImpor],
] as const;

const peramban = await bukaChromium();
try {
  const tab = await peramban.newPage({ viewport: { width: 980, height: 200 }, deviceScaleFactor: 1 });
  for (const [nama, judul, teks] of tangkap) {
    writeFileSync(join(keluar, `${nama}.txt`), `${teks}\n`);
    await tab.setContent(halaman(judul, teks));
    await tab.screenshot({ path: join(keluar, `${nama}.png`), fullPage: true });
    console.log(`public/panduan/${nama}.png`);
  }
} finally {
  await peramban.close();
  rmSync(sementara, { recursive: true, force: true });
}
