/**
 * The command as installed — the bundle (dist/bundle/bab4.cjs, package.json's bin) with its chart
 * worker thread and precompiled templates — writes the same bytes as the sources run in one thread:
 * every output file of the default study, the Word files and charts included.
 *
 * The bundle is made by `npm ci` (prepare); when a source is newer than it, the test makes it again
 * first (`npm run build:ts`, a few seconds), so it never checks a stale bundle.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from '../../src/pipeline.js';
import { defaultStudy } from '../helpers/study.js';
import { BIN, ensureBuilt } from '../helpers/bundle.js';

function files(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, path.join(rel, e.name)) : [path.join(rel, e.name)])).sort();
}

describe('the installed command (bundle, chart worker)', () => {
  it('writes every output file byte for byte as the sources do', async () => {
    ensureBuilt();
    const a = defaultStudy();
    const b = defaultStudy();
    const run = spawnSync(process.execPath, [BIN, 'build', '--config', a.config], { encoding: 'utf8', env: { ...process.env, BAB4_CHART_WORKER: '1', BAB4_TIMING: '1' } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain('(charts on the worker)'); // the bundle finds its worker's entry
    await build(b.config, {});
    const outA = path.join(a.dir, 'output');
    const outB = path.join(b.dir, 'output');
    const names = files(outA);
    expect(names).toEqual(files(outB));
    expect(names).toEqual(expect.arrayContaining(['bab4.docx', 'lampiran.docx', 'bab4.html', 'results.json']));
    for (const name of names) expect(readFileSync(path.join(outA, name)).equals(readFileSync(path.join(outB, name))), name).toBe(true);
  }, 180_000);
});
