/**
 * The robustness checks of the t tests (a subsection of 4.7 after the t test): heteroscedasticity-
 * consistent standard errors HC3 (src/stats/hc3.ts) and a seeded pairs bootstrap of the
 * coefficients with percentile intervals (src/stats/bootstrap.ts).
 *
 * When: `robust: auto` (the default) when the deciding normality or heteroscedasticity test
 * rejects its assumption; `always`; or `never`. Not for a perfect fit (no residual variance).
 *
 * The bootstrap refits the model B times, O(B·n·p²); above BOOTSTRAP_BUDGET = n·B it is not run
 * (a warning says so; HC3 is still reported): with thousands of respondents the t tests' normal
 * approximation is sound anyway, and a build should not take minutes.
 */
import type { Config } from '../config/types.js';
import { msg } from '../messages/catalog.js';
import { hc3, type Hc3Result } from '../stats/hc3.js';
import { pairsBootstrap, type BootstrapResult } from '../stats/bootstrap.js';
import type { AssumptionsResult } from './assumptions.js';
import type { ModelAnalysis } from './regression.js';
import type { Warning } from './results.js';

/** The largest n × replicates the bootstrap runs for (≈ 0.25 s on one core with three predictors). */
export const BOOTSTRAP_BUDGET = 10_000_000;

/** results.json `regression.robust` (contract §5). */
export interface RobustResult {
  type: 'HC3';
  coefficients: { term: string; se: number | null; t: number | null; p: number | null; ciLower: number | null; ciUpper: number | null }[];
}

/** results.json `regression.bootstrap` (contract §5), plus the replicates that could not be fitted. */
export interface BootstrapSummary {
  replicates: number;
  seed: number;
  coefficients: { term: string; ciLower: number | null; ciUpper: number | null }[];
  failed: number;
}

export interface RobustAnalysis {
  /** Why the checks ran. */
  reason: 'always' | 'normality' | 'heteroscedasticity' | 'both';
  hc3: Hc3Result;
  robust: RobustResult;
  bootstrap: BootstrapResult | null;
  bootstrapSummary: BootstrapSummary | null;
}

const nn = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function analyseRobust(config: Config, model: ModelAnalysis, assumptions: AssumptionsResult, warnings: Warning[]): RobustAnalysis | null {
  const { fit, y, columns } = model;
  if (config.robust === 'never' || fit.perfectFit || !(fit.dfResidual > 0)) return null;
  const normalityFails = assumptions.normality.passed === false;
  const heteroFails = assumptions.heteroscedasticity.passed === false;
  if (config.robust === 'auto' && !normalityFails && !heteroFails) return null;
  const reason: RobustAnalysis['reason'] = config.robust === 'always' && !normalityFails && !heteroFails ? 'always' : normalityFails && heteroFails ? 'both' : normalityFails ? 'normality' : 'heteroscedasticity';
  const lang = config.language;
  const terms = ['(Constant)', ...config.model.independents];

  const h = hc3(columns, fit.residuals, fit.unscaledCov, fit.b, fit.dfResidual, config.alpha);
  if (![...h.se].every(Number.isFinite)) warnings.push({ code: 'hc3-undefined', section: '4.7', message: msg(lang, 'warnHc3Undefined') });
  const robust: RobustResult = {
    type: 'HC3',
    coefficients: terms.map((term, j) => ({ term, se: nn(h.se[j]), t: nn(h.t[j]), p: nn(h.p[j]), ciLower: nn(h.ciLower[j]), ciUpper: nn(h.ciUpper[j]) })),
  };

  const { replicates, seed } = config.bootstrap;
  let bootstrap: BootstrapResult | null = null;
  let bootstrapSummary: BootstrapSummary | null = null;
  if (fit.n * replicates > BOOTSTRAP_BUDGET) {
    warnings.push({ code: 'bootstrap-skipped', section: '4.7', message: msg(lang, 'warnBootstrapSkipped', { n: fit.n, replicates, max: Math.floor(BOOTSTRAP_BUDGET / fit.n) }) });
  } else {
    bootstrap = pairsBootstrap(y, columns, { replicates, seed, alpha: config.alpha });
    if (bootstrap.failed > 0) warnings.push({ code: 'bootstrap-failed', section: '4.7', message: msg(lang, 'warnBootstrapFailed', { failed: bootstrap.failed, replicates }) });
    const b = bootstrap;
    bootstrapSummary = { replicates, seed, coefficients: terms.map((term, j) => ({ term, ciLower: nn(b.ciLower[j]), ciUpper: nn(b.ciUpper[j]) })), failed: b.failed };
  }
  return { reason, hc3: h, robust, bootstrap, bootstrapSummary };
}
