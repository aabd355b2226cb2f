/**
 * Internally studentized residuals (SPSS SRESID, R `rstandard`): rᵢ = eᵢ / (σ·√(1 − hᵢᵢ)), with the
 * leverage hᵢᵢ = xᵢᵀ(XᵀX)⁻¹xᵢ from the fit's unscaled covariance (intercept first, row-major).
 * NaN where hᵢᵢ = 1 or σ = 0. O(n·p²).
 *
 * @example for y = (1, 3, 2, 5, 4) on x = (1, 2, 3, 4, 5): h = (0.6, 0.3, 0.2, 0.3, 0.6)
 * → r = (−0.5774, 0.8729, −1.0206, 1.3093, −0.8660)   (R: rstandard(lm(y ~ x)))
 * Reference: Cook & Weisberg (1982), Residuals and Influence in Regression, §2.2.
 */
export function studentizedResiduals(residuals: ArrayLike<number>, columns: ArrayLike<number>[], unscaledCov: ArrayLike<number>, sigma: number): Float64Array {
  const n = residuals.length;
  const p = columns.length + 1;
  const out = new Float64Array(n);
  const x = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    x[0] = 1;
    for (let j = 1; j < p; j++) x[j] = columns[j - 1][i];
    let h = 0;
    for (let a = 0; a < p; a++) {
      let row = 0;
      for (let b = 0; b < p; b++) row += unscaledCov[a * p + b] * x[b];
      h += x[a] * row;
    }
    const d = sigma * Math.sqrt(1 - h);
    out[i] = d > 0 ? residuals[i] / d : NaN;
  }
  return out;
}
