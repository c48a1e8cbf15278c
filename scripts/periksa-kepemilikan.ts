/**
 * node scripts/periksa-kepemilikan.ts [--base <ref> --head <ref> [--git <dir>]] [--basis <dir>] [--penulis <login>]
 *                                     [--pemelihara] [--label <nama>]
 * Reads the changed files from stdin (one per line) or from
 * `git diff --name-only --no-renames base...head` (in --git <dir>, the pull request's checkout), and
 * fails (exit 1) when the change touches more than one agency folder, anything outside an agency
 * folder (code, workflows, content/situs.json, content/wilayah/), or, with --basis (the base
 * branch's checkout) and --penulis, an agency whose declared maintainers do not include the author;
 * unless it is a maintainers' change: --pemelihara, or the PR label "perubahan-pemelihara" in
 * --label or in the env var PR_LABELS (comma list or JSON).
 * The pull request workflow runs the base branch's copy of this script (docs/pemeriksaan-pr.md).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pemeliharaInstansi } from '../src/core/muat/baca-folder.ts';
import { adaLabelPemelihara, periksaPerubahan } from '../src/core/publikasi/kepemilikan.ts';
import { baca } from '../src/core/lingkungan.ts';
import { bacaArgumen } from './lib/argumen.ts';

const argumen = bacaArgumen(process.argv.slice(2), {
  nilai: ['base', 'head', 'label', 'git', 'basis', 'penulis'],
  bendera: ['pemelihara'],
});
if (argumen.galat) {
  console.error(argumen.galat);
  process.exit(2);
}
let berkas: string[];
if (argumen.nilai.base) {
  // -z: names exactly as stored (no quoting of unusual characters), --no-ext-diff/--no-textconv: git runs nothing of the change's
  const keluaranGit = execFileSync(
    'git',
    [
      '-C',
      resolve(argumen.nilai.git ?? '.'),
      'diff',
      '-z',
      '--name-only',
      '--no-renames',
      '--no-ext-diff',
      '--no-textconv',
      `${argumen.nilai.base}...${argumen.nilai.head ?? 'HEAD'}`,
    ],
    { encoding: 'utf8' },
  );
  berkas = keluaranGit.split('\0');
} else {
  berkas = readFileSync(0, 'utf8').split(/\r?\n/);
}
const pemelihara =
  argumen.bendera.has('pemelihara') ||
  adaLabelPemelihara(argumen.nilai.label) ||
  adaLabelPemelihara(baca('PR_LABELS')) ||
  baca('PERUBAHAN_PEMELIHARA') === true;
const hasil = periksaPerubahan(berkas, {
  pemelihara,
  ...(argumen.nilai.penulis ? { penulis: argumen.nilai.penulis } : {}),
  ...(argumen.nilai.basis ? { pemeliharaBasis: pemeliharaInstansi(resolve(argumen.nilai.basis)) } : {}),
});
console.log(hasil.pesan.join('\n'));
process.exit(hasil.lulus ? 0 : 1);
