/**
 * Loads the site's own documentation pages into the `dokumentasi` collection:
 * - src/dokumentasi/*.mdx (glossary, about), compiled by @astrojs/mdx with remark-gfm and the
 *   project's components (src/components/dokumentasi/);
 * - the contributor guide, docs/panduan-kontributor.md, which stays in docs/ so GitHub readers
 *   have it too. It is plain Markdown, rendered once here. Its screenshots are linked as
 *   ../public/panduan/*.png (so they show on GitHub) and served from public/panduan/ under the
 *   base path; it gets no syntax highlighting (astro.config.mjs: Shiki's inline styles break the CSP).
 * These pages cost nothing per report: the narratives have their own loader (narasi-loader.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { prosesorDokumentasi } from './markdown-dokumentasi.ts';

const PANDUAN = 'docs/panduan-kontributor.md';

export function dokumentasiLoader(): Loader {
  const mdx = glob({ pattern: '*.mdx', base: './src/dokumentasi' });
  return {
    name: 'kinerja-terbuka:dokumentasi',
    load: async (konteks) => {
      // glob first: it removes every entry it did not load itself, so the guide is added after it
      await mdx.load(konteks);
      const { store, config, generateDigest, parseData, watcher } = konteks;
      // the same pipeline as the MDX pages (remark-gfm, scrollable tables), not the narratives' one
      const { syntaxHighlight, shikiConfig, smartypants } = config.markdown;
      const pengolah = await prosesorDokumentasi.createRenderer({
        syntaxHighlight,
        shikiConfig,
        smartypants,
        image: config.image,
      });
      const berkas = fileURLToPath(new URL(PANDUAN, config.root));
      const muatPanduan = async () => {
        const base = config.base.replace(/\/?$/, '/');
        const teks = readFileSync(berkas, 'utf8').replace(/\]\(\.\.\/public\/panduan\//g, `](${base}panduan/`);
        const data = await parseData({
          id: 'panduan',
          data: {
            judul: 'Panduan kontributor',
            deskripsi:
              'Langkah demi langkah bagi operator SAKIP instansi: dari dokumen LKjIP sampai laporan terbit di situs, ' +
              'dengan contoh pesan validasi.',
          },
        });
        const { code, metadata } = await pengolah.render(teks);
        store.set({
          id: 'panduan',
          data,
          body: teks,
          digest: generateDigest(teks),
          rendered: { html: code, metadata },
        });
      };
      await muatPanduan();
      watcher?.add(berkas);
      watcher?.on('change', (diubah) => void (diubah === berkas && muatPanduan()));
    },
  };
}
