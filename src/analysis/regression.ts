/**
 * Sections 4.6–4.8: the multiple regression of the dependent score on the independent scores
 * (OLS by pivoted Householder QR, src/stats/ols.ts), the dominant variable and the
 * effective/relative contributions. The hypothesis tests are in hypotheses.ts, the robustness
 * checks in robust.ts.
 */
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { msg } from '../messages/catalog.js';
import { fQuantile, tQuantile } from '../stats/distributions.js';
import type { BootstrapSummary, RobustResult } from './robust.js';
import { CollinearityError, IllConditionedError, TooFewObservationsError } from '../stats/errors.js';
import { ols, olsDesign, type OlsDesign, type OlsFit } from '../stats/ols.js';
import { standardizedCoefficients } from '../stats/standardized-coefficients.js';
import { collinearity } from '../stats/collinearity.js';
import { partialPartCorrelations } from '../stats/partial-part-correlation.js';
import { pearsonR } from '../stats/pearson.js';
import { sortedCopy } from '../stats/kolmogorov-smirnov.js';
import type { Warning } from './results.js';
import type { Scores } from './scores.js';

export interface Coefficient {
  term: string;
  label: string | null;
  b: number;
  se: number;
  beta: number | null;
  t: number | null;
  p: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  tolerance: number | null;
  vif: number | null;
  /** Zero-order (Pearson) r with the dependent. */
  zeroOrder: number | null;
  partial: number | null;
  part: number | null;
}

export interface RegressionResult {
  dependent: string;
  independents: string[];
  n: number;
  k: number;
  coefficients: Coefficient[];
  r: number;
  r2: number;
  adjR2: number;
  seEstimate: number;
  tTable: number;
  fTable: number;
  anova: {
    ssRegression: number;
    ssResidual: number;
    ssTotal: number;
    dfRegression: number;
    dfResidual: number;
    dfTotal: number;
    msRegression: number;
    msResidual: number;
    f: number | null;
    p: number | null;
  };
  /** All residuals zero: standard errors 0, the tests that need residual variance not applicable. */
  perfectFit: boolean;
  /** 2-norm condition number of the scaled design. */
  condition: number;
  /** HC3 standard errors (robustness check, 4.7); null when not computed. */
  robust: RobustResult | null;
  /** Pairs bootstrap percentile intervals (robustness check, 4.7); null when not computed. */
  bootstrap: BootstrapSummary | null;
}

export interface ModelAnalysis {
  regression: RegressionResult;
  dominant: { term: string; beta: number } | null;
  contribution: { term: string; beta: number; rxy: number; effective: number; relative: number }[];
  /** The fit itself, for the assumption tests and figures (not serialized). */
  fit: OlsFit;
  /** The factorized design [1, X1…Xk], for the auxiliary regressions on the same predictors. */
  design: OlsDesign;
  y: Float64Array;
  columns: Float64Array[];
  /** The residuals in ascending order, sorted once on first use (sortedResiduals). */
  sorted?: Float64Array;
}

/** The model's residuals in ascending order, sorted once (the normality tests and the P-P plot share them). */
export function sortedResiduals(model: ModelAnalysis): Float64Array {
  return (model.sorted ??= sortedCopy(model.fit.residuals));
}

/** The residuals in ascending order divided by σ: exactly the standardized residuals sorted (division by σ > 0 keeps the order). */
export function sortedStandardized(model: ModelAnalysis): Float64Array {
  const sorted = sortedResiduals(model);
  const sigma = model.fit.sigma;
  const z = new Float64Array(sorted.length);
  for (let i = 0; i < z.length; i++) z[i] = sorted[i] / sigma;
  return z;
}

const nn = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function analyseModel(config: Config, scores: Scores, warnings: Warning[]): ModelAnalysis {
  const lang = config.language;
  const { dependent, independents } = config.model;
  const label = (id: string) => config.variables.find((v) => v.id === id)!.label;
  const y = scores.scores.get(dependent)!;
  const columns = independents.map((id) => scores.scores.get(id)!);
  let fit: OlsFit;
  let design: OlsDesign;
  try {
    // Rank tolerance 1e-10 (R's lm: 1e-7): designs as ill-conditioned as NIST's Filip are still solved
    // to ≥ 7 digits by the refined QR, which refuses (IllConditionedError) whatever it cannot get right.
    design = olsDesign(columns, { tol: 1e-10 });
    fit = ols(y, columns, { alpha: config.alpha, tol: 1e-10, design });
  } catch (e) {
    const file = config.configPath;
    if (e instanceof CollinearityError) {
      const terms = e.columns.map((j) => `${independents[j]} (${label(independents[j])})`).join(', ');
      throw new InputError(lang, [{ file, key: 'model.independents', message: msg(lang, 'collinear', { terms }) }]);
    }
    if (e instanceof IllConditionedError) {
      throw new InputError(lang, [{ file, key: 'model.independents', message: msg(lang, 'illConditioned', { cond: e.condition.toExponential(2) }) }]);
    }
    if (e instanceof TooFewObservationsError) {
      throw new InputError(lang, [{ file, key: 'model', message: msg(lang, 'tooFewForModel', { n: e.n, p: e.parameters }) }]);
    }
    throw e;
  }
  const k = independents.length;
  const beta = standardizedCoefficients(fit, y, columns);
  const col = collinearity(columns, fit.perfectFit ? undefined : fit.unscaledCov);
  const pp = partialPartCorrelations(fit);
  const rxy = columns.map((x) => pearsonR(x, y));
  const tTable = tQuantile(1 - config.alpha / 2, fit.dfResidual);
  const fTable = fQuantile(1 - config.alpha, fit.dfRegression, fit.dfResidual);
  if (fit.perfectFit) warnings.push({ code: 'perfect-fit', section: '4.6', message: msg(lang, 'warnPerfectFit') });

  const coefficients: Coefficient[] = [
    {
      term: '(Constant)',
      label: null,
      b: fit.b[0],
      se: fit.se[0],
      beta: null,
      t: nn(fit.t[0]),
      p: nn(fit.p[0]),
      ciLower: nn(fit.ciLower[0]),
      ciUpper: nn(fit.ciUpper[0]),
      tolerance: null,
      vif: null,
      zeroOrder: null,
      partial: null,
      part: null,
    },
    ...independents.map((term, j) => ({
      term,
      label: label(term),
      b: fit.b[j + 1],
      se: fit.se[j + 1],
      beta: nn(beta[j]),
      t: nn(fit.t[j + 1]),
      p: nn(fit.p[j + 1]),
      ciLower: nn(fit.ciLower[j + 1]),
      ciUpper: nn(fit.ciUpper[j + 1]),
      tolerance: nn(col.tolerance[j]),
      vif: nn(col.vif[j]),
      zeroOrder: nn(rxy[j]),
      partial: nn(pp.partial[j]),
      part: nn(pp.part[j]),
    })),
  ];

  const regression: RegressionResult = {
    dependent,
    independents: [...independents],
    n: fit.n,
    k,
    coefficients,
    r: fit.r,
    r2: fit.r2,
    adjR2: fit.adjR2,
    seEstimate: fit.sigma,
    tTable,
    fTable,
    anova: {
      ssRegression: fit.ssRegression,
      ssResidual: fit.rss,
      ssTotal: fit.tss,
      dfRegression: fit.dfRegression,
      dfResidual: fit.dfResidual,
      dfTotal: fit.n - 1,
      msRegression: fit.msRegression,
      msResidual: fit.msResidual,
      f: nn(fit.f),
      p: nn(fit.fP),
    },
    perfectFit: fit.perfectFit,
    condition: fit.condition,
    robust: null,
    bootstrap: null,
  };

  let dominant: ModelAnalysis['dominant'] = null;
  independents.forEach((term, j) => {
    if (Number.isFinite(beta[j]) && (!dominant || Math.abs(beta[j]) > Math.abs(dominant.beta))) dominant = { term, beta: beta[j] };
  });
  const contribution = independents.map((term, j) => {
    const effective = beta[j] * rxy[j] * 100;
    return { term, beta: beta[j], rxy: rxy[j], effective, relative: effective / fit.r2 };
  });

  return { regression, dominant, contribution, fit, design, y, columns };
}
