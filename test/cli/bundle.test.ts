/**
 * The command as installed — the bundle (dist/bundle/bab4.cjs, package.json's bin) with its chart
 * worker thread and precompiled templates, minified — writes the same bytes as the sources run in
 * one thread: every output file of three studies, the Word files and charts included; and words a
 * bad input as they do.
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
import { threeStudies } from '../helpers/chapter.js';
import { BIN, ensureBuilt } from '../helpers/bundle.js';

function files(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, path.join(rel, e.name)) : [path.join(rel, e.name)])).sort();
}

describe('the installed command (bundle, chart worker)', () => {
  // The bundle is minified (identifiers renamed): a library that read a function's or class's name
  // would write other bytes here.
  for (const [name, make] of threeStudies()) {
    it(`${name}: writes every output file byte for byte as the sources do`, async () => {
      ensureBuilt();
      const a = make();
      const b = make();
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
  }

  it('words a bad input as the sources do', async () => {
    ensureBuilt();
    const a = defaultStudy();
    a.edit('data/responden.csv', (csv) => csv.replace(/\n([^\n]*),[^,\n]*\n/, '\n$1,abc\n'));
    const run = spawnSync(process.execPath, [BIN, 'build', '--config', a.config], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const err = await build(a.config, {}).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect(run.stderr).toContain((err as Error).message.split('\n')[0]);
  }, 60_000);
});
