/**
 * Plausibility checks of the data, before any statistic is believed:
 *
 * - the config's `checks:` rules (src/config/rule.ts), e.g. "lama_usaha <= usia - 15", evaluated
 *   for every respondent; a respondent for whom a rule cannot be evaluated (a division by zero)
 *   is not counted as violating it;
 * - identical duplicates: respondents whose answers are the same in every column the analysis
 *   reads (items, numeric variables, characteristics, stratum, rule columns) — a form submitted
 *   twice, or a copied row;
 * - straight-lining: a respondent giving the same answer to every Likert item of every variable
 *   (with at least three items in all) — often an answer given without reading.
 *
 * Violations are warnings that name the respondents by their data row (the chapter's data note and
 * the appendix); a rule with `severity: error` refuses the build instead (InputError, exit 1,
 * naming the rule, the rows and the config line). At most MAX_LISTED rows are kept per finding;
 * `count` is the full number.
 */
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { displayPath } from '../config/load.js';
import type { Dataset } from '../load/dataset.js';
import { evaluateRule } from '../config/rule.js';
import { msg } from '../messages/catalog.js';
import type { Warning } from './results.js';

/** Rows kept per finding (the count is always complete). */
export const MAX_LISTED = 100;
/** Rows named in a message. */
const MAX_NAMED = 10;

export interface ChecksResult {
  rules: { rule: string; severity: 'warning' | 'error'; count: number; rows: number[]; notEvaluated: number }[];
  /** Groups of data rows with identical answers (first MAX_LISTED groups). */
  duplicates: { count: number; groups: number[][] };
  straightLining: { count: number; rows: number[] };
}

export function rowList(rows: number[], count: number, lang: Config['language']): string {
  const shown = rows.slice(0, MAX_NAMED).join(', ');
  return count > MAX_NAMED ? msg(lang, 'andMore', { list: shown, more: count - MAX_NAMED }) : shown;
}

export function analyseChecks(config: Config, data: Dataset, warnings: Warning[]): ChecksResult {
  const lang = config.language;
  const n = data.n;
  const get = (name: string): ArrayLike<number> => {
    const c = data.columns.get(name)!;
    return c.kind === 'numeric' ? c.values : Float64Array.from(c.values, Number);
  };

  const rules: ChecksResult['rules'] = [];
  const errors: { line?: number; index: number; rule: string; count: number; rows: number[] }[] = [];
  for (const spec of config.checks) {
    const cols = new Map(spec.parsed.columns.map((c) => [c, get(c)]));
    let i = 0;
    const value = (c: string) => cols.get(c)![i];
    const rows: number[] = [];
    let count = 0;
    let notEvaluated = 0;
    for (i = 0; i < n; i++) {
      const holds = evaluateRule(spec.parsed, value);
      if (holds === null) notEvaluated++;
      else if (!holds) {
        count++;
        if (rows.length < MAX_LISTED) rows.push(data.rows[i]);
      }
    }
    rules.push({ rule: spec.rule, severity: spec.severity, count, rows, notEvaluated });
    if (count === 0) continue;
    if (spec.severity === 'error') errors.push({ line: spec.line, index: spec.index, rule: spec.rule, count, rows });
    else warnings.push({ code: 'check-rule', section: 'data', subject: spec.rule, message: msg(lang, 'warnCheckRule', { rule: spec.rule, count, rows: rowList(rows, count, lang) }) });
  }
  if (errors.length) {
    const file = displayPath(config.configPath);
    throw new InputError(errors.map((e) => ({ file, line: e.line, column: `checks[${e.index}]`, message: msg(lang, 'checkRuleError', { rule: e.rule, count: e.count, rows: rowList(e.rows, e.count, lang) }) })));
  }

  // Identical duplicates over every column read: hash each row, sort by hash, compare neighbours exactly.
  const columns = [...data.columns.values()];
  const hashes = new Float64Array(n);
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  for (let i = 0; i < n; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    const mix = (w: number) => {
      h1 = Math.imul(h1 ^ w, 0x01000193);
      h2 = Math.imul(h2 ^ w, 0x5bd1e995);
    };
    for (const c of columns) {
      if (c.kind === 'numeric') {
        bits[0] = c.values[i];
        mix(words[0]);
        mix(words[1]);
      } else {
        const s = c.values[i];
        for (let k = 0; k < s.length; k++) mix(s.charCodeAt(k));
        mix(0x1f);
      }
    }
    hashes[i] = (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff);
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => hashes[a] - hashes[b] || a - b);
  const same = (a: number, b: number) => columns.every((c) => c.values[a] === c.values[b] || (Number.isNaN(c.values[a] as number) && Number.isNaN(c.values[b] as number)));
  const groups: number[][] = [];
  let dupCount = 0;
  for (let s = 0; s < n; ) {
    let e = s + 1;
    while (e < n && hashes[order[e]] === hashes[order[s]]) e++;
    // Within one hash bucket, group the rows that are exactly equal.
    const left = Array.from(order.subarray(s, e));
    while (left.length > 1) {
      const first = left.shift()!;
      const group = [first];
      for (let j = left.length - 1; j >= 0; j--) if (same(first, left[j])) group.push(...left.splice(j, 1));
      if (group.length > 1) {
        dupCount += group.length;
        if (groups.length < MAX_LISTED) groups.push(group.sort((a, b) => a - b).map((i) => data.rows[i]));
      }
    }
    s = e;
  }
  groups.sort((a, b) => a[0] - b[0]);
  if (dupCount > 0) {
    const named = groups.slice(0, MAX_NAMED).map((g) => g.join(' = ')).join('; ');
    warnings.push({ code: 'duplicate-rows', section: 'data', message: msg(lang, 'warnDuplicateRows', { count: dupCount, groups: groups.length > MAX_NAMED ? msg(lang, 'andMore', { list: named, more: groups.length - MAX_NAMED }) : named }) });
  }

  // Straight-lining: the same answer to every Likert item (raw answers, before reversing).
  const items = config.variables.flatMap((v) => v.items.map((it) => get(it.column)));
  const slRows: number[] = [];
  let slCount = 0;
  if (items.length >= 3) {
    for (let i = 0; i < n; i++) {
      const first = items[0][i];
      if (items.every((c) => c[i] === first)) {
        slCount++;
        if (slRows.length < MAX_LISTED) slRows.push(data.rows[i]);
      }
    }
  }
  if (slCount > 0) warnings.push({ code: 'straight-lining', section: 'data', message: msg(lang, 'warnStraightLining', { count: slCount, items: items.length, rows: rowList(slRows, slCount, lang) }) });

  return { rules, duplicates: { count: dupCount, groups }, straightLining: { count: slCount, rows: slRows } };
}
