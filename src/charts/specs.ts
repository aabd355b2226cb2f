/**
 * Results → Vega-Lite specs, one per figure of the chapter. Words come from the chapter's
 * phrases (language); numbers are formatted by vega with the chapter's locale.
 */
import type { Results, CharacteristicResult, PopulationResult, ItemResult } from '../analysis/results.js';
import type { PlotData, ResidualPlots } from '../analysis/plots.js';
import type { Config } from '../config/types.js';
import type { Cell2d, Histogram } from '../stats/histogram.js';
import { chartIds } from './ids.js';
import { itemCode } from '../messages/item-code.js';
import { PALETTE, withTheme } from './theme.js';

export interface ChartSpec {
  id: string;
  spec: Record<string, unknown>;
}

export type Words = Record<string, string>;

export function populationChart(pop: PopulationResult, words: Words, years: { current: string; previous: string | null }, stratumTitle: string): ChartSpec {
  const values = pop.strata.flatMap((s) => [
    ...(s.previous === null ? [] : [{ stratum: s.stratum, year: years.previous ?? '', count: s.previous }]),
    { stratum: s.stratum, year: years.current, count: s.count },
  ]);
  return {
    id: chartIds.population(),
    spec: withTheme({
      width: 500,
      height: { step: pop.previousColumn ? 11 : 16 },
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'stratum', type: 'nominal', sort: null, title: stratumTitle },
        x: { field: 'count', type: 'quantitative', title: words.count, axis: { format: ',d', tickMinStep: 1 } },
        ...(pop.previousColumn ? { yOffset: { field: 'year', type: 'nominal' } } : {}),
        color: { field: 'year', type: 'nominal', title: words.year, scale: { range: [PALETTE[1], PALETTE[0]] } },
      },
    }),
  };
}

export function characteristicChart(c: CharacteristicResult, words: Words): ChartSpec {
  const values = c.categories.map((k) => ({ label: k.label, count: k.count, percent: k.percent / 100 }));
  const y = { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 280 } };
  return {
    id: chartIds.characteristic(c.column),
    spec: withTheme({
      width: 480,
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

/**
 * Answer distribution of a variable's items as a diverging stacked bar: disagreement to the left of
 * zero, agreement to the right, the middle answer (odd scales) split across zero.
 */
export function distributionChart(variable: string, items: [string, ItemResult][], labels: string[], min: number, words: Words): ChartSpec {
  const k = labels.length;
  const mid = (k - 1) / 2;
  const values: { item: string; answer: string; order: number; x: number; x2: number; percent: number }[] = [];
  for (const [name, it] of items) {
    const pct = labels.map((_, j) => it.percents[String(min + j)] ?? 0);
    let left = 0;
    for (let j = 0; j < k; j++) if (j < mid) left += pct[j];
    if (k % 2 === 1) left += pct[Math.floor(mid)] / 2;
    let x = -left;
    pct.forEach((p, j) => {
      values.push({ item: name, answer: labels[j], order: j, x, x2: x + p, percent: p / 100 });
      x += p;
    });
  }
  return {
    id: chartIds.itemDistribution(variable),
    spec: withTheme({
      width: 500,
      height: { step: 22 },
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'item', type: 'nominal', sort: null, title: words.item },
        x: { field: 'x', type: 'quantitative', title: `${words.percent} (%)`, scale: { domain: [-100, 100] }, axis: { labelExpr: 'abs(datum.value)' } },
        x2: { field: 'x2' },
        color: { field: 'answer', type: 'nominal', title: null, sort: labels, scale: { domain: labels, range: divergingColors(k) }, legend: { columns: Math.min(k, 2), labelLimit: 200 } },
        order: { field: 'order' },
        tooltip: [{ field: 'answer' }, { field: 'percent', format: '.1%' }],
      },
    }),
  };
}

function divergingColors(k: number): string[] {
  const base = ['#b2182b', '#ef8a62', '#fddbc7', '#d9d9d9', '#d1e5f0', '#67a9cf', '#2166ac'];
  if (k === 5) return ['#b2182b', '#ef8a62', '#d9d9d9', '#67a9cf', '#2166ac'];
  if (k === 4) return ['#b2182b', '#ef8a62', '#67a9cf', '#2166ac'];
  if (k <= 7) return base.slice((7 - k) >> 1, ((7 - k) >> 1) + k);
  return Array.from({ length: k }, (_, j) => (j < k / 2 ? '#ef8a62' : '#67a9cf'));
}

/** Histogram of a numeric variable (e.g. income) with its classes. */
export function histogramChart(id: string, h: Histogram, title: string, words: Words): ChartSpec {
  return {
    id,
    spec: withTheme({
      width: 480,
      height: 220,
      data: { values: h.bins },
      mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
      encoding: {
        x: { field: 'x0', type: 'quantitative', bin: { binned: true, step: h.width }, title, axis: { format: ',~r', labelOverlap: true } },
        x2: { field: 'x1' },
        y: { field: 'count', type: 'quantitative', title: words.frequency, axis: { tickMinStep: 1 } },
      },
    }),
  };
}

/** The r that decides each item's validity (r hitung, or the corrected item–total r) against the r tabel line. */
export function validityChart(rows: { item: string; r: number; valid: boolean }[], rTable: number, words: Words, corrected = false): ChartSpec {
  return {
    id: chartIds.validity(),
    spec: withTheme({
      width: 480,
      height: { step: 14 },
      layer: [
        {
          data: { values: rows },
          mark: { type: 'bar' },
          encoding: {
            y: { field: 'item', type: 'nominal', sort: null, title: words.item },
            x: { field: 'r', type: 'quantitative', title: corrected ? words.rCorrected : words.rCount, scale: { domain: [Math.min(0, ...rows.map((r) => r.r)), 1] } },
            color: { field: 'valid', type: 'nominal', legend: null, scale: { domain: [true, false], range: [PALETTE[0], PALETTE[2]] } },
          },
        },
        {
          data: { values: [{ rTable, label: `${words.rTable}` }] },
          mark: { type: 'rule', strokeDash: [4, 3], color: '#000' },
          encoding: { x: { field: 'rTable', type: 'quantitative' } },
        },
        {
          data: { values: [{ rTable, label: `${words.rTable}` }] },
          mark: { type: 'text', align: 'left', dx: 3, dy: -4, baseline: 'bottom', fontStyle: 'italic' },
          encoding: { x: { field: 'rTable', type: 'quantitative' }, y: { value: 0 }, text: { field: 'label' } },
        },
      ],
    }),
  };
}

/** Histogram of the unstandardized residuals with the normal curve of their mean and sd. */
export function residualHistogramChart(r: ResidualPlots, words: Words): ChartSpec {
  const h = r.histogram;
  const lo = h.bins[0]?.x0 ?? 0;
  const hi = h.bins.at(-1)?.x1 ?? 1;
  const curve = Array.from({ length: 101 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / 100;
    const z = (x - h.mean) / h.sd;
    return { x, y: (h.n * h.width * Math.exp(-0.5 * z * z)) / (h.sd * Math.sqrt(2 * Math.PI)) };
  });
  return {
    id: chartIds.residualHistogram(),
    spec: withTheme({
      width: 480,
      height: 220,
      layer: [
        {
          data: { values: h.bins },
          mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5, color: PALETTE[1] },
          encoding: {
            x: { field: 'x0', type: 'quantitative', bin: { binned: true, step: h.width }, title: words.residual },
            x2: { field: 'x1' },
            y: { field: 'count', type: 'quantitative', title: words.frequency },
          },
        },
        {
          data: { values: curve },
          mark: { type: 'line', color: PALETTE[0], strokeWidth: 1.5 },
          encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
        },
      ],
    }),
  };
}

/** Normal P-P plot of the standardized residuals (SPSS style). */
export function ppPlotChart(r: ResidualPlots, words: Words): ChartSpec {
  return {
    id: chartIds.ppPlot(),
    spec: withTheme({
      width: 340,
      height: 300,
      layer: [
        {
          data: { values: [{ a: 0 }, { a: 1 }] },
          mark: { type: 'line', color: '#666', strokeDash: [4, 3] },
          encoding: { x: { field: 'a', type: 'quantitative' }, y: { field: 'a', type: 'quantitative' } },
        },
        {
          data: { values: r.pp },
          mark: { type: 'point', size: 14, filled: false, color: PALETTE[0], ...(r.binned ? { aria: false } : {}) },
          encoding: {
            x: { field: 'observed', type: 'quantitative', title: words.observedCum, scale: { domain: [0, 1] } },
            y: { field: 'expected', type: 'quantitative', title: words.expectedCum, scale: { domain: [0, 1] } },
          },
        },
      ],
    }),
  };
}

/**
 * A scatterplot of many respondents as a two-dimensional histogram (plots.ts MAX_POINTS): one
 * rectangle per grid cell holding respondents, shaded by their number on a log scale (a cell of a
 * single respondent stays visible beside one of ten thousand), with its legend.
 */
function binnedLayer(cells: Cell2d[], x: { title: string; zero?: boolean }, y: { title: string; zero?: boolean }, words: Words): Record<string, unknown> {
  const scale = (zero?: boolean) => (zero === false ? { scale: { zero: false } } : {});
  return {
    data: { values: cells },
    // No description per cell for screen readers (aria): hundreds of cells would make the SVG several times larger.
    mark: { type: 'rect', aria: false },
    encoding: {
      x: { field: 'x0', type: 'quantitative', bin: { binned: true }, title: x.title, ...scale(x.zero) },
      x2: { field: 'x1' },
      y: { field: 'y0', type: 'quantitative', bin: { binned: true }, title: y.title, ...scale(y.zero) },
      y2: { field: 'y1' },
      color: {
        field: 'count',
        type: 'quantitative',
        title: words.frequency,
        scale: { type: 'log', range: [PALETTE[1], PALETTE[0]] },
        legend: { format: ',d', tickCount: 4 },
      },
    },
  };
}

/** Scatterplot of ZPRED (x) against SRESID (y), with the zero line. */
export function scatterHeteroChart(r: ResidualPlots, words: Words): ChartSpec {
  const zero = { data: { values: [{ y: 0 }] }, mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { y: { field: 'y', type: 'quantitative' } } };
  if (r.binned) {
    return {
      id: chartIds.scatterHetero(),
      spec: withTheme({ width: 460, height: 260, layer: [binnedLayer(r.binned.scatter, { title: words.zpred }, { title: words.sresid }, words), zero] }),
    };
  }
  return {
    id: chartIds.scatterHetero(),
    spec: withTheme({
      width: 460,
      height: 260,
      layer: [
        zero,
        {
          data: { values: r.scatter },
          mark: { type: 'point', size: 14, filled: true, opacity: 0.7, color: PALETTE[0] },
          encoding: {
            x: { field: 'zpred', type: 'quantitative', title: words.zpred },
            y: { field: 'sresid', type: 'quantitative', title: words.sresid },
          },
        },
      ],
    }),
  };
}

/** Standardized coefficients with their confidence intervals (the CI of B scaled by Beta/B). */
export function coefficientChart(rows: { term: string; beta: number; lower: number; upper: number }[], words: Words): ChartSpec {
  return {
    id: chartIds.coefficients(),
    spec: withTheme({
      width: 440,
      height: { step: 30 },
      data: { values: rows },
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        {
          mark: { type: 'rule', strokeWidth: 1.5, color: PALETTE[1] },
          encoding: { y: { field: 'term', type: 'nominal', sort: null, title: null }, x: { field: 'lower', type: 'quantitative', title: words.beta }, x2: { field: 'upper' } },
        },
        {
          mark: { type: 'point', filled: true, size: 60, color: PALETTE[0] },
          encoding: { y: { field: 'term', type: 'nominal', sort: null }, x: { field: 'beta', type: 'quantitative' } },
        },
      ],
    }),
  };
}

/** Observed against predicted values with the line of equality. */
export function observedPredictedChart(r: ResidualPlots, words: Words): ChartSpec {
  if (r.binned) {
    const cells = r.binned.observedPredicted;
    let lo = Infinity;
    let hi = -Infinity;
    for (const c of cells) {
      lo = Math.min(lo, c.x0, c.y0);
      hi = Math.max(hi, c.x1, c.y1);
    }
    return {
      id: chartIds.observedPredicted(),
      spec: withTheme({
        width: 340,
        height: 300,
        layer: [
          binnedLayer(cells, { title: words.predicted, zero: false }, { title: words.observed, zero: false }, words),
          {
            data: { values: [{ a: lo }, { a: hi }] },
            mark: { type: 'line', color: '#666', strokeDash: [4, 3] },
            encoding: { x: { field: 'a', type: 'quantitative' }, y: { field: 'a', type: 'quantitative' } },
          },
        ],
      }),
    };
  }
  const all = r.observedPredicted.flatMap((p) => [p.observed, p.predicted]);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  return {
    id: chartIds.observedPredicted(),
    spec: withTheme({
      width: 340,
      height: 300,
      layer: [
        {
          data: { values: [{ a: lo }, { a: hi }] },
          mark: { type: 'line', color: '#666', strokeDash: [4, 3] },
          encoding: { x: { field: 'a', type: 'quantitative' }, y: { field: 'a', type: 'quantitative' } },
        },
        {
          data: { values: r.observedPredicted },
          mark: { type: 'point', size: 14, filled: true, opacity: 0.7, color: PALETTE[0] },
          encoding: {
            x: { field: 'predicted', type: 'quantitative', title: words.predicted, scale: { zero: false } },
            y: { field: 'observed', type: 'quantitative', title: words.observed, scale: { zero: false } },
          },
        },
      ],
    }),
  };
}

/** Every chart of the results, in chapter order. */
export function chartSpecs(results: Results, plots: Pick<PlotData, 'histograms' | 'residuals'>, config: Config, words: Words, years: { current: string; previous: string | null }): ChartSpec[] {
  const out: ChartSpec[] = [];
  if (results.population) out.push(populationChart(results.population, words, years, titleCase(config.population!.stratum)));
  // `charts: { characteristics: false, items: false }`: no figure that repeats a table.
  if (config.charts.characteristics) for (const c of results.characteristics) out.push(characteristicChart(c, words));
  const items = Object.entries(results.items ?? {});
  for (const v of config.variables) {
    if (v.items.length > 0) {
      // Items not described yet (the analysis asks for the first charts early): no chart yet.
      if (!config.charts.items || !results.items) continue;
      // Items named as in the chapter's tables (X1_1 → X1.1).
      const own = items.filter(([, it]) => it.variable === v.id).map(([name, it]): [string, ItemResult] => [itemCode(name), it]);
      out.push(distributionChart(v.id, own, config.scale.labels, config.scale.min, words));
    } else if (plots.histograms[v.id]) {
      out.push(histogramChart(chartIds.histogram(v.id), plots.histograms[v.id], v.label, words));
    }
  }
  const validity = Object.entries(results.validity ?? {});
  if (validity.length) {
    // The bars show the r the decision (and their colour) rests on.
    const corrected = config.validity === 'corrected';
    const shown = (v: (typeof validity)[number][1]) => (corrected ? v.correctedR : v.r);
    out.push(validityChart(validity.map(([item, v]) => ({ item: itemCode(item), r: Number.isFinite(shown(v)) ? shown(v) : 0, valid: v.valid })), validity[0][1].rTable, words, corrected));
  }
  if (plots.residuals) {
    out.push(residualHistogramChart(plots.residuals, words), ppPlotChart(plots.residuals, words), scatterHeteroChart(plots.residuals, words));
  }
  const reg = results.regression;
  if (reg && !reg.perfectFit) {
    const rows = reg.coefficients.slice(1).filter((c) => c.beta !== null && c.ciLower !== null && c.ciUpper !== null && c.b !== 0).map((c) => {
      const scale = c.beta! / c.b;
      const a = c.ciLower! * scale;
      const b = c.ciUpper! * scale;
      return { term: c.term, beta: c.beta!, lower: Math.min(a, b), upper: Math.max(a, b) };
    });
    if (rows.length) out.push(coefficientChart(rows, words));
  }
  if (plots.residuals) out.push(observedPredictedChart(plots.residuals, words));
  return out;
}

function titleCase(s: string): string {
  return s.replace(/_+/g, ' ').replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
