/**
 * The `bab4 watch` command: bad port → 2, missing config → 1, and in a real process: serves on
 * the printed URL and shuts down cleanly (exit 0) on Ctrl+C (SIGINT).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT, defaultStudy } from '../helpers/study.js';

describe('bab4 watch (command)', () => {
  let err = '';
  beforeEach(() => {
    err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());

  it('refuses a bad port (2) and a missing config (1)', async () => {
    const s = defaultStudy();
    expect(await main(['watch', '--config', s.config, '--port', 'abc'])).toBe(2);
    expect(err).toMatch(/port "abc"/);
    expect(await main(['watch', '--config', s.config, '--port', '70000'])).toBe(2);
    expect(await main(['watch', '--config', path.join(s.dir, 'nope.yaml')])).toBe(1);
    expect(err).toMatch(/nope\.yaml/);
  });
});

describe('bab4 watch (process)', () => {
  it('prints the preview URL, serves it, and exits 0 on SIGINT', async () => {
    const s = defaultStudy();
    const child = spawn(process.execPath, ['--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, path.join(ROOT, 'src/cli/bin.ts'), 'watch', '--config', s.config, '--serve', '--port', '0'], {
      cwd: s.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let errText = '';
    child.stderr.on('data', (d: Buffer) => (errText += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL within 45 s; stdout: ${out}; stderr: ${errText}`)), 60_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (m && /Ctrl\+C/.test(out)) {
            clearTimeout(timer);
            resolve(m[0]);
          }
        });
      });
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('data-bab4-watch');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
