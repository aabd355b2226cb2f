/**
 * SPSS's "Residuals Statistics" table of a regression: minimum, maximum, mean and standard
 * deviation of the predicted values, the residuals, the standardized predicted values and the
 * standardized residuals (R: `summary()`/`sd()` of `fitted(fit)`, `resid(fit)`,
 * `scale(fitted(fit))` and `resid(fit) / sigma(fit)`).
 *
 * Definitions (n respondents, p = k + 1 coefficients, σ̂ = √(RSS / (n − p))):
 *
 *     predicted      ŷᵢ
 *     residual       eᵢ = yᵢ − ŷᵢ
 *     stdPredicted   (ŷᵢ − mean ŷ) / sd(ŷ)             (ZPRED: mean 0, sd 1)
 *     stdResidual    eᵢ / σ̂                             (ZRESID: sd √((n − p)/(n − 1)), a little below 1)
 *
 * each summarised by min, max, mean (compensated sum) and the sample sd (divisor n − 1), as SPSS
 * prints them. The residuals' mean is 0 up to rounding (about 1e-15 relative to y).
 *
 * Variant and why: the standardized residual divides by the regression's σ̂ (SPSS ZRESID), not by
 * the residuals' own sd, so that |ZRESID| > 3 flags an outlier on the scale of the model's error.
 *
 * Preconditions (never throws): fitted and residuals of equal length n ≥ 2; σ̂ > 0 for the
 * standardized residuals (a perfect fit gives NaN there), sd(ŷ) > 0 for the standardized
 * predicted values (NaN otherwise).
 *
 * @example
 * // survey-a: Y on X1, X2, X3 (σ̂ = 3.1819189346228263)
 * residualStatistics(fit.fitted, fit.residuals, fit.sigma).stdResidual
 * // → { min: -2.3794673338509273, max: 2.344759336954295, mean: -2.3e-17, sd: 0.9828067413836205 }
 * // R: summary(resid(fit) / sigma(fit)), sd(…): -2.37946733385093, 2.3447593369543, 0.98280674138362
 *
 * Reference: SPSS Statistics Algorithms, "REGRESSION: Residuals statistics".
 */
import { accurateMean, sampleSd } from './summation.js';

export interface Summary {
  min: number;
  max: number;
  mean: number;
  sd: number;
}

export interface ResidualStatistics {
  predicted: Summary;
  residual: Summary;
  stdPredicted: Summary;
  stdResidual: Summary;
}

function summary(x: ArrayLike<number>): Summary {
  if (x.length === 0) return { min: NaN, max: NaN, mean: NaN, sd: NaN };
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i])) return { min: NaN, max: NaN, mean: NaN, sd: NaN };
    min = Math.min(min, x[i]);
    max = Math.max(max, x[i]);
  }
  return { min, max, mean: accurateMean(x), sd: x.length > 1 ? sampleSd(x) : NaN };
}

export function residualStatistics(fitted: ArrayLike<number>, residuals: ArrayLike<number>, sigma: number): ResidualStatistics {
  const predicted = summary(fitted);
  const zpred = new Float64Array(fitted.length);
  for (let i = 0; i < zpred.length; i++) zpred[i] = predicted.sd > 0 ? (fitted[i] - predicted.mean) / predicted.sd : NaN;
  const zresid = new Float64Array(residuals.length);
  for (let i = 0; i < zresid.length; i++) zresid[i] = sigma > 0 ? residuals[i] / sigma : NaN;
  return { predicted, residual: summary(residuals), stdPredicted: summary(zpred), stdResidual: summary(zresid) };
}
