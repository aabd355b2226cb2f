/**
 * bab4's one orchestrator. Data flows one way:
 *
 *   bab4.config.yaml ─ loadConfig ─► Config
 *                                      │
 *   data (.csv/.xlsx) ─ loadData ──────┼─► Dataset ─┐
 *   population file ─ loadPopulation ──┘            ├─ analyse ─► Results ─ present ─► files ─ writeOutput ─► output/
 *   templates/, pembahasan/ ─ loadTemplates ────────┘                                    (atomic swap)
 *
 * Every stage is one call; bad input anywhere throws InputError before anything is written.
 */
import path from 'node:path';
import { loadConfig } from './config/load.js';
import type { Config } from './config/types.js';
import { loadData, loadPopulation } from './load/index.js';
import { loadPembahasan, loadTemplates } from './load/templates.js';
import { hashInputs } from './load/hash.js';
import { analyse } from './analysis/index.js';
import type { Results } from './analysis/results.js';
import { present, type PresentOptions } from './report/index.js';
import { writeOutput } from './output/write.js';

export interface BuildResult {
  config: Config;
  results: Results;
  files: Map<string, string>;
  outDir?: string;
}

export interface BuildOptions extends PresentOptions {
  /** Output folder (default: `output` beside the config). `null`: compute everything, write nothing. */
  outDir?: string | null;
}

/** The input files a build reads (for hashing and watching). */
export function inputFiles(config: Config): string[] {
  const files = [config.configPath, config.data.file];
  if (config.population) files.push(config.population.file);
  return files;
}

export async function build(configPath: string, options: BuildOptions = {}): Promise<BuildResult> {
  const config = loadConfig(configPath);
  const data = await loadData(config);
  const population = config.population ? loadPopulation(config, config.population) : undefined;
  const templates = loadTemplates(config);
  const pembahasan = loadPembahasan(config);
  const userFiles = [
    ...[...templates.files.values(), ...templates.phrases].filter((t) => t.user).map((t) => t.path),
    ...Object.values(pembahasan).filter((p) => p.exists).map((p) => p.path),
  ];
  const inputs = hashInputs(config.baseDir, [...inputFiles(config), ...userFiles]);
  const results = analyse({ config, data, population, inputs });
  const { files } = await present(results, config, templates, pembahasan, options);
  if (options.outDir === null) return { config, results, files };
  const outDir = options.outDir ?? path.join(config.baseDir, 'output');
  writeOutput(outDir, files);
  return { config, results, files, outDir };
}
