/**
 * Atomic writing of the output folder. Everything is written into a fresh sibling folder, which is
 * then swapped in with renames:
 *
 *   recover leftovers ─ write .out.tmp-PID ─ rename → .out.new-PID (complete) ─ rename out → .out.old-PID
 *   ─ rename .out.new-PID → out ─ remove .out.old-PID
 *
 * Whenever the process dies, the next write (of any process) finds a complete output: `recoverOutput`
 * looks at the leftovers of processes that are no longer running — a `.new-PID` is complete (the
 * rename from `.tmp-PID` marks it so) and finishes an interrupted swap; without one, a `.old-PID` is put
 * back; a `.tmp-PID` is half written and removed. Leftovers of a running process (another build in
 * progress) are left alone.
 *
 * On any failure before the swap the previous output is left exactly as it was; a folder that bab4
 * did not write (no results.json) is never replaced. When the old output cannot be moved because a
 * program holds a file in it open (Windows: Word locks an open bab4.docx, EBUSY/EPERM/EACCES), the
 * build fails naming that file, and the previous output stays complete.
 */
import * as nodeFs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../config/load.js';
import { InputError } from '../errors.js';
import { msg, type Lang, type MessageKey } from '../messages/catalog.js';

/** The file-system calls the writer makes (a seam: tests inject failures, e.g. Windows locks). */
export interface WriteFs {
  existsSync(p: string): boolean;
  statSync(p: string): nodeFs.Stats;
  readdirSync(p: string): string[];
  mkdirSync(p: string, options?: { recursive?: boolean }): unknown;
  writeFileSync(p: string, content: string | Uint8Array): void;
  renameSync(from: string, to: string): void;
  rmSync(p: string, options: { recursive: true; force: true }): void;
  openSync(p: string, flags: string): number;
  closeSync(fd: number): void;
}

/** The points between the steps of a write, in order (a test pauses or kills the process there). */
export const WRITE_STEPS = ['recovered', 'writing', 'written', 'complete', 'moved-old', 'moved-new', 'done'] as const;
export type WriteStep = (typeof WRITE_STEPS)[number];

export interface WriteOptions {
  /** Language of the messages. */
  lang?: Lang;
  /** File-system calls (default: node:fs). */
  fs?: Partial<WriteFs>;
  /** Called after each step of the write. */
  onStep?: (step: WriteStep) => void;
}

const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

function fsOf(options: WriteOptions): WriteFs {
  return {
    existsSync: nodeFs.existsSync,
    statSync: (p) => nodeFs.statSync(p),
    readdirSync: (p) => nodeFs.readdirSync(p),
    mkdirSync: nodeFs.mkdirSync,
    writeFileSync: (p, c) => nodeFs.writeFileSync(p, c),
    renameSync: nodeFs.renameSync,
    rmSync: nodeFs.rmSync,
    openSync: (p, f) => nodeFs.openSync(p, f),
    closeSync: nodeFs.closeSync,
    ...options.fs,
  };
}

function code(e: unknown): string {
  return String((e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? e);
}

function isFsError(e: unknown): boolean {
  const c = (e as NodeJS.ErrnoException)?.code;
  return typeof c === 'string' && /^E[A-Z]+$/.test(c);
}

function fail(outDir: string, lang: Lang, key: MessageKey, args: Record<string, string | number>): never {
  throw new InputError(lang, [{ file: displayPath(outDir), message: msg(lang, key, args) }]);
}

/** Is process `pid` running? (EPERM: it is, but belongs to someone else.) This process counts as not running: its writes are synchronous, so a leftover of its own is from an earlier, failed write. */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return code(e) === 'EPERM';
  }
}

interface Leftover {
  name: string;
  kind: 'tmp' | 'new' | 'old';
  pid: number;
  mtime: number;
}

function leftovers(fs: WriteFs, parent: string, base: string): Leftover[] {
  const prefix = `.${base}.`;
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  const out: Leftover[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(tmp|new|old)-(\d+)$/.exec(name.slice(prefix.length));
    if (!m) continue;
    let mtime = 0;
    try {
      mtime = fs.statSync(path.join(parent, name)).mtimeMs;
    } catch {
      continue;
    }
    out.push({ name, kind: m[1] as Leftover['kind'], pid: Number(m[2]), mtime });
  }
  return out;
}

/**
 * Brings the output folder back to a complete state after a write that died half way (see the file
 * comment), and removes the leftovers of processes that are no longer running. Safe to call anytime.
 */
export function recoverOutput(outDir: string, options: WriteOptions = {}): void {
  const fs = fsOf(options);
  const lang = options.lang ?? 'id';
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  const base = path.basename(out);
  const dead = leftovers(fs, parent, base).filter((l) => !processAlive(l.pid));
  if (dead.length === 0) return;
  if (!fs.existsSync(out)) {
    // Killed between "out → old" and "new → out": finish the swap, or put the old output back.
    const newest = (kind: Leftover['kind']) => dead.filter((l) => l.kind === kind).sort((a, b) => b.mtime - a.mtime)[0];
    const pick = newest('new') ?? newest('old');
    if (pick) {
      try {
        fs.renameSync(path.join(parent, pick.name), out);
      } catch (e) {
        if (LOCKED.has(code(e))) fail(outDir, lang, 'outLockedFolder', { path: displayPath(path.join(parent, pick.name)), code: code(e) });
        fail(outDir, lang, 'outCannotWrite', { path: displayPath(out), code: code(e) });
      }
      dead.splice(dead.indexOf(pick), 1);
    }
  }
  // Best effort: a leftover that cannot be removed now (a file in it is open) is removed next time.
  for (const l of dead) {
    try {
      fs.rmSync(path.join(parent, l.name), { recursive: true, force: true });
    } catch {
      // left for the next build
    }
  }
}

/**
 * Can `outDir` be written? Checked before a build starts its work (writeOutput checks again):
 * refuses an existing file, a folder that bab4 did not write (no results.json), and a path under a file.
 */
export function checkOutput(outDir: string, options: WriteOptions = {}): void {
  const fs = fsOf(options);
  const lang = options.lang ?? 'id';
  const out = path.resolve(outDir);
  try {
    if (fs.existsSync(out)) {
      if (!fs.statSync(out).isDirectory()) fail(outDir, lang, 'outIsFile', { path: displayPath(out) });
      if (fs.readdirSync(out).length > 0 && !fs.existsSync(path.join(out, 'results.json'))) fail(outDir, lang, 'outNotBab4', { path: displayPath(out) });
      return;
    }
    // The nearest existing folder above it must be a folder (not a file).
    let up = path.dirname(out);
    while (!fs.existsSync(up) && path.dirname(up) !== up) up = path.dirname(up);
    if (fs.existsSync(up) && !fs.statSync(up).isDirectory()) fail(outDir, lang, 'outCannotWrite', { path: displayPath(out), code: 'ENOTDIR' });
  } catch (e) {
    if (e instanceof InputError || !isFsError(e)) throw e;
    fail(outDir, lang, 'outCannotWrite', { path: displayPath(out), code: code(e) });
  }
}

/** The first file in `dir` that another program holds open (cannot be opened for writing), relative to `dir`. */
function findLocked(fs: WriteFs, dir: string): string | undefined {
  const files: string[] = [];
  const walk = (d: string, rel: string) => {
    let names: string[];
    try {
      names = fs.readdirSync(d);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const p = path.join(d, name);
      let st: nodeFs.Stats;
      try {
        st = fs.statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p, rel + name + '/');
      else files.push(rel + name);
    }
  };
  walk(dir, '');
  // Documents first: they are what people keep open (Word, a PDF viewer).
  const rank = (f: string) => (/\.(docx|pdf)$/i.test(f) ? 0 : /\.html?$/i.test(f) ? 1 : 2);
  for (const f of files.sort((a, b) => rank(a) - rank(b))) {
    try {
      fs.closeSync(fs.openSync(path.join(dir, f), 'r+'));
    } catch (e) {
      if (LOCKED.has(code(e))) return f;
    }
  }
  return undefined;
}

export function writeOutput(outDir: string, files: Map<string, string | Uint8Array>, options: WriteOptions = {}): void {
  const fs = fsOf(options);
  const lang = options.lang ?? 'id';
  const step = options.onStep ?? (() => undefined);
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  const base = path.basename(out);
  const cannot = (e: unknown): never => {
    if (e instanceof InputError || !isFsError(e)) throw e;
    fail(outDir, lang, 'outCannotWrite', { path: displayPath(out), code: code(e) });
  };

  let had = false;
  try {
    if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) fail(outDir, lang, 'outIsFile', { path: displayPath(out) });
    fs.mkdirSync(parent, { recursive: true });
    recoverOutput(outDir, options);
    had = fs.existsSync(out);
    if (had && fs.readdirSync(out).length > 0 && !fs.existsSync(path.join(out, 'results.json'))) fail(outDir, lang, 'outNotBab4', { path: displayPath(out) });
  } catch (e) {
    cannot(e);
  }
  step('recovered');

  const tmp = path.join(parent, `.${base}.tmp-${process.pid}`);
  const fresh = path.join(parent, `.${base}.new-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  const remove = (p: string) => {
    try {
      fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // a leftover of this process is removed by the next write
    }
  };
  remove(tmp);
  remove(fresh);
  try {
    fs.mkdirSync(tmp);
    let first = true;
    for (const [rel, content] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const p = path.join(tmp, rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
      if (first) step('writing');
      first = false;
    }
    step('written');
    fs.renameSync(tmp, fresh);
  } catch (e) {
    remove(tmp);
    cannot(e);
  }
  step('complete');

  remove(old);
  if (had) {
    try {
      fs.renameSync(out, old);
    } catch (e) {
      remove(fresh);
      if (LOCKED.has(code(e))) {
        const locked = findLocked(fs, out);
        if (locked) fail(outDir, lang, 'outLocked', { path: displayPath(path.join(out, locked)), name: path.basename(locked) });
        fail(outDir, lang, 'outLockedFolder', { path: displayPath(out), code: code(e) });
      }
      cannot(e);
    }
    step('moved-old');
  }
  try {
    fs.renameSync(fresh, out);
  } catch (e) {
    if (had) {
      try {
        fs.renameSync(old, out);
      } catch {
        // recoverOutput puts it back on the next write (.old-PID of a finished process)
      }
    }
    remove(fresh);
    if (LOCKED.has(code(e))) fail(outDir, lang, 'outLockedFolder', { path: displayPath(out), code: code(e) });
    cannot(e);
  }
  step('moved-new');
  remove(old);
  step('done');
}

/**
 * The files of a build plus those of the output folder whose names match and that the build does not
 * make (watch's preview write keeps the Word files of the last build until the new ones are made).
 */
export function withFilesOf(outDir: string, files: Map<string, string | Uint8Array>, names: RegExp): Map<string, string | Uint8Array> {
  const out = new Map(files);
  try {
    for (const name of nodeFs.readdirSync(outDir)) {
      if (names.test(name) && !out.has(name)) out.set(name, nodeFs.readFileSync(path.join(outDir, name)));
    }
  } catch {
    // no output folder yet: nothing to keep
  }
  return out;
}
