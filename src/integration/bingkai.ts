/**
 * After the build, writes `_headers`: only the embed pages (/sematkan/) may be framed by other sites
 * (src/core/tampilan/sematkan.ts, kepalaBingkai, says why this cannot live in the pages' CSP).
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { kepalaBingkai } from '../core/tampilan/sematkan.ts';

export default function bingkai(): AstroIntegration {
  let base = '/';
  return {
    name: 'kinerja-terbuka:bingkai',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, pages }) => {
        writeFileSync(
          new URL('_headers', dir),
          kepalaBingkai(
            pages.map((p) => p.pathname),
            base,
          ),
        );
      },
    },
  };
}
