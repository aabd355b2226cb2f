/**
 * The command as installed (package.json's bin: dist/bundle/), made again first when a source or
 * template is newer than it (`npm run build:ts`, a few seconds), so that no test checks a stale build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './study.js';

export const BIN = path.join(ROOT, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin.bab4 as string);
export const BUNDLED_WORKER = path.join(path.dirname(BIN), 'worker.cjs');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const fresh = () => existsSync(BIN) && statSync(BIN).mtimeMs >= Math.max(...['src', 'templates', 'scripts'].map((d) => newest(path.join(ROOT, d))));

/**
 * Makes dist/ again when it is missing or older than src/, templates/ or scripts/ — one test file
 * at a time (test files run in parallel; a lock folder beside dist/ keeps a second from rebuilding).
 */
export function ensureBuilt(): void {
  if (fresh()) return;
  const lock = path.join(ROOT, '.build-lock');
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`ensureBuilt: ${lock} held for 2 minutes (remove it if no build runs)`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!fresh()) execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:ts'], { cwd: ROOT, stdio: 'pipe', shell: process.platform === 'win32' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
