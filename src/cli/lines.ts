/** The one-line summary of a finished build, shared by `build` and `watch`. */
import { displayPath } from '../config/load.js';
import type { BuildResult } from '../pipeline.js';

/** BAB4_TIMING=1: the stages of a build and their wall time, one line. */
export function timingLine(result: BuildResult): string {
  if (!process.env.BAB4_TIMING) return '';
  const on = result.charts.on ? ` (charts on ${result.charts.on === 'worker' ? 'the worker' : 'this thread'})` : '';
  return `bab4: ${Object.entries(result.timings).map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`).join(' · ')}${on}\n`;
}

export function builtLine(result: BuildResult, ms: number, detail = ''): string {
  return `bab4: ${result.files.size} files → ${displayPath(result.outDir!)} (n = ${result.results.meta.n}, ${ms} ms${detail ? `; ${detail}` : ''})\n`;
}
