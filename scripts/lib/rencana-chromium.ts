/**
 * What `npm test` does when the browser tests lack a Chromium (scripts/siapkan-chromium.ts):
 * nothing when it is there; on Debian or Ubuntu as root or with password-less sudo, install Debian's
 * chromium with apt-get; otherwise stop at once and say exactly what to run. Pure, so it is tested.
 */
export interface Mesin {
  /** the Chromium the tests will launch (CHROMIUM_PATH or /usr/bin/chromium) */
  chromium: string;
  /** whether CHROMIUM_PATH was set: a path the user chose is never replaced by an install */
  dipilih: boolean;
  ada: boolean;
  platform: NodeJS.Platform;
  aptGet: boolean;
  root: boolean;
  sudoTanpaSandi: boolean;
}

export type Rencana =
  { langkah: 'siap' } | { langkah: 'pasang'; perintah: string[][] } | { langkah: 'berhenti'; pesan: string };

const PASANG_APT = 'sudo apt-get update && sudo apt-get install -y chromium';

export function rencanaChromium(mesin: Mesin): Rencana {
  if (mesin.ada) return { langkah: 'siap' };
  if (mesin.dipilih)
    return {
      langkah: 'berhenti',
      pesan:
        `CHROMIUM_PATH=${mesin.chromium} tidak ada; arahkan ke program Chromium atau Chrome yang terpasang.\n` +
        `(CHROMIUM_PATH=${mesin.chromium} does not exist; point it to an installed Chromium or Chrome.)`,
    };
  if (mesin.platform === 'linux' && mesin.aptGet && (mesin.root || mesin.sudoTanpaSandi)) {
    const awal = mesin.root ? [] : ['sudo'];
    return {
      langkah: 'pasang',
      perintah: [
        [...awal, 'apt-get', 'update', '-qq'],
        [...awal, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    };
  }
  const cara =
    mesin.platform === 'linux' && mesin.aptGet
      ? `Jalankan sekali (run once):\n  ${PASANG_APT}\nlalu (then) npm test.`
      : mesin.platform === 'darwin'
        ? 'Pasang Google Chrome atau Chromium, lalu (install Chrome or Chromium, then):\n' +
          '  CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test'
        : mesin.platform === 'win32'
          ? 'Pasang Google Chrome, lalu di PowerShell (install Chrome, then in PowerShell):\n' +
            '  $env:CHROMIUM_PATH="C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"; npm test'
          : 'Pasang Chromium dengan pengelola paket sistem Anda, lalu (install Chromium with your package manager, then):\n' +
            '  CHROMIUM_PATH=/path/to/chromium npm test';
  return {
    langkah: 'berhenti',
    pesan:
      `Uji peramban memerlukan Chromium, yang tidak ada di ${mesin.chromium}.\n` +
      `(The browser tests need Chromium, which is not at ${mesin.chromium}.)\n${cara}`,
  };
}
