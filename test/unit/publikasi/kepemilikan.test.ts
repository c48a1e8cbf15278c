import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaLabelPemelihara, buatCodeowners, periksaPerubahan } from '../../../src/core/publikasi/kepemilikan.ts';
import { AKAR_PROYEK } from './bantuan.ts';

describe('periksaPerubahan (ownership check)', () => {
  const lulus = [
    [
      'one agency: a new report',
      [
        'content/instansi/bkpsdm-kota-bontang/2021/lkjip.json',
        'content/instansi/bkpsdm-kota-bontang/2021/narasi/bab-1.mdx',
      ],
    ],
    [
      'one agency: profile and Renstra',
      ['content/instansi/bkd-kota-blitar/instansi.json', 'content/instansi/bkd-kota-blitar/renstra-2022-2026.json'],
    ],
    ['a new agency with its region', ['content/instansi/dinas-baru/instansi.json', 'content/wilayah/kota-baru.json']],
  ] as const;
  it.each(lulus)('passes: %s', (_n, files) => {
    const h = periksaPerubahan(files);
    expect(h.lulus).toBe(true);
    expect(h.instansi).toHaveLength(1);
  });

  const gagal = [
    [
      'two agencies',
      ['content/instansi/bkpsdm-kota-bontang/2021/lkjip.json', 'content/instansi/bkd-kota-blitar/2021/lkjip.json'],
      ['bkd-kota-blitar', 'bkpsdm-kota-bontang'],
      [],
    ],
    [
      'code',
      ['content/instansi/bkd-kota-blitar/2021/lkjip.json', 'src/core/rumus/capaian.ts'],
      ['bkd-kota-blitar'],
      ['src/core/rumus/capaian.ts'],
    ],
    ['the workflow', ['.github/workflows/pr.yml'], [], ['.github/workflows/pr.yml']],
    ['CODEOWNERS itself', ['.github/CODEOWNERS', 'content/instansi/x/instansi.json'], ['x'], ['.github/CODEOWNERS']],
    ['site settings', ['content/situs.json'], [], ['content/situs.json']],
    ['package.json', ['package.json'], [], ['package.json']],
  ] as const;
  it.each(gagal)('fails: %s', (_n, files, instansi, diLuar) => {
    const h = periksaPerubahan(files);
    expect(h.lulus).toBe(false);
    expect(h.instansi).toEqual(instansi);
    expect(h.diLuar).toEqual(diLuar);
    expect(h.pesan.at(-1)).toContain('perubahan-pemelihara');
  });

  it.each(gagal)("a maintainers' change passes: %s", (_n, files) => {
    expect(periksaPerubahan(files, { pemelihara: true }).lulus).toBe(true);
  });

  it('the exact message for two agencies', () => {
    expect(periksaPerubahan(['content/instansi/a/1.json', 'content/instansi/b/2.json']).pesan[0]).toBe(
      'Perubahan ini menyentuh 2 folder instansi (a, b); satu pull request hanya untuk satu instansi. (This change touches 2 agency folders; one pull request is for one agency.)',
    );
  });

  it('reads PR labels as GitHub Actions passes them', () => {
    expect(adaLabelPemelihara('dokumentasi,perubahan-pemelihara')).toBe(true);
    expect(adaLabelPemelihara('["perubahan-pemelihara"]')).toBe(true);
    expect(adaLabelPemelihara('[{"name":"perubahan-pemelihara"}]')).toBe(true);
    expect(adaLabelPemelihara('dokumentasi')).toBe(false);
    expect(adaLabelPemelihara(undefined)).toBe(false);
  });
});

describe('CODEOWNERS', () => {
  it('is generated from the pemelihara declarations', () => {
    const t = buatCodeowners(
      [
        { id: 'dinas-b', pemelihara: ['operator-b'] },
        { id: 'dinas-a', pemelihara: ['@operator-a', 'pemda-x/tim-sakip', 'operator-a'] },
        { id: 'dinas-c', pemelihara: [] },
      ],
      '@org/pemelihara',
    );
    expect(t.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '* @org/pemelihara',
      '/content/instansi/dinas-a/ @operator-a @pemda-x/tim-sakip @org/pemelihara',
      '/content/instansi/dinas-b/ @operator-b @org/pemelihara',
    ]);
    expect(t).toContain('# /content/instansi/dinas-c/ — belum ada pemelihara');
  });
});

describe('node scripts/periksa-kepemilikan.ts', () => {
  const node = existsSync(join(AKAR_PROYEK, 'node_modules/.bin/node'))
    ? join(AKAR_PROYEK, 'node_modules/.bin/node')
    : process.execPath;
  const run = (stdin: string, env: Record<string, string> = {}, ...args: string[]) =>
    spawnSync(node, ['scripts/periksa-kepemilikan.ts', ...args], {
      cwd: AKAR_PROYEK,
      input: stdin,
      encoding: 'utf8',
      env: { ...process.env, PR_LABELS: '', ...env },
    });
  it('passes one agency (stdin)', () => expect(run('content/instansi/a/2021/lkjip.json\n').status).toBe(0));
  it('fails two agencies', () => {
    const r = run('content/instansi/a/2021/lkjip.json\ncontent/instansi/b/2021/lkjip.json\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('satu pull request hanya untuk satu instansi');
  });
  it("passes with the maintainers' label (env) or flag", () => {
    expect(run('src/x.ts\n', { PR_LABELS: 'perubahan-pemelihara' }).status).toBe(0);
    expect(run('src/x.ts\n', {}, '--pemelihara').status).toBe(0);
    expect(run('src/x.ts\n').status).toBe(1);
  });
});
