/**
 * Standardized regression coefficients ("Beta" of SPSS's Coefficients table): the slope each
 * predictor would have if y and every predictor were first converted to z-scores.
 *
 * Definition. For the OLS slopes b₁…b_k of y on x₁…x_k (intercept b₀ excluded):
 *
 *     Beta_j = b_j · sd(x_j) / sd(y)
 *
 * with sd the sample standard deviation (n − 1); the (n − 1) cancels, so the ratio is computed as
 * √(Σ(x_j − x̄_j)² / Σ(y − ȳ)²) from compensated two-pass sums. This is how SPSS prints Beta and
 * how reference-lib.R computes it (`b * apply(X, 2, sd) / sd(y)`); it equals the slope of the
 * regression on z-scores and, for one predictor, Pearson's r. The chapter's `dominant` predictor
 * is the largest |Beta|; `contribution` uses Beta·r_xy.
 *
 * Preconditions (never throws): `fit.b` holds k + 1 coefficients, intercept first (an `OlsFit`);
 * `columns` are the k predictors the fit was made with, each as long as y. Otherwise, or when y
 * is constant, every Beta is NaN; an aliased predictor (NaN slope) gets NaN.
 *
 * @example
 * // survey-a (n = 89): Y on X1, X2, X3
 * standardizedCoefficients(ols(Y, [X1, X2, X3]), Y, [X1, X2, X3])
 * // → Float64Array [0.5619820209621667, 0.16858808907986284, 0.19277831641034274]
 * // R (reference-lib.R): 0.561982020962166, 0.168588089079863, 0.192778316410343
 *
 * Reference: J. Cohen, P. Cohen, S. G. West & L. S. Aiken (2003), Applied Multiple
 * Regression/Correlation Analysis for the Behavioral Sciences, 3rd ed., §3.2.
 */
import type { OlsFit } from './ols.js';
import { centredSumOfSquares } from './summation.js';

/** Beta_j = b_j·sd(x_j)/sd(y) for each predictor (length k, no intercept entry). */
export function standardizedCoefficients(
  fit: Pick<OlsFit, 'b'>,
  y: ArrayLike<number>,
  columns: ArrayLike<number>[],
): Float64Array {
  const k = columns.length;
  const out = new Float64Array(k).fill(NaN);
  const n = y.length;
  if (fit.b.length !== k + 1 || n < 2 || columns.some((c) => c.length !== n)) return out;
  const syy = centredSumOfSquares(y);
  if (!(syy > 0)) return out;
  for (let j = 0; j < k; j++) out[j] = fit.b[j + 1] * Math.sqrt(centredSumOfSquares(columns[j]) / syy);
  return out;
}
