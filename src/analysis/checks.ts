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
import type { Rule, RuleNode } from '../config/rule.js';
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
    return c.kind === 'numeric' ? c.values : Float64Array.from(c.codes, (k) => Number(c.levels[k]));
  };

  const rules: ChecksResult['rules'] = [];
  const errors: { line?: number; index: number; rule: string; count: number; rows: number[] }[] = [];
  for (const spec of config.checks) {
    const holdsAt = ruleColumn(spec.parsed, get, n);
    const rows: number[] = [];
    let count = 0;
    let notEvaluated = 0;
    for (let i = 0; i < n; i++) {
      const holds = holdsAt[i];
      if (holds === NOT_EVALUATED) notEvaluated++;
      else if (holds === 0) {
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
    throw new InputError(lang, errors.map((e) => ({ file, line: e.line, key: `checks[${e.index}]`, message: msg(lang, 'checkRuleError', { rule: e.rule, count: e.count, rows: rowList(e.rows, e.count, lang) }) })));
  }

  // Identical duplicates over every column read: hash each row, compare rows of equal hash exactly.
  const columns = [...data.columns.values()];
  const hashes = new Float64Array(n);
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  // Each column once: its values as 32-bit words (numbers: both halves of the double; text: the
  // hash of the answer, each distinct answer hashed once), mixed row by row into two 32-bit hashes.
  const h1 = new Int32Array(n).fill(0x811c9dc5 | 0);
  const h2 = new Int32Array(n).fill(0x9747b28c | 0);
  for (const c of columns) {
    if (c.kind === 'numeric') {
      // Small whole numbers (answers, counts) as themselves; any other number by both halves of its bits.
      let fractional = false;
      const values = c.values;
      for (let i = 0; i < n; i++) {
        const v = values[i];
        let w: number;
        if ((v | 0) === v) w = v | 0;
        else {
          fractional = true;
          bits[0] = v;
          w = words[0] ^ 0x5bd1e995;
        }
        h1[i] = Math.imul(h1[i] ^ w, 0x01000193);
        h2[i] = Math.imul(h2[i] ^ w, 0x5bd1e995);
      }
      if (fractional) {
        for (let i = 0; i < n; i++) {
          bits[0] = values[i];
          const w = (values[i] | 0) === values[i] ? 0 : words[1];
          h1[i] = Math.imul(h1[i] ^ w, 0x01000193);
          h2[i] = Math.imul(h2[i] ^ w, 0x5bd1e995);
        }
      }
    } else {
      // Text: the hash of each distinct answer, computed once.
      const levelHash = Int32Array.from(c.levels, (s) => {
        let h = 0x811c9dc5;
        for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
        return h;
      });
      const codes = c.codes;
      for (let i = 0; i < n; i++) {
        const w = levelHash[codes[i]];
        h1[i] = Math.imul(h1[i] ^ w, 0x01000193);
        h2[i] = Math.imul(h2[i] ^ w, 0x5bd1e995);
      }
    }
  }
  for (let i = 0; i < n; i++) hashes[i] = (h1[i] >>> 0) * 2097152 + ((h2[i] >>> 0) & 0x1fffff);
  // Only rows whose hash occurs twice or more can be duplicates. A first look by 2 bits per bucket of
  // 2²⁴ (4 MB): a row alone in its bucket has a hash no other row has; the hashes of the rest are
  // sorted to find those that repeat (all rows when most are duplicates, few when most are unique).
  const BUCKETS = 1 << 24;
  const seen = new Uint8Array(BUCKETS / 4);
  for (let i = 0; i < n; i++) {
    const b = h1[i] & (BUCKETS - 1);
    const shift = (b & 3) * 2;
    const v = (seen[b >>> 2] >>> shift) & 3;
    if (v < 2) seen[b >>> 2] += 1 << shift;
  }
  let shared = 0;
  const inShared = (i: number) => ((seen[(h1[i] & (BUCKETS - 1)) >>> 2] >>> ((h1[i] & 3) * 2)) & 3) === 2;
  for (let i = 0; i < n; i++) if (inShared(i)) shared++;
  const sorted = new Float64Array(shared);
  for (let i = 0, j = 0; i < n; i++) if (inShared(i)) sorted[j++] = hashes[i];
  sorted.sort();
  const repeated = new Set<number>();
  for (let i = 1; i < shared; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
  const candidates = new Map<number, number[]>();
  if (repeated.size > 0) {
    for (let i = 0; i < n; i++) {
      if (!repeated.has(hashes[i])) continue;
      let list = candidates.get(hashes[i]);
      if (!list) candidates.set(hashes[i], (list = []));
      list.push(i);
    }
  }
  const same = (a: number, b: number) =>
    columns.every((c) => (c.kind === 'text' ? c.codes[a] === c.codes[b] : c.values[a] === c.values[b] || (Number.isNaN(c.values[a]) && Number.isNaN(c.values[b]))));
  const groups: number[][] = [];
  let dupCount = 0;
  for (const bucket of candidates.values()) {
    // Within one hash bucket, group the rows that are exactly equal.
    const left = bucket.slice();
    while (left.length > 1) {
      const first = left.shift()!;
      const group = [first];
      for (let j = left.length - 1; j >= 0; j--) if (same(first, left[j])) group.push(...left.splice(j, 1));
      if (group.length > 1) {
        dupCount += group.length;
        if (groups.length < MAX_LISTED) groups.push(group.sort((a, b) => a - b).map((i) => data.rows[i]));
      }
    }
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
      let same = true;
      for (let j = 1; same && j < items.length; j++) same = items[j][i] === first;
      if (same) {
        slCount++;
        if (slRows.length < MAX_LISTED) slRows.push(data.rows[i]);
      }
    }
  }
  if (slCount > 0) warnings.push({ code: 'straight-lining', section: 'data', message: msg(lang, 'warnStraightLining', { count: slCount, items: items.length, rows: rowList(slRows, slCount, lang) }) });

  return { rules, duplicates: { count: dupCount, groups }, straightLining: { count: slCount, rows: slRows } };
}

const NOT_EVALUATED = 2;

/**
 * A rule for every respondent at once (src/config/rule.ts `evaluateRule`, column by column: the
 * same arithmetic on the same doubles): 1 holds, 0 violated, NOT_EVALUATED when a side is not a
 * finite number (a missing value, a division by zero).
 */
function ruleColumn(rule: Rule, get: (name: string) => ArrayLike<number>, n: number): Uint8Array {
  const a = sideColumn(rule.left, get, n);
  const b = sideColumn(rule.right, get, n);
  const out = new Uint8Array(n);
  const op = rule.op;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) out[i] = NOT_EVALUATED;
    else out[i] = (op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : op === '>=' ? x >= y : op === '==' ? x === y : x !== y) ? 1 : 0;
  }
  return out;
}

/** One side of a rule, every respondent's value (a column itself is read, never changed). */
function sideColumn(node: RuleNode, get: (name: string) => ArrayLike<number>, n: number): ArrayLike<number> {
  switch (node.kind) {
    case 'number':
      return new Float64Array(n).fill(node.value);
    case 'column':
      return get(node.name);
    case 'negate': {
      const a = sideColumn(node.arg, get, n);
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = -a[i];
      return out;
    }
    case 'binary': {
      const a = sideColumn(node.left, get, n);
      const b = sideColumn(node.right, get, n);
      const out = new Float64Array(n);
      const op = node.op;
      if (op === '+') for (let i = 0; i < n; i++) out[i] = a[i] + b[i];
      else if (op === '-') for (let i = 0; i < n; i++) out[i] = a[i] - b[i];
      else if (op === '*') for (let i = 0; i < n; i++) out[i] = a[i] * b[i];
      else for (let i = 0; i < n; i++) out[i] = a[i] / b[i];
      return out;
    }
  }
}
