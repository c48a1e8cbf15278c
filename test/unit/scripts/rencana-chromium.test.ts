import { describe, expect, it } from 'vitest';
import { rencanaChromium, type Mesin } from '../../../scripts/lib/rencana-chromium.ts';

const debian: Mesin = {
  chromium: '/usr/bin/chromium',
  dipilih: false,
  ada: false,
  platform: 'linux',
  aptGet: true,
  root: false,
  sudoTanpaSandi: false,
};

describe('npm test prepares Chromium (pretest)', () => {
  it('does nothing when Chromium is there', () => {
    expect(rencanaChromium({ ...debian, ada: true })).toEqual({ langkah: 'siap' });
  });

  it('installs Debian’s chromium as root, or through password-less sudo', () => {
    expect(rencanaChromium({ ...debian, root: true })).toEqual({
      langkah: 'pasang',
      perintah: [
        ['apt-get', 'update', '-qq'],
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    });
    const sudo = rencanaChromium({ ...debian, sudoTanpaSandi: true });
    expect(sudo.langkah === 'pasang' && sudo.perintah.every((p) => p[0] === 'sudo')).toBe(true);
  });

  it('otherwise stops at once and says exactly what to run, in both languages', () => {
    const rencana = rencanaChromium(debian);
    expect(rencana.langkah).toBe('berhenti');
    const pesan = rencana.langkah === 'berhenti' ? rencana.pesan : '';
    expect(pesan).toContain('sudo apt-get update && sudo apt-get install -y chromium');
    expect(pesan).toContain('tidak ada di /usr/bin/chromium');
    expect(pesan).toContain('is not at /usr/bin/chromium');
  });

  it('never installs over a path the user chose with CHROMIUM_PATH', () => {
    const rencana = rencanaChromium({ ...debian, chromium: '/opt/chrome', dipilih: true, root: true });
    expect(rencana).toMatchObject({ langkah: 'berhenti' });
    expect(rencana.langkah === 'berhenti' && rencana.pesan).toContain('CHROMIUM_PATH=/opt/chrome');
  });

  it('on macOS and Windows it names CHROMIUM_PATH and where Chrome usually is', () => {
    const mac = rencanaChromium({ ...debian, platform: 'darwin', aptGet: false });
    expect(mac.langkah === 'berhenti' && mac.pesan).toContain('CHROMIUM_PATH="/Applications/Google Chrome.app');
    const win = rencanaChromium({ ...debian, platform: 'win32', aptGet: false, root: true });
    expect(win.langkah === 'berhenti' && win.pesan).toContain('$env:CHROMIUM_PATH=');
  });
});
