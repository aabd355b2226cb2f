/** The one-line summary of a finished build, shared by `build` and `watch`. */
import { displayPath } from '../config/load.js';
import type { BuildResult } from '../pipeline.js';

export function builtLine(result: BuildResult, ms: number, detail = ''): string {
  return `bab4: ${result.files.size} files → ${displayPath(result.outDir!)} (n = ${result.results.meta.n}, ${ms} ms${detail ? `; ${detail}` : ''})\n`;
}
