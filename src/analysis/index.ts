/**
 * Config + Dataset → Results, section by section (the shape of results.json).
 * Pure: no I/O. Degenerate but legal data become warnings; impossible analyses throw InputError.
 */
import { Memo } from '../memo.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../load/dataset.js';
import type { PopulationTable } from '../load/population.js';
import { msg } from '../messages/catalog.js';
import { VERSION } from '../version.js';
import type { Results, Warning } from './results.js';
import { analysePopulation, analyseSample } from './sample.js';
import { analyseCharacteristics } from './characteristics.js';
import { computeScores } from './scores.js';
import { describeItems, describeVariables } from './description.js';
import { analyseInstrument } from './instrument.js';
import { numericHistogram, rawTable, residualPlots, type PlotData } from './plots.js';
import { analyseModel } from './regression.js';
import { analyseAssumptions } from './assumptions.js';
import { statisticalTables } from './statistical-tables.js';
import { analyseRobust } from './robust.js';
import { testHypotheses } from './hypotheses.js';
import { analyseDiagnostics } from './diagnostics.js';
import { analyseChecks } from './checks.js';
import { tQuantile } from '../stats/distributions.js';

/** The statistical tables of the last few (n, k) (they depend on nothing else). */
const tablesFor = new Memo<ReturnType<typeof statisticalTables>>(2);

export interface AnalysisInput {
  config: Config;
  data: Dataset;
  population?: PopulationTable;
  inputs: Record<string, string>;
  /** Called as each part of the analysis begins (for a progress line). */
  onStep?: (step: AnalysisStep) => void;
  /**
   * Called as what the figures show is computed, with the Results so far and the plot data so far: a
   * build starts drawing the charts on its worker thread meanwhile. Twice: once the population and
   * the respondents' characteristics are described (their charts), and once the regression is fitted
   * (the rest) — before the assumption tests, the robust and bootstrap fits and the diagnostics.
   */
  onFigures?: (sofar: { results: Results; plots: FigureData }) => void;
}

/** The parts of the analysis, in order. */
export type AnalysisStep = 'checks' | 'description' | 'instrument' | 'regression' | 'assumptions' | 'diagnostics' | 'figures';

/** The plot data the charts draw (chartSpecs): the rest of PlotData feeds tables only. */
export type FigureData = Pick<PlotData, 'histograms' | 'residuals'>;

export interface Analysis {
  results: Results;
  plots: PlotData;
}

export function analyse({ config, data, population, inputs, onStep, onFigures }: AnalysisInput): Analysis {
  const warnings: Warning[] = [];
  const lang = config.language;
  if (config.simulated) warnings.push({ code: 'simulated-data', section: 'data', message: msg(lang, 'warnSimulated') });
  if (data.dropped > 0) warnings.push({ code: 'listwise', section: 'data', message: msg(lang, 'warnListwise', { dropped: data.dropped, n: data.n }) });

  const results: Results = {
    meta: {
      n: data.n,
      alpha: config.alpha,
      language: lang,
      inputs,
      version: VERSION,
      title: config.title,
      rowsRead: data.rowsRead,
      dropped: data.dropped,
      simulated: config.simulated,
    },
    warnings,
    characteristics: [],
  };
  if (population && config.population) {
    results.population = analysePopulation(config, population, warnings);
    results.sample = analyseSample(config, results.population, data, warnings);
  }
  onStep?.('checks');
  results.checks = analyseChecks(config, data, warnings);
  onStep?.('description');
  results.characteristics = analyseCharacteristics(config, data);
  onFigures?.({ results, plots: { histograms: {}, residuals: null } });
  const scores = computeScores(config, data);
  results.items = describeItems(config, scores);
  results.variables = describeVariables(config, scores);
  onStep?.('instrument');
  const instrument = analyseInstrument(config, scores, data.n, warnings);
  results.validity = instrument.validity;
  results.reliability = instrument.reliability;
  results.criticalValues = { r: instrument.rTable };

  onStep?.('regression');
  const model = analyseModel(config, scores, warnings);
  const { regression } = model;
  results.regression = regression;
  const plots: PlotData = {
    histograms: {},
    residuals: residualPlots(model),
    raw: rawTable(config, data, scores),
    // The same n and k give the same tables: a watch rebuild after an edited answer takes them as they were.
    tables: tablesFor.get(`${data.n},${regression.k}`, () => statisticalTables(data.n, regression.k)),
  };
  for (const v of config.variables) {
    if (!v.column) continue;
    const d = results.variables[v.id];
    plots.histograms[v.id] = numericHistogram(scores.scores.get(v.id)!, d.mean, d.sd);
  }
  onFigures?.({ results, plots });
  onStep?.('assumptions');
  results.assumptions = analyseAssumptions(config, model, warnings);
  const robust = analyseRobust(config, model, results.assumptions, warnings);
  regression.robust = robust?.robust ?? null;
  regression.bootstrap = robust?.bootstrapSummary ?? null;
  results.hypotheses = testHypotheses(config, model.fit, robust);
  results.dominant = model.dominant;
  results.contribution = model.contribution;
  onStep?.('diagnostics');
  Object.assign(results, analyseDiagnostics(config, model));
  const oneTailed = results.hypotheses.some((h) => h.tails === 1);
  results.criticalValues.t = {
    value: regression.tTable,
    df: regression.anova.dfResidual,
    alpha: config.alpha,
    oneTailed: oneTailed ? tQuantile(1 - config.alpha, regression.anova.dfResidual) : null,
  };
  results.criticalValues.f = { value: regression.fTable, df1: regression.anova.dfRegression, df2: regression.anova.dfResidual, alpha: config.alpha };

  onStep?.('figures');
  return { results, plots };
}
