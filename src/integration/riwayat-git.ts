/**
 * Runs git for the content's history, once per build: whether the clone is shallow, then one `git log`
 * over content/. What it answers is read by src/core/muat/riwayat.ts. Any failure (no git, not a
 * repository) gives "not available" with the reason; a build never stops for want of history.
 */
import { execFileSync } from 'node:child_process';
import { ARGUMEN_LOG_GIT, riwayatDariGit, type RiwayatKonten } from '../core/muat/riwayat.ts';

const git = (proyek: string, argumen: readonly string[]) =>
  execFileSync('git', argumen, {
    cwd: proyek,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });

export function bacaRiwayatGit(proyek: string): RiwayatKonten {
  let dangkal: string;
  try {
    dangkal = git(proyek, ['rev-parse', '--is-shallow-repository']).trim();
  } catch (galat) {
    const tanpaGit = (galat as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      tersedia: false,
      alasan: tanpaGit ? 'git tidak terpasang saat situs dibangun' : 'konten tidak berada dalam repositori git',
    };
  }
  try {
    return riwayatDariGit(dangkal === 'true' ? '' : git(proyek, ARGUMEN_LOG_GIT), dangkal === 'true');
  } catch {
    return { tersedia: false, alasan: 'git tidak dapat membaca riwayat konten' };
  }
}
