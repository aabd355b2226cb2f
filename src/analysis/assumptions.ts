/**
 * Section 4.5: the classical assumption tests of the regression, on its unstandardized residuals.
 *
 * - normality: Kolmogorov–Smirnov D with the Lilliefors p (nortest::lillie.test; SPSS ≥ 21) and with
 *   the classic asymptotic p (ks.test exact = FALSE; old SPSS "Asymp. Sig."), Shapiro–Wilk (3 ≤ n ≤ 5000);
 *   the config's `normality` names the deciding test, the others are reported and disagreement noted;
 * - multicollinearity: Tolerance > 0,10 and VIF < 10 for every predictor;
 * - heteroscedasticity: Glejser (|e| on the predictors), Koenker's Breusch–Pagan, White; the config's
 *   `heteroscedasticity` decides;
 * - autocorrelation: Durbin–Watson d, its p (lmtest::dwtest) and the exact bounds dL, dU → five zones;
 * - linearity: SPSS Deviation from Linearity per predictor and Ramsey's RESET (powers 2, 3).
 * The figures are read as numbers too: the residuals' skewness and excess kurtosis (histogram), the
 * largest deviation of the normal P-P plot from its diagonal, and the correlation of |e| with ŷ
 * (a funnel in the scatterplot).
 * With too few residual degrees of freedom or zero residual variance a test is not applicable
 * (`applicable: false`, `reason`), never NaN in the text.
 */
import { Memo } from '../memo.js';
import type { Config } from '../config/types.js';
import { msg } from '../messages/catalog.js';
import { kolmogorovSmirnov, normalDistance } from '../stats/kolmogorov-smirnov.js';
import { lilliefors } from '../stats/lilliefors.js';
import { shapiroWilk } from '../stats/shapiro-wilk.js';
import { glejser } from '../stats/glejser.js';
import { breuschPagan } from '../stats/breusch-pagan.js';
import { white } from '../stats/white.js';
import { durbinWatson } from '../stats/durbin-watson.js';
import { durbinWatsonBoundsOf } from '../stats/durbin-watson-table.js';
import { deviationFromLinearity } from '../stats/deviation-from-linearity.js';
import { reset } from '../stats/reset.js';
import { accurateMean, sampleSd } from '../stats/summation.js';
import { skewnessKurtosis } from '../stats/skewness-kurtosis.js';
import { ppDeviation } from '../stats/pp-deviation.js';
import { pearson } from '../stats/pearson.js';
import { sortedResiduals, sortedStandardized, type ModelAnalysis } from './regression.js';
import type { Warning } from './results.js';

/** dL and dU of the last few (n, k, α): stored or computed (they depend on nothing else; watch rebuilds after a data edit reuse them). */
const boundsFor = new Memo<{ dL: number; dU: number }>(4);

const nn = (x: number): number | null => (Number.isFinite(x) ? x : null);

export type DwDecision = 'none' | 'positive' | 'negative' | 'inconclusive-positive' | 'inconclusive-negative' | 'not-applicable';

/** The five zones of the Durbin–Watson bounds test. */
export function dwDecision(d: number, dL: number, dU: number): DwDecision {
  if (![d, dL, dU].every(Number.isFinite)) return 'not-applicable';
  if (d < dL) return 'positive';
  if (d > 4 - dL) return 'negative';
  if (d > dU && d < 4 - dU) return 'none';
  return d <= dU ? 'inconclusive-positive' : 'inconclusive-negative';
}

export interface AssumptionsResult {
  normality: {
    test: Config['normality'];
    residualMean: number;
    residualSd: number;
    lilliefors: { d: number | null; p: number | null };
    /** D and its asymptotic p; dPlus and dMinus: the one-sided distances (SPSS's Positive and, as −dMinus, Negative). */
    kolmogorovSmirnov: { d: number | null; p: number | null; dPlus: number | null; dMinus: number | null };
    shapiroWilk: { w: number | null; p: number | null; reason: string | null };
    /** p of the deciding test > alpha. null: not applicable. */
    passed: boolean | null;
    /** The tests that could be done do not all agree at alpha. */
    disagree: boolean;
    applicable: boolean;
    /** What the histogram shows: skewness and excess kurtosis of the residuals (SPSS G1, G2) with SEs. */
    shape: { skewness: number | null; skewnessSe: number | null; kurtosis: number | null; kurtosisSe: number | null };
    /** What the P-P plot shows: the largest |observed − expected| and where (expected cumulative probability). */
    pp: { maxDeviation: number | null; deviation: number | null; expected: number | null; observed: number | null };
  };
  multicollinearity: { term: string; tolerance: number | null; vif: number | null; passed: boolean }[];
  multicollinearityPassed: boolean;
  heteroscedasticity: {
    test: Config['heteroscedasticity'];
    glejser: { term: string; b: number | null; se: number | null; beta: number | null; t: number | null; p: number | null; passed: boolean }[];
    /** The (Constant) row of the Glejser regression (SPSS prints it above the predictors). */
    glejserConstant: { b: number | null; se: number | null; t: number | null; p: number | null };
    breuschPagan: { statistic: number | null; df: number | null; p: number | null };
    white: { statistic: number | null; df: number | null; p: number | null };
    passed: boolean | null;
    disagree: boolean;
    applicable: boolean;
    /** What the scatterplot shows: Pearson r of |e| with ŷ (a funnel: r > 0) and its two-tailed p. */
    spread: { r: number | null; p: number | null };
  };
  autocorrelation: {
    durbinWatson: { d: number | null; p: number | null; dL: number | null; dU: number | null; decision: DwDecision; method: string; n: number; k: number };
    passed: boolean | null;
  };
  linearity: {
    deviation: { term: string; f: number | null; df1: number | null; df2: number | null; p: number | null; passed: boolean | null }[];
    reset: { f: number | null; df1: number | null; df2: number | null; p: number | null; passed: boolean | null };
    passed: boolean | null;
  };
}

export function analyseAssumptions(config: Config, model: ModelAnalysis, warnings: Warning[]): AssumptionsResult {
  const { fit, y, columns } = model;
  const alpha = config.alpha;
  const terms = config.model.independents;
  const e = fit.residuals;
  const applicable = !fit.perfectFit && fit.dfResidual > 0;
  const pass = (p: number | null) => (p === null ? null : p > alpha);

  // Normality
  // One sort of the residuals and one K-S distance serve K-S, Lilliefors and the P-P reading.
  const distance = normalDistance(e, sortedResiduals(model));
  const ks = kolmogorovSmirnov(e, distance);
  const li = lilliefors(e, distance);
  const sw = shapiroWilk(e);
  const normP = { lilliefors: nn(li.p), 'kolmogorov-smirnov': nn(ks.p), 'shapiro-wilk': nn(sw.p) };
  const verdicts = Object.values(normP).filter((p): p is number => p !== null).map((p) => p > alpha);
  if (sw.reason === 'n-out-of-range' && e.length > 5000) {
    warnings.push({ code: 'shapiro-wilk-n', section: '4.5', subject: 'shapiroWilk', message: msg(config.language, 'warnShapiroWilkN', { n: e.length }) });
  }
  const normality: AssumptionsResult['normality'] = {
    test: config.normality,
    residualMean: ks.n > 0 ? accurateMean(e) : NaN,
    // The residuals' own sample sd (n − 1), the K-S "Normal Parameters" — not the regression's σ.
    residualSd: sampleSd(e),
    lilliefors: { d: nn(li.d), p: nn(li.p) },
    kolmogorovSmirnov: { d: nn(ks.d), p: nn(ks.p), dPlus: nn(distance.dPlus), dMinus: nn(distance.dMinus) },
    shapiroWilk: { w: nn(sw.w), p: nn(sw.p), reason: sw.reason ?? null },
    passed: applicable ? pass(normP[config.normality]) : null,
    disagree: verdicts.some((v) => v !== verdicts[0]),
    applicable,
    shape: { skewness: null, skewnessSe: null, kurtosis: null, kurtosisSe: null },
    pp: { maxDeviation: null, deviation: null, expected: null, observed: null },
  };
  if (applicable) {
    const sk = skewnessKurtosis(e);
    normality.shape = { skewness: nn(sk.skewness), skewnessSe: nn(sk.skewnessSe), kurtosis: nn(sk.kurtosis), kurtosisSe: nn(sk.kurtosisSe) };
    const pp = ppDeviation(sortedStandardized(model), { sorted: true });
    normality.pp = { maxDeviation: nn(pp.maxDeviation), deviation: nn(pp.deviation), expected: nn(pp.expected), observed: nn(pp.observed) };
  }

  // Multicollinearity
  const multicollinearity = model.regression.coefficients.slice(1).map((c) => ({
    term: c.term,
    tolerance: c.tolerance,
    vif: c.vif,
    passed: c.tolerance !== null && c.vif !== null && c.tolerance > 0.1 && c.vif < 10,
  }));

  // Heteroscedasticity
  const gl = glejser(e, columns, { design: model.design });
  const bp = breuschPagan(e, columns, { design: model.design });
  const wh = white(e, columns);
  const glejserRows = terms.map((term, j) => ({ term, b: nn(gl.b[j]), se: nn(gl.se[j]), beta: nn(gl.beta[j]), t: nn(gl.t[j]), p: nn(gl.p[j]), passed: Number.isFinite(gl.p[j]) ? gl.p[j] > alpha : true }));
  const glejserPassed = glejserRows.every((r) => r.p === null || r.p > alpha);
  const hetVerdicts = [
    glejserRows.some((r) => r.p !== null) ? glejserPassed : null,
    Number.isFinite(bp.p) ? bp.p > alpha : null,
    Number.isFinite(wh.p) ? wh.p > alpha : null,
  ].filter((v): v is boolean => v !== null);
  const decidingHet = config.heteroscedasticity === 'glejser' ? (glejserRows.some((r) => r.p !== null) ? glejserPassed : null) : config.heteroscedasticity === 'breusch-pagan' ? pass(nn(bp.p)) : pass(nn(wh.p));
  const heteroscedasticity: AssumptionsResult['heteroscedasticity'] = {
    test: config.heteroscedasticity,
    glejser: glejserRows,
    glejserConstant: { b: nn(gl.constant.b), se: nn(gl.constant.se), t: nn(gl.constant.t), p: nn(gl.constant.p) },
    breuschPagan: { statistic: nn(bp.statistic), df: nn(bp.df), p: nn(bp.p) },
    white: { statistic: nn(wh.statistic), df: nn(wh.df), p: nn(wh.p) },
    passed: applicable ? decidingHet : null,
    disagree: hetVerdicts.some((v) => v !== hetVerdicts[0]),
    applicable,
    spread: { r: null, p: null },
  };
  if (applicable) {
    const abs = new Float64Array(e.length);
    for (let i = 0; i < abs.length; i++) abs[i] = Math.abs(e[i]);
    const sp = pearson(abs, fit.fitted);
    heteroscedasticity.spread = { r: nn(sp.r), p: nn(sp.p) };
  }

  // Autocorrelation
  const dw = durbinWatson(e, columns, { unscaledCov: fit.unscaledCov });
  const bounds = boundsFor.get(`${fit.n},${terms.length},${alpha}`, () => durbinWatsonBoundsOf(fit.n, terms.length, alpha));
  const decision = applicable ? dwDecision(dw.d, bounds.dL, bounds.dU) : 'not-applicable';
  const autocorrelation: AssumptionsResult['autocorrelation'] = {
    durbinWatson: { d: nn(dw.d), p: nn(dw.p), dL: nn(bounds.dL), dU: nn(bounds.dU), decision, method: dw.method, n: fit.n, k: terms.length },
    passed: decision === 'not-applicable' ? null : decision === 'none',
  };

  // Linearity
  const deviation = terms.map((term, j) => {
    const r = deviationFromLinearity(y, columns[j]);
    return { term, f: nn(r.f), df1: nn(r.df1), df2: nn(r.df2), p: nn(r.p), passed: pass(nn(r.p)) };
  });
  const rs = reset(y, columns, { fit });
  const resetRow = { f: nn(rs.f), df1: nn(rs.df1), df2: nn(rs.df2), p: nn(rs.p), passed: pass(nn(rs.p)) };
  const devVerdicts = deviation.map((d) => d.passed).filter((v): v is boolean => v !== null);
  const linearity: AssumptionsResult['linearity'] = {
    deviation,
    reset: resetRow,
    passed: !applicable ? null : devVerdicts.length ? devVerdicts.every(Boolean) : resetRow.passed,
  };

  return {
    normality,
    multicollinearity,
    multicollinearityPassed: multicollinearity.every((m) => m.passed),
    heteroscedasticity,
    autocorrelation,
    linearity,
  };
}
