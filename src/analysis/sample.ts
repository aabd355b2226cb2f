/**
 * Section 4.1: the population per stratum (two years, growth, totals computed from the rows),
 * Slovin's sample and its proportional allocation beside the realized sample.
 */
import type { Config } from '../config/types.js';
import type { Dataset } from '../load/dataset.js';
import type { PopulationTable } from '../load/population.js';
import { levelCounts, textColumn } from '../load/dataset.js';
import { clipList } from '../messages/clip.js';
import { msg } from '../messages/catalog.js';
import { slovin } from '../stats/slovin.js';
import { largestRemainder } from '../stats/largest-remainder.js';
import type { PopulationResult, SampleResult, Warning } from './results.js';

export function analysePopulation(config: Config, table: PopulationTable, warnings: Warning[]): PopulationResult {
  const spec = config.population!;
  const hasPrev = table.strata.every((s) => s.previous !== undefined);
  const total = sum(table.strata.map((s) => s.count));
  const previousTotal = hasPrev ? sum(table.strata.map((s) => s.previous!)) : null;
  const growthPct = (now: number, before: number | null) => (before === null || before === 0 ? null : ((now - before) / before) * 100);
  const discrepancies: PopulationResult['discrepancies'] = [];
  const computed: Record<string, number | null> = { [spec.count]: total };
  if (spec.previous) computed[spec.previous] = previousTotal;
  for (const [column, stated] of Object.entries(table.statedTotals)) {
    const c = computed[column];
    if (c !== undefined && c !== null && c !== stated) {
      discrepancies.push({ column, stated, computed: c });
      warnings.push({ code: 'stated-total', section: '4.1', subject: column, message: msg(config.language, 'warnStatedTotal', { column, stated, computed: c }) });
    }
  }
  return {
    countColumn: spec.count,
    previousColumn: hasPrev ? spec.previous ?? null : null,
    strata: table.strata.map((s) => {
      const previous = hasPrev ? s.previous! : null;
      return {
        stratum: s.name,
        count: s.count,
        previous,
        growth: previous === null ? null : s.count - previous,
        growthPercent: growthPct(s.count, previous),
        percent: total > 0 ? (s.count / total) * 100 : 0,
      };
    }),
    total,
    previousTotal,
    growth: previousTotal === null ? null : total - previousTotal,
    growthPercent: growthPct(total, previousTotal),
    discrepancies,
  };
}

export function analyseSample(config: Config, pop: PopulationResult, data: Dataset, warnings: Warning[]): SampleResult {
  const margin = config.population!.margin;
  const { exact, n } = slovin(pop.total, margin);
  const { quota, sample } = largestRemainder(pop.strata.map((s) => s.count), n);
  let realized: Map<string, number> | null = null;
  const unmatched: SampleResult['unmatched'] = [];
  if (config.stratum) {
    realized = new Map();
    const column = textColumn(data, config.stratum);
    const counts = levelCounts(column);
    column.levels.forEach((v, code) => realized!.set(v, counts[code]));
    const known = new Set(pop.strata.map((s) => s.stratum));
    for (const [stratum, count] of [...realized].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (!known.has(stratum)) unmatched.push({ stratum, count });
    }
    if (unmatched.length) {
      warnings.push({
        code: 'stratum-unknown',
        section: '4.1',
        message: msg(config.language, 'warnStratumUnknown', { count: sum(unmatched.map((u) => u.count)), strata: clipList(unmatched.map((u) => u.stratum)) }),
      });
    }
  }
  return {
    population: pop.total,
    margin,
    exact,
    slovin: n,
    allocation: pop.strata.map((s, i) => ({
      stratum: s.stratum,
      population: s.count,
      quota: quota[i],
      sample: sample[i],
      realized: realized ? realized.get(s.stratum) ?? 0 : null,
    })),
    realizedTotal: realized ? data.n : null,
    unmatched,
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
