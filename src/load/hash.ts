/** sha256 of every input file, keyed by its path relative to the config folder (/ separated). */
import { closeSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { displayPath } from '../config/load.js';
import { InputError } from '../errors.js';
import type { Lang } from '../messages/catalog.js';
import { msg } from '../messages/catalog.js';
import { errCode, openRegular } from './files.js';

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** An input's key in `meta.inputs`: its path relative to the config folder, / separated. */
export function inputKey(baseDir: string, file: string): string {
  return path.relative(baseDir, file).split(path.sep).join('/');
}

/** sha256 of a regular file, read in 1 MB steps (a folder or a device is an InputError naming it). */
export function hashFile(file: string, lang: Lang = 'id'): string {
  const shown = displayPath(file);
  const { fd } = openRegular(file, shown, lang);
  try {
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
    }
    return hash.digest('hex');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(lang, [{ file: shown, message: msg(lang, 'fileUnreadable', { code: errCode(e) }) }]);
  } finally {
    closeSync(fd);
  }
}

export function hashInputs(baseDir: string, files: string[], lang: Lang = 'id'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of [...new Set(files)].sort()) out[inputKey(baseDir, f)] = hashFile(f, lang);
  return out;
}
