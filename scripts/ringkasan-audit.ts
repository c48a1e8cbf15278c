/**
 * node scripts/ringkasan-audit.ts [dist]
 * Prints the audit summary (Markdown) of a built site; CI appends it to $GITHUB_STEP_SUMMARY.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TemuanAudit } from '../src/core/audit/audit.ts';
import { ringkasAudit } from '../src/core/publikasi/ringkasan-audit.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const fAudit = join(dist, 'data/audit.json');
if (!existsSync(fAudit)) {
  console.error(`${fAudit} tidak ada: jalankan build dulu. (Missing: build the site first.)`);
  process.exit(1);
}
const berbeda = JSON.parse(readFileSync(fAudit, 'utf8')) as TemuanAudit[];
// Totals per report from each report's full audit, where the build published it.
const semua = new Map<string, TemuanAudit[]>();
const fIndeks = join(dist, 'data/index.json');
if (existsSync(fIndeks)) {
  const indeks = JSON.parse(readFileSync(fIndeks, 'utf8')) as {
    instansi?: { id: string; laporan?: { tahun: number; data?: string }[] }[];
  };
  for (const i of indeks.instansi ?? [])
    for (const l of i.laporan ?? []) {
      const f = join(dist, 'data/laporan', `${i.id}-${l.tahun}.json`);
      if (!existsSync(f)) continue;
      const j = JSON.parse(readFileSync(f, 'utf8')) as { audit?: TemuanAudit[] };
      if (Array.isArray(j.audit)) semua.set(`${i.id}/${l.tahun}`, j.audit);
    }
}
process.stdout.write(ringkasAudit(berbeda, semua.size ? semua : undefined));
