/**
 * JSON content is data: strings are rendered as text. A complete HTML tag in a
 * JSON string stops the build (the build runs the validator's checks); text that
 * slips past that check (an unclosed tag) is built and must come out escaped:
 * parsing every built page finds no script element and no event-handler
 * attribute from it, and the text shows as text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROYEK, FIXTURE, JALUR_CONTOH } from './bantuan.ts';

// Unclosed on purpose: a closed tag is refused before anything is built (tested below).
const SKRIP = '<script src=x data-x="xss-nama"';
const GAMBAR = '<img src=x onerror=alert("xss-indikator")';

interface Simpul {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Simpul[];
  content?: Simpul;
}

/** Builds the fixture with two strings changed; returns the build and its pages. */
function bangun(nama: string, indikator: string) {
  const folder = mkdtempSync(join(tmpdir(), 'kt-html-'));
  cpSync(join(FIXTURE, 'content'), join(folder, 'content'), { recursive: true });
  const ubah = (jalur: string, ubahIsi: (j: any) => void) => {
    const json = JSON.parse(readFileSync(join(folder, jalur), 'utf8'));
    ubahIsi(json);
    writeFileSync(join(folder, jalur), JSON.stringify(json));
  };
  ubah(JALUR_CONTOH.instansi, (j) => (j.nama = nama));
  ubah(JALUR_CONTOH.indikator, (j) => (j.indikator[0].nama = indikator));
  const node = existsSync(join(PROYEK, 'node_modules/.bin/node'))
    ? join(PROYEK, 'node_modules/.bin/node')
    : process.execPath;
  // An outDir inside the project (test-results/ is git-ignored) keeps Astro's intermediate files
  // beside it instead of in the shared .astro/, so this build cannot collide with another one.
  mkdirSync(join(PROYEK, 'test-results'), { recursive: true });
  const keluar = mkdtempSync(join(PROYEK, 'test-results', 'html-aman-'));
  const build = spawnSync(node, [join(PROYEK, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', keluar], {
    cwd: PROYEK,
    encoding: 'utf8',
    // a content cache of its own: test builds running side by side never share one
    env: { ...process.env, KINERJA_KONTEN: folder, KINERJA_CACHEDIR: join(folder, 'cache') },
    timeout: 180_000,
  });
  const halaman = existsSync(keluar)
    ? readdirSync(keluar, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
    : [];
  return {
    build,
    halaman,
    keluar,
    bersihkan: () => [folder, keluar].forEach((x) => rmSync(x, { recursive: true, force: true })),
  };
}

describe('a complete HTML tag in a JSON string stops the build', () => {
  let hasil: ReturnType<typeof bangun>;
  beforeAll(() => {
    hasil = bangun('Dinas <script>alert("xss")</script> Contoh', 'IP ASN');
  }, 200_000);
  afterAll(() => hasil.bersihkan());

  it('exits non-zero, names the file and field, and writes no page', () => {
    expect(hasil.build.status).not.toBe(0);
    const keluaran = `${hasil.build.stdout}${hasil.build.stderr}`;
    expect(keluaran).toContain('content/instansi/dinas-contoh/instansi.json');
    expect(keluaran).toContain('nama');
    expect(hasil.halaman).toEqual([]);
  });
});

describe('HTML-like text in JSON strings is escaped in the built site', () => {
  let halaman: string[] = [];
  let build: ReturnType<typeof spawnSync>;
  let keluar = '';
  let bersihkan = () => {};
  beforeAll(() => {
    ({ build, halaman, keluar, bersihkan } = bangun(`Dinas ${SKRIP} Contoh`, `IP ASN ${GAMBAR}`));
  }, 200_000);
  afterAll(() => bersihkan());

  it('builds', () => {
    expect(build.status, String(build.stderr)).toBe(0);
    expect(halaman.length).toBeGreaterThan(2);
  });

  it('no page gains a script element or an event handler from content', () => {
    const { parse } = createRequire(import.meta.url)('parse5') as { parse: (s: string) => Simpul };
    let tampilSebagaiTeks = 0;
    for (const berkasHalaman of halaman) {
      const html = readFileSync(join(keluar, berkasHalaman), 'utf8');
      const kunjungi = (simpul: Simpul) => {
        if (simpul.nodeName === 'script') {
          const isi = (simpul.childNodes ?? []).map((c) => c.value ?? '').join('');
          expect(isi, `${berkasHalaman}: script`).not.toContain('xss-');
        }
        for (const atribut of simpul.attrs ?? [])
          expect(
            atribut.name.startsWith('on') && atribut.value.includes('xss-'),
            `${berkasHalaman}: ${atribut.name}`,
          ).toBe(false);
        if (simpul.nodeName === 'img')
          expect(
            (simpul.attrs ?? []).some((a) => a.name === 'onerror'),
            `${berkasHalaman}: img`,
          ).toBe(false);
        if (simpul.nodeName === '#text' && (simpul.value?.includes(SKRIP) || simpul.value?.includes(GAMBAR)))
          tampilSebagaiTeks++;
        simpul.childNodes?.forEach(kunjungi);
        if (simpul.content) kunjungi(simpul.content);
      };
      kunjungi(parse(html));
    }
    // the text appears, as text
    expect(tampilSebagaiTeks).toBeGreaterThan(0);
  });
});
