/** bab4's version, from package.json (read once; the same file from src/ and dist/). */
import { readFileSync } from 'node:fs';

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The folder of bab4's own default templates. */
export const DEFAULT_TEMPLATES = new URL('../templates/', import.meta.url);
