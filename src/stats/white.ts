/**
 * White's test for heteroscedasticity — Koenker's studentized Breusch–Pagan test on the
 * predictors, their squares and their cross-products, exactly R's
 * `lmtest::bptest(fit, ~ (x1 + … + xk)^2 + I(x1^2) + … + I(xk^2))` (the form reference-lib.R uses).
 *
 * Definition. With e the OLS residuals and Z = [x_j (k), x_j² (k), x_j·x_l for j < l (k(k−1)/2)],
 * in R's model-matrix order (main effects, squares, then interactions):
 *
 *     e² = a₀ + Z·a + u,   W = n·R²_aux,   df = rank([1, Z]) − 1,   p = P(χ²_df ≥ W)
 *
 * Variant and why. This is White's (1980) auxiliary regression with the n·R² statistic; computed
 * as lmtest does it (studentized, e² itself as the response), so the numbers match R. A square
 * that duplicates a column — a 0/1 dummy d has d² = d — or any other exact dependency is dropped
 * the way R's `lm.fit` drops aliased columns (limited pivoting, tolerance 1e-7), and df is the
 * rank, not the column count: with a dummy among k = 4 predictors df = 13, not 14.
 *
 * Preconditions (never throws): residuals and k ≥ 1 predictor columns of length n; every
 * regressor finite. n must exceed the rank for a meaningful test. Constant e² or non-finite values
 * give NaN fields.
 *
 * @example
 * // survey-a (n = 89): residuals of Y on X1, X2, X3 → 9 regressors
 * white(fit.residuals, [X1, X2, X3])
 * // → { statistic: 12.671916059010032, df: 9, p: 0.17802224223503688 }
 * // R: BP = 12.67191605901, df = 9, p-value = 0.178022242235038
 *
 * References: H. White (1980), "A heteroskedasticity-consistent covariance matrix estimator and a
 * direct test for heteroskedasticity", Econometrica 48, 817–838; R. Koenker (1981), J.
 * Econometrics 17, 107–112.
 */
import { studentizedBreuschPagan, type ChiSquareTestResult } from './breusch-pagan.js';
import { chiSquareUpper } from './distributions.js';
import { StatsError } from './errors.js';
import { TALL_N, tallLeastSquares, type Term } from './tall-least-squares.js';

/**
 * The auxiliary regressors of White's test in R's order: x_j, x_j², x_j·x_l (j < l). The x_j are
 * the given columns themselves when they are Float64Arrays (not copied).
 */
export function whiteRegressors(columns: ArrayLike<number>[]): Float64Array[] {
  const k = columns.length;
  const n = k > 0 ? columns[0].length : 0;
  const out: Float64Array[] = columns.map((c) => (c instanceof Float64Array ? c : Float64Array.from(c)));
  const product = (a: Float64Array, b: Float64Array) => {
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = a[i] * b[i];
    return c;
  };
  for (let j = 0; j < k; j++) out.push(product(out[j], out[j]));
  for (let j = 0; j < k; j++) for (let l = j + 1; l < k; l++) out.push(product(out[j], out[l]));
  return out;
}

/** White's regressors as products of the given columns (nothing stored): x_j, x_j², x_j·x_l (j < l). */
export function whiteTerms(columns: ArrayLike<number>[]): Term[] {
  const k = columns.length;
  const terms: Term[] = columns.map((c) => [c]);
  for (let j = 0; j < k; j++) terms.push([columns[j], columns[j]]);
  for (let j = 0; j < k; j++) for (let l = j + 1; l < k; l++) terms.push([columns[j], columns[l]]);
  return terms;
}

/**
 * White's test. Up to TALL_N respondents the auxiliary regression is `ols` on the stored regressors
 * (studentizedBreuschPagan); beyond, its sums of squares come from tallLeastSquares, which forms the
 * squares and cross-products block by block — no k(k+3)/2 columns of n values, no n × p matrix.
 * `tall` forces one way (tests).
 */
export function white(residuals: ArrayLike<number>, columns: ArrayLike<number>[], options: { tall?: boolean } = {}): ChiSquareTestResult {
  if (columns.length === 0) return { statistic: NaN, df: NaN, p: NaN };
  if (columns.some((c) => c.length !== residuals.length)) return { statistic: NaN, df: NaN, p: NaN };
  const n = residuals.length;
  if (!(options.tall ?? n > TALL_N)) return studentizedBreuschPagan(residuals, whiteRegressors(columns), true);
  const e2 = new Float64Array(n);
  for (let i = 0; i < n; i++) e2[i] = residuals[i] * residuals[i];
  try {
    const aux = tallLeastSquares(e2, whiteTerms(columns));
    if (!(aux.tss > 0)) return { statistic: NaN, df: NaN, p: NaN };
    const statistic = (n * aux.ssRegression) / aux.tss;
    const df = aux.rank - 1;
    return { statistic, df, p: chiSquareUpper(statistic, df) };
  } catch (e) {
    if (!(e instanceof StatsError)) throw e;
    return { statistic: NaN, df: NaN, p: NaN };
  }
}
