/**
 * Heteroscedasticity-consistent standard errors HC3 of the regression coefficients, with their
 * t, p and confidence intervals — the robustness check of the t tests when the residuals are not
 * normal or not homoscedastic (R `sandwich::vcovHC(fit, type = "HC3")`, then
 * `lmtest::coeftest(fit, vcov. = …)` and `coefci(fit, vcov. = …)`).
 *
 * Definition. With X = [1, x₁, …, x_k] (n × p), residuals e and leverages hᵢ = xᵢᵀ(XᵀX)⁻¹xᵢ:
 *
 *     V_HC3 = (XᵀX)⁻¹ · Xᵀ diag(eᵢ² / (1 − hᵢ)²) X · (XᵀX)⁻¹            ("sandwich")
 *     se_j  = √V_jj,   t_j = b_j / se_j,   p_j = 2·P(T_{n−p} ≥ |t_j|),
 *     CI_j  = b_j ± t(1 − α/2; n − p) · se_j
 *
 * Variant and why: HC3 (MacKinnon & White 1985) rather than White's HC0 or HC1: dividing each
 * squared residual by (1 − hᵢ)² approximates the jackknife and keeps the test size close to
 * nominal in samples of thesis size (n ≈ 50–200), where HC0 is too liberal (Long & Ervin 2000);
 * it is sandwich's default. t and p use the residual degrees of freedom n − p, as `coeftest` does
 * for an `lm` fit (not the normal distribution).
 *
 * Algorithm: in the centred parametrization X = X_c·T (X_c = [1, x − x̄]) the bread is
 * (X_cᵀX_c)⁻¹ = diag(1/n, S), where S is the predictor block of the fit's (XᵀX)⁻¹ (from the QR
 * of src/stats/ols.ts, never a matrix inversion here); so uᵢ = (1/n, S(xᵢ − x̄)),
 * hᵢ = 1/n + (xᵢ − x̄)ᵀS(xᵢ − x̄) and V_c = Σ wᵢuᵢuᵢᵀ with wᵢ = eᵢ²/(1 − hᵢ)², mapped back by
 * T⁻¹ (intercept row b₀ = a₀ − x̄ᵀa). Centring avoids the cancellation of raw cross-products
 * when a predictor has a large offset (Rupiah). O(n·p²).
 *
 * Preconditions: the fit's residuals, (XᵀX)⁻¹ and b for these columns. A point with leverage 1
 * (within 10ε, as R's `lm.influence` rounds it) makes V undefined: every result is then NaN
 * (R: non-finite standard errors).
 * Numeric kernel: never throws, returns NaN outside its domain.
 *
 * @example
 * // survey-a (n = 89): Y on X1, X2, X3
 * const fit = ols(Y, [X1, X2, X3])
 * const r = hc3([X1, X2, X3], fit.residuals, fit.unscaledCov, fit.b, fit.dfResidual)
 * r.se  // [2.4059356322422114, 0.07831291578936733, 0.0848999314436539, 0.10013939818516006]
 * r.p   // [0.39336734024790143, 4.849318733506396e-13, 0.028362902089713933, 0.026818748904158904]
 * // R sqrt(diag(vcovHC(fit, type = "HC3"))): 2.405935632242197, 0.07831291578936744, 0.0848999314436543, …
 * // R coeftest(fit, vcov. = vcovHC(fit, type = "HC3"))[, 4]: 0.393367340247899, 4.84931873350658e-13, 0.0283629020897147, …
 *
 * References: J. G. MacKinnon & H. White (1985), "Some heteroskedasticity-consistent covariance
 * matrix estimators with improved finite sample properties", J. Econometrics 29, 305–325;
 * J. S. Long & L. H. Ervin (2000), "Using heteroscedasticity consistent standard errors in the
 * linear regression model", The American Statistician 54, 217–224; A. Zeileis (2004),
 * "Econometric computing with HC and HAC covariance matrix estimators", J. Stat. Softw. 11(10).
 */
import { tQuantile, tTwoSided } from './distributions.js';
import { accurateMean } from './summation.js';

export interface Hc3Result {
  /** HC3 covariance of the coefficients, p × p row-major, intercept first. */
  cov: Float64Array;
  se: Float64Array;
  t: Float64Array;
  /** Two-sided p with the residual degrees of freedom. */
  p: Float64Array;
  ciLower: Float64Array;
  ciUpper: Float64Array;
  /** Leverages hᵢ (the diagonal of the hat matrix). */
  leverage: Float64Array;
}

/**
 * HC3 standard errors for the regression of y on `columns` (with intercept), given the fit's
 * `residuals`, `unscaledCov` = (XᵀX)⁻¹ (p × p row-major, intercept first), coefficients `b`, the
 * residual degrees of freedom and the level 1 − alpha of the intervals.
 */
export function hc3(
  columns: ArrayLike<number>[],
  residuals: ArrayLike<number>,
  unscaledCov: ArrayLike<number>,
  b: ArrayLike<number>,
  dfResidual: number,
  alpha = 0.05,
): Hc3Result {
  const k = columns.length;
  const p = k + 1;
  const n = residuals.length;
  const nan = () => new Float64Array(p).fill(NaN);
  const out: Hc3Result = { cov: new Float64Array(p * p).fill(NaN), se: nan(), t: nan(), p: nan(), ciLower: nan(), ciUpper: nan(), leverage: new Float64Array(n).fill(NaN) };
  if (unscaledCov.length !== p * p || b.length !== p || columns.some((c) => c.length !== n) || n <= p) return out;
  for (let i = 0; i < p * p; i++) if (!Number.isFinite(unscaledCov[i])) return out;

  const mean = columns.map((c) => accurateMean(c));
  // S: the predictor block of (XᵀX)⁻¹ = (X_cᵀX_c)⁻¹ restricted to the centred predictors.
  const S = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let c = 0; c < k; c++) S[a * k + c] = unscaledCov[(a + 1) * p + (c + 1)];

  const vc = new Float64Array(p * p); // Σ wᵢ uᵢ uᵢᵀ in the centred parametrization
  const d = new Float64Array(k);
  const u = new Float64Array(p);
  u[0] = 1 / n;
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < k; a++) d[a] = columns[a][i] - mean[a];
    let h = 1 / n;
    for (let a = 0; a < k; a++) {
      let s = 0;
      for (let c = 0; c < k; c++) s += S[a * k + c] * d[c];
      u[a + 1] = s;
      h += d[a] * s;
    }
    // As R's lm.influence: a leverage within 10ε of 1 is 1, and its weight e²/(1 − h)² undefined.
    if (h > 1 - 10 * Number.EPSILON) h = 1;
    out.leverage[i] = h;
    const w = h === 1 ? NaN : (residuals[i] * residuals[i]) / ((1 - h) * (1 - h));
    for (let a = 0; a < p; a++) {
      const wa = w * u[a];
      for (let c = a; c < p; c++) vc[a * p + c] += wa * u[c];
    }
  }
  for (let a = 0; a < p; a++) for (let c = 0; c < a; c++) vc[a * p + c] = vc[c * p + a];

  // Back to the raw parametrization: V = T⁻¹ V_c T⁻ᵀ, T⁻¹ = [[1, −x̄ᵀ], [0, I]].
  const row0 = new Float64Array(p); // (T⁻¹ V_c) row 0
  for (let c = 0; c < p; c++) {
    let s = vc[c];
    for (let a = 0; a < k; a++) s -= mean[a] * vc[(a + 1) * p + c];
    row0[c] = s;
  }
  const V = out.cov;
  for (let a = 1; a < p; a++) for (let c = 1; c < p; c++) V[a * p + c] = vc[a * p + c];
  for (let c = 1; c < p; c++) {
    V[c] = row0[c];
    V[c * p] = row0[c];
  }
  let v00 = row0[0];
  for (let a = 0; a < k; a++) v00 -= row0[a + 1] * mean[a];
  V[0] = v00;

  const q = tQuantile(1 - alpha / 2, dfResidual);
  for (let j = 0; j < p; j++) {
    const se = Math.sqrt(V[j * p + j]);
    out.se[j] = se;
    out.t[j] = b[j] / se;
    out.p[j] = tTwoSided(out.t[j], dfResidual);
    out.ciLower[j] = b[j] - q * se;
    out.ciUpper[j] = b[j] + q * se;
  }
  return out;
}
