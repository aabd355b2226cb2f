/**
 * The preview server of `bab4 watch --serve`: the output folder on 127.0.0.1 (node:http), and
 * server-sent events that reload open pages after each build. The reload script is injected into
 * HTML responses only; the files on disk stay exactly as `build` writes them.
 *
 * What it serves, and to whom:
 * - only GET/HEAD of regular files whose real path (symbolic links resolved) is inside the output
 *   folder: a link pointing out of it (`ln -s /etc/passwd output/x`) is 404, like `..`;
 * - only requests whose Host header is `127.0.0.1:PORT` or `localhost:PORT` (421 otherwise): a web
 *   page on another name that resolves to 127.0.0.1 (DNS rebinding) cannot read the output;
 * - at most MAX_CLIENTS live-reload connections (503 beyond), at most MAX_CONNECTIONS sockets.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { msg, type Lang } from '../messages/catalog.js';
import { clip } from '../messages/clip.js';

export const EVENTS_PATH = '/__bab4/events';
/** Open live-reload (server-sent events) connections at most: a few tabs, not a flood. */
export const MAX_CLIENTS = 16;
/** Open sockets at most. */
const MAX_CONNECTIONS = 64;

/** Reloads on "reload"; shows the error of a failed build in a banner on "failed". */
export const RELOAD_SCRIPT =
  `<script data-bab4-watch>(()=>{const s=new EventSource(${JSON.stringify(EVENTS_PATH)});` +
  `s.addEventListener('reload',()=>location.reload());` +
  `s.addEventListener('failed',e=>{let b=document.getElementById('bab4-watch-error');` +
  `if(!b){b=document.createElement('pre');b.id='bab4-watch-error';` +
  `b.style.cssText='position:fixed;left:0;right:0;bottom:0;margin:0;padding:1em;max-height:40vh;overflow:auto;background:#fee;color:#900;border-top:2px solid #900;white-space:pre-wrap;z-index:99999;font:13px monospace';` +
  `document.body.appendChild(b)}b.textContent=JSON.parse(e.data)})})();</script>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Inserts the reload script before the last </body>, or at the end. */
export function injectReload(html: string): string {
  const i = html.toLowerCase().lastIndexOf('</body>');
  return i < 0 ? html + RELOAD_SCRIPT : html.slice(0, i) + RELOAD_SCRIPT + html.slice(i);
}

export interface PreviewServer {
  url: string;
  port: number;
  /** Tells open pages to reload. */
  reload(): void;
  /** Shows a failed build's message on open pages (they keep the last good output). */
  failed(message: string): void;
  close(): Promise<void>;
}

export async function startServer(root: string, port: number, lang: Lang = 'id'): Promise<PreviewServer> {
  const base = path.resolve(root);
  const clients = new Set<ServerResponse>();
  let hosts = new Set<string>();
  const server = createServer((req, res) => {
    void (async () => {
      if (!hosts.has(String(req.headers.host ?? '').toLowerCase())) {
        res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bab4 serves 127.0.0.1 and localhost only\n');
        return;
      }
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://127.0.0.1');
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (url.pathname === EVENTS_PATH) {
        if (clients.size >= MAX_CLIENTS) {
          res.writeHead(503, { 'Retry-After': '5' }).end();
          return;
        }
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        res.write(': bab4 watch\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let rel: string;
      try {
        rel = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (rel === '/' || rel === '') rel = '/bab4.html';
      const file = path.resolve(base, '.' + rel);
      if (file !== base && !file.startsWith(base + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        // Symbolic links are followed only within the output folder (itself resolved: it may be a link).
        const [realBase, real] = await Promise.all([realpath(base), realpath(file)]);
        if (real !== realBase && !real.startsWith(realBase + path.sep)) throw new Error('outside');
        if (!(await stat(real)).isFile()) throw new Error('not a file');
        const ext = path.extname(file).toLowerCase();
        let body: Buffer | string = await readFile(real);
        if (ext === '.html') body = injectReload(body.toString('utf8'));
        res.writeHead(200, {
          'Content-Type': TYPES[ext] ?? 'application/octet-stream',
          'Content-Length': Buffer.byteLength(body),
          'Cache-Control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(`not found: ${clip(rel)}\n`);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new UsageError(msg(lang, 'watchListen', { address: `127.0.0.1:${port}`, detail: e.code ?? e.message }))),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  server.maxConnections = MAX_CONNECTIONS;
  const actual = (server.address() as AddressInfo).port;
  hosts = new Set([`127.0.0.1:${actual}`, `localhost:${actual}`]);
  const send = (event: string, data: string) => {
    for (const c of clients) c.write(`event: ${event}\ndata: ${data}\n\n`);
  };
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    reload: () => send('reload', '{}'),
    failed: (message) => send('failed', JSON.stringify(message)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of clients) c.end();
        clients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
