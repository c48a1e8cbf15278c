/**
 * node scripts/ringkasan-audit.ts [dist]
 * Prints the audit summary (Markdown) of a built site; CI appends it to $GITHUB_STEP_SUMMARY.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TemuanAudit } from '../src/core/audit/audit.ts';
import { ringkasAudit } from '../src/core/publikasi/ringkasan-audit.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const berkasAudit = join(dist, 'data/audit.json');
if (!existsSync(berkasAudit)) {
  console.error(`${berkasAudit} tidak ada: jalankan build dulu. (Missing: build the site first.)`);
  process.exit(1);
}
const berbeda = JSON.parse(readFileSync(berkasAudit, 'utf8')) as TemuanAudit[];
// Totals per report from each report's full audit, where the build published it.
const semua = new Map<string, TemuanAudit[]>();
const berkasIndeks = join(dist, 'data/index.json');
if (existsSync(berkasIndeks)) {
  const indeks = JSON.parse(readFileSync(berkasIndeks, 'utf8')) as {
    instansi?: { id: string; laporan?: { tahun: number; data?: string }[] }[];
  };
  for (const instansi of indeks.instansi ?? [])
    for (const laporan of instansi.laporan ?? []) {
      const berkasLaporan = join(dist, 'data/laporan', `${instansi.id}-${laporan.tahun}.json`);
      if (!existsSync(berkasLaporan)) continue;
      const isiLaporan = JSON.parse(readFileSync(berkasLaporan, 'utf8')) as { audit?: TemuanAudit[] };
      if (Array.isArray(isiLaporan.audit)) semua.set(`${instansi.id}/${laporan.tahun}`, isiLaporan.audit);
    }
}
process.stdout.write(ringkasAudit(berbeda, semua.size ? semua : undefined));
