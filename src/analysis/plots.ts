/**
 * Data for the figures and the appendix that results.json does not state (histograms,
 * scatterplots, the raw data table): aggregated, thinned or capped, so a million respondents make
 * charts and an appendix of the same size as a hundred. Not written to results.json.
 */
import { histogram, histogram2d, type Cell2d, type Histogram } from '../stats/histogram.js';
import { normalLower } from '../stats/distributions.js';
import { accurateMean, sampleSd } from '../stats/summation.js';
import { studentizedResiduals } from '../stats/studentized-residuals.js';
import { sortedStandardized, type ModelAnalysis } from './regression.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../load/dataset.js';
import type { Scores } from './scores.js';
import type { StatisticalTables } from './statistical-tables.js';

/**
 * Up to this many respondents, the scatterplots and the P-P plot show every respondent as a point.
 * Beyond it a cloud of points would be an unreadable blot and an SVG of megabytes, so:
 * - the scatterplots (ZPRED × SRESID, observed × predicted) count the respondents per cell of a
 *   grid of about BINS_X × BINS_Y nice-width cells, drawn shaded by the count (a log scale, so
 *   that a cell of a single outlier stays visible);
 * - the P-P plot shows PP_POINTS residuals evenly spaced in rank order (ranks ⌊j·n/PP_POINTS⌋):
 *   a curve of that many points looks the same as one of a million.
 * Both are deterministic; the size of the figures no longer grows with n.
 */
export const MAX_POINTS = 2000;
export const BINS_X = 30;
export const BINS_Y = 20;
export const PP_POINTS = 200;

export interface PlotData {
  /** Numeric single-column variables: their histogram. */
  histograms: Record<string, Histogram & { mean: number; sd: number }>;
  residuals: ResidualPlots | null;
  /** The data table of the appendix: the first MAX_RAW_ROWS respondents. */
  raw: RawTable;
  /** The appendix's r, t, F and Durbin–Watson tables, the study's own rows marked. */
  tables: StatisticalTables;
}

/** At most this many respondents in the appendix's data table. */
export const MAX_RAW_ROWS = 1000;

export interface RawTable {
  /** Header of each column (items, variable scores, characteristics). */
  columns: { name: string; kind: 'item' | 'score' | 'text' }[];
  /** Cell text as in the data (numbers as numbers). */
  rows: { row: number; cells: (string | number)[] }[];
  /** Respondents in the analysis. */
  total: number;
}

export interface ResidualPlots {
  /** Unstandardized residuals: histogram with the residuals' mean and sd (for the normal curve). */
  histogram: Histogram & { mean: number; sd: number; n: number };
  /** Normal P-P plot of the standardized residuals: expected vs observed cumulative probability. */
  pp: { expected: number; observed: number }[];
  /** ZPRED (x) against SRESID (y); empty when binned. */
  scatter: { zpred: number; sresid: number }[];
  /** Observed y against predicted ŷ; empty when binned. */
  observedPredicted: { observed: number; predicted: number }[];
  /** Beyond MAX_POINTS respondents: both scatterplots as counts per grid cell (x: ZPRED, predicted; y: SRESID, observed). */
  binned: { scatter: Cell2d[]; observedPredicted: Cell2d[] } | null;
}

/** Indices 0…n−1 thinned to at most `max`, evenly spread and deterministic. */
export function thin(n: number, max = MAX_POINTS): Int32Array {
  if (n <= max) return Int32Array.from({ length: n }, (_, i) => i);
  return Int32Array.from({ length: max }, (_, j) => Math.floor((j * n) / max));
}

export function numericHistogram(x: Float64Array, mean: number, sd: number): Histogram & { mean: number; sd: number } {
  return { ...histogram(x), mean, sd };
}

/** The figures of 4.5 and 4.6: every respondent up to MAX_POINTS, binned or spaced beyond (see MAX_POINTS). */
export function residualPlots(model: ModelAnalysis): ResidualPlots | null {
  const { fit, y, columns } = model;
  if (fit.perfectFit || !(fit.sigma > 0)) return null;
  const e = fit.residuals;
  const n = e.length;
  const m = accurateMean(e);
  const sd = sampleSd(e);
  // P-P: the i-th smallest standardized residual has observed cumulative probability i/n (SPSS);
  // expected Φ(zᵢ).
  const z = sortedStandardized(model);
  const large = n > MAX_POINTS;
  const pp = Array.from(thin(n, large ? PP_POINTS : MAX_POINTS), (i) => ({ observed: (i + 1) / n, expected: normalLower(z[i]) }));
  const fitted = fit.fitted;
  const fm = accurateMean(fitted);
  const fsd = sampleSd(fitted);
  const sres = studentizedResiduals(e, columns, fit.unscaledCov, fit.sigma);
  const histogram_ = { ...histogram(e), mean: m, sd, n };
  if (large) {
    const zpred = new Float64Array(n);
    for (let i = 0; i < n; i++) zpred[i] = (fitted[i] - fm) / fsd;
    const binned = {
      scatter: histogram2d(zpred, sres, BINS_X, BINS_Y).cells,
      observedPredicted: histogram2d(fitted, y, BINS_X, BINS_Y).cells,
    };
    return { histogram: histogram_, pp, scatter: [], observedPredicted: [], binned };
  }
  const idx = thin(n);
  return {
    histogram: histogram_,
    pp,
    scatter: Array.from(idx, (i) => ({ zpred: (fitted[i] - fm) / fsd, sresid: sres[i] })),
    observedPredicted: Array.from(idx, (i) => ({ observed: y[i], predicted: fitted[i] })),
    binned: null,
  };
}

/** The appendix's data table: characteristics, item answers as given, and the variable scores. */
export function rawTable(config: Config, data: Dataset, scores: Scores): RawTable {
  const columns: RawTable['columns'] = [];
  const getters: ((i: number) => string | number)[] = [];
  const seen = new Set<string>();
  const addText = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const col = data.columns.get(name)!;
    columns.push({ name, kind: 'text' });
    getters.push(col.kind === 'text' ? (i) => col.levels[col.codes[i]] : (i) => col.values[i]);
  };
  if (config.stratum) addText(config.stratum);
  for (const c of config.characteristics) addText(c.column);
  for (const v of config.variables) {
    for (const it of v.items) {
      seen.add(it.column);
      const x = (data.columns.get(it.column) as { values: Float64Array }).values;
      columns.push({ name: it.column, kind: 'item' });
      getters.push((i) => x[i]);
    }
    const s = scores.scores.get(v.id)!;
    columns.push({ name: v.id, kind: 'score' });
    getters.push((i) => s[i]);
  }
  const count = Math.min(data.n, MAX_RAW_ROWS);
  const rows = Array.from({ length: count }, (_, i) => ({ row: data.rows[i], cells: getters.map((g) => g(i)) }));
  return { columns, rows, total: data.n };
}
