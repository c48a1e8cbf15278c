// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import validasiKonten from './src/integration/validasi.ts';
import bingkai from './src/integration/bingkai.ts';
import unduhanParalel from './src/integration/unduhan-paralel.ts';
import { prosesorDokumentasi } from './src/lib/markdown-dokumentasi.ts';
import { baca, folderPortal, folderProyek } from './src/core/lingkungan.ts';

// Site settings come from the content (content/situs.json); SITE_URL and BASE_PATH override them for a deploy.
const situs = JSON.parse(readFileSync(`${folderProyek()}/content/situs.json`, 'utf8'));

export default defineConfig({
  site: baca('SITE_URL') ?? situs.url,
  base: baca('BASE_PATH') ?? situs.base ?? '/',
  // Benchmarks build synthetic content into their own folder, never over dist/.
  outDir: baca('KINERJA_OUTDIR') ?? './dist',
  // …and keep their content cache apart, so a benchmark's store never weighs on the next real build.
  ...(baca('KINERJA_CACHEDIR') ? { cacheDir: baca('KINERJA_CACHEDIR') } : {}),
  // KINERJA_PORTAL: the national portal over per-region sites (npm run build:wilayah) builds only
  // its own pages, src/portal/pages, from the regions' published data.
  ...(folderPortal() ? { srcDir: './src/portal' } : {}),
  trailingSlash: 'always',
  // Narratives are rendered as Markdown by Astro's default processor (Sätteri, GFM on) in
  // src/lib/narasi-loader.ts; see README "Stack changes" for why not @astrojs/mdx. MDX with remark-gfm
  // compiles only the site's own documentation pages (src/dokumentasi/*.mdx; src/lib/markdown-dokumentasi.ts).
  // bingkai writes _headers: only the embed pages (/sematkan/) may be framed by other sites, which a <meta>
  // CSP cannot say (browsers ignore frame-ancestors there). Embed pages are left out of the sitemap.
  // unduhanParalel makes each report's XLSX, zip and preview PNG on the other cores while Astro renders pages.
  integrations: [
    validasiKonten(),
    unduhanParalel(),
    mdx({ processor: prosesorDokumentasi }),
    sitemap({ filter: (halaman) => !new URL(halaman).pathname.includes('/sematkan/') }),
    bingkai(),
  ],
  // No syntax highlighting: Shiki's inline styles would break the site's CSP (no inline styles).
  markdown: { syntaxHighlight: false },
  // Four pages in flight: a page's file writes overlap the next page's rendering. On 1,300 synthetic
  // reports this cut rendering from 17.9–19.4 s to 14.4–15.2 s (docs/benchmarks.md).
  // Stylesheets are always files of their own: Astro inlines small ones, and the CSP hashes it lists miss
  // the styles of components used inside the MDX documentation pages (the callout on /tentang/, the
  // glossary's terms), which the browser then blocks. Files are covered by style-src 'self'.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // A rebuild copies the pages of agencies whose content did not change from the last build (each
  // agency page returns a cacheKey, src/core/muat/kunci-cache.ts); the cache lives in cacheDir.
  experimental: { incrementalBuild: true },
  // A page's script is always a file of its own (the CSP allows no inline script): Astro would inline a
  // script under 4 KB, such as the /audit/ filter. Other assets keep Vite's default.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // Content-Security-Policy as a <meta> on every page: only the site's own scripts and styles (hashed by Astro);
  // 'wasm-unsafe-eval' for the Pagefind search index, data:/blob: for chart PNG/CSV downloads.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
