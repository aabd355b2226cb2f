/** sha256 of every input file, keyed by its path relative to the config folder (/ separated). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** An input's key in `meta.inputs`: its path relative to the config folder, / separated. */
export function inputKey(baseDir: string, file: string): string {
  return path.relative(baseDir, file).split(path.sep).join('/');
}

export function hashInputs(baseDir: string, files: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of [...new Set(files)].sort()) out[inputKey(baseDir, f)] = sha256(readFileSync(f));
  return out;
}
