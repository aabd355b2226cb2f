/**
 * bab4's version and its own files, found from wherever this code runs — src/ (tests), dist/ (tsc)
 * or dist/bundle/ (the bundled command): the nearest folder above with bab4's package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'bab4') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('internal: bab4 cannot find its package.json');
    dir = up;
  }
}

/** The folder of bab4's package.json. */
export const ROOT = packageRoot();

export const VERSION: string = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The folder of bab4's own default templates. */
export const DEFAULT_TEMPLATES = pathToFileURL(path.join(ROOT, 'templates') + path.sep);
