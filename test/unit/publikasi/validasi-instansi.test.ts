/** `npm run validate -- --instansi <id>`: one agency's problems only, and a draft's checklist. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROYEK } from './bantuan.ts';

const node = existsSync(join(PROYEK, 'node_modules/.bin/node'))
  ? join(PROYEK, 'node_modules/.bin/node')
  : process.execPath;
const jalankan = (skrip: string, ...args: string[]) =>
  spawnSync(node, [join(PROYEK, 'scripts', skrip), ...args], { encoding: 'utf8', cwd: PROYEK });

const folder = mkdtempSync(join(tmpdir(), 'validasi-instansi-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
cpSync(join(PROYEK, 'content'), join(folder, 'content'), { recursive: true });
// another agency's broken figure
const bontang = join(folder, 'content/instansi/bkpsdm-kota-bontang/2020/lkjip.json');
const laporan = JSON.parse(readFileSync(bontang, 'utf8'));
laporan.pengukuran.indikator[0].realisasi = { salah: true };
writeFileSync(bontang, JSON.stringify(laporan, null, 2));

describe('validate --instansi', { timeout: 120_000 }, () => {
  it("shows only that agency's problems, and a draft's checklist of what is still missing", () => {
    expect(jalankan('new-report.ts', 'bkd-kota-blitar', '2022', '--konten', folder).status).toBe(0);
    const proses = jalankan('validate.ts', '--instansi', 'bkd-kota-blitar', '--konten', folder);
    expect(proses.status).toBe(0);
    expect(proses.stdout).not.toContain('bkpsdm-kota-bontang');
    expect(proses.stdout).toContain('DRAF (draft)  content/instansi/bkd-kota-blitar/2022/lkjip.json');
    expect(proses.stdout).toMatch(/Realisasi belum diisi \(no realisasi yet\) untuk \d+ indikator/);
    expect(proses.stdout).toContain('Lalu hapus "draf": true');
  });
  it("the broken agency's run fails and names its file", () => {
    const proses = jalankan('validate.ts', '--instansi', 'bkpsdm-kota-bontang', '--konten', folder);
    expect(proses.status).toBe(1);
    expect(proses.stdout).toContain('content/instansi/bkpsdm-kota-bontang/2020/lkjip.json');
    expect(proses.stdout).not.toContain('bkd-kota-blitar');
  });
  it('an unknown agency is a usage error', () => {
    expect(jalankan('validate.ts', '--instansi', 'tidak-ada', '--konten', folder).status).toBe(2);
  });
});
