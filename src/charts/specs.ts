/**
 * Results → Vega-Lite specs, one per figure of the chapter. Words come from the chapter's
 * phrases (language); numbers are formatted by vega with the chapter's locale.
 */
import type { Results, CharacteristicResult, PopulationResult } from '../analysis/results.js';
import { chartIds } from './ids.js';
import { PALETTE, withTheme } from './theme.js';

export interface ChartSpec {
  id: string;
  spec: Record<string, unknown>;
}

export type Words = Record<string, string>;

export function populationChart(pop: PopulationResult, words: Words, years: { current: string; previous: string | null }): ChartSpec {
  const values = pop.strata.flatMap((s) => [
    ...(s.previous === null ? [] : [{ stratum: s.stratum, year: years.previous ?? '', count: s.previous }]),
    { stratum: s.stratum, year: years.current, count: s.count },
  ]);
  return {
    id: chartIds.population(),
    spec: withTheme({
      width: 420,
      height: { step: pop.previousColumn ? 11 : 16 },
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'stratum', type: 'nominal', sort: null, title: words.stratum },
        x: { field: 'count', type: 'quantitative', title: words.count, axis: { format: ',d', tickMinStep: 1 } },
        ...(pop.previousColumn ? { yOffset: { field: 'year', type: 'nominal' } } : {}),
        color: { field: 'year', type: 'nominal', title: words.year, scale: { range: [PALETTE[1], PALETTE[0]] } },
      },
    }),
  };
}

export function characteristicChart(c: CharacteristicResult, words: Words): ChartSpec {
  const values = c.categories.map((k) => ({ label: k.label, count: k.count, percent: k.percent / 100 }));
  const y = { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 200 } };
  return {
    id: chartIds.characteristic(c.column),
    spec: withTheme({
      width: 380,
      height: { step: 22 },
      data: { values },
      layer: [
        { mark: { type: 'bar' }, encoding: { y, x: { field: 'count', type: 'quantitative', title: words.frequency, axis: { format: ',d', tickMinStep: 1 } } } },
        {
          mark: { type: 'text', align: 'left', dx: 3 },
          encoding: { y, x: { field: 'count', type: 'quantitative' }, text: { field: 'percent', type: 'quantitative', format: '.1%' } },
        },
      ],
    }),
  };
}

/** Every chart of the results, in chapter order. */
export function chartSpecs(results: Results, words: Words, years: { current: string; previous: string | null }): ChartSpec[] {
  const out: ChartSpec[] = [];
  if (results.population) out.push(populationChart(results.population, words, years));
  for (const c of results.characteristics) out.push(characteristicChart(c, words));
  return out;
}
