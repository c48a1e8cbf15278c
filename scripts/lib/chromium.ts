/**
 * Debian's Chromium driven by playwright-core: the one launcher for browser tests,
 * benchmarks and the guide's screenshots. No test tool can download its own browser
 * here; CHROMIUM_PATH points elsewhere (e.g. /usr/bin/google-chrome on a GitHub runner).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { jalurChromium } from '../../src/core/lingkungan.ts';

export const CHROMIUM = jalurChromium();

// Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function bukaChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium tidak ditemukan di ${CHROMIUM}. Pasang dengan: apt-get update && apt-get install -y chromium ` +
        "(Chromium not found; install Debian's chromium, or set CHROMIUM_PATH).",
    );
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
