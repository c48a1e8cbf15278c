/**
 * Building the site from a test into a temporary folder. Builds share Astro's caches
 * (.astro/, node_modules/.astro), so test files running in parallel take turns through
 * a lock directory instead of building at the same time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const KUNCI = join(tmpdir(), 'kinerja-terbuka-bangun.lock');
const tidur = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function denganKunci<T>(fn: () => T): T {
  const batas = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(KUNCI);
      break;
    } catch {
      // a lock left by a crashed run is stale after 10 minutes
      try {
        if (Date.now() - statSync(KUNCI).mtimeMs > 600_000) rmSync(KUNCI, { recursive: true, force: true });
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
function envBersih(tambahan: Record<string, string>): NodeJS.ProcessEnv {
  const bersih = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k)));
  return { ...bersih, PATH: `${resolve('node_modules/.bin')}:${process.env.PATH ?? ''}`, ...tambahan };
}

/** `astro build --outDir <dir>` (and Pagefind when asked), one build at a time. */
export function bangun(outDir: string, env: Record<string, string> = {}, pagefind = false): void {
  denganKunci(() => {
    const e = envBersih(env);
    execFileSync(resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], { env: e, stdio: 'pipe', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
    if (pagefind) execFileSync(resolve('node_modules/.bin/pagefind'), ['--site', outDir], { env: e, stdio: 'pipe', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  });
}
