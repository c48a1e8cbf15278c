/**
 * Every environment variable the project reads, in one place: declared, described and validated
 * with zod. Code reads them only through here (a unit test fails on a `process.env.X` elsewhere), and
 * ARCHITECTURE.md's table lists the same names (a unit test compares them).
 *
 * A bad value stops at once with a message naming the variable, what was expected and what was
 * found, in Bahasa Indonesia with the English beside it. An empty value counts as unset, as CI
 * systems pass unset inputs as "".
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { Id } from './skema/common.ts';

const folderAda = (p: string) => existsSync(p) && statSync(p).isDirectory();
const jalur = z.string().trim().min(1, 'hanya spasi (only spaces)');
const daftarId = z
  .string()
  .transform((teks) =>
    teks
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(z.array(Id));

interface Variabel {
  skema: z.ZodType;
  /** what it does, Bahasa Indonesia then English (the table in ARCHITECTURE.md says the same) */
  arti: string;
  /** the expected value, for the error message */
  diharapkan: string;
}

export const VARIABEL = {
  KINERJA_KONTEN: {
    skema: jalur.refine((p) => folderAda(join(p, 'content')), 'tidak berisi folder content/ (has no content/ folder)'),
    arti: 'folder proyek yang content/-nya dibangun (the project folder whose content/ is built); bawaan: folder kerja',
    diharapkan: 'folder yang berisi content/ (a folder containing content/)',
  },
  KINERJA_INSTANSI: {
    skema: daftarId,
    arti: 'build sebagian: hanya instansi ini (a subset build: only these agencies)',
    diharapkan: 'id instansi dipisah koma, mis. "bkd-kota-blitar,bkpsdm-kota-bontang" (comma-separated agency ids)',
  },
  KINERJA_WILAYAH: {
    skema: daftarId,
    arti: 'build sebagian: instansi di wilayah ini dan wilayah bawahannya (a subset build: the agencies of these regions)',
    diharapkan: 'id wilayah dipisah koma, mis. "provinsi-kalimantan-timur" (comma-separated region ids)',
  },
  KINERJA_PORTAL: {
    skema: jalur.refine(folderAda, 'bukan folder yang ada (not an existing folder)'),
    arti: 'membangun portal nasional di atas situs wilayah di folder ini (builds the national portal over this folder)',
    diharapkan: 'folder hasil npm run build:wilayah (the output folder of npm run build:wilayah)',
  },
  KINERJA_OUTDIR: {
    skema: jalur,
    arti: 'folder keluaran build (the build output folder); bawaan ./dist',
    diharapkan: 'jalur folder (a folder path)',
  },
  KINERJA_CACHEDIR: {
    skema: jalur,
    arti: 'folder cache Astro (the Astro cache folder); bawaan node_modules/.astro',
    diharapkan: 'jalur folder (a folder path)',
  },
  KINERJA_DIST: {
    skema: jalur,
    arti: 'situs terbangun yang diuji uji peramban (the built site the browser tests open); bawaan ./dist',
    diharapkan: 'jalur folder (a folder path)',
  },
  SITE_URL: {
    skema: z.url({ protocol: /^https?$/, error: 'bukan URL http(s) (not an http(s) URL)' }),
    arti: 'URL situs, menggantikan url di content/situs.json (the site URL, overrides content/situs.json)',
    diharapkan: 'URL http(s), mis. "https://contoh.go.id" (an http(s) URL)',
  },
  BASE_PATH: {
    skema: z.string().regex(/^\//, 'tidak diawali / (does not start with /)'),
    arti: 'jalur dasar situs, menggantikan base di content/situs.json (the base path, overrides content/situs.json)',
    diharapkan: 'jalur yang diawali /, mis. "/kinerja-terbuka/" (a path starting with /)',
  },
  CHROMIUM_PATH: {
    skema: jalur,
    arti: 'Chromium untuk uji peramban dan tangkapan layar (the Chromium for browser tests); bawaan /usr/bin/chromium',
    diharapkan: 'jalur berkas program Chromium/Chrome (the path of a Chromium or Chrome executable)',
  },
  PR_LABELS: {
    skema: z.string(),
    arti: 'label pull request, dari alur kerja PR (the pull request labels, set by the PR workflow)',
    diharapkan: 'label dipisah koma atau larik JSON (comma-separated labels or a JSON array)',
  },
  PERUBAHAN_PEMELIHARA: {
    skema: z.enum(['0', '1'], 'bukan 0 atau 1 (neither 0 nor 1)').transform((v) => v === '1'),
    arti: "1: perubahan pemelihara, boleh menyentuh di luar content/ (1: a maintainers' change)",
    diharapkan: '"1" atau "0" ("1" or "0")',
  },
  NODE_OPTIONS: {
    skema: z.string(),
    arti: "opsi Node sendiri; bench dan build:wilayah memberi batas heap bila kosong (Node's own options)",
    diharapkan: 'opsi Node, mis. "--max-old-space-size=4096" (Node options)',
  },
} satisfies Record<string, Variabel>;

export type NamaVariabel = keyof typeof VARIABEL;
type Nilai<N extends NamaVariabel> = z.output<(typeof VARIABEL)[N]['skema']>;
export type Lingkungan = Readonly<Record<string, string | undefined>>;

/** A bad environment variable: the message names it, what was expected and what was found. */
export class GalatLingkungan extends Error {
  override name = 'GalatLingkungan';
  readonly variabel: NamaVariabel;
  constructor(variabel: NamaVariabel, pesan: string) {
    super(pesan);
    this.variabel = variabel;
    // a setting mistake, not a bug: the message says everything, a stack trace would only hide it
    this.stack = `${this.name}: ${pesan}`;
  }
}

/** One variable, validated: undefined when unset or empty. */
export function baca<N extends NamaVariabel>(nama: N, env: Lingkungan = process.env): Nilai<N> | undefined {
  const mentah = env[nama];
  if (mentah === undefined || mentah === '') return undefined;
  const hasil = VARIABEL[nama].skema.safeParse(mentah);
  if (hasil.success) return hasil.data as Nilai<N>;
  const sebab = hasil.error.issues.map((i) => i.message).join('; ');
  const { diharapkan } = VARIABEL[nama];
  throw new GalatLingkungan(
    nama,
    `Variabel lingkungan ${nama} tidak sah (environment variable ${nama} is invalid): ${sebab}.\n` +
      `  diharapkan (expected): ${diharapkan}\n  ditemukan (found): ${JSON.stringify(mentah)}`,
  );
}

/** The project whose `content/` is read: KINERJA_KONTEN (benchmarks and tests build other content), else here. */
export const folderProyek = (env: Lingkungan = process.env): string =>
  resolve(baca('KINERJA_KONTEN', env) ?? process.cwd());

/**
 * KINERJA_PORTAL=<folder of a build:wilayah run>: the build is the national portal over that run's
 * region sites (src/portal/pages); it reads no agency content.
 */
export const folderPortal = (env: Lingkungan = process.env): string | undefined => baca('KINERJA_PORTAL', env);

/** A subset build: only some agencies, or the agencies of some regions. */
export interface Subset {
  instansi?: string[];
  wilayah?: string[];
}

/** KINERJA_INSTANSI / KINERJA_WILAYAH as a subset, or null for the whole content. */
export function subsetDariLingkungan(env: Lingkungan = process.env): Subset | null {
  const instansi = baca('KINERJA_INSTANSI', env) ?? [];
  const wilayah = baca('KINERJA_WILAYAH', env) ?? [];
  return instansi.length || wilayah.length ? { instansi, wilayah } : null;
}

export const CHROMIUM_BAWAAN = '/usr/bin/chromium';
export const jalurChromium = (env: Lingkungan = process.env): string => baca('CHROMIUM_PATH', env) ?? CHROMIUM_BAWAAN;
