/**
 * Does an output folder still match its inputs? (`bab4 build --check`.) Reads the folder's
 * results.json and compares its `meta.inputs` (sha256 per input file) and `meta.version` with the
 * current inputs and bab4's version; lists the output files that are missing. Writes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The results.json an output folder holds (parsed), or undefined when there is none or it is unreadable. */
export function readPreviousResults(outDir: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(outDir, 'results.json'), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export type Staleness =
  | { kind: 'no-results' }
  | { kind: 'changed' | 'added' | 'removed'; input: string }
  | { kind: 'version'; built: string; current: string }
  | { kind: 'missing'; file: string };

/** The files every build writes besides the charts. */
const FIXED = ['bab4.md', 'bab4.html', 'lampiran.html', 'results.json'];

/**
 * What makes `outDir` stale for the current `inputs` (input key → sha256) and `version`;
 * empty when it is up to date.
 */
export function staleness(outDir: string, inputs: Record<string, string>, version: string): Staleness[] {
  const previous = readPreviousResults(outDir) as { meta?: { inputs?: Record<string, string>; version?: string } } | undefined;
  if (!previous?.meta?.inputs) return [{ kind: 'no-results' }];
  const out: Staleness[] = [];
  const built = previous.meta.inputs;
  for (const input of [...new Set([...Object.keys(built), ...Object.keys(inputs)])].sort()) {
    if (!(input in inputs)) out.push({ kind: 'removed', input });
    else if (!(input in built)) out.push({ kind: 'added', input });
    else if (built[input] !== inputs[input]) out.push({ kind: 'changed', input });
  }
  if (previous.meta.version !== version) out.push({ kind: 'version', built: String(previous.meta.version ?? '?'), current: version });
  const expected = new Set(FIXED);
  try {
    const md = readFileSync(path.join(outDir, 'bab4.md'), 'utf8');
    for (const m of md.matchAll(/\bcharts\/[^\s)"'<>]+\.svg/g)) expected.add(m[0]);
  } catch {
    // bab4.md itself is reported missing below
  }
  for (const file of [...expected].sort()) if (!existsSync(path.join(outDir, file))) out.push({ kind: 'missing', file });
  return out;
}
