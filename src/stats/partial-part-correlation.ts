/**
 * Partial and part (semipartial) correlations of each predictor with y, from its t statistic —
 * the "Partial" and "Part" columns of SPSS's Coefficients table ("Correlations").
 *
 * Definition. With t_j the OLS t of predictor j, df = n − k − 1 the residual df and R² the model's:
 *
 *     partial r_j = t_j / √(t_j² + df)          correlation of y and x_j, both with the other
 *                                              predictors partialled out
 *     part r_j    = t_j · √((1 − R²) / df)      correlation of y with the part of x_j not explained
 *                                              by the others; part² = the drop in R² without x_j
 *
 * These identities are exact (they follow from t_j² = df·(R² − R²₍₋ⱼ₎)/(1 − R²)); they are how
 * reference-lib.R computes them, and they agree with SPSS. The sign is that of b_j.
 *
 * Preconditions (never throws): `fit` is an `OlsFit` (t has k + 1 entries, intercept first).
 * A perfect fit (t NaN), an aliased predictor, or df ≤ 0 gives NaN.
 *
 * @example
 * // survey-a (n = 89, df = 85, R² = 0.49376290284235297): Y on X1, X2, X3
 * partialPartCorrelations(ols(Y, [X1, X2, X3]))
 * // → { partial: [0.6073377263059181, 0.20847138100624663, 0.23345435939001566],
 * //     part:    [0.5439313433337921, 0.15166030706005143, 0.17082381649100134] }
 * // R: 0.607337726305918, 0.208471381006247, 0.233454359390016 / 0.543931343333792, …
 *
 * Reference: J. Cohen et al. (2003), Applied Multiple Regression/Correlation Analysis for the
 * Behavioral Sciences, 3rd ed., §3.3 (sr_i, pr_i from t_i).
 */
import type { OlsFit } from './ols.js';

/** Partial and part correlations per predictor (length k, no intercept entry). */
export interface PartialPartResult {
  partial: Float64Array;
  part: Float64Array;
}

export function partialPartCorrelations(fit: Pick<OlsFit, 't' | 'r2' | 'dfResidual'>): PartialPartResult {
  const k = Math.max(fit.t.length - 1, 0);
  const partial = new Float64Array(k).fill(NaN);
  const part = new Float64Array(k).fill(NaN);
  const df = fit.dfResidual;
  if (!(df > 0)) return { partial, part };
  const unexplained = Math.sqrt(Math.max(1 - fit.r2, 0) / df);
  for (let j = 0; j < k; j++) {
    const t = fit.t[j + 1];
    partial[j] = t / Math.sqrt(t * t + df);
    part[j] = t * unexplained;
  }
  return { partial, part };
}
