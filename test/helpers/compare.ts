/**
 * compare-results semantics (shared/tools/compare-results.mjs) as a function: every number and
 * boolean of `expected` must be in `actual` at the same path, |a − e| ≤ atol + rtol·|e|; arrays of
 * objects with a `term`, `stratum`, `id` or `column` key are matched by that key.
 */
const KEYS = ['term', 'stratum', 'id', 'column'];

export interface Comparison {
  compared: number;
  problems: string[];
  worst: number;
}

export function compareResults(actual: unknown, expected: unknown, opts: { only?: string[]; rtol?: number; atol?: number } = {}): Comparison {
  const rtol = opts.rtol ?? 1e-6;
  const atol = opts.atol ?? 1e-12;
  const problems: string[] = [];
  let compared = 0;
  let worst = 0;
  const walk = (a: unknown, e: unknown, path: string): void => {
    if (typeof e === 'number' || typeof e === 'boolean') {
      compared++;
      if (a === undefined || a === null) return void problems.push(`${path}: missing (expected ${e})`);
      if (typeof e === 'boolean') {
        if (a !== e) problems.push(`${path}: ${String(a)} (expected ${e})`);
        return;
      }
      if (typeof a !== 'number' || !Number.isFinite(a)) return void problems.push(`${path}: ${JSON.stringify(a)} (expected ${e})`);
      const err = Math.abs(a - e);
      const rel = err / Math.max(Math.abs(e), Number.MIN_VALUE);
      if (err > atol) worst = Math.max(worst, rel);
      if (err > atol + rtol * Math.abs(e)) problems.push(`${path}: ${a} (expected ${e}, rel err ${rel.toExponential(2)})`);
      return;
    }
    if (e === null || typeof e === 'string') return;
    if (Array.isArray(e)) {
      if (!Array.isArray(a)) return void problems.push(`${path}: missing array`);
      const first = e[0] as Record<string, unknown> | undefined;
      const key = first && typeof first === 'object' ? KEYS.find((k) => k in first) : undefined;
      e.forEach((item: Record<string, unknown>, i) => {
        const match = key ? (a as Record<string, unknown>[]).find((x) => x && x[key] === item[key]) : a[i];
        walk(match, item, key ? `${path}[${key}=${String(item[key])}]` : `${path}[${i}]`);
      });
      return;
    }
    if (a === undefined || a === null || typeof a !== 'object') return void problems.push(`${path}: missing object`);
    for (const k of Object.keys(e as object)) walk((a as Record<string, unknown>)[k], (e as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
  };
  const sections = opts.only ?? Object.keys(expected as object);
  for (const s of sections) walk((actual as Record<string, unknown>)[s], (expected as Record<string, unknown>)[s], s);
  return { compared, problems, worst };
}
