/**
 * npm test's first step (the `pretest` script): make sure the browser tests have a Chromium, installing
 * Debian's where it can, or stop at once with what to run (scripts/lib/rencana-chromium.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { baca, jalurChromium } from '../src/core/lingkungan.ts';
import { rencanaChromium } from './lib/rencana-chromium.ts';

const chromium = jalurChromium();
const root = process.getuid?.() === 0;
const rencana = rencanaChromium({
  chromium,
  dipilih: baca('CHROMIUM_PATH') !== undefined,
  ada: existsSync(chromium),
  platform: process.platform,
  aptGet: existsSync('/usr/bin/apt-get'),
  root,
  sudoTanpaSandi: !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
});

if (rencana.langkah === 'berhenti') {
  console.error(rencana.pesan);
  process.exit(1);
}
if (rencana.langkah === 'pasang') {
  console.error('Chromium belum ada: memasang chromium Debian (Chromium missing: installing Debian’s chromium)…');
  for (const [program, ...argumen] of rencana.perintah) {
    const hasil = spawnSync(program!, argumen, { stdio: 'inherit' });
    if (hasil.status !== 0) {
      console.error(`Gagal (failed): ${[program, ...argumen].join(' ')}`);
      process.exit(1);
    }
  }
  if (!existsSync(chromium)) {
    console.error(
      `apt-get selesai, tetapi ${chromium} tetap tidak ada (apt-get finished, but ${chromium} is still missing).`,
    );
    process.exit(1);
  }
}
