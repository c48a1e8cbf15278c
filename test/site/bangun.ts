/**
 * Building the site from a test into a temporary folder. Each build gets a content cache
 * of its own (KINERJA_CACHEDIR); builds into a folder outside the project still share
 * Astro's intermediate folder (<project>/.astro/), so test files running in parallel take
 * turns through a lock directory in this project (another clone never waits on it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const KUNCI = resolve('test-results', 'bangun.lock');

/** A lock whose holder has died, or that is older than a build could take, is stale. */
function basi(): boolean {
  try {
    const pid = Number(readFileSync(join(KUNCI, 'pid'), 'utf8'));
    process.kill(pid, 0);
  } catch {
    return Date.now() - statSync(KUNCI).mtimeMs > 5_000; // no live holder (allow it a moment to write its pid)
  }
  return Date.now() - statSync(KUNCI).mtimeMs > 600_000;
}
const tidur = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** How long a build waits for the lock: the other test files' builds go first. */
const TUNGGU_KUNCI = 600_000;
/**
 * The time limit of a test or hook that builds once: the lock's whole wait, then its own build on a
 * busy machine. A fixed limit below that failed a browser test whose build merely queued behind the
 * site tests' builds.
 */
export const BATAS_UJI_BANGUN = TUNGGU_KUNCI + 600_000;

export function denganKunci<T>(fn: () => T): T {
  const batas = Date.now() + TUNGGU_KUNCI;
  mkdirSync(resolve('test-results'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(KUNCI);
      writeFileSync(join(KUNCI, 'pid'), String(process.pid));
      break;
    } catch {
      try {
        if (basi()) rmSync(KUNCI, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > batas) throw new Error(`Kunci build ${KUNCI} tidak terlepas`);
      tidur(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(KUNCI, { recursive: true, force: true });
  }
}

/** Vitest puts BASE_URL/MODE/DEV/PROD/SSR into process.env, which would leak into Astro. */
export function envBersih(tambahan: Record<string, string>): NodeJS.ProcessEnv {
  const bersih = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k)),
  );
  return { ...bersih, PATH: [resolve('node_modules/.bin'), process.env.PATH ?? ''].join(delimiter), ...tambahan };
}

/**
 * `astro build --outDir <dir>` (and the search bundles when asked, scripts/indeks-cari.ts), one build at a time; returns Astro's log as plain text.
 * The content cache is the build's own and removed after it, unless `cacheDir` names one to keep
 * (an incremental rebuild reads the previous build's pages from there).
 */
export function bangun(outDir: string, env: Record<string, string> = {}, pagefind = false, cacheDir?: string): string {
  return denganKunci(() => {
    const cache = cacheDir ?? `${outDir}.cache`;
    const lingkungan = envBersih({ KINERJA_CACHEDIR: cache, ...env });
    let log: string;
    try {
      log = execFileSync(resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
        env: lingkungan,
        stdio: 'pipe',
        timeout: 240_000,
        maxBuffer: 64 * 1024 * 1024,
      }).toString('utf8');
    } finally {
      if (!cacheDir) rmSync(cache, { recursive: true, force: true });
    }
    if (pagefind)
      execFileSync(resolve('node_modules/.bin/node'), ['scripts/indeks-cari.ts', outDir], {
        env: lingkungan,
        stdio: 'pipe',
        timeout: 240_000,
        maxBuffer: 64 * 1024 * 1024,
      });
    // CI may force colours (FORCE_COLOR); tests read the log's words, not its escape codes
    return stripVTControlCharacters(log);
  });
}
