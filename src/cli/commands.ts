/** build and validate: the CLI side (messages, exit codes) of the pipeline. */
import { build, check } from '../pipeline.js';
import { displayPath } from '../config/load.js';
import { describeChanges, diffResults } from '../analysis/changes.js';
import { msg, type Lang } from '../messages/catalog.js';
import type { Staleness } from '../output/check.js';
import { VERSION } from '../version.js';
import { builtLine, timingLine } from './lines.js';
import { progressLine } from './progress.js';

export async function runBuild(opts: { config: string; out?: string; check?: boolean; pdf?: boolean }): Promise<number> {
  if (opts.check) return runCheck(opts);
  const t0 = performance.now();
  const line = progressLine(process.stderr);
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build(opts.config, { outDir: opts.out, cache: 'disk', ...(opts.pdf ? { pdf: true } : {}), onProgress: line.onProgress });
  } finally {
    line.done();
  }
  const ms = Math.round(performance.now() - t0);
  process.stdout.write(builtLine(result, ms));
  process.stderr.write(timingLine(result));
  if (result.previous) {
    const summary = describeChanges(diffResults(result.previous, result.results), result.config.language);
    if (summary) process.stdout.write(`bab4: ${summary}\n`);
  }
  return 0;
}

/** `build --check`: exit 0 when the output folder matches the inputs and this bab4, else 1 with the reasons. */
export function runCheck(opts: { config: string; out?: string }): number {
  const { config, outDir, stale } = check(opts.config, { outDir: opts.out });
  const lang = config.language;
  const out = displayPath(outDir);
  if (stale.length === 0) {
    process.stdout.write(`bab4: ${msg(lang, 'checkUpToDate', { out, version: VERSION })}\n`);
    return 0;
  }
  process.stderr.write(`bab4: ${msg(lang, 'checkStale', { out })}\n${stale.map((s) => `  - ${stalenessText(s, lang)}\n`).join('')}`);
  return 1;
}

function stalenessText(s: Staleness, lang: Lang): string {
  switch (s.kind) {
    case 'no-results':
      return msg(lang, 'checkNoResults');
    case 'changed':
      return msg(lang, 'checkChanged', { input: s.input });
    case 'added':
      return msg(lang, 'checkAdded', { input: s.input });
    case 'removed':
      return msg(lang, 'checkRemoved', { input: s.input });
    case 'version':
      return msg(lang, 'checkVersion', { built: s.built, current: s.current });
    case 'missing':
      return msg(lang, 'checkMissing', { file: s.file });
  }
}

export async function runValidate(opts: { config: string }): Promise<number> {
  const line = progressLine(process.stderr);
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build(opts.config, { outDir: null, word: false, onProgress: line.onProgress });
  } finally {
    line.done();
  }
  const w = result.results.warnings.length;
  process.stdout.write(`bab4: ${displayPath(result.config.configPath)} and its data are valid (n = ${result.results.meta.n}${w ? `, ${w} warning${w === 1 ? '' : 's'}` : ''})\n`);
  for (const warning of result.results.warnings) process.stdout.write(`  - ${warning.message}\n`);
  return 0;
}
