/**
 * The hostile corpus: what a careless or malicious contributor could put in a pull request,
 * in the style of the broken corpus (test/unit/publikasi/kasus-rusak.ts): the valid synthetic
 * fixture with ONE hostile thing per case, the file the validator must blame, and, for the
 * site test (test/site/muatan.test.ts), the payload that must never appear in what is published.
 * Expectations (line, field, message in both languages) are in harapan.ts, reviewed by hand.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bacaFolder } from '../../../src/core/muat/baca-folder.ts';
import type { BerkasKonten } from '../../../src/core/muat/korpus.ts';
import { kosongkanTabel } from '../../../src/core/publikasi/kerangka.ts';
import { TabelAnggaran } from '../../../src/core/skema/laporan.ts';
import type { KasusRusak } from '../publikasi/kasus-rusak.ts';
import { berkasFixture, FIXTURE, ganti, isiTeks, narasi, JALUR_CONTOH, ubahJson } from '../publikasi/bantuan.ts';

export interface KasusBermusuhan extends KasusRusak {
  /** the level the blamed file's new problems have: errors stop the build, warnings are listed */
  tingkat?: 'galat' | 'peringatan';
  /** a string that must never be published (the site test greps dist/ and the data for it) */
  muatan?: string;
}

const dasar = berkasFixture;
const IKI = 'content/instansi/dinas-contoh/2022/iki.json';
const LUAR = 'RAHASIA-DARI-LUAR-REPO';

// — a content folder on disk, for what only a disk can hold (links, pipes, a file too large to read) —
const sementara: string[] = [];
export const bersihkanSementara = () => sementara.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));

/** The fixture copied to a temporary folder, changed by `ubah`, read by the real reader. */
function dariDisk(ubah: (dir: string, luar: string) => void): BerkasKonten[] {
  const dir = mkdtempSync(join(tmpdir(), 'kt-rusak-'));
  const luar = mkdtempSync(join(tmpdir(), 'kt-luar-'));
  sementara.push(dir, luar);
  cpSync(join(FIXTURE, 'content'), join(dir, 'content'), { recursive: true });
  writeFileSync(join(luar, 'bab-2.mdx'), narasi(LUAR).replace('bab-1', 'bab-2'));
  writeFileSync(join(luar, 'lkjip.json'), isiTeks(dasar(), JALUR_CONTOH.lkjip));
  ubah(dir, luar);
  return bacaFolder(dir, 'content', null);
}

/** A narrative with `badan` as its body (lines 5 onward). */
const bab = (badan: string) => () => ganti(dasar(), JALUR_CONTOH.narasi, narasi(badan));

const NIP = '197501012005011001';
const lkjip = (ubah: (j: any) => void) => () => ubahJson(dasar(), JALUR_CONTOH.lkjip, ubah);
const instansi = (ubah: (j: any) => void) => () => ubahJson(dasar(), JALUR_CONTOH.instansi, ubah);
/** JSON text with `kedalaman` nested arrays at `pengukuran.lokasi.tabel`. */
const bersarang = (kedalaman: number) => () =>
  ganti(
    dasar(),
    JALUR_CONTOH.lkjip,
    isiTeks(dasar(), JALUR_CONTOH.lkjip).replace(
      '"pengukuran": {',
      `"pengukuran": {\n    "lokasi_lain": ${'['.repeat(kedalaman)}${']'.repeat(kedalaman)},`,
    ),
  );

export const KASUS_BERMUSUHAN: KasusBermusuhan[] = [
  // — narrative links: every way to write a javascript: (or other code-running) URL in Markdown/MDX —
  {
    nama: 'tautan javascript\\: (escaped colon)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'alert(document.domain)',
    files: bab('Lihat [x](javascript\\:alert(document.domain)).'),
  },
  {
    nama: 'tautan rujukan javascript\\: (reference-style, escaped colon)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'alert(document.cookie)',
    files: bab('Lihat [x][a].\n\n[a]: javascript\\:alert(document.cookie)'),
  },
  {
    nama: 'tautan javascript&#58; (numeric character reference)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'alert(58)',
    files: bab('Lihat [x](javascript&#58;alert(58)).'),
  },
  {
    nama: 'tautan javascript&colon; (named character reference)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'alert(59)',
    files: bab('Lihat [x](javascript&colon;alert(59)).'),
  },
  {
    nama: 'tautan jav&#x61;script: (reference inside the scheme)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'alert(60)',
    files: bab('Lihat [x](jav&#x61;script:alert(60)).'),
  },
  {
    nama: 'tautan <javascript:…> (angle-bracket destination)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'alert(61)',
    files: bab('Lihat [x](<javascript:alert(61)>).'),
  },
  {
    nama: 'gambar javascript\\: (image)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'alert(62)',
    files: bab('![grafik](javascript\\:alert(62))'),
  },
  {
    nama: 'tautan rujukan dengan judul (reference definition with a title)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'alert(63)',
    files: bab('Lihat [x][b].\n\n[b]: JavaScript:alert(63) "judul"'),
  },
  {
    nama: 'tautan vbscript:',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'msgbox(64)',
    files: bab('Lihat [x](vbscript:msgbox(64)).'),
  },
  {
    nama: 'tautan data:text/html',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'data:text/html;base64,PHNjcmlwdD5hbGVydCg2NSk8L3NjcmlwdD4=',
    files: bab('Lihat [x](data:text/html;base64,PHNjcmlwdD5hbGVydCg2NSk8L3NjcmlwdD4=).'),
  },
  {
    nama: 'tautan file: (scheme not on the allow-list)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'file:///etc/passwd',
    files: bab('Lihat [x](file:///etc/passwd).'),
  },
  {
    nama: 'autolink GFM xmpp: (a GitHub Markdown literal autolink)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'xmpp:penyusup@contoh.invalid',
    files: bab('Hubungi xmpp:penyusup@contoh.invalid untuk data.'),
  },
  {
    nama: 'elemen <a href="javascript:…">',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'alert(67)',
    files: bab('Lihat <a href="javascript:alert(67)">x</a>.'),
  },
  {
    nama: 'autolink <javascript:…>',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'alert(68)',
    files: bab('Lihat <javascript:alert(68)>.'),
  },
  {
    nama: 'komentar HTML (HTML comment)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'komentar-tersembunyi-69',
    files: bab('Teks.\n\n<!-- komentar-tersembunyi-69 -->'),
  },
  {
    nama: 'front matter: kolom tak dikenal (layout injection)',
    berkas: JALUR_CONTOH.narasi,
    muatan: '../../evil.astro',
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.narasi,
        '---\nbab: bab-1\njudul: Pendahuluan\nlayout: ../../evil.astro\n---\nTeks.\n',
      ),
  },
  // — files: links, special files, size, nesting, duplicates, encodings —
  {
    nama: 'folder symlink ke luar repositori (directory symlink outside the repository)',
    berkas: 'content/instansi/dinas-contoh/2022/narasi/luar',
    muatan: LUAR,
    files: () => dariDisk((d, luar) => symlinkSync(luar, join(d, 'content/instansi/dinas-contoh/2022/narasi/luar'))),
  },
  {
    nama: 'lkjip.json symlink',
    berkas: JALUR_CONTOH.lkjip,
    files: () =>
      dariDisk((folder, luar) => {
        rmSync(join(folder, JALUR_CONTOH.lkjip));
        symlinkSync(join(luar, 'lkjip.json'), join(folder, JALUR_CONTOH.lkjip));
      }),
  },
  {
    nama: 'narasi symlink ke berkas luar (narrative symlink to an outside file)',
    berkas: 'content/instansi/dinas-contoh/2022/narasi/bab-2.mdx',
    muatan: LUAR,
    files: () =>
      dariDisk((d, luar) =>
        symlinkSync(join(luar, 'bab-2.mdx'), join(d, 'content/instansi/dinas-contoh/2022/narasi/bab-2.mdx')),
      ),
  },
  {
    nama: 'folder content/ adalah symlink (content/ itself a symlink)',
    berkas: 'content',
    files: () =>
      dariDisk((folder, luar) => {
        cpSync(join(folder, 'content'), join(luar, 'content'), { recursive: true });
        rmSync(join(folder, 'content'), { recursive: true });
        symlinkSync(join(luar, 'content'), join(folder, 'content'));
      }),
  },
  {
    nama: 'pipa bernama (named pipe)',
    berkas: 'content/instansi/dinas-contoh/2022/iki.json',
    files: () =>
      dariDisk((folder) => {
        const hasil = spawnSync('mkfifo', [join(folder, 'content/instansi/dinas-contoh/2022/iki.json')]);
        if (hasil.status !== 0) throw new Error('mkfifo');
      }),
  },
  {
    nama: 'berkas terlalu besar di disk, tidak dibaca (too large on disk, not read)',
    berkas: JALUR_CONTOH.lkjip,
    files: () =>
      dariDisk((folder) => {
        const dokumen = JSON.parse(isiTeks(dasar(), JALUR_CONTOH.lkjip));
        dokumen.catatan = 'x'.repeat(3 * 1024 * 1024);
        writeFileSync(join(folder, JALUR_CONTOH.lkjip), JSON.stringify(dokumen));
      }),
  },
  {
    nama: 'lkjip.json 84 MB (in memory)',
    berkas: JALUR_CONTOH.lkjip,
    muatan: 'ISI-RAKSASA-'.repeat(4),
    files: lkjip((j) => (j.catatan = 'ISI-RAKSASA-'.repeat(7_000_000))),
  },
  {
    nama: 'narasi terlalu besar (narrative too large)',
    berkas: JALUR_CONTOH.narasi,
    files: bab('Paragraf panjang. '.repeat(130_000)),
  },
  { nama: 'JSON bersarang 5000 tingkat (nested 5000 deep)', berkas: JALUR_CONTOH.lkjip, files: bersarang(5000) },
  { nama: 'JSON bersarang 33 tingkat (one level over the limit)', berkas: JALUR_CONTOH.lkjip, files: bersarang(31) },
  {
    nama: 'Markdown bersarang 20000 kutipan (20,000 nested quotes)',
    berkas: JALUR_CONTOH.narasi,
    files: bab(`${'> '.repeat(20_000)}x`),
  },
  {
    nama: 'Markdown bersarang 40 daftar (40 nested lists)',
    berkas: JALUR_CONTOH.narasi,
    files: bab(Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n')),
  },
  {
    nama: 'kunci ganda: nilai terakhir menang (duplicate key: the last value wins)',
    berkas: JALUR_CONTOH.lkjip,
    muatan: '"realisasi": 99.99',
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.lkjip,
        isiTeks(dasar(), JALUR_CONTOH.lkjip).replace(
          '"realisasi": 72.58',
          '"realisasi": 72.58,\n          "realisasi": 99.99',
        ),
      ),
  },
  {
    nama: 'kunci ganda di tingkat teratas berkas (duplicate key at the top level)',
    berkas: JALUR_CONTOH.kota,
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.kota,
        '{ "id": "kota-contoh", "nama": "Kota Contoh", "nama": "Kota Palsu", "tingkat": "kota", "induk": "provinsi-contoh" }',
      ),
  },
  {
    nama: 'kunci ganda lewat escape (duplicate key written with an escape)',
    berkas: JALUR_CONTOH.kota,
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.kota,
        '{ "id": "kota-contoh", "nama": "Kota Contoh", "n\\u0061ma": "Kota Palsu", "tingkat": "kota", "induk": "provinsi-contoh" }',
      ),
  },
  {
    nama: 'narasi Latin-1 (narrative not UTF-8)',
    berkas: JALUR_CONTOH.narasi,
    files: () =>
      ganti(dasar(), JALUR_CONTOH.narasi, Uint8Array.from(Buffer.from(narasi('Caf\u00e9 sintetis.'), 'latin1'))),
  },
  {
    nama: 'JSON UTF-16',
    berkas: JALUR_CONTOH.kota,
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.kota,
        Uint8Array.from(
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(isiTeks(dasar(), JALUR_CONTOH.kota), 'utf16le')]),
        ),
      ),
  },
  { nama: 'berkas kosong (empty file)', berkas: JALUR_CONTOH.kota, files: () => ganti(dasar(), JALUR_CONTOH.kota, '') },
  {
    nama: '__proto__ di JSON',
    berkas: JALUR_CONTOH.kota,
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.kota,
        '{ "id": "kota-contoh", "nama": "Kota Contoh", "tingkat": "kota", "induk": "provinsi-contoh", "__proto__": { "admin": true } }',
      ),
  },
  // — invisible characters —
  {
    nama: 'bidi U+202E di nama (right-to-left override in a name)',
    berkas: JALUR_CONTOH.instansi,
    muatan: '\u202e',
    files: instansi((j) => (j.nama = 'Dinas Contoh \u202efdp.exe')),
  },
  {
    nama: 'bidi isolate U+2066 di narasi',
    berkas: JALUR_CONTOH.narasi,
    muatan: '\u2066',
    files: bab('Capaian \u2066100\u2069 persen.'),
  },
  {
    nama: 'spasi lebar-nol memecah NIP (zero-width space splitting a NIP)',
    berkas: JALUR_CONTOH.instansi,
    muatan: '1975\u200b0101',
    files: instansi((j) => (j.unit_organisasi[1].nama = 'Sekretariat 1975\u200b01012005011001')),
  },
  {
    nama: 'karakter tag Unicode (Unicode tag characters)',
    berkas: JALUR_CONTOH.lkjip,
    muatan: '\u{e0041}',
    files: lkjip((j) => (j.catatan = 'Catatan\u{e0049}\u{e0047}\u{e004e}\u{e0041}')),
  },
  {
    nama: 'karakter NUL',
    berkas: JALUR_CONTOH.lkjip,
    muatan: '\u0000',
    files: lkjip((j) => (j.sumber.judul = 'LKjIP\u0000sintetis')),
  },
  {
    nama: 'bidi di kunci JSON (bidi in a JSON key)',
    berkas: JALUR_CONTOH.kota,
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.kota,
        '{ "id": "kota-contoh", "nama": "Kota Contoh", "tingkat": "kota", "induk": "provinsi-contoh", "catatan\u202e": "x" }',
      ),
  },
  // — personal data —
  {
    nama: 'NIP 18 angka di nama (18-digit NIP in a name)',
    berkas: JALUR_CONTOH.instansi,
    muatan: NIP,
    files: instansi((j) => (j.unit_organisasi[1].nama = `Sekretariat (NIP ${NIP})`)),
  },
  {
    nama: 'NIP berspasi 8 6 1 3 (NIP spaced 8 6 1 3)',
    berkas: JALUR_CONTOH.lkjip,
    muatan: '19750101 200501 1 001',
    files: lkjip((j) => (j.catatan = 'Penanggung jawab: NIP. 19750101 200501 1 001')),
  },
  {
    nama: 'NIP bertitik (NIP with dots)',
    berkas: JALUR_CONTOH.lkjip,
    muatan: '19800202.200604.2.003',
    files: lkjip((j) => (j.pengukuran.indikator[0].catatan = 'Diverifikasi oleh 19800202.200604.2.003')),
  },
  {
    nama: 'NIP sebagai angka JSON (NIP typed as a JSON number)',
    berkas: JALUR_CONTOH.lkjip,
    files: () =>
      ganti(
        dasar(),
        JALUR_CONTOH.lkjip,
        isiTeks(dasar(), JALUR_CONTOH.lkjip).replace('"realisasi": 72.58', `"realisasi": ${NIP}`),
      ),
  },
  {
    nama: 'NIP angka lebar-penuh (NIP in full-width digits)',
    berkas: JALUR_CONTOH.instansi,
    muatan: '１９７５０１０１２００５０１１００１',
    files: instansi((j) => (j.tugas = 'Kepala: １９７５０１０１２００５０１１００１')),
  },
  {
    nama: 'NIK 16 angka (16-digit NIK)',
    berkas: JALUR_CONTOH.lkjip,
    muatan: '6471051203870002',
    files: lkjip((j) => (j.catatan = 'Pengaduan dari warga NIK 6471051203870002')),
  },
  {
    nama: 'NIK berspasi 4 4 4 4 (NIK spaced 4 4 4 4)',
    berkas: JALUR_CONTOH.instansi,
    muatan: '6471 0512 0387 0003',
    files: instansi((j) => (j.fungsi = ['Layanan warga NIK 6471 0512 0387 0003'])),
  },
  {
    nama: 'NIP di narasi (NIP in a narrative)',
    berkas: JALUR_CONTOH.narasi,
    muatan: '198503152010012004',
    files: bab('Kepala Bidang (NIP 198503152010012004) menyusun laporan ini.'),
  },
  // — placeholders and untouched tables outside a draft —
  {
    nama: 'isian "ISI:" tertinggal (scaffold placeholder left)',
    berkas: JALUR_CONTOH.lkjip,
    muatan: 'ISI: penanda-isian-uji',
    files: lkjip((j) => (j.sumber.berkas = 'ISI: penanda-isian-uji')),
  },
  {
    nama: 'isian "ISI:" di narasi (placeholder in a narrative)',
    berkas: JALUR_CONTOH.narasi,
    muatan: 'ISI: ringkasan-bab-uji',
    files: bab('ISI: ringkasan-bab-uji'),
  },
  {
    nama: 'tabel anggaran kerangka tak diisi (untouched scaffolded budget table)',
    berkas: JALUR_CONTOH.lkjip,
    // exactly what `npm run new-report` writes for last year's table
    files: lkjip((dokumen) => {
      dokumen.anggaran[0] = kosongkanTabel(TabelAnggaran.parse(dokumen.anggaran[0]));
      dokumen.efisiensi = [];
    }),
  },
  {
    nama: 'tabel pengukuran kerangka tak diisi (untouched scaffolded measurement table)',
    berkas: JALUR_CONTOH.lkjip,
    files: lkjip((dokumen) => {
      for (const indikator of dokumen.pengukuran.indikator) {
        indikator.realisasi = null;
        delete indikator.capaian_tercetak;
      }
      dokumen.rata_rata = [];
      dokumen.efisiensi = [];
    }),
  },
  // — HTML and code URLs in JSON text —
  {
    nama: 'tag <img onerror> di JSON',
    berkas: JALUR_CONTOH.lkjip,
    muatan: 'onerror=alert(80)',
    files: lkjip((j) => (j.catatan = 'Lihat <img src=x onerror=alert(80)>')),
  },
  {
    nama: 'alamat javascript: di JSON (javascript: text in JSON)',
    berkas: JALUR_CONTOH.instansi,
    muatan: 'javascript:alert(81)',
    files: instansi((j) => (j.tugas = ' JavaScript:alert(81)')),
  },
  {
    nama: 'alamat data:text/html di JSON',
    berkas: JALUR_CONTOH.instansi,
    muatan: 'data:text/html,x82',
    files: instansi((j) => (j.fungsi = ['data:text/html,x82'])),
  },
  {
    nama: 'situs_web javascript: (a link field with a code-running scheme)',
    berkas: JALUR_CONTOH.instansi,
    muatan: 'alert(83)',
    files: instansi((j) => (j.situs_web = 'javascript://contoh.go.id/%0aalert(83)')),
  },
  {
    nama: 'situs_web file: (a link field with a scheme not on the allow-list)',
    berkas: JALUR_CONTOH.instansi,
    muatan: 'file:///etc/shadow',
    files: instansi((j) => (j.situs_web = 'file:///etc/shadow')),
  },
  {
    nama: 'NIP angka Arab-India (NIP in Arabic-Indic digits)',
    berkas: JALUR_CONTOH.instansi,
    muatan: '١٩٧٥٠١٠١٢٠٠٥٠١١٠٠١',
    files: instansi((j) => (j.tugas = 'Kepala: ١٩٧٥٠١٠١٢٠٠٥٠١١٠٠١')),
  },
  // — impossible and implausible figures —
  {
    nama: 'realisasi rupiah negatif (negative budget realisation)',
    berkas: JALUR_CONTOH.lkjip,
    files: lkjip((j) => (j.anggaran[0].baris[0].anak[0].realisasi = -55)),
  },
  {
    nama: 'realisasi 1500 pada indikator persen (1500 on a percentage indicator)',
    berkas: JALUR_CONTOH.lkjip,
    tingkat: 'peringatan',
    files: lkjip((dokumen) => {
      dokumen.pengukuran.indikator[0].satuan = '%';
      dokumen.pengukuran.indikator[0].realisasi = 1500;
    }),
  },
  {
    nama: 'target 2000 persen (target 2000 on a "persen" indicator)',
    berkas: JALUR_CONTOH.lkjip,
    tingkat: 'peringatan',
    files: lkjip((dokumen) => {
      dokumen.perjanjian_kinerja[0].sasaran[0].indikator[0].satuan = 'Persen';
      dokumen.perjanjian_kinerja[0].sasaran[0].indikator[0].target = 2000;
    }),
  },
  {
    nama: 'realisasi negatif (negative realisation)',
    berkas: JALUR_CONTOH.lkjip,
    tingkat: 'peringatan',
    files: lkjip((j) => (j.pengukuran.indikator[1].realisasi = -12)),
  },
  {
    nama: 'capaian di atas 500 % (capaian over 500 %)',
    berkas: JALUR_CONTOH.lkjip,
    tingkat: 'peringatan',
    files: lkjip((j) => (j.pengukuran.indikator[0].realisasi = 400)),
  },
  {
    nama: 'keluaran persen 5000 (a budget output in % at 5000)',
    berkas: JALUR_CONTOH.lkjip,
    tingkat: 'peringatan',
    files: lkjip((dokumen) => {
      dokumen.anggaran[0].baris[0].anak[0].keluaran[0].satuan = '%';
      dokumen.anggaran[0].baris[0].anak[0].keluaran[0].realisasi = 5000;
    }),
  },
  // — a draft: placeholders listed as still missing, the report validates and is not published —
  {
    nama: 'draf dengan isian (a draft with placeholders)',
    berkas: JALUR_CONTOH.lkjip,
    tingkat: 'peringatan',
    muatan: 'ISI: penanda-draf-uji',
    files: () =>
      ganti(
        lkjip((dokumen) => {
          dokumen.draf = true;
          dokumen.sumber.berkas = 'ISI: penanda-draf-uji';
        })(),
        JALUR_CONTOH.narasi,
        narasi('ISI: penanda-narasi-draf-uji'),
      ),
  },
  // — an IKI with a NIP, in the form IKI pages show —
  {
    nama: 'NIP di jabatan IKI (NIP in an IKI position)',
    berkas: IKI,
    muatan: '196912311994031005',
    files: () =>
      ganti(
        dasar(),
        IKI,
        JSON.stringify(
          {
            instansi: 'dinas-contoh',
            tahun: 2022,
            sumber: { judul: 'IKI sintetis', berkas: 'sintetis' },
            jabatan: [{ id: 'kepala', jabatan: 'Kepala Dinas / 196912311994031005', lokasi: { baris: 1 } }],
          },
          null,
          2,
        ),
      ),
  },
];

/** Look-alikes that must NOT be refused (false positives of earlier versions, or near misses). */
export const BUKAN_MASALAH: { nama: string; files: () => BerkasKonten[] }[] = [
  { nama: '"Data:" di catatan', files: lkjip((j) => (j.catatan = 'Data: BPS 2022; data:2021/2022')) },
  { nama: 'kata "Isi:" biasa (an ordinary "Isi:")', files: lkjip((j) => (j.catatan = 'Isi: ringkasan tabel 3.1')) },
  {
    nama: 'kode rekening bertitik (a dotted budget code)',
    files: lkjip((j) => (j.anggaran[0].baris[0].kode = '5.2.2.01.01.0001')),
  },
  {
    nama: 'rupiah 15 angka (a 15-digit amount)',
    files: lkjip((j) => (j.catatan = 'Pagu nasional Rp 123456789012345')),
  },
  {
    nama: 'tautan https, mailto dan relatif',
    files: bab('[a](https://contoh.go.id) [b](mailto:a@contoh.go.id) [c](/data/) [d](#x)'),
  },
  {
    nama: 'tepat di ambang capaian 500 % (exactly at the capaian threshold)',
    files: lkjip((j) => ((j.pengukuran.indikator[0].satuan = '%'), (j.pengukuran.indikator[0].realisasi = 360))),
  },
  {
    nama: 'teks Arab/Latin tanpa kendali (accented text, no control characters)',
    files: instansi((j) => (j.tugas = 'Pelayanan café — “kutip” ‘tunggal’ · 10 %')),
  },
];

/**
 * The spreadsheet route (`npm run import`): sheets a careless export or a hostile contributor could
 * hand over. `galat`: what the importer must refuse (row, column, message); `validasi`: what it
 * imports but the validator, which runs before anything is written, must refuse in the result.
 */
export interface KasusImpor {
  nama: string;
  lembar: string[];
  galat?: { baris: number; kolom?: string; pesan: string; message: string }[];
  validasi?: { jalur: string; pesan: string }[];
}

const UKUR = ['#instansi,dinas-contoh', '#tahun,2023', '#berkas,sintetis.pdf', '#data,pengukuran'];

export const KASUS_IMPOR: KasusImpor[] = [
  {
    nama: 'CSV koma, "91,25" tanpa kutip (an unquoted decimal comma in a comma-separated file)',
    lembar: [...UKUR, 'indikator,target,realisasi,capaian_tercetak', 'IP ASN,90,91,25,101.39'],
    galat: [
      {
        baris: 6,
        kolom: 'E (sel ke-5 / cell 5)',
        pesan:
          'Baris ini punya 5 sel, lebih banyak dari 4 judul kolomnya: kemungkinan angka berkoma ' +
          'desimal tanpa tanda kutip di berkas yang dipisah koma ("91,25" terbaca 91 dan 25). Baris ' +
          'ini tidak dibaca.',
        message:
          'This row has 5 cells, more than its 4 column headings: probably a decimal comma without ' +
          'quotes in a comma-separated file ("91,25" read as 91 and 25). The row is not read.',
      },
    ],
  },
  {
    nama: 'CSV koma, sel terakhir kosong yang tergeser (the shifted cell is the empty last one)',
    lembar: [...UKUR, 'indikator,target,realisasi,capaian_tercetak', 'IP ASN,90,91,25,'],
    galat: [
      {
        baris: 6,
        kolom: 'E (sel ke-5 / cell 5)',
        pesan:
          'Baris ini punya 5 sel, lebih banyak dari 4 judul kolomnya: kemungkinan angka berkoma ' +
          'desimal tanpa tanda kutip di berkas yang dipisah koma ("91,25" terbaca 91 dan 25). Baris ' +
          'ini tidak dibaca.',
        message:
          'This row has 5 cells, more than its 4 column headings: probably a decimal comma without ' +
          'quotes in a comma-separated file ("91,25" read as 91 and 25). The row is not read.',
      },
    ],
  },
  {
    nama: 'judul kolom ganda (a column heading twice)',
    lembar: [...UKUR, 'indikator,target,realisasi,Realisasi', 'IP ASN,90,91,99'],
    galat: [
      {
        baris: 5,
        kolom: 'D',
        pesan: 'Judul kolom "Realisasi" sama dengan kolom C: setiap kolom hanya sekali.',
        message: 'Column heading "Realisasi" repeats column C: each column may appear once.',
      },
    ],
  },
  {
    nama: 'NIP di nama tercetak (a NIP in a printed name)',
    lembar: [...UKUR, 'indikator,nama_tercetak,target,realisasi', `IP ASN,IP ASN (${NIP}),90,"91,25"`],
    validasi: [
      {
        jalur: 'pengukuran.indikator[0].nama_tercetak',
        pesan:
          'Teks berisi angka berbentuk NIP (18 angka): nomor induk pegawai adalah data pribadi dan tidak boleh diterbitkan.',
      },
    ],
  },
  {
    nama: 'bidi di sel (a bidi override in a cell)',
    lembar: [...UKUR, 'indikator,target,realisasi,catatan', 'IP ASN,90,"91,25",\u202eatatac'],
    validasi: [
      {
        jalur: 'pengukuran.indikator[0].catatan',
        pesan:
          'Teks berisi karakter tak terlihat (pengendali arah teks, lebar-nol atau kontrol) yang dapat menyamarkan isi yang dibaca pemeriksa.',
      },
    ],
  },
  {
    nama: 'tag HTML di sel (an HTML tag in a cell)',
    lembar: [...UKUR, 'indikator,target,realisasi,catatan', 'IP ASN,90,"91,25",<script>alert(90)</script>'],
    validasi: [
      {
        jalur: 'pengukuran.indikator[0].catatan',
        pesan: 'Teks berisi tag HTML <script>: konten adalah data, bukan kode.',
      },
    ],
  },
];
