import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adaLabelPemelihara,
  buatCodeowners,
  periksaCodeowners,
  periksaPerubahan,
} from '../../../src/core/publikasi/kepemilikan.ts';
import { muatKonten } from '../../../src/core/muat/baca-folder.ts';
import { PROYEK, FIXTURE } from './bantuan.ts';

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
    ['a new agency', ['content/instansi/dinas-baru/instansi.json', 'content/instansi/dinas-baru/2024/lkjip.json']],
  ] as const;
  it.each(lulus)('passes: %s', (_n, files) => {
    const hasil = periksaPerubahan(files);
    expect(hasil.lulus).toBe(true);
    expect(hasil.instansi).toHaveLength(1);
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
    // a region is shared by every agency in it: agency A must not edit agency B's region
    [
      "another agency's region file",
      ['content/instansi/dinas-a/instansi.json', 'content/wilayah/kota-b.json'],
      ['dinas-a'],
      ['content/wilayah/kota-b.json'],
    ],
    [
      'a new agency with a new region',
      ['content/instansi/dinas-baru/instansi.json', 'content/wilayah/kota-baru.json'],
      ['dinas-baru'],
      ['content/wilayah/kota-baru.json'],
    ],
    ['content/README.md', ['content/README.md'], [], ['content/README.md']],
    ['a file named like an agency folder', ['content/instansi/dinas-a'], [], ['content/instansi/dinas-a']],
    ['a checker', ['scripts/periksa-kepemilikan.ts'], [], ['scripts/periksa-kepemilikan.ts']],
    ['package.json', ['package.json'], [], ['package.json']],
  ] as const;
  it.each(gagal)('fails: %s', (_n, files, instansi, diLuar) => {
    const hasil = periksaPerubahan(files);
    expect(hasil.lulus).toBe(false);
    expect(hasil.instansi).toEqual(instansi);
    expect(hasil.diLuar).toEqual(diLuar);
    expect(hasil.pesan.at(-1)).toContain('perubahan-pemelihara');
  });

  it.each(gagal)("a maintainers' change passes: %s", (_n, files) => {
    expect(periksaPerubahan(files, { pemelihara: true }).lulus).toBe(true);
  });

  it('the exact message for two agencies', () => {
    expect(periksaPerubahan(['content/instansi/a/1.json', 'content/instansi/b/2.json']).pesan[0]).toBe(
      'Perubahan ini menyentuh 2 folder instansi (a, b); satu pull request hanya untuk satu ' +
        'instansi. (This change touches 2 agency folders; one pull request is for one agency.)',
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

describe("an agency's folder is its maintainers'", () => {
  const basis = new Map<string, readonly string[]>([
    ['dinas-a', ['operator-a', '@Operator-A2']],
    ['dinas-b', ['operator-b']],
    ['dinas-tim', ['@pemda-x/tim-sakip']],
    ['dinas-lama', []],
  ]);
  const ubah = (id: string) => [`content/instansi/${id}/2024/lkjip.json`];
  it('its declared maintainer passes (any case, with or without @)', () => {
    expect(periksaPerubahan(ubah('dinas-a'), { penulis: 'operator-a2', pemeliharaBasis: basis }).lulus).toBe(true);
  });
  it("another agency's operator fails, and the message names both", () => {
    const hasil = periksaPerubahan(ubah('dinas-b'), { penulis: 'operator-a', pemeliharaBasis: basis });
    expect(hasil.lulus).toBe(false);
    expect(hasil.pesan[0]).toBe(
      '@operator-a bukan pemelihara instansi dinas-b (pemelihara: operator-b). (@operator-a is not a maintainer of dinas-b.)',
    );
    expect(
      periksaPerubahan(ubah('dinas-b'), { penulis: 'operator-a', pemeliharaBasis: basis, pemelihara: true }).lulus,
    ).toBe(true);
  });
  it("a team's members are left to the CODEOWNERS review; an agency without maintainers to the site's", () => {
    expect(periksaPerubahan(ubah('dinas-tim'), { penulis: 'siapa-saja', pemeliharaBasis: basis }).lulus).toBe(true);
    expect(periksaPerubahan(ubah('dinas-lama'), { penulis: 'siapa-saja', pemeliharaBasis: basis }).lulus).toBe(true);
  });
  it("a new agency's first pull request passes, and says what the maintainers do next", () => {
    const hasil = periksaPerubahan(ubah('dinas-baru'), { penulis: 'operator-baru', pemeliharaBasis: basis });
    expect(hasil.lulus).toBe(true);
    expect(hasil.pesan.join('\n')).toContain('Instansi baru: dinas-baru.');
    expect(hasil.pesan.join('\n')).toContain('npm run codeowners');
  });
});

describe('periksaCodeowners', () => {
  const ada = [
    { id: 'dinas-a', pemelihara: ['operator-a'] },
    { id: 'dinas-b', pemelihara: [] },
  ];
  const tertulis = buatCodeowners(ada);
  it('up to date passes; on main every agency must be listed', () => {
    expect(periksaCodeowners(tertulis, ada).lulus).toBe(true);
    expect(periksaCodeowners(tertulis, [...ada, { id: 'dinas-baru', pemelihara: ['operator-baru'] }]).lulus).toBe(
      false,
    );
  });
  it('in a pull request, a new agency need not be listed yet', () => {
    const hasil = periksaCodeowners(
      tertulis,
      [...ada, { id: 'dinas-baru', pemelihara: ['operator-baru'] }],
      new Set(['dinas-a', 'dinas-b']),
    );
    expect(hasil.lulus).toBe(true);
    expect(hasil.pesan[0]).toContain('instansi baru dinas-baru');
  });
  it("an existing agency's changed maintainers must come with the regenerated file", () => {
    const hasil = periksaCodeowners(
      tertulis,
      [{ id: 'dinas-a', pemelihara: ['penyusup'] }, ada[1]!],
      new Set(['dinas-a', 'dinas-b']),
    );
    expect(hasil.lulus).toBe(false);
    expect(hasil.pesan[0]).toContain('perubahan pemelihara');
  });
});

describe('CODEOWNERS', () => {
  it('is generated from the pemelihara declarations', () => {
    const teks = buatCodeowners(
      [
        { id: 'dinas-b', pemelihara: ['operator-b'] },
        { id: 'dinas-a', pemelihara: ['@operator-a', 'pemda-x/tim-sakip', 'operator-a'] },
        { id: 'dinas-c', pemelihara: [] },
      ],
      '@org/pemelihara',
    );
    expect(teks.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '* @org/pemelihara',
      '/content/instansi/dinas-a/ @operator-a @pemda-x/tim-sakip @org/pemelihara',
      '/content/instansi/dinas-b/ @operator-b @org/pemelihara',
    ]);
    expect(teks).toContain('# /content/instansi/dinas-c/ — belum ada pemelihara');
  });

  it("the repository's own file is current with its content (the pull-request check would fail every PR otherwise)", () => {
    const instansi = muatKonten(PROYEK, 'content', null).korpus.instansi.map((entri) => ({
      id: entri.data.id,
      pemelihara: entri.data.pemelihara,
    }));
    const hasil = periksaCodeowners(readFileSync(join(PROYEK, '.github/CODEOWNERS'), 'utf8'), instansi);
    expect(hasil.pesan.join('\n')).toContain('✔');
    expect(hasil.lulus).toBe(true);
  });
});

describe('node scripts/periksa-kepemilikan.ts', () => {
  const node = existsSync(join(PROYEK, 'node_modules/.bin/node'))
    ? join(PROYEK, 'node_modules/.bin/node')
    : process.execPath;
  const run = (stdin: string, env: Record<string, string> = {}, ...args: string[]) =>
    spawnSync(node, ['scripts/periksa-kepemilikan.ts', ...args], {
      cwd: PROYEK,
      input: stdin,
      encoding: 'utf8',
      env: { ...process.env, PR_LABELS: '', ...env },
    });
  it('passes one agency (stdin)', () => expect(run('content/instansi/a/2021/lkjip.json\n').status).toBe(0));
  it('fails two agencies', () => {
    const proses = run('content/instansi/a/2021/lkjip.json\ncontent/instansi/b/2021/lkjip.json\n');
    expect(proses.status).toBe(1);
    expect(proses.stdout).toContain('satu pull request hanya untuk satu instansi');
  });
  it("passes with the maintainers' label (env) or flag", () => {
    expect(run('src/x.ts\n', { PR_LABELS: 'perubahan-pemelihara' }).status).toBe(0);
    expect(run('src/x.ts\n', {}, '--pemelihara').status).toBe(0);
    expect(run('src/x.ts\n').status).toBe(1);
  });
});

/**
 * The pull request guard as pr.yml runs it: the base branch's scripts (this project's) over a
 * pull request's checkout. The change to the checker itself is only data to them.
 */
// spawns git and the guard's scripts several times per case: seconds each on a shared machine
describe('the guard over a pull request (pr.yml, end to end with git)', { timeout: 60_000 }, () => {
  const node = existsSync(join(PROYEK, 'node_modules/.bin/node'))
    ? join(PROYEK, 'node_modules/.bin/node')
    : process.execPath;
  const kerja = mkdtempSync(join(tmpdir(), 'kt-pr-'));
  const repo = join(kerja, 'repo');
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'uji',
    GIT_AUTHOR_EMAIL: 'uji@contoh.invalid',
    GIT_COMMITTER_NAME: 'uji',
    GIT_COMMITTER_EMAIL: 'uji@contoh.invalid',
    PR_LABELS: '',
  };
  const git = (...args: string[]) => {
    const proses = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', env });
    if (proses.status !== 0) throw new Error(proses.stderr);
    return proses.stdout;
  };
  const skrip = (nama: string, ...args: string[]) =>
    spawnSync(node, [join(PROYEK, 'scripts', nama), ...args], { cwd: kerja, encoding: 'utf8', env });
  /** A pull request branch from main with `ubah` applied; its checkout in a worktree of its own. */
  const cabang = (nama: string, ubah: (dir: string) => void) => {
    git('checkout', '-q', '-b', nama, 'main');
    ubah(repo);
    git('add', '-A');
    git('commit', '-qm', nama);
    git('checkout', '-q', 'main');
    const dir = join(kerja, nama);
    git('worktree', 'add', '-q', dir, nama);
    return dir;
  };
  const basis = join(kerja, 'basis');

  beforeAll(() => {
    cpSync(join(FIXTURE, 'content'), join(repo, 'content'), { recursive: true });
    mkdirSync(join(repo, 'scripts'));
    writeFileSync(join(repo, 'scripts/periksa-kepemilikan.ts'), '// the checker on the base branch\n');
    mkdirSync(join(repo, '.github'));
    writeFileSync(join(repo, '.github/CODEOWNERS'), buatCodeowners([{ id: 'dinas-contoh', pemelihara: [] }]));
    spawnSync('git', ['init', '-q', '-b', 'main', repo], { env });
    git('add', '-A');
    git('commit', '-qm', 'basis');
    git('worktree', 'add', '-q', '--detach', basis, 'main');
  });
  afterAll(() => rmSync(kerja, { recursive: true, force: true }));

  const kepemilikan = (dir: string, head: string, penulis = 'operator-baru') =>
    skrip(
      'periksa-kepemilikan.ts',
      '--git',
      dir,
      '--base',
      'main',
      '--head',
      head,
      '--basis',
      basis,
      '--penulis',
      penulis,
    );

  it('a pull request that disables the checker fails: the base copy reads its change as a change outside content/', () => {
    const dir = cabang('serang', (folderCabang) => {
      writeFileSync(join(folderCabang, 'scripts/periksa-kepemilikan.ts'), 'process.exit(0);\n');
      writeFileSync(
        join(folderCabang, 'content/instansi/dinas-contoh/2022/narasi/bab-1.mdx'),
        '---\nbab: bab-1\njudul: X\n---\nTeks.\n',
      );
    });
    const proses = kepemilikan(dir, 'serang');
    expect(proses.status).toBe(1);
    expect(proses.stdout).toContain('di luar folder instansi: scripts/periksa-kepemilikan.ts');
    expect(
      skrip('periksa-kepemilikan.ts', '--git', dir, '--base', 'main', '--head', 'serang', '--pemelihara').status,
    ).toBe(0);
  });

  it("a new agency's first pull request passes validation, ownership and the CODEOWNERS check", () => {
    const dir = cabang('baru', (folderCabang) => {
      const ins = JSON.parse(readFileSync(join(folderCabang, 'content/instansi/dinas-contoh/instansi.json'), 'utf8'));
      mkdirSync(join(folderCabang, 'content/instansi/dinas-baru'));
      writeFileSync(
        join(folderCabang, 'content/instansi/dinas-baru/instansi.json'),
        JSON.stringify({ ...ins, id: 'dinas-baru', nama: 'Dinas Baru (sintetis)', pemelihara: ['operator-baru'] }),
      );
    });
    expect(skrip('validate.ts', '--konten', dir).status).toBe(0);
    const proses = kepemilikan(dir, 'baru');
    expect(proses.status, proses.stdout).toBe(0);
    expect(proses.stdout).toContain('Instansi baru: dinas-baru.');
    const prosesPeriksa = skrip('codeowners.ts', '--periksa', '--konten', dir, '--basis', basis);
    expect(prosesPeriksa.status, prosesPeriksa.stderr).toBe(0);
    // on main, after merging, the file must be regenerated (what the maintainers' step fixes)
    expect(skrip('codeowners.ts', '--periksa', '--konten', dir).status).toBe(1);
  });

  it('an agency editing its region file fails', () => {
    const dir = cabang('wilayah', (d) =>
      writeFileSync(
        join(d, 'content/wilayah/kota-contoh.json'),
        '{ "id": "kota-contoh", "nama": "Kota Lain", "tingkat": "kota", "induk": "provinsi-contoh" }\n',
      ),
    );
    const proses = kepemilikan(dir, 'wilayah');
    expect(proses.status).toBe(1);
    expect(proses.stdout).toContain('content/wilayah/kota-contoh.json');
  });
});
