/** Test helpers: a tiny static server over dist/ and Debian's Chromium via playwright-core. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const DIST = resolve(process.env.KINERJA_DIST ?? 'dist');
export const CHROMIUM = '/usr/bin/chromium';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` under `base` (e.g. "/" or "/kinerja/") on 127.0.0.1; 404.html for missing files. */
export async function sajikan(dir = DIST, base = '/'): Promise<{ url: string; tutup: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    let p = decodeURIComponent(u.pathname);
    if (!p.startsWith(base)) {
      res.writeHead(404).end('di luar base');
      return;
    }
    p = '/' + p.slice(base.length);
    let file = normalize(join(dir, p));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const nf = join(dir, '404.html');
      res.writeHead(404, { 'Content-Type': MIME['.html']! }).end(existsSync(nf) ? readFileSync(nf) : 'tidak ditemukan');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}${base}`, server, tutup: () => new Promise((r) => server.close(() => r())) };
}

export async function bukaChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium tidak ditemukan di ${CHROMIUM}. Pasang dengan: apt-get update && apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface IndeksData {
  situs: string;
  instansi: { id: string; nama: string; singkatan: string; wilayah: string; renstra: { periode: string }[]; laporan: { tahun: number; data: string }[]; iki: { tahun: number }[] }[];
}

/** The published index (/data/index.json): tests follow whatever content the build has. */
export function indeks(dir = DIST): IndeksData {
  return JSON.parse(readFileSync(join(dir, 'data', 'index.json'), 'utf8')) as IndeksData;
}

/** The first report of the first agency that has one. */
export function laporanPertama(dir = DIST) {
  const ix = indeks(dir);
  for (const i of ix.instansi) if (i.laporan.length) return { instansi: i, tahun: i.laporan[0]!.tahun };
  throw new Error('Tidak ada laporan dalam dist/data/index.json');
}

export const SCREENSHOT = resolve('test-results/screenshots');
