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
 *
 * The chapters are the ones the loader validated: in a build, those the build's integration
 * already read (no second listing of the folder; drafts left out); in dev, loaded here. Each
 * rendered chapter is checked once more on its HTML (src/core/muat/html-narasi.ts): a link
 * the renderer made out of something the validator read differently stops the build.
 */
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { folderPortal, folderProyek } from '../core/lingkungan.ts';
import { muatanBersama } from '../integration/serah-terima.ts';
import { muatKonten } from '../core/muat/baca-folder.ts';
import { periksaHtmlNarasi } from '../core/muat/html-narasi.ts';
import type { NarasiDokumen } from '../core/muat/korpus.ts';
import { formatMasalah } from '../core/muat/masalah.ts';

function babNarasi(): NarasiDokumen[] {
  // the national portal (KINERJA_PORTAL) shows no report, so it renders no narrative
  if (folderPortal()) return [];
  const proyek = folderProyek();
  const korpus = muatanBersama(proyek)?.korpus ?? muatKonten(proyek).korpus;
  return korpus.instansi.flatMap((i) => i.narasi);
}

export function narasiLoader(): Loader {
  return {
    name: 'kinerja-terbuka:narasi',
    load: async ({ store, parseData, renderMarkdown, generateDigest, logger, watcher }) => {
      const ada = new Set<string>();
      for (const bab of babNarasi()) {
        const id = bab.berkas.replace(/^content\/instansi\//, '').replace(/\.mdx$/, '');
        const digest = generateDigest(`${bab.berkas}\n${JSON.stringify(bab.data)}\n${bab.isi}`);
        if (store.get(id)?.digest === digest) {
          ada.add(id);
          continue;
        }
        const rendered = await renderMarkdown(bab.isi);
        const tidakAman = periksaHtmlNarasi(rendered.html, bab.berkas);
        if (tidakAman.length) {
          const teks = tidakAman.map(formatMasalah).join('\n\n');
          // in dev the chapter is left out and the server keeps running; a build stops, nothing published
          if (watcher) {
            logger.warn(`Narasi tidak aman, tidak ditampilkan (unsafe narrative, left out):\n\n${teks}`);
            continue;
          }
          throw new AstroError(
            `Narasi tidak aman, build dihentikan (unsafe narrative, build stopped):\n\n${teks}`,
            'Tautan di narasi hanya boleh http, https, mailto atau relatif (narrative links may only be http, https, mailto or relative).',
          );
        }
        ada.add(id);
        const data = await parseData({ id, data: bab.data, filePath: bab.berkas });
        store.set({ id, data, body: bab.isi, filePath: bab.berkas, digest, rendered });
      }
      for (const id of store.keys()) if (!ada.has(id)) store.delete(id);
    },
  };
}
