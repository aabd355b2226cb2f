/**
 * What changed between two builds, in terms of the chapter's conclusions: hypotheses whose
 * decision flipped, items that became (in)valid, variables that gained or lost reliability,
 * assumptions that now pass or fail (and the Durbin–Watson zone), R² and n.
 *
 * Pure: the previous results.json (parsed JSON, possibly from an older bab4 with sections missing)
 * and the new Results → change records; `describeChanges` words them through the message catalog.
 * Sections or entries present in only one of the two are not compared.
 */
import { msg, type Lang } from '../messages/catalog.js';
import type { Results } from './results.js';

export type Change =
  | { kind: 'n'; from: number; to: number }
  | { kind: 'r2'; from: number; to: number }
  | { kind: 'hypothesis'; id: string; term?: string; from: boolean; to: boolean }
  | { kind: 'validity'; item: string; from: boolean; to: boolean }
  | { kind: 'reliability'; variable: string; from: boolean; to: boolean }
  | { kind: 'assumption'; name: string; from: boolean; to: boolean }
  | { kind: 'durbinWatson'; from: string; to: string };

/** R² is compared at the precision the chapter shows it (3 decimals). */
const R2_DIGITS = 3;

type Rec = Record<string, unknown>;

const rec = (x: unknown): Rec | undefined => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Rec) : undefined);
const get = (x: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => rec(o)?.[k], x);
const bool = (x: unknown): boolean | undefined => (typeof x === 'boolean' ? x : undefined);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** Compares the booleans at `field` of every entry the two maps share, in the new map's order. */
function flips(before: unknown, after: unknown, field: string): { key: string; from: boolean; to: boolean }[] {
  const a = rec(before);
  const b = rec(after);
  if (!a || !b) return [];
  const out: { key: string; from: boolean; to: boolean }[] = [];
  for (const key of Object.keys(b)) {
    const from = bool(get(a, key, field));
    const to = bool(get(b, key, field));
    if (from !== undefined && to !== undefined && from !== to) out.push({ key, from, to });
  }
  return out;
}

export function diffResults(previous: unknown, next: Results): Change[] {
  const now = next as unknown as Rec;
  const changes: Change[] = [];

  const nFrom = num(get(previous, 'meta', 'n'));
  const nTo = num(get(now, 'meta', 'n'));
  if (nFrom !== undefined && nTo !== undefined && nFrom !== nTo) changes.push({ kind: 'n', from: nFrom, to: nTo });

  const hypBefore = get(previous, 'hypotheses');
  const hypAfter = get(now, 'hypotheses');
  if (Array.isArray(hypBefore) && Array.isArray(hypAfter)) {
    for (const h of hypAfter) {
      const id = get(h, 'id');
      if (typeof id !== 'string') continue;
      const old = hypBefore.find((o) => get(o, 'id') === id);
      const from = bool(get(old, 'accepted'));
      const to = bool(get(h, 'accepted'));
      const term = get(h, 'term');
      if (from !== undefined && to !== undefined && from !== to) {
        changes.push({ kind: 'hypothesis', id, ...(typeof term === 'string' ? { term } : {}), from, to });
      }
    }
  }

  for (const f of flips(get(previous, 'validity'), get(now, 'validity'), 'valid')) changes.push({ kind: 'validity', item: f.key, from: f.from, to: f.to });
  for (const f of flips(get(previous, 'reliability'), get(now, 'reliability'), 'reliable')) {
    changes.push({ kind: 'reliability', variable: f.key, from: f.from, to: f.to });
  }
  // assumptions.<name>.passed, or assumptions.<name>Passed (multicollinearity: one verdict per term and one overall).
  for (const key of Object.keys(rec(get(now, 'assumptions')) ?? {})) {
    const flat = key.endsWith('Passed');
    const name = flat ? key.slice(0, -'Passed'.length) : key;
    const from = bool(flat ? get(previous, 'assumptions', key) : get(previous, 'assumptions', key, 'passed'));
    const to = bool(flat ? get(now, 'assumptions', key) : get(now, 'assumptions', key, 'passed'));
    if (from !== undefined && to !== undefined && from !== to) changes.push({ kind: 'assumption', name, from, to });
  }

  // The Durbin–Watson zone, unless the autocorrelation verdict already says it.
  const dwFrom = get(previous, 'assumptions', 'autocorrelation', 'durbinWatson', 'decision');
  const dwTo = get(now, 'assumptions', 'autocorrelation', 'durbinWatson', 'decision');
  const said = changes.some((c) => c.kind === 'assumption' && c.name === 'autocorrelation');
  if (typeof dwFrom === 'string' && typeof dwTo === 'string' && dwFrom !== dwTo && !said) changes.push({ kind: 'durbinWatson', from: dwFrom, to: dwTo });

  const r2From = num(get(previous, 'regression', 'r2'));
  const r2To = num(get(now, 'regression', 'r2'));
  if (r2From !== undefined && r2To !== undefined && r2From.toFixed(R2_DIGITS) !== r2To.toFixed(R2_DIGITS)) {
    changes.push({ kind: 'r2', from: r2From, to: r2To });
  }
  return changes;
}

function fixed(x: number, lang: Lang): string {
  const s = x.toFixed(R2_DIGITS);
  return lang === 'id' ? s.replace('.', ',') : s;
}

/** One line for a terminal ("changed since the previous build: …"), or '' when nothing changed. */
export function describeChanges(changes: Change[], lang: Lang): string {
  if (changes.length === 0) return '';
  const parts = changes.map((c): string => {
    switch (c.kind) {
      case 'n':
        return msg(lang, 'changeN', { from: c.from, to: c.to });
      case 'r2':
        return msg(lang, 'changeR2', { from: fixed(c.from, lang), to: fixed(c.to, lang) });
      case 'hypothesis':
        return msg(lang, c.to ? 'changeHypothesisAccepted' : 'changeHypothesisRejected', { id: c.id, term: c.term ?? '' });
      case 'validity':
        return msg(lang, c.to ? 'changeItemValid' : 'changeItemInvalid', { item: c.item });
      case 'reliability':
        return msg(lang, c.to ? 'changeReliable' : 'changeUnreliable', { variable: c.variable });
      case 'assumption':
        return msg(lang, c.to ? 'changeAssumptionPassed' : 'changeAssumptionFailed', { name: c.name });
      case 'durbinWatson':
        return msg(lang, 'changeDurbinWatson', { from: c.from, to: c.to });
    }
  });
  return msg(lang, 'changesSummary', { list: parts.join('; ') });
}
