/**
 * Section 4.3: description of the variables — per item the answer distribution, mean, sd, TCR and
 * category; per variable the score's mean, sd, min, max and category. Numeric single-column
 * variables get the descriptives only.
 */
import type { Config } from '../config/types.js';
import { descriptives } from '../stats/descriptives.js';
import { frequencies, frequencyRecord } from '../stats/frequencies.js';
import { meanCategory, tcrCategory } from './categories.js';
import type { ItemResult, VariableResult } from './results.js';
import type { Scores } from './scores.js';

export function describeItems(config: Config, scores: Scores): Record<string, ItemResult> {
  const { min, max } = config.scale;
  const out: Record<string, ItemResult> = {};
  for (const v of config.variables) {
    for (const it of v.items) {
      const x = scores.items.get(it.column)!;
      const d = descriptives(x);
      const freq = frequencies(x, min, max);
      const counts = frequencyRecord(freq);
      const percents: Record<string, number> = {};
      for (const [k, c] of Object.entries(counts)) percents[k] = x.length > 0 ? (c / x.length) * 100 : 0;
      const tcr = (d.mean / max) * 100;
      out[it.column] = {
        variable: v.id,
        statement: it.statement ?? null,
        reversed: v.reverse.includes(it.column),
        mean: d.mean,
        sd: d.sd,
        frequencies: counts,
        percents,
        tcr,
        category: meanCategory(d.mean, min, max, config.meanCategories),
        tcrCategory: tcrCategory(tcr, config.tcrBands),
      };
    }
  }
  return out;
}

export function describeVariables(config: Config, scores: Scores): Record<string, VariableResult> {
  const { min, max } = config.scale;
  const out: Record<string, VariableResult> = {};
  for (const v of config.variables) {
    const d = descriptives(scores.scores.get(v.id)!);
    if (v.column) {
      out[v.id] = { label: v.label, kind: 'numeric', nItems: 0, mean: d.mean, sd: d.sd, min: d.min, max: d.max, itemMean: null, tcr: null, category: null, tcrCategory: null };
      continue;
    }
    const itemMean = v.score === 'mean' ? d.mean : d.mean / v.items.length;
    const tcr = (itemMean / max) * 100;
    out[v.id] = {
      label: v.label,
      kind: 'likert',
      nItems: v.items.length,
      mean: d.mean,
      sd: d.sd,
      min: d.min,
      max: d.max,
      itemMean,
      tcr,
      category: meanCategory(itemMean, min, max, config.meanCategories),
      tcrCategory: tcrCategory(tcr, config.tcrBands),
    };
  }
  return out;
}
