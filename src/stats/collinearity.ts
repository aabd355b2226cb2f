/**
 * Multicollinearity diagnostics: tolerance and VIF of each predictor (SPSS "Collinearity
 * Statistics"; R `car::vif(fit)` for a model of numeric predictors).
 *
 * Definition. With R²_j the R² of the regression of x_j on the other predictors (with intercept):
 *
 *     tolerance_j = 1 − R²_j,     VIF_j = 1 / tolerance_j
 *
 * equivalently VIF_j is the j-th diagonal element of the inverse of the predictors' correlation
 * matrix, VIF_j = [(XᵀX)⁻¹]_jj · Σ(x_j − x̄_j)² for X = [1, x₁, …, x_k]; car::vif computes the same
 * number as a ratio of determinants of the correlation matrix of the coefficients.
 *
 * Algorithm and why. The diagonal of (XᵀX)⁻¹ comes from the QR factorization of `ols` (R⁻¹ of the
 * centred, scaled columns — never by inverting a correlation matrix, which squares the condition
 * number): one factorization for all k. When the predictors are exactly collinear (or the design
 * too ill-conditioned to factor), each tolerance is computed instead from its own auxiliary
 * regression with aliased columns dropped, as rss_j / tss_j: a predictor in an exact dependency
 * then gets tolerance 0 and VIF ∞, the others their finite values.
 *
 * Preconditions (never throws): k ≥ 1 columns of equal length n ≥ k + 2, finite values.
 * k = 1 gives tolerance = VIF = 1 (no other predictor; car::vif refuses a one-predictor model,
 * reference-lib.R reports 1). A constant column, or anything outside the domain, gives NaN.
 *
 * @example
 * // survey-a (n = 89): X1, X2, X3
 * collinearity([X1, X2, X3])
 * // → { tolerance: [0.9367923312405042, 0.8092637476138512, 0.7852003323548025],
 * //     vif:       [1.0674724446941148, 1.2356910870510915, 1.2735603371448112] }
 * // R car::vif: 1.06747244469411, 1.23569108705109, 1.27356033714481
 *
 * References: D. A. Belsley, E. Kuh & R. E. Welsch (1980), Regression Diagnostics, Wiley, §3.1;
 * J. Fox & G. Monette (1992), "Generalized collinearity diagnostics", JASA 87, 178–183 (car::vif).
 */
import { ols } from './ols.js';
import { StatsError } from './errors.js';
import { centredSumOfSquares } from './summation.js';

/** Tolerance and VIF per predictor (length k). */
export interface CollinearityResult {
  tolerance: Float64Array;
  vif: Float64Array;
}

/**
 * Tolerance and VIF per predictor. Pass the model's `unscaledCov` ((XᵀX)⁻¹ of a fit on these
 * columns, intercept first) to skip the extra factorization: VIF_j = [(XᵀX)⁻¹]_jj · Σ(x_j − x̄_j)².
 */
export function collinearity(columns: ArrayLike<number>[], unscaledCov?: ArrayLike<number>): CollinearityResult {
  const k = columns.length;
  const tolerance = new Float64Array(k).fill(NaN);
  const vif = new Float64Array(k).fill(NaN);
  if (k === 0) return { tolerance, vif };
  const n = columns[0].length;
  if (columns.some((c) => c.length !== n) || n < k + 2) return { tolerance, vif };
  for (const c of columns) for (let i = 0; i < n; i++) if (!Number.isFinite(c[i])) return { tolerance, vif };
  const css = columns.map((c) => centredSumOfSquares(c));
  if (css.some((v) => !(v > 0))) return { tolerance, vif };
  if (k === 1) {
    tolerance[0] = 1;
    vif[0] = 1;
    return { tolerance, vif };
  }
  // Fast path: one factorization; (XᵀX)⁻¹ does not depend on y, so y = 0 serves (or the caller's).
  try {
    const fit = unscaledCov && unscaledCov.length === (k + 1) ** 2 && Number.isFinite(unscaledCov[0]) ? { unscaledCov } : ols(new Float64Array(n), columns);
    const p = k + 1;
    for (let j = 0; j < k; j++) {
      vif[j] = fit.unscaledCov[(j + 1) * p + (j + 1)] * css[j];
      tolerance[j] = 1 / vif[j];
    }
    return { tolerance, vif };
  } catch (e) {
    if (!(e instanceof StatsError)) throw e;
  }
  // Collinear or ill-conditioned: one auxiliary regression per predictor, aliased columns dropped.
  for (let j = 0; j < k; j++) {
    const others = columns.filter((_, l) => l !== j);
    try {
      const aux = ols(columns[j], others, { onCollinear: 'drop' });
      tolerance[j] = aux.perfectFit ? 0 : aux.rss / aux.tss;
      vif[j] = 1 / tolerance[j];
    } catch (e) {
      if (!(e instanceof StatsError)) throw e;
    }
  }
  return { tolerance, vif };
}
