/**
 * The hostile corpus (kasus.ts): each case is refused, or neutralised, with the file, the field and
 * the message in both languages. What is published is checked by test/site/muatan.test.ts.
 */
import { readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import * as batas from '../../../src/core/muat/batas.ts';
import { bagikanMuatan } from '../../../src/integration/serah-terima.ts';
import { periksaHtmlNarasi } from '../../../src/core/muat/html-narasi.ts';
import { periksaKedalaman } from '../../../src/core/muat/struktur-json.ts';
import { rakitKorpus, type BerkasKonten } from '../../../src/core/muat/korpus.ts';
import { bacaLembar, imporLaporan } from '../../../src/core/publikasi/impor.ts';
import { validasiBerkas } from '../../../src/core/publikasi/validasi.ts';
import { narasiLoader } from '../../../src/lib/narasi-loader.ts';
import { berkasFixture, JALUR_CONTOH } from '../publikasi/bantuan.ts';
import { HARAPAN_BERMUSUHAN } from './harapan.ts';
import { BUKAN_MASALAH, bersihkanSementara, KASUS_BERMUSUHAN, KASUS_IMPOR } from './kasus.ts';

afterAll(bersihkanSementara);

type M = { berkas: string; baris?: number; jalur: string; pesan: string; message: string; tingkat: string };
const ringkas = (m: M) =>
  m.baris !== undefined
    ? { baris: m.baris, jalur: m.jalur, pesan: m.pesan, message: m.message }
    : { jalur: m.jalur, pesan: m.pesan, message: m.message };
const kunci = (m: M) => `${m.berkas}|${m.jalur}|${m.pesan}`;
const awal = new Set(validasiBerkas(berkasFixture()).masalah.map(kunci));

describe('korpus bermusuhan (hostile corpus)', () => {
  it('has at least 60 cases', () => expect(KASUS_BERMUSUHAN.length + KASUS_IMPOR.length).toBeGreaterThanOrEqual(60));

  for (const kasus of KASUS_BERMUSUHAN)
    it(kasus.nama, { timeout: 60_000 }, () => {
      const hasil = validasiBerkas(kasus.files());
      const tingkat = kasus.tingkat ?? 'galat';
      // an error stops the build; a warning is listed and the content still validates
      expect(hasil.sah).toBe(tingkat !== 'galat');
      const baru = hasil.masalah.filter(
        (m) => m.berkas === kasus.berkas && m.tingkat === tingkat && !awal.has(kunci(m)),
      );
      expect(baru.map(ringkas)).toEqual(HARAPAN_BERMUSUHAN[kasus.nama]);
      for (const masalah of hasil.masalah) {
        expect(masalah.pesan.length).toBeGreaterThan(0);
        expect(masalah.message.length).toBeGreaterThan(0);
        expect(masalah.saran?.length).toBeGreaterThan(0);
      }
    });

  it('every case has its expectation, and no expectation is left without a case', () =>
    expect(Object.keys(HARAPAN_BERMUSUHAN).sort()).toEqual(KASUS_BERMUSUHAN.map((k) => k.nama).sort()));
});

describe('bukan masalah (look-alikes that must pass)', () => {
  it.each(BUKAN_MASALAH.map((k) => [k.nama, k.files] as const))('%s', (_nama, files) => {
    const hasil = validasiBerkas(files());
    expect(hasil.masalah.filter((m) => !awal.has(kunci(m))).map(ringkas)).toEqual([]);
  });
  it('nesting exactly at the limit is fine, one more level is not', () => {
    const dalam = (n: number) => `{"a":${'['.repeat(n - 1)}${']'.repeat(n - 1)}}`;
    expect(periksaKedalaman(dalam(32), 'x.json')).toEqual([]);
    expect(periksaKedalaman(dalam(33), 'x.json')).toHaveLength(1);
    // brackets inside strings are text, not nesting
    expect(periksaKedalaman(`{"a":"${'['.repeat(100)}"}`, 'x.json')).toEqual([]);
  });
});

describe('draf (a draft report)', () => {
  const draf = KASUS_BERMUSUHAN.find((k) => k.nama.startsWith('draf'))!;
  it('validates, lists what is missing, and is left out of what is published (pages, data, search)', () => {
    const hasil = validasiBerkas(draf.files());
    expect(hasil.sah).toBe(true);
    // the narrative's placeholder is listed as missing too
    expect(hasil.masalah.find((m) => m.berkas === JALUR_CONTOH.narasi)).toMatchObject({
      tingkat: 'peringatan',
      baris: 5,
    });
    const ins = hasil.korpus.instansi.find((i) => i.data.id === 'dinas-contoh')!;
    expect(ins.laporan).toEqual([]);
    expect(ins.narasi).toEqual([]);
    expect(hasil.terhitung!.laporan).toEqual([]);
    // the loader still has it: `npm run dev` previews a draft
    expect(rakitKorpus(draf.files()).korpus.instansi[0]!.laporan).toHaveLength(1);
  });
});

describe('impor (the spreadsheet route)', () => {
  const { korpus } = rakitKorpus(berkasFixture());
  for (const kasus of KASUS_IMPOR)
    it(kasus.nama, () => {
      const { lembar, galat } = bacaLembar(kasus.lembar.join('\n'));
      const hasil = galat.length
        ? { galat, laporan: undefined }
        : imporLaporan({ lembar, korpus, instansi: 'dinas-contoh', tahun: 2023 });
      if (kasus.galat) {
        expect(
          hasil.galat.map((g) => ({
            baris: g.baris,
            ...(g.kolom ? { kolom: g.kolom } : {}),
            pesan: g.pesan,
            message: g.message,
          })),
        ).toEqual(kasus.galat);
        return;
      }
      expect(hasil.galat).toEqual([]);
      const berkas = 'content/instansi/dinas-contoh/2023/lkjip.json';
      const validasi = validasiBerkas([
        ...berkasFixture(),
        { path: berkas, isi: JSON.stringify(hasil.laporan, null, 2) },
      ]);
      expect(validasi.sah).toBe(false);
      expect(
        validasi.masalah
          .filter((m) => m.berkas === berkas && m.tingkat === 'galat')
          .map((m) => ({ jalur: m.jalur, pesan: m.pesan })),
      ).toEqual(kasus.validasi);
    });
});

describe('narasi setelah dirender (the rendered narrative, whatever produced it)', () => {
  it.each([
    ['<p><a href="javascript:alert(1)">x</a></p>', 'javascript'],
    ['<p><a href="java&#x09;script:alert(1)">x</a></p>', 'javascript'],
    ['<p><a href="&#106;avascript:alert(1)">x</a></p>', 'javascript'],
    ['<p><a href=" JAVASCRIPT:alert(1)">x</a></p>', 'javascript'],
    ['<p><img src="data:image/svg+xml,x"></p>', 'data'],
    ['<p><img srcset="a.png 1x, vbscript:x 2x"></p>', 'vbscript'],
    ['<p><a href="xmpp:a@b.c">x</a></p>', 'xmpp'],
  ])('%s is refused', (html, skema) => {
    const masalah = periksaHtmlNarasi(html, JALUR_CONTOH.narasi);
    expect(masalah.map((x) => [x.berkas, x.jalur, x.pesan, x.message])).toEqual([
      [
        JALUR_CONTOH.narasi,
        '(isi narasi MDX / MDX body) → HTML',
        `Hasil narasi: Tautan dengan skema "${skema}:" tidak diizinkan: hanya http, https, mailto atau alamat relatif.`,
        `Rendered narrative: A link with the scheme "${skema}:" is not allowed: only http, https, mailto or a relative address.`,
      ],
    ]);
  });
  it('elements that load or run something, and event handlers, are refused', () => {
    const masalah = periksaHtmlNarasi(
      '<p onclick="x">a</p><iframe src="https://a"></iframe><script>1</script>',
      JALUR_CONTOH.narasi,
    );
    expect(masalah.map((x) => x.message)).toEqual(
      expect.arrayContaining([
        'The rendered narrative contains the event-handler attribute "onClick".',
        'The rendered narrative contains a <iframe> element.',
        'The rendered narrative contains a <script> element.',
      ]),
    );
  });
  it('ordinary rendered Markdown passes', () =>
    expect(
      periksaHtmlNarasi(
        '<h2 id="a">A</h2><p><a href="https://contoh.go.id">x</a> <a href="mailto:a@b.c">m</a> <a ' +
          'href="#a">#</a> <a href="/data/">d</a></p><table><tr><td ' +
          'align="right">1</td></tr></table><ul><li><input type="checkbox" disabled> x</li></ul>',
        JALUR_CONTOH.narasi,
      ),
    ).toEqual([]));

  describe('the loader stops the build on it (and leaves the chapter out in dev)', () => {
    afterEach(() => {
      vi.restoreAllMocks();
      vi.unstubAllEnvs();
    });
    const muat = async (dev: boolean) => {
      // a real project folder, whose validated content the build's hand-off then replaces
      const proyek = resolve('test/fixtures/konten-contoh');
      vi.stubEnv('KINERJA_KONTEN', proyek);
      const files: BerkasKonten[] = berkasFixture();
      const hasil = rakitKorpus(files);
      bagikanMuatan(proyek, { ...hasil, kunci: new Map() } as never);
      const disimpan: string[] = [];
      const log: string[] = [];
      const keluar = vi.spyOn(process, 'exit');
      const store = {
        get: () => undefined,
        set: (e: { id: string }) => void disimpan.push(e.id),
        keys: () => [],
        delete: () => undefined,
      };
      const jalan = narasiLoader().load({
        store,
        parseData: async ({ data }: { data: unknown }) => data,
        // a renderer that reads the source differently from the validator
        renderMarkdown: async () => ({ html: '<p><a href="javascript:alert(1)">x</a></p>' }),
        generateDigest: (s: string) => s,
        logger: { warn: (s: string) => log.push(s), error: (s: string) => log.push(s) },
        ...(dev ? { watcher: {} } : {}),
      } as never);
      return { jalan, disimpan, log, keluar };
    };
    it("build: stops with Astro's error naming the problem, file and field; nothing stored", async () => {
      const { jalan, disimpan, keluar } = await muat(false);
      const galat = await jalan.then(
        () => null,
        (e: Error) => e,
      );
      expect(galat).toBeInstanceOf(AstroError);
      expect(galat?.message).toContain(`GALAT (error)  ${JALUR_CONTOH.narasi}`);
      expect(galat?.message).toContain('A link with the scheme "javascript:" is not allowed');
      expect(keluar).not.toHaveBeenCalled();
      expect(disimpan).toEqual([]);
    });
    it('dev: the chapter is left out with a warning', async () => {
      const { jalan, disimpan, log, keluar } = await muat(true);
      await jalan;
      expect(keluar).not.toHaveBeenCalled();
      expect(disimpan).toEqual([]);
      expect(log[0]).toContain('Narasi tidak aman, tidak ditampilkan');
    });
  });
});

describe('batas terdokumentasi (the limits are documented as they are)', () => {
  it("content/README.md states batas.ts's numbers", () => {
    const teks = readFileSync(new URL('../../../content/README.md', import.meta.url), 'utf8');
    const bagian = teks.slice(teks.indexOf('## Batas dan ambang'));
    expect(bagian).toContain(`at most **${batas.UKURAN_BERKAS_MAKS / 1024 / 1024} MB**`);
    expect(bagian).toContain(`at most **${batas.UKURAN_PDF_MAKS / 1024 / 1024} MB**`);
    expect(bagian).toContain(`at most **${batas.KEDALAMAN_MAKS}** levels`);
    expect(bagian).toContain(`above **${batas.PERSEN_MAKS}**`);
    expect(bagian).toContain(`above **${batas.CAPAIAN_MAKS} %**`);
    expect(bagian).toContain(`starting \`${batas.AWALAN_ISIAN}\``);
  });
});
