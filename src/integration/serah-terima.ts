/**
 * The build's hand-off from the integration to the pages. The integration reads, validates, computes
 * and audits the content once (`astro:config:setup`, src/integration/validasi.ts); the pages, rendered
 * later in the same process, take that result (src/lib/situs.ts) instead of reading the content again.
 *
 * It lives on `globalThis` because Astro loads the integration with the config and the pages as a
 * separate Vite bundle: each has its own copy of every module, so a module variable is not shared.
 * The project folder goes with it, so a page never takes another build's content.
 */
import type { KunciCache } from '../core/muat/kunci-cache.ts';
import type { RiwayatKonten } from '../core/muat/riwayat.ts';
import type { HasilValidasi } from '../core/publikasi/validasi.ts';

/**
 * What the integration hands on: the validated corpus, its computed reports, the content's git history,
 * and each agency's cache key (its content and its history).
 */
export type MuatanBangun = HasilValidasi & { kunci: KunciCache; riwayat: RiwayatKonten };

interface Titipan {
  proyek: string;
  muatan: MuatanBangun;
}
const KUNCI = Symbol.for('kinerja-terbuka.muatan');
const titipan = globalThis as { [KUNCI]?: Titipan };

export function bagikanMuatan(proyek: string, muatan: MuatanBangun): void {
  titipan[KUNCI] = { proyek, muatan };
}

/** The build's result for this project folder, or undefined outside a build (dev, tests). */
export function muatanBersama(proyek: string): MuatanBangun | undefined {
  const ada = titipan[KUNCI];
  return ada?.proyek === proyek ? ada.muatan : undefined;
}
