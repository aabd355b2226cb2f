/**
 * Issue 13, defect 8: the preview server followed symbolic links out of the output folder, did not
 * check the Host header (DNS rebinding), and accepted any number of live-reload connections.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_CLIENTS, startServer, type PreviewServer } from '../../src/watch/serve.js';

const servers: PreviewServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(): Promise<{ server: PreviewServer; out: string; outside: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bab4-serve-'));
  const out = path.join(dir, 'output');
  mkdirSync(path.join(out, 'charts'), { recursive: true });
  writeFileSync(path.join(out, 'bab4.html'), '<html><body>bab</body></html>');
  writeFileSync(path.join(out, 'results.json'), '{"n":1}\n');
  writeFileSync(path.join(dir, 'secret.txt'), 'not for the browser');
  const server = await startServer(out, 0);
  servers.push(server);
  return { server, out, outside: path.join(dir, 'secret.txt') };
}

/** GET with a chosen Host header: the status code. */
function get(port: number, urlPath: string, host = `127.0.0.1:${port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: urlPath, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('defect 8: the preview server serves only the output folder, only to 127.0.0.1/localhost', () => {
  it('does not follow a symbolic link out of the output folder; a link inside it is fine', async () => {
    const { server, out, outside } = await serve();
    symlinkSync(outside, path.join(out, 'x.txt'));
    symlinkSync('/etc', path.join(out, 'etc'));
    symlinkSync(path.join(out, 'results.json'), path.join(out, 'charts', 'same.json'));
    expect(await get(server.port, '/x.txt')).toBe(404);
    expect(await get(server.port, '/etc/hostname')).toBe(404);
    expect(await get(server.port, '/charts/same.json')).toBe(200);
    expect(await get(server.port, '/results.json')).toBe(200);
    expect(await get(server.port, '/charts')).toBe(404);
  });

  it('answers only Host 127.0.0.1:PORT and localhost:PORT (DNS rebinding)', async () => {
    const { server } = await serve();
    expect(await get(server.port, '/results.json', `127.0.0.1:${server.port}`)).toBe(200);
    expect(await get(server.port, '/results.json', `localhost:${server.port}`)).toBe(200);
    expect(await get(server.port, '/results.json', `LOCALHOST:${server.port}`)).toBe(200);
    expect(await get(server.port, '/results.json', `evil.example:${server.port}`)).toBe(421);
    expect(await get(server.port, '/results.json', 'localhost')).toBe(421);
    expect(await get(server.port, '/__bab4/events', `rebind.example:${server.port}`)).toBe(421);
  });

  it(`caps live-reload connections at ${MAX_CLIENTS}`, async () => {
    const { server } = await serve();
    const controllers = Array.from({ length: MAX_CLIENTS }, () => new AbortController());
    try {
      const open = await Promise.all(controllers.map((c) => fetch(`${server.url}__bab4/events`, { signal: c.signal })));
      expect(open.map((r) => r.status)).toEqual(Array(MAX_CLIENTS).fill(200));
      expect(await get(server.port, '/__bab4/events')).toBe(503);
      expect(await get(server.port, '/bab4.html')).toBe(200);
      // A closed connection frees its place (once the server has seen it close).
      controllers[0].abort();
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const again = new AbortController();
        controllers.push(again);
        status = (await fetch(`${server.url}__bab4/events`, { signal: again.signal })).status;
      }
      expect(status).toBe(200);
    } finally {
      for (const c of controllers) c.abort();
    }
  });
});
