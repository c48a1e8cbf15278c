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
export function bacaHeaders(teks: string): (jalur: string) => Record<string, string> {
  const aturan: { pola: string; kepala: Record<string, string> }[] = [];
  for (const baris of teks.split('\n')) {
    if (/^\//.test(baris)) aturan.push({ pola: baris.trim(), kepala: {} });
    const temuan = /^\s+([^:#\s][^:]*):\s*(.*)$/.exec(baris);
    if (temuan && aturan.length) aturan.at(-1)!.kepala[temuan[1]!.trim()] = temuan[2]!.trim();
  }
  const cocok = (pola: string, jalur: string) =>
    pola.endsWith('*') ? jalur.startsWith(pola.slice(0, -1)) : jalur === pola;
  return (jalur) => Object.assign({}, ...aturan.filter((a) => cocok(a.pola, jalur)).map((a) => a.kepala));
}

/** Serves `dir` under `base` (e.g. "/" or "/kinerja/") on a free port. */
export async function layani(folder: string, alamatDasar = '/'): Promise<ServerStatis> {
  const berkasHeaders = join(folder, '_headers');
  const kepalaUntuk = existsSync(berkasHeaders) ? bacaHeaders(readFileSync(berkasHeaders, 'utf8')) : () => ({});
  const server = createServer((permintaan, tanggapan) => {
    const jalur = decodeURIComponent(new URL(permintaan.url ?? '/', 'http://x').pathname);
    if (!jalur.startsWith(alamatDasar)) {
      tanggapan.writeHead(404).end();
      return;
    }
    let berkas = normalize(join(folder, jalur.slice(alamatDasar.length)));
    if (!berkas.startsWith(normalize(folder))) {
      tanggapan.writeHead(403).end();
      return;
    }
    if (existsSync(berkas) && statSync(berkas).isDirectory()) berkas = join(berkas, 'index.html');
    if (!existsSync(berkas)) {
      const halaman404 = join(folder, '404.html');
      tanggapan.writeHead(404, { 'Content-Type': JENIS['.html']! });
      if (existsSync(halaman404)) createReadStream(halaman404).pipe(tanggapan);
      else tanggapan.end('404');
      return;
    }
    tanggapan.writeHead(200, {
      ...kepalaUntuk(jalur),
      'Content-Type': JENIS[extname(berkas)] ?? 'application/octet-stream',
      'Content-Length': statSync(berkas).size,
    });
    if (permintaan.method === 'HEAD') tanggapan.end();
    else createReadStream(berkas).pipe(tanggapan);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}${alamatDasar}`,
    server,
    tutup: () => new Promise((ok) => server.close(() => ok())),
  };
}
