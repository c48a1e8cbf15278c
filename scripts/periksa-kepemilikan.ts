/**
 * node scripts/periksa-kepemilikan.ts [--base <ref> --head <ref>] [--pemelihara] [--label <nama>]
 * Reads the changed files from stdin (one per line) or from
 * `git diff --name-only --no-renames base...head`, and fails (exit 1) when the
 * change touches more than one agency folder or anything outside content/,
 * unless it is a maintainers' change: --pemelihara, or the PR label
 * "perubahan-pemelihara" in --label or in the env var PR_LABELS (comma list or JSON).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { adaLabelPemelihara, periksaPerubahan } from '../src/core/publikasi/kepemilikan.ts';
import { baca } from '../src/core/lingkungan.ts';
import { bacaArgumen } from './lib/argumen.ts';

const arg = bacaArgumen(process.argv.slice(2), { nilai: ['base', 'head', 'label'], bendera: ['pemelihara'] });
if (arg.galat) {
  console.error(arg.galat);
  process.exit(2);
}
let berkas: string[];
if (arg.nilai.base) {
  const out = execFileSync(
    'git',
    ['diff', '--name-only', '--no-renames', `${arg.nilai.base}...${arg.nilai.head ?? 'HEAD'}`],
    { encoding: 'utf8' },
  );
  berkas = out.split('\n');
} else {
  berkas = readFileSync(0, 'utf8').split(/\r?\n/);
}
const pemelihara =
  arg.bendera.has('pemelihara') ||
  adaLabelPemelihara(arg.nilai.label) ||
  adaLabelPemelihara(baca('PR_LABELS')) ||
  baca('PERUBAHAN_PEMELIHARA') === true;
const h = periksaPerubahan(berkas, { pemelihara });
console.log(h.pesan.join('\n'));
process.exit(h.lulus ? 0 : 1);
