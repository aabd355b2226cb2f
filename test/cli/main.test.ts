/**
 * The CLI's exit codes and messages (in-process: main() returns the exit code).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { defaultStudy } from '../helpers/study.js';
import { captureConsole } from '../helpers/console.js';

const io = captureConsole();

describe('bab4 CLI', () => {
  it('build: 0, and writes the output folder', async () => {
    const s = defaultStudy();
    expect(await main(['build', '--config', s.config, '--out', path.join(s.dir, 'out')])).toBe(0);
    expect(existsSync(path.join(s.dir, 'out/bab4.html'))).toBe(true);
    expect(io.out).toMatch(/n = 89/);
  });

  it('validate: 0, writes nothing', async () => {
    const s = defaultStudy();
    expect(await main(['validate', '--config', s.config])).toBe(0);
    expect(existsSync(path.join(s.dir, 'output'))).toBe(false);
    expect(io.out).toContain('valid');
  });

  it('bad input: 1, with file, row and column', async () => {
    const s = defaultStudy();
    s.edit('data/responden.csv', (t) => t.replace(/\n(2,"Danau Teluk","Laki-laki",26,"SMA\/SMK",1,0,"[^"]*"),3,/, '\n$1,8,'));
    expect(await main(['build', '--config', s.config])).toBe(1);
    expect(io.err).toMatch(/responden\.csv:3: baris 2, kolom "X1_1": "8"/);
    expect(existsSync(path.join(s.dir, 'output'))).toBe(false);
  });

  it('bad config: 1, naming the key', async () => {
    const s = defaultStudy();
    s.edit('bab4.config.yaml', (t) => t.replace('alpha: 0.05', 'alpha: 5'));
    expect(await main(['validate', '--config', s.config])).toBe(1);
    expect(io.err).toMatch(/bab4\.config\.yaml:5: kunci "alpha"/);
  });

  it('bad usage: 2', async () => {
    expect(await main(['bulid'])).toBe(2);
    expect(await main(['build', '--frobnicate'])).toBe(2);
  });

  it('a missing config file: 1', async () => {
    expect(await main(['build', '--config', '/nonexistent/bab4.config.yaml'])).toBe(1);
    expect(io.err).toMatch(/nonexistent/);
  });
});
