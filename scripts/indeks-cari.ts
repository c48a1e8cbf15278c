/**
 * node scripts/indeks-cari.ts <folder of a built site>
 *
 * A site's two Pagefind bundles, built after Astro (npm run build, build:wilayah, bench, tests):
 * - `pagefind-ringkas/`: everything on the pages except the narratives. The search page queries it
 *   first, so a first query stays light in the largest regions: a common word such as "kepegawaian"
 *   fetches ~270 KB there instead of ~430 KB from the full index (docs/benchmarks.md).
 * - `pagefind/`: every word, narratives included. The search page widens to it when the reader asks,
 *   or by itself when the light index finds nothing.
 * Both leave figures out: they are read on the page, not searched for, and numbers made up most of
 * the index (1,000 synthetic reports: 199,140 indexed words → 14,651, Pagefind's time −40 %).
 * Charts are left out too: their data tables repeat the tables beside them.
 * Pagefind reads a copy of the pages prepared for it (scripts/lib/teks-indeks.ts): words of
 * different cells kept apart, and no single-character word to match.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { jalankan } from './lib/proses.ts';
import { htmlUntukIndeks } from './lib/teks-indeks.ts';

export const BUNDEL = { ringkas: 'pagefind-ringkas', lengkap: 'pagefind' } as const;
export type Cakupan = keyof typeof BUNDEL;

const ANGKA = ['.angka', '.angka-baris', '.angka-besar', 'figure.grafik'];
/** Marks the text only the full bundle indexes (src/components/Narasi.astro). */
export const HANYA_LENGKAP = '[data-cari-lengkap]';
export const PENGECUALIAN: Record<Cakupan, string[]> = { ringkas: [...ANGKA, HANYA_LENGKAP], lengkap: ANGKA };

/** A copy of the site's pages as Pagefind should read them, in a temporary folder. */
function salinanUntukIndeks(site: string): string {
  const salinan = mkdtempSync(join(tmpdir(), 'kt-indeks-'));
  const bundel = new Set<string>(Object.values(BUNDEL));
  for (const e of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const rel = join(e.parentPath, e.name).slice(site.length + 1);
    if (bundel.has(rel.split(/[\\/]/)[0]!)) continue;
    mkdirSync(dirname(join(salinan, rel)), { recursive: true });
    writeFileSync(join(salinan, rel), htmlUntukIndeks(readFileSync(join(site, rel), 'utf8')));
  }
  return salinan;
}

/** Builds both bundles into `site`, one after the other (each Pagefind run already uses both cores). */
export async function bangunIndeksCari(folder: string) {
  const t0 = performance.now();
  const site = resolve(folder);
  const salinan = salinanUntukIndeks(site);
  let puncak = 0;
  const ringkasan: string[] = [];
  try {
    for (const cakupan of Object.keys(BUNDEL) as Cakupan[]) {
      const r = await jalankan('pagefind', [
        '--site',
        salinan,
        '--output-path',
        join(site, BUNDEL[cakupan]),
        '--exclude-selectors',
        PENGECUALIAN[cakupan].join(', '),
      ]);
      if (r.kode !== 0)
        throw new Error(`Pagefind (${BUNDEL[cakupan]}) gagal (failed) di ${site}:\n${r.out.slice(-2000)}`);
      puncak = Math.max(puncak, r.puncak);
      const n = (apa: string) =>
        Number(new RegExp(`Indexed (\\d+) ${apa}`).exec(r.out)?.[1] ?? 0).toLocaleString('id-ID');
      ringkasan.push(
        `${BUNDEL[cakupan]}/: ${n('pages')} halaman, ${n('words')} kata berbeda, ${(r.ms / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    rmSync(salinan, { recursive: true, force: true });
  }
  return { ms: performance.now() - t0, puncak, ringkasan };
}

if (import.meta.main) {
  const site = process.argv[2];
  if (!site) {
    console.error('Pemakaian (usage): node scripts/indeks-cari.ts <folder situs>');
    process.exit(2);
  }
  try {
    const r = await bangunIndeksCari(site);
    console.log(`Indeks pencarian dibuat (search bundles built):\n  ${r.ringkasan.join('\n  ')}`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
