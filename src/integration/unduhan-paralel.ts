/**
 * A report's XLSX, zip and preview PNG (src/lib/unduhan-laporan.ts) made on the machine's other cores
 * while Astro renders pages on one. At 1,000 reports they were about 80 s of a build's CPU time (XLSX
 * 39 ms, PNG 27 ms and zip 12 ms each), all on Astro's one thread.
 *
 * The integration starts the workers once the content is valid (`mulaiPekerja`); each loads the content
 * itself and takes each route's files from its last report back (XLSX first, Astro's first route of
 * them), while the endpoints, asked from the first report on, either take what a worker has made or make
 * the file themselves when no worker has started it: no core waits for another, a file is made once, and
 * the two meet halfway through each route. A worker that fails
 * leaves its files to the endpoints. Outside a build (dev, tests) there is no pool and the endpoints make
 * every file themselves, with the same function.
 *
 * The pool lives on `globalThis`, like the content hand-off (src/integration/serah-terima.ts): the
 * integration and the pages are separate module graphs in one process.
 */
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { folderPortal, folderProyek } from '../core/lingkungan.ts';
import { adaGalat } from '../core/muat/korpus.ts';
import { namaUnduhan } from '../core/data-terbuka/terbuka.ts';
import { muatanBersama } from './serah-terima.ts';

export const JENIS_UNDUHAN = ['xlsx', 'zip', 'png'] as const;
export type JenisUnduhan = (typeof JENIS_UNDUHAN)[number];

/** One file of one report: "xlsx instansi-x 2023". */
export const kunciUnduhan = (jenis: JenisUnduhan, instansi: string, tahun: number) => `${jenis} ${instansi} ${tahun}`;

/** What a worker is given (workerData) and answers. */
export interface DataPekerja {
  proyek: string;
}
export type PesanPekerja = { siap: true } | { kunci: string; isi: Uint8Array } | { kunci: string; galat: string };

/** A report file to make: its key (kunciUnduhan) and where it lands in the output (for the incremental check). */
export interface TugasUnduhan {
  kunci: string;
  keluaran: string;
}

type Keadaan =
  { tahap: 'antri' } | { tahap: 'dikerjakan'; janji: Promise<Uint8Array | null> } | { tahap: 'siap'; isi: Uint8Array };

export interface KelompokPekerja {
  /** the file, made by a worker or by `buat` when no worker has started it */
  ambil(kunci: string, buat: () => Promise<Uint8Array>): Promise<Uint8Array>;
  /** ends the workers; files not yet asked for are dropped */
  tutup(): Promise<void>;
  /** how many files the workers made (for the build's log) */
  readonly dibuatPekerja: number;
}

/**
 * The queue and its bookkeeping, without threads: `berikutnya` gives a worker the next file still queued
 * (in the order of `tugas`), `ambil` the endpoints' side. Separate from the threads so a unit test can drive it.
 */
export function antrianUnduhan(tugas: readonly string[]) {
  const keadaan = new Map<string, Keadaan>(tugas.map((k) => [k, { tahap: 'antri' }]));
  let berikut = 0;
  const janji = new Map<string, (isi: Uint8Array | null) => void>();
  let dibuatPekerja = 0;
  return {
    /** the next file for a worker, now marked as being made; undefined when none is left */
    berikutnya(): string | undefined {
      while (berikut < tugas.length) {
        const kunci = tugas[berikut++]!;
        if (keadaan.get(kunci)?.tahap !== 'antri') continue;
        let selesai!: (isi: Uint8Array | null) => void;
        keadaan.set(kunci, { tahap: 'dikerjakan', janji: new Promise((r) => (selesai = r)) });
        janji.set(kunci, selesai);
        return kunci;
      }
      return undefined;
    },
    /** a worker's answer: the file, or null when it failed (then the endpoint makes it) */
    jawab(kunci: string, isi: Uint8Array | null) {
      const selesai = janji.get(kunci);
      janji.delete(kunci);
      if (!selesai) return;
      if (isi) dibuatPekerja += 1;
      selesai(isi);
      // not asked for yet: kept until it is (an endpoint already waiting got it above)
      if (keadaan.get(kunci)?.tahap !== 'dikerjakan') return;
      if (isi) keadaan.set(kunci, { tahap: 'siap', isi });
      else keadaan.delete(kunci);
    },
    async ambil(kunci: string, buat: () => Promise<Uint8Array>): Promise<Uint8Array> {
      const tersimpan = keadaan.get(kunci);
      // each file is asked for once: what is handed over is not kept
      keadaan.delete(kunci);
      if (tersimpan?.tahap === 'siap') return tersimpan.isi;
      if (tersimpan?.tahap === 'dikerjakan') return (await tersimpan.janji) ?? buat();
      return buat();
    },
    get dibuatPekerja() {
      return dibuatPekerja;
    },
    kosongkan() {
      for (const selesai of janji.values()) selesai(null);
      janji.clear();
      keadaan.clear();
      berikut = tugas.length;
    },
  };
}

/** Worker threads beside Astro's own: one core is Astro's, at most three more. */
export const jumlahPekerja = (inti = availableParallelism()) => Math.max(0, Math.min(3, inti - 1));

const KUNCI = Symbol.for('kinerja-terbuka.unduhan-paralel');
const titipan = globalThis as { [KUNCI]?: { proyek: string; kelompok: KelompokPekerja } };

/**
 * The output files (outDir-relative) whose previous build had the same cache key: an incremental build
 * copies them (experimental.incrementalBuild), so no worker makes them. Astro's manifest is read only to
 * save work: when it cannot be read, every file is queued.
 */
export function disalinAstro(
  manifest: string,
  kunciInstansi: ReadonlyMap<string, string>,
): (t: TugasUnduhan & { instansi: string }) => boolean {
  let sebelumnya: Map<string, string>;
  try {
    const isiManifest = JSON.parse(readFileSync(manifest, 'utf8')) as {
      routes?: Record<string, { paths?: Record<string, { cacheKey?: string; outputFile?: string }> }>;
    };
    sebelumnya = new Map(
      Object.values(isiManifest.routes ?? {}).flatMap((r) =>
        Object.values(r.paths ?? {}).flatMap((p) =>
          p.outputFile && p.cacheKey ? [[p.outputFile, p.cacheKey] as const] : [],
        ),
      ),
    );
  } catch {
    return () => false;
  }
  return (tugas) => {
    const lama = sebelumnya.get(tugas.keluaran);
    return lama !== undefined && lama === kunciInstansi.get(tugas.instansi);
  };
}

/**
 * The files of these reports in the workers' order: route by route as Astro renders them, each route's
 * reports from the last back (the endpoints ask from the first on).
 */
export function tugasUnduhan(
  laporan: readonly { instansi: string; tahun: number; nama: string }[],
): (TugasUnduhan & { instansi: string })[] {
  const keluaran: Record<JenisUnduhan, (l: (typeof laporan)[number]) => string> = {
    xlsx: (l) => `data/laporan/${l.nama}.xlsx`,
    zip: (l) => `data/laporan/${l.nama}.zip`,
    png: (l) => `pratinjau/instansi/${l.instansi}/${l.tahun}.png`,
  };
  return JENIS_UNDUHAN.flatMap((jenis) =>
    laporan.toReversed().map((l) => ({
      kunci: kunciUnduhan(jenis, l.instansi, l.tahun),
      keluaran: keluaran[jenis](l),
      instansi: l.instansi,
    })),
  );
}

/** Starts `jumlah` workers over these files and hands the pool to the pages; nothing when there is nothing to do. */
export function mulaiPekerja(proyek: string, tugas: readonly string[], jumlah: number, skrip: URL): void {
  if (jumlah <= 0 || tugas.length === 0) return;
  const antrian = antrianUnduhan(tugas);
  const pekerja: Worker[] = [];
  for (let nomor = 0; nomor < jumlah; nomor++) {
    const pekerjaBaru = new Worker(skrip, { workerData: { proyek } satisfies DataPekerja });
    // the workers never keep a finished (or failed) build alive
    pekerjaBaru.unref();
    let sedang: string | undefined;
    const beri = () => {
      sedang = antrian.berikutnya();
      if (sedang === undefined) void pekerjaBaru.terminate();
      else pekerjaBaru.postMessage(sedang);
    };
    const gagal = () => {
      if (sedang !== undefined) antrian.jawab(sedang, null);
      sedang = undefined;
    };
    pekerjaBaru.on('message', (pesan: PesanPekerja) => {
      if ('kunci' in pesan) antrian.jawab(pesan.kunci, 'isi' in pesan ? pesan.isi : null);
      beri();
    });
    pekerjaBaru.on('error', gagal);
    pekerjaBaru.on('exit', gagal);
    pekerja.push(pekerjaBaru);
  }
  titipan[KUNCI] = {
    proyek,
    kelompok: {
      ambil: antrian.ambil,
      get dibuatPekerja() {
        return antrian.dibuatPekerja;
      },
      async tutup() {
        antrian.kosongkan();
        await Promise.all(pekerja.map((w) => w.terminate()));
      },
    },
  };
}

/** The build's pool for this project folder, or undefined (dev, tests, a portal, one core). */
export function kelompokPekerja(proyek: string): KelompokPekerja | undefined {
  const ada = titipan[KUNCI];
  return ada?.proyek === proyek ? ada.kelompok : undefined;
}

/** Ends the pool (astro:build:done); returns how many files its workers made. */
export async function tutupPekerja(): Promise<number> {
  const ada = titipan[KUNCI];
  delete titipan[KUNCI];
  if (!ada) return 0;
  await ada.kelompok.tutup();
  return ada.kelompok.dibuatPekerja;
}

/**
 * The integration: after the content is validated (src/integration/validasi.ts, listed before this one),
 * a build starts the workers over every report's files but those an incremental build will copy; the
 * workers end when the build is done.
 */
export default function unduhanParalel(): AstroIntegration {
  return {
    name: 'kinerja-terbuka:unduhan-paralel',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const proyek = folderProyek();
        const muatan = muatanBersama(proyek);
        if (command !== 'build' || folderPortal() || !muatan?.terhitung || adaGalat(muatan.masalah)) return;
        const disalin = disalinAstro(fileURLToPath(new URL('incremental-build.json', config.cacheDir)), muatan.kunci);
        const tugas = tugasUnduhan(
          muatan.terhitung.laporan.map((l) => ({
            instansi: l.instansi.data.id,
            tahun: l.terhitung.laporan.tahun,
            nama: namaUnduhan(l),
          })),
        ).filter((t) => !disalin(t));
        const jumlah = jumlahPekerja();
        mulaiPekerja(
          proyek,
          tugas.map((t) => t.kunci),
          jumlah,
          new URL('src/integration/pekerja-unduhan.ts', config.root),
        );
        if (jumlah > 0 && tugas.length > 0)
          logger.info(`${tugas.length} berkas laporan (XLSX, zip, PNG) dibuat juga oleh ${jumlah} pekerja`);
      },
      'astro:build:done': async ({ logger }) => {
        const dibuat = await tutupPekerja();
        if (dibuat > 0) logger.info(`${dibuat} berkas laporan dibuat oleh pekerja`);
      },
    },
  };
}
