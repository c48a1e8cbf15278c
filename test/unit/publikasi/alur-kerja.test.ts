import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AKAR_PROYEK } from './bantuan.ts';

const { parse } = createRequire(import.meta.url)('yaml') as { parse: (s: string) => any };
const baca = (f: string) => parse(readFileSync(join(AKAR_PROYEK, '.github/workflows', f), 'utf8'));
const perintah = (job: { steps: { run?: string; uses?: string }[] }) =>
  job.steps.map((s) => s.run ?? s.uses ?? '').join('\n');

describe('GitHub workflows', () => {
  it('pull request: install (npm install, never npm ci), validate, ownership, test, build', () => {
    const w = baca('pr.yml');
    expect(w.on.pull_request.types).toEqual(expect.arrayContaining(['opened', 'synchronize', 'labeled', 'unlabeled']));
    const semua = Object.values(w.jobs)
      .map((j) => perintah(j as never))
      .join('\n');
    expect(semua).toContain('npm install');
    expect(semua).not.toMatch(/npm ci\b/);
    expect(semua).toContain('npm run -s validate');
    expect(semua).toContain('node scripts/periksa-kepemilikan.ts --base');
    expect(semua).toContain('node scripts/codeowners.ts --periksa');
    expect(semua).toContain('apt-get install -y chromium');
    expect(semua).toContain('npm test');
    expect(JSON.stringify(w.jobs.konten.steps)).toContain('PR_LABELS');
  });

  it('push to main: a plan, a build matrix (one site, or shards of regions), a merge with the portal, deploy to Pages', () => {
    const w = baca('terbit.yml');
    expect(w.on.push.branches).toEqual(['main']);
    // only the deploy job may write to Pages
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(w.jobs.deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const rencana = perintah(w.jobs.rencana);
    expect(rencana).toContain('npm ci');
    expect(rencana).toContain('npm run validate');
    expect(rencana).toContain('node scripts/build-wilayah.ts --rencana --github >> "$GITHUB_OUTPUT"');
    expect(w.jobs.bangun.strategy.matrix.shard).toBe('${{ fromJSON(needs.rencana.outputs.matriks) }}');
    const bangun = perintah(w.jobs.bangun);
    expect(bangun).toContain('npm run build\n');
    expect(bangun).toContain('npm run build:wilayah -- --shard ${{ matrix.shard.ke }}/${{ matrix.shard.dari }}');
    expect(bangun).toContain('actions/cache');
    expect(bangun).toContain('actions/upload-artifact');
    const gabung = perintah(w.jobs.gabung);
    expect(gabung).toContain('actions/download-artifact');
    expect(gabung).toContain('npm run build:wilayah -- --portal');
    expect(gabung).toContain('node scripts/ringkasan-audit.ts dist >> "$GITHUB_STEP_SUMMARY"');
    expect(gabung).toContain('actions/upload-pages-artifact');
    expect(w.jobs.deploy.needs).toBe('gabung');
    expect(perintah(w.jobs.deploy)).toContain('actions/deploy-pages');
  });
});
