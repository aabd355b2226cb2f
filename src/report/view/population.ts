/** View of section 4.1: population table, growth, Slovin sample and allocation. */
import { formatNumber } from '../../messages/format.js';
import type { Config } from '../../config/types.js';
import type { PopulationResult, SampleResult } from '../../analysis/results.js';
import { chartIds } from '../../charts/ids.js';
import { lowerFirst, titleCase, yearOf, type Fmt } from './fmt.js';

/** The word before a source line (the default source line of the config carries its own). */
const SOURCE_WORD = { id: 'Sumber', en: 'Source' } as const;

export function populationView(pop: PopulationResult | undefined, sample: SampleResult | undefined, config: Config, f: Fmt) {
  if (!pop || !sample || !config.population) return null;
  const stratumLabel = titleCase(config.population.stratum);
  const largest = pop.strata.reduce((a, b) => (b.count > a.count ? b : a));
  const hasPrevious = pop.previousTotal !== null;
  const hasRealized = sample.realizedTotal !== null;
  const N = sample.population;
  const e = sample.margin;
  const source = config.population.source;
  const sourceLine = source === undefined ? '' : /^(sumber|source)\s*:/i.test(source) ? source : `${SOURCE_WORD[f.lang]}: ${source}`;
  return {
    tableId: 'tab-populasi',
    // The population's own source (config population.source): the line under its table and figure.
    hasSource: source !== undefined,
    sourceName: f.text(source?.replace(/^(sumber|source)\s*:\s*/i, '') ?? ''),
    sourceLine: f.text(sourceLine),
    allocationTableId: 'tab-sampel',
    figureId: chartIds.population(),
    stratumLabel: f.text(stratumLabel),
    stratumLower: f.text(lowerFirst(stratumLabel)),
    /** What is counted and where, for the captions: "UMKM Fashion", "Kota Jambi" ('' when not given). */
    unit: f.text(config.population.unit ?? ''),
    area: f.text(config.population.area ?? ''),
    nStrata: f.int(pop.strata.length),
    year: f.text(yearOf(pop.countColumn)),
    previousYear: hasPrevious ? f.text(yearOf(pop.previousColumn!)) : '',
    hasPrevious,
    rows: pop.strata.map((s, i) => ({
      no: i + 1,
      name: f.text(s.stratum),
      count: f.int(s.count),
      previous: f.int(s.previous),
      growth: s.growth === null ? '–' : (s.growth > 0 ? '+' : '') + f.int(s.growth),
      growthPercent: s.growthPercent === null ? '–' : (s.growthPercent > 0 ? '+' : '') + f.pct(s.growthPercent),
      percent: f.pct(s.percent),
    })),
    total: f.int(pop.total),
    hundred: f.pct(100),
    previousTotal: f.int(pop.previousTotal),
    growth: f.int(pop.growth === null ? null : Math.abs(pop.growth)),
    growthPercent: f.pct(pop.growthPercent === null ? null : Math.abs(pop.growthPercent)),
    growthPercentKnown: pop.growthPercent !== null,
    increased: (pop.growth ?? 0) > 0,
    decreased: (pop.growth ?? 0) < 0,
    largest: { name: f.text(largest.stratum), count: f.int(largest.count), percent: f.pct(largest.percent) },
    discrepancies: pop.discrepancies.map((d) => ({ column: f.text(d.column), year: f.text(yearOf(d.column)), stated: f.int(d.stated), computed: f.int(d.computed) })),
    hasDiscrepancies: pop.discrepancies.length > 0,
    slovin: {
      N: f.int(N),
      e: f.num(e, 2),
      ePercent: f.pct(e * 100, 0),
      eSquared: formatNumber(e * e, f.lang),
      denominator: formatNumber(1 + N * e * e, f.lang),
      exact: f.num(sample.exact, 2),
      n: f.int(sample.slovin),
    },
    allocation: sample.allocation.map((a, i) => ({
      no: i + 1,
      name: f.text(a.stratum),
      population: f.int(a.population),
      percent: f.pct(N > 0 ? (a.population / N) * 100 : 0),
      quota: f.num(a.quota, 2),
      sample: f.int(a.sample),
      realized: f.int(a.realized),
    })),
    hasRealized,
    realizedTotal: f.int(sample.realizedTotal),
    realizedMatches: hasRealized && sample.allocation.every((a) => a.realized === a.sample) && sample.unmatched.length === 0,
    realizedEqualsN: sample.realizedTotal === sample.slovin,
  };
}
