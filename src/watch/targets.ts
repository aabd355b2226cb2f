/**
 * What `bab4 watch` watches: the config, the data and population files, the pembahasan files and
 * the questionnaire intro (whether they exist yet or not) and the user's templates folder (recursively) — never the
 * output folder. chokidar does not watch paths that do not exist yet, so the watcher is given
 * the nearest existing folders and an `ignored` predicate that lets through only the targets,
 * the folders leading to them and whatever is inside a target folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/types.js';
import { inputFiles } from '../pipeline.js';

export interface Targets {
  /** Files whose change triggers a build (absolute). */
  files: string[];
  /** Folders whose content (recursively) triggers a build (absolute). */
  dirs: string[];
}

export function targetsOf(config: Config): Targets {
  const files = [...inputFiles(config), ...Object.values(config.pembahasan), ...(config.questionnaire.intro ? [config.questionnaire.intro] : [])];
  return { files: [...new Set(files)].sort(), dirs: config.templates ? [config.templates] : [] };
}

/** A stable text for comparing two target sets. */
export function signature(t: Targets): string {
  return JSON.stringify([t.files, t.dirs]);
}

export function isUnder(p: string, dir: string): boolean {
  return p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

function nearestExisting(p: string): string {
  let d = p;
  while (!existsSync(d)) {
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return d;
}

/** The folders to hand to chokidar: for each target, its nearest existing folder. */
export function roots(t: Targets): string[] {
  const out = new Set<string>();
  for (const f of t.files) out.add(nearestExisting(path.dirname(f)));
  for (const d of t.dirs) out.add(nearestExisting(d));
  // A root inside another root is already covered.
  const all = [...out].sort();
  return all.filter((r) => !all.some((o) => o !== r && isUnder(r, o)));
}

/**
 * The matcher of a target set. `relevant(p)`: a change of p means a rebuild. `keep(p)`: chokidar
 * must look at p (relevant, or a folder on the way to a target). `outDir` and bab4's own
 * temporary siblings of it (`.output.tmp-…`) are never relevant, even inside a templates folder.
 */
export function matcher(t: Targets, outDir: string): { relevant: (p: string) => boolean; keep: (p: string) => boolean } {
  const out = path.resolve(outDir);
  const outTemp = path.join(path.dirname(out), `.${path.basename(out)}.`);
  const files = new Set(t.files);
  const all = [...t.files, ...t.dirs];
  const excluded = (p: string) => isUnder(p, out) || p.startsWith(outTemp) || p.split(path.sep).includes('.bab4-cache');
  const relevant = (p: string) => !excluded(p) && (files.has(p) || t.dirs.some((d) => isUnder(p, d)));
  const keep = (p: string) => relevant(p) || (!excluded(p) && all.some((target) => isUnder(target, p)));
  return { relevant, keep };
}
