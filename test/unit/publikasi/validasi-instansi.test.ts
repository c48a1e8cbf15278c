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

const d = mkdtempSync(join(tmpdir(), 'validasi-instansi-'));
afterAll(() => rmSync(d, { recursive: true, force: true }));
cpSync(join(PROYEK, 'content'), join(d, 'content'), { recursive: true });
// another agency's broken figure
const bontang = join(d, 'content/instansi/bkpsdm-kota-bontang/2020/lkjip.json');
const l = JSON.parse(readFileSync(bontang, 'utf8'));
l.pengukuran.indikator[0].realisasi = { salah: true };
writeFileSync(bontang, JSON.stringify(l, null, 2));

describe('validate --instansi', { timeout: 120_000 }, () => {
  it("shows only that agency's problems, and a draft's checklist of what is still missing", () => {
    expect(jalankan('new-report.ts', 'bkd-kota-blitar', '2022', '--konten', d).status).toBe(0);
    const r = jalankan('validate.ts', '--instansi', 'bkd-kota-blitar', '--konten', d);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('bkpsdm-kota-bontang');
    expect(r.stdout).toContain('DRAF (draft)  content/instansi/bkd-kota-blitar/2022/lkjip.json');
    expect(r.stdout).toMatch(/Realisasi belum diisi \(no realisasi yet\) untuk \d+ indikator/);
    expect(r.stdout).toContain('Lalu hapus "draf": true');
  });
  it("the broken agency's run fails and names its file", () => {
    const r = jalankan('validate.ts', '--instansi', 'bkpsdm-kota-bontang', '--konten', d);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('content/instansi/bkpsdm-kota-bontang/2020/lkjip.json');
    expect(r.stdout).not.toContain('bkd-kota-blitar');
  });
  it('an unknown agency is a usage error', () => {
    expect(jalankan('validate.ts', '--instansi', 'tidak-ada', '--konten', d).status).toBe(2);
  });
});
