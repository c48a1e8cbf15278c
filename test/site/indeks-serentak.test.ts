/**
 * build:wilayah --paralel indexes several region sites in one Node process. Pagefind's Node API has one
 * backend per process; when one site's index closed it, the other's failed with "Pagefind backend
 * closed" (seen in CI on the portal test). Two copies of the built site indexed at the same moment must
 * both get complete bundles.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { BUNDEL, bangunIndeksCari } from '../../scripts/indeks-cari.ts';

const salinan = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'kt-serentak-')));
afterAll(() => salinan.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('two sites indexed side by side in one process', () => {
  it("both finish with both bundles: one site's index never closes the other's backend", async () => {
    for (const folder of salinan) {
      cpSync(resolve('dist'), folder, { recursive: true });
      for (const bundel of Object.values(BUNDEL)) rmSync(join(folder, bundel), { recursive: true, force: true });
    }
    const hasil = await Promise.allSettled(salinan.map((d) => bangunIndeksCari(d)));
    expect(hasil.map((h) => (h.status === 'rejected' ? String(h.reason) : 'ok'))).toEqual(['ok', 'ok']);
    for (const folder of salinan)
      for (const bundel of Object.values(BUNDEL))
        expect(existsSync(join(folder, bundel, 'pagefind.js')), `${folder}/${bundel}`).toBe(true);
  }, 300_000);
});
