/**
 * Issue 13, defect 3: the atomic swap of the output folder had two unsafe windows. A write is now
 * killed (SIGKILL, in a child process paused at each step) and the next write must find a complete
 * output — the old one or the new one, never a mixture or nothing — and no leftovers of the dead
 * process; leftovers of a running process are left alone.
 *
 * Issue 10, Windows: a .docx open in Word is locked (rename/unlink/open fail with EBUSY/EPERM/EACCES).
 * Linux does not lock, so the failure is injected through writeOutput's fs seam (and node:fs for the CLI).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import nodeFs from 'node:fs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import { recoverOutput, WRITE_STEPS, writeOutput, type WriteFs } from '../../src/output/write.js';
import { main } from '../../src/cli/main.js';
import { outputFiles } from '../helpers/output-files.js';
import { ROOT } from '../helpers/study.js';
import { smallStudy } from '../helpers/small-study.js';
import { captureConsole } from '../helpers/console.js';

const io = captureConsole();

/** Every file under `dir` (relative path → contents). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(path.join(d, e.name), rel + e.name + '/');
      else out.set(rel + e.name, readFileSync(path.join(d, e.name), 'utf8'));
    }
  };
  walk(dir, '');
  return out;
}

/** Which complete version the folder holds, or a description of what is wrong with it. */
function versionOf(dir: string): string {
  if (!existsSync(dir)) return '(no output folder)';
  const got = snapshot(dir);
  for (const v of ['v1', 'v2', 'v3']) {
    const want = outputFiles(v);
    if (got.size === want.size && [...want].every(([k, c]) => got.get(k) === c)) return v;
  }
  return `(incomplete: ${[...got.keys()].join(', ')})`;
}

const leftovers = (parent: string) => readdirSync(parent).filter((f) => /^\.out\.(tmp|new|old)-\d+$/.test(f));

/** Runs the paused writer until it reports `step`, then kills it with SIGKILL. */
async function killAt(outDir: string, step: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, path.join(ROOT, 'test/helpers/paused-writer.ts'), outDir, step, 'v2'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`writer did not pause at ${step}: ${out} ${err}`)), 50_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(`paused ${step}`)) {
        clearTimeout(timer);
        resolve();
      } else if (out.includes('finished')) reject(new Error(`writer finished without pausing at ${step}`));
    });
  });
  child.kill('SIGKILL');
  await exited;
}

describe('defect 3: a write killed at any step is recovered by the next one', () => {
  /** What the output must be after the kill and recovery: untouched before the swap, new once the new folder is complete and the old one moved. */
  const expected: Record<string, string> = {
    recovered: 'v1',
    writing: 'v1',
    written: 'v1',
    complete: 'v1',
    'moved-old': 'v2',
    'moved-new': 'v2',
    done: 'v2',
  };

  it('pauses at each step, is killed, and the next build recovers a complete output without leftovers', async () => {
    expect(Object.keys(expected)).toEqual([...WRITE_STEPS]);
    const cases = WRITE_STEPS.map((step) => {
      const parent = mkdtempSync(path.join(tmpdir(), `bab4-kill-${step}-`));
      const out = path.join(parent, 'out');
      writeOutput(out, outputFiles('v1'));
      return { step, parent, out };
    });
    // Two at a time: each child starts tsx (about a second).
    for (let i = 0; i < cases.length; i += 2) await Promise.all(cases.slice(i, i + 2).map((c) => killAt(c.out, c.step)));
    for (const { step, parent, out } of cases) {
      // The dead writer's leftovers are there (except when it was killed after cleaning up)…
      if (step !== 'done' && step !== 'recovered') expect(leftovers(parent).length, step).toBeGreaterThan(0);
      // …the next build first recovers: a complete output, old or new, and nothing left over.
      recoverOutput(out);
      expect(`${step}: ${versionOf(out)}`).toBe(`${step}: ${expected[step]}`);
      expect(leftovers(parent), step).toEqual([]);
      writeOutput(out, outputFiles('v3'));
      expect(`${step}: ${versionOf(out)}`).toBe(`${step}: v3`);
      expect(leftovers(parent), step).toEqual([]);
    }
  });

  it('a first build killed after its new folder was complete leaves that output', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'bab4-kill-first-'));
    const out = path.join(parent, 'out');
    await killAt(out, 'complete');
    expect(existsSync(out)).toBe(false);
    writeOutput(out, outputFiles('v3'));
    expect(versionOf(out)).toBe('v3');
    expect(leftovers(parent)).toEqual([]);
  });

  it('leaves the leftovers of a running process alone, removes those of a dead one', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'bab4-live-'));
    const out = path.join(parent, 'out');
    writeOutput(out, outputFiles('v1'));
    const live = process.ppid; // the test runner: running
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    for (const name of [`.out.tmp-${live}`, `.out.old-${live}`, `.out.tmp-${dead}`, `.out.new-${dead}`, `.out.old-${dead}`]) mkdirSync(path.join(parent, name));
    writeOutput(out, outputFiles('v2'));
    expect(versionOf(out)).toBe('v2');
    expect(leftovers(parent).sort()).toEqual([`.out.old-${live}`, `.out.tmp-${live}`]);
  });
});

describe('Windows: an output file open in Word (locked) fails the build and keeps the previous output', () => {
  /** fs calls that behave like Windows with `locked` (relative to the output folder) open in Word. */
  function lockedFs(out: string, locked?: string): Partial<WriteFs> {
    const busy = (p: string) => Object.assign(new Error(`EBUSY: resource busy or locked, '${p}'`), { code: 'EBUSY', path: p });
    return {
      renameSync: (from, to) => {
        if (path.resolve(from) === path.resolve(out)) throw busy(from);
        fs.renameSync(from, to);
      },
      openSync: (p, flags) => {
        if (locked && path.resolve(p) === path.join(out, locked) && flags !== 'r') throw busy(p);
        return fs.openSync(p, flags);
      },
    };
  }

  it('names the open file ("close bab4.docx") and leaves the previous output complete, without leftovers', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'bab4-locked-'));
    const out = path.join(parent, 'out');
    writeOutput(out, outputFiles('v1'));
    const e = (() => {
      try {
        writeOutput(out, outputFiles('v2'), { lang: 'en', fs: lockedFs(out, 'bab4.docx') });
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/out[/\\]bab4\.docx is open in another program: close bab4\.docx \(e\.g\. in Word\) and build again; the previous output is unchanged/);
    expect(versionOf(out)).toBe('v1');
    expect(leftovers(parent)).toEqual([]);
  });

  it('names the folder when no single file can be found', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'bab4-locked-'));
    const out = path.join(parent, 'out');
    writeOutput(out, outputFiles('v1'));
    expect(() => writeOutput(out, outputFiles('v2'), { lang: 'en', fs: lockedFs(out) })).toThrow(/the output folder .*out is in use by another program \(EBUSY\): close the files in it/);
    expect(versionOf(out)).toBe('v1');
    expect(leftovers(parent)).toEqual([]);
  });

  describe('through the CLI (node:fs made to behave like Windows)', () => {
    afterEach(() => {
      vi.restoreAllMocks();
      syncBuiltinESMExports();
    });

    it('bab4 build exits 1 naming bab4.docx; the previous output stays', async () => {
      const s = smallStudy();
      const out = path.join(s.dir, 'output');
      writeOutput(out, outputFiles('v1')); // the previous output, with a bab4.docx
      const before = snapshot(out);
      const real = { renameSync: fs.renameSync, openSync: fs.openSync };
      const seam = lockedFs(out, 'bab4.docx');
      // node:fs's named exports follow its default export after syncBuiltinESMExports().
      vi.spyOn(nodeFs, 'renameSync').mockImplementation((a: fs.PathLike, b: fs.PathLike) => (path.resolve(String(a)) === out ? seam.renameSync!(String(a), String(b)) : real.renameSync(a, b)));
      vi.spyOn(nodeFs, 'openSync').mockImplementation(((p: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) =>
        path.resolve(String(p)) === path.join(out, 'bab4.docx') && flags === 'r+' ? seam.openSync!(String(p), 'r+') : real.openSync(p, flags ?? 'r', mode)) as typeof fs.openSync);
      syncBuiltinESMExports();
      s.edit('data.csv', (t) => t.replace('\n1,', '\n100,'));
      io.clear();
      expect(await main(['build', '--config', s.config])).toBe(1);
      expect(io.err).toMatch(/bab4\.docx sedang dibuka program lain: tutup bab4\.docx \(mis\. di Word\) lalu build lagi; keluaran sebelumnya tetap utuh/);
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(s.dir).filter((f) => f.startsWith('.output.'))).toEqual([]);
    });
  });
});
