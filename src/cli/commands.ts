/** build and validate: the CLI side (messages, exit codes) of the pipeline. */
import { build } from '../pipeline.js';
import { displayPath } from '../config/load.js';

export async function runBuild(opts: { config: string; out?: string; check?: boolean }): Promise<number> {
  const t0 = performance.now();
  const result = await build(opts.config, { outDir: opts.out });
  const ms = Math.round(performance.now() - t0);
  process.stdout.write(`bab4: ${result.files.size} files → ${displayPath(result.outDir!)} (n = ${result.results.meta.n}, ${ms} ms)\n`);
  return 0;
}

export async function runValidate(opts: { config: string }): Promise<number> {
  const result = await build(opts.config, { outDir: null });
  const w = result.results.warnings.length;
  process.stdout.write(`bab4: ${displayPath(result.config.configPath)} and its data are valid (n = ${result.results.meta.n}${w ? `, ${w} warning${w === 1 ? '' : 's'}` : ''})\n`);
  for (const warning of result.results.warnings) process.stdout.write(`  - ${warning.message}\n`);
  return 0;
}
