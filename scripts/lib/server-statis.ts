/**
 * A minimal static file server for a built site on 127.0.0.1 (browser tests and benchmarks). Like the hosts
 * that read it (Netlify, Cloudflare Pages), it sends the headers the site's `_headers` file sets per path.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const JENIS: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface ServerStatis {
  url: string;
  server: Server;
  tutup: () => Promise<void>;
}

/** `_headers`: a path pattern (exact, or ending in `*` for a prefix) then its indented `Name: value` lines. */
export function bacaHeaders(teks: string): (path: string) => Record<string, string> {
  const aturan: { pola: string; kepala: Record<string, string> }[] = [];
  for (const baris of teks.split('\n')) {
    if (/^\//.test(baris)) aturan.push({ pola: baris.trim(), kepala: {} });
    const m = /^\s+([^:#\s][^:]*):\s*(.*)$/.exec(baris);
    if (m && aturan.length) aturan.at(-1)!.kepala[m[1]!.trim()] = m[2]!.trim();
  }
  const cocok = (pola: string, path: string) =>
    pola.endsWith('*') ? path.startsWith(pola.slice(0, -1)) : path === pola;
  return (path) => Object.assign({}, ...aturan.filter((a) => cocok(a.pola, path)).map((a) => a.kepala));
}

/** Serves `dir` under `base` (e.g. "/" or "/kinerja/") on a free port. */
export async function layani(dir: string, base = '/'): Promise<ServerStatis> {
  const fileHeaders = join(dir, '_headers');
  const kepalaUntuk = existsSync(fileHeaders) ? bacaHeaders(readFileSync(fileHeaders, 'utf8')) : () => ({});
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(dir, '404.html');
      res.writeHead(404, { 'Content-Type': JENIS['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('404');
      return;
    }
    res.writeHead(200, {
      ...kepalaUntuk(path),
      'Content-Type': JENIS[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    tutup: () => new Promise((ok) => server.close(() => ok())),
  };
}
