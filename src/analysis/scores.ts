/**
 * Item values as analysed (reversed items recoded: value → min + max − value) and each variable's
 * score: the sum (or, with `score: mean`, the mean) of its items, or its single numeric column.
 * Every later statistic uses these, so a negatively worded item enters every table recoded.
 */
import type { Config, VariableSpec } from '../config/types.js';
import type { Dataset, Numbers } from '../load/dataset.js';
import { numeric } from '../load/dataset.js';

export interface Scores {
  /** Item column → analysed values (reversed where configured): the loaded answers themselves when not reversed. */
  items: Map<string, Numbers>;
  /** Variable id → score per respondent. */
  scores: Map<string, Float64Array>;
  /** Variable id → item totals (sum), the "total" of validity; same as the score for `sum`. */
  totals: Map<string, Float64Array>;
}

export function computeScores(config: Config, data: Dataset): Scores {
  const { min, max } = config.scale;
  const items = new Map<string, Numbers>();
  const scores = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const n = data.n;
  for (const v of config.variables) {
    if (v.column) {
      const raw = numeric(data, v.column);
      const x = raw instanceof Float64Array ? raw : Float64Array.from(raw);
      scores.set(v.id, x);
      totals.set(v.id, x);
      continue;
    }
    const total = new Float64Array(n);
    for (const it of v.items) {
      const raw = numeric(data, it.column);
      let x: Numbers = raw;
      if (v.reverse.includes(it.column)) {
        x = new Float64Array(n);
        for (let i = 0; i < n; i++) x[i] = min + max - raw[i];
      }
      items.set(it.column, x);
      for (let i = 0; i < n; i++) total[i] += x[i];
    }
    totals.set(v.id, total);
    let score = total;
    if (v.score === 'mean') {
      score = new Float64Array(n);
      for (let i = 0; i < n; i++) score[i] = total[i] / v.items.length;
    }
    scores.set(v.id, score);
  }
  return { items, scores, totals };
}

export function isLikert(v: VariableSpec): boolean {
  return v.items.length > 0;
}
