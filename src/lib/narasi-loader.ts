/**
 * Loads the narrative chapters into the `narasi` collection, rendering each as
 * Markdown once at content sync (kept by digest between runs).
 *
 * Why not Astro's MDX pipeline: narratives may hold only Markdown and a few
 * plain HTML elements (src/core/muat/mdx-aman.ts rejects everything else),
 * so compiling each file into its own JavaScript module bought nothing, and
 * that bundling was 87 % of the build time and most of its memory at 1,000
 * reports (docs/benchmarks.md). The files stay `.mdx`, validated with the MDX
 * grammar; should a component ever be allowed, this is the place to change.
 */
import type { Loader } from 'astro/loaders';
import { folderPortal, folderProyek } from '../core/lingkungan.ts';
import { bacaFolder } from '../core/muat/baca-folder.ts';
import { letakBerkas, pisahFrontMatter } from '../core/muat/korpus.ts';
import { periksaMdx } from '../core/muat/mdx-aman.ts';

const decoder = new TextDecoder();

export function narasiLoader(): Loader {
  return {
    name: 'kinerja-terbuka:narasi',
    load: async ({ store, parseData, renderMarkdown, generateDigest }) => {
      // the national portal (KINERJA_PORTAL) shows no report, so it renders no narrative
      const files = folderPortal()
        ? []
        : bacaFolder(folderProyek(), 'content', undefined, (p) => letakBerkas(p)?.jenis === 'narasi');
      const ada = new Set<string>();
      for (const f of files) {
        const text = typeof f.isi === 'string' ? f.isi : decoder.decode(f.isi);
        const fm = pisahFrontMatter(text);
        // A build has already stopped on these; in dev an unsafe chapter is left out rather than shown.
        if (!fm || periksaMdx(fm.isi, f.path, fm.barisIsi).length) continue;
        const id = f.path.replace(/^content\/instansi\//, '').replace(/\.mdx$/, '');
        ada.add(id);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        const data = await parseData({ id, data: fm.data, filePath: f.path });
        store.set({ id, data, body: fm.isi, filePath: f.path, digest, rendered: await renderMarkdown(fm.isi) });
      }
      for (const id of store.keys()) if (!ada.has(id)) store.delete(id);
    },
  };
}
