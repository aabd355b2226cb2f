/**
 * Atomic writing of the output folder: everything is written into a fresh sibling folder,
 * then swapped in with renames. On any failure before the swap the previous output is left
 * exactly as it was; a folder that bab4 did not write (no results.json) is never replaced.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';

export function writeOutput(outDir: string, files: Map<string, string | Uint8Array>): void {
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  const base = path.basename(out);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, 'results.json'))) {
    throw new InputError([{ file: outDir, message: 'the output folder exists and was not written by bab4 (no results.json): refusing to replace it' }]);
  }
  mkdirSync(parent, { recursive: true });
  const tmp = path.join(parent, `.${base}.tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(tmp);
    for (const [rel, content] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const p = path.join(tmp, rel);
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, content);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  const had = existsSync(out);
  if (had) renameSync(out, old);
  try {
    renameSync(tmp, out);
  } catch (e) {
    if (had) renameSync(old, out);
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
