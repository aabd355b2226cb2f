/**
 * Section 4.7: the hypotheses as the author's chapter II states them, tested.
 *
 * H1 … Hk: the t test of each predictor, in model order; H(k+1): the simultaneous F test.
 *
 * - two-sided (the default, and always without `hypotheses:` in the config): "X berpengaruh
 *   signifikan terhadap Y"; p = 2·P(T ≥ |t|), t tabel = t(1 − α/2; df); accepted when p < α,
 *   whatever the sign.
 * - positive / negative, tested one-tailed (`tails: auto`, the default): p = P(T ≥ t) for a
 *   positive hypothesis, P(T ≤ t) for a negative one; t tabel = t(1 − α; df); accepted when p < α
 *   (which can only happen with the hypothesized sign).
 * - positive / negative with `tails: two`: the two-tailed p and t tabel, accepted when p < α AND
 *   the coefficient has the hypothesized sign (a significant coefficient of the wrong sign does
 *   not support a directional hypothesis).
 *
 * Decisions compare unrounded values. A p within `borderline`·α of α (either side) is marked
 * borderline. When the robustness checks ran (src/analysis/robust.ts), each t hypothesis also
 * carries its decision under HC3 standard errors (the same tails) and under the bootstrap
 * percentile interval (two-sided: the 1 − α interval excludes 0; one-tailed: the α or 1 − α
 * quantile lies on the hypothesized side of 0).
 */
import type { Config, Direction } from '../config/types.js';
import { fQuantile, tLower, tQuantile, tTwoSided } from '../stats/distributions.js';
import type { OlsFit } from '../stats/ols.js';
import type { RobustAnalysis } from './robust.js';

export interface Hypothesis {
  id: string;
  term: string | null;
  test: 't' | 'F';
  direction: Direction;
  /** 1: one-tailed test of a directional hypothesis; 2: two-tailed (and the F test). */
  tails: 1 | 2;
  /** The author's wording from the config, if any. */
  text: string | null;
  statistic: number | null;
  /** p of the test used (one-tailed when tails = 1; the upper tail of F). */
  p: number | null;
  /** The two-tailed p of the coefficient (its "Sig."); for F the same as p. */
  pTwoTailed: number | null;
  /** t tabel of the test used (t(1 − α; df) one-tailed, t(1 − α/2; df) two-tailed), or F tabel. */
  critical: number;
  df: number[];
  /** p < alpha (unrounded), for the test used. */
  significant: boolean;
  /** The coefficient's sign (t tests); null for F. */
  positive: boolean | null;
  /** A directional hypothesis whose coefficient has the hypothesized sign; null when two-sided or F. */
  signMatches: boolean | null;
  accepted: boolean;
  /** false when the test cannot be done (perfect fit). */
  applicable: boolean;
  /** |p − α| ≤ borderline·α. */
  borderline: boolean;
  /** The decision with HC3 standard errors (same tails); null when the robustness checks did not run. */
  robust: { statistic: number; p: number; accepted: boolean } | null;
  /** The decision from the bootstrap percentile bound(s); null when the bootstrap did not run. */
  bootstrap: { lower: number; upper: number; accepted: boolean } | null;
}

const nn = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** p of a t statistic for a hypothesis of this direction and tails. */
function pOf(t: number, df: number, direction: Direction, tails: 1 | 2): number {
  if (tails === 2 || direction === 'two-sided') return tTwoSided(t, df);
  return direction === 'positive' ? tLower(-t, df) : tLower(t, df);
}

function decide(p: number, b: number, alpha: number, direction: Direction, tails: 1 | 2): boolean {
  if (!(p < alpha)) return false;
  if (direction === 'two-sided' || tails === 1) return true;
  return direction === 'positive' ? b > 0 : b < 0;
}

export function testHypotheses(config: Config, fit: OlsFit, robust: RobustAnalysis | null): Hypothesis[] {
  const alpha = config.alpha;
  const df = fit.dfResidual;
  const isBorderline = (p: number) => Number.isFinite(p) && Math.abs(p - alpha) <= config.borderline * alpha;
  const out: Hypothesis[] = config.model.independents.map((term, j) => {
    const spec = config.hypotheses[j];
    const direction = spec.direction;
    const tails: 1 | 2 = direction !== 'two-sided' && config.tails === 'auto' ? 1 : 2;
    const t = fit.t[j + 1];
    const b = fit.b[j + 1];
    const p = pOf(t, df, direction, tails);
    const applicable = Number.isFinite(p);
    const accepted = applicable && decide(p, b, alpha, direction, tails);
    let robustDecision: Hypothesis['robust'] = null;
    let bootDecision: Hypothesis['bootstrap'] = null;
    if (applicable && robust?.hc3) {
      const th = robust.hc3.t[j + 1];
      const ph = pOf(th, df, direction, tails);
      if (Number.isFinite(ph)) robustDecision = { statistic: th, p: ph, accepted: decide(ph, b, alpha, direction, tails) };
    }
    if (applicable && robust?.bootstrap) {
      const bs = robust.bootstrap;
      const [lower, upper] = tails === 1 ? [bs.lowerOneSided[j + 1], bs.upperOneSided[j + 1]] : [bs.ciLower[j + 1], bs.ciUpper[j + 1]];
      if (Number.isFinite(lower) && Number.isFinite(upper)) {
        const acc = direction === 'positive' ? lower > 0 : direction === 'negative' ? upper < 0 : lower > 0 || upper < 0;
        bootDecision = { lower, upper, accepted: acc };
      }
    }
    return {
      id: spec.id,
      term,
      test: 't' as const,
      direction,
      tails,
      text: spec.text ?? null,
      statistic: nn(t),
      p: nn(p),
      pTwoTailed: nn(fit.p[j + 1]),
      critical: tQuantile(tails === 1 ? 1 - alpha : 1 - alpha / 2, df),
      df: [df],
      significant: applicable && p < alpha,
      positive: b > 0,
      signMatches: direction === 'two-sided' ? null : direction === 'positive' ? b > 0 : b < 0,
      accepted,
      applicable,
      borderline: isBorderline(p),
      robust: robustDecision,
      bootstrap: bootDecision,
    };
  });
  const fSpec = config.hypotheses[config.hypotheses.length - 1];
  const fApplicable = Number.isFinite(fit.fP);
  out.push({
    id: fSpec.id,
    term: null,
    test: 'F',
    direction: 'two-sided',
    tails: 2,
    text: fSpec.text ?? null,
    statistic: nn(fit.f),
    p: nn(fit.fP),
    pTwoTailed: nn(fit.fP),
    critical: fQuantile(1 - alpha, fit.dfRegression, df),
    df: [fit.dfRegression, df],
    significant: fApplicable && fit.fP < alpha,
    positive: null,
    signMatches: null,
    accepted: fApplicable && fit.fP < alpha,
    applicable: fApplicable,
    borderline: isBorderline(fit.fP),
    robust: null,
    bootstrap: null,
  });
  return out;
}
