/**
 * Ramsey's RESET test of the functional form (linearity) of a regression — R
 * `lmtest::resettest(fit)` with its defaults: powers 2 and 3 of the fitted values (type "fitted").
 *
 * Definition. With ŷ the fitted values of y on X = [1, x₁, …, x_k] and q = number of powers:
 *
 *     restricted:    y on X                     RSS₀, df = n − k − 1
 *     unrestricted:  y on [X, ŷ², ŷ³]           RSS₁, df₂ = n − (k + 1 + q)
 *     F = ((RSS₀ − RSS₁)/q) / (RSS₁/df₂),   df₁ = q,   p = P(F_{q, df₂} ≥ F)
 *
 * A small p says powers of the fit explain what the linear model missed: the relation is not
 * linear (or a variable is missing).
 *
 * Algorithm and why. Like lmtest, the powers are taken of the fitted values of the *standardized*
 * y, z = (ŷ − ȳ)/sd(y) — the same column space as ŷ², ŷ³ (ŷ is in span X), far better
 * conditioned. RSS₀ − RSS₁ is not formed by subtraction (which loses digits when the powers add
 * little): it is the regression sum of squares of the restricted residuals on [X, z², z³], since
 * those residuals are orthogonal to X; RSS₁ is that regression's residual sum of squares. df
 * follow lmtest (q counts the powers, even if one is aliased, which is then dropped as in lm.fit).
 *
 * Preconditions (never throws): y and k predictor columns of length n > k + 1 + q, finite, not
 * collinear; `fit`, if given, must be the OLS fit of y on these columns (it saves one
 * regression). Otherwise, or for a perfect fit, the fields are NaN.
 *
 * @example
 * // survey-a (n = 89): Y on X1, X2, X3
 * reset(Y, [X1, X2, X3])
 * // → { f: 0.16267669539127474, df1: 2, df2: 83, p: 0.8501362176138308 }
 * // R resettest(fit): RESET = 0.162676695391283, df1 = 2, df2 = 83, p-value = 0.850136217613823
 *
 * References: J. B. Ramsey (1969), "Tests for specification errors in classical linear
 * least-squares regression analysis", JRSS B 31, 350–371; A. Zeileis & T. Hothorn (2002),
 * R News 2(3), 7–10 (lmtest `resettest`).
 */
import { fUpper } from './distributions.js';
import { ols, type OlsFit } from './ols.js';
import { StatsError } from './errors.js';
import { accurateMean, sampleSd } from './summation.js';
import { TALL_N, tallLeastSquares } from './tall-least-squares.js';

/** An F test: statistic, numerator and denominator df, upper-tail p. */
export interface FTestResult {
  f: number;
  df1: number;
  df2: number;
  p: number;
}

export interface ResetOptions {
  /** Powers of the fitted values; default [2, 3] (lmtest's `power = 2:3`). */
  power?: number[];
  /** The OLS fit of y on the columns, if already computed. */
  fit?: Pick<OlsFit, 'fitted' | 'residuals' | 'perfectFit'>;
  /**
   * The auxiliary regression by tallLeastSquares (sums of squares only, the powers formed block by
   * block) instead of `ols`; default beyond TALL_N rows.
   */
  tall?: boolean;
}

function meanSd(a: ArrayLike<number>): [number, number] {
  return [accurateMean(a), sampleSd(a)];
}

export function reset(y: ArrayLike<number>, columns: ArrayLike<number>[], options: ResetOptions = {}): FTestResult {
  const power = options.power ?? [2, 3];
  const n = y.length;
  const k = columns.length;
  const q = power.length;
  const df1 = q;
  const df2 = n - (k + 1 + q);
  const nan: FTestResult = { f: NaN, df1, df2, p: NaN };
  if (q === 0 || !(df2 > 0)) return nan;
  try {
    const fit = options.fit ?? ols(y, columns);
    if (fit.perfectFit) return nan;
    const [ybar, sy] = meanSd(y);
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) z[i] = (fit.fitted[i] - ybar) / sy;
    if (options.tall ?? n > TALL_N) {
      const aux = tallLeastSquares(fit.residuals, [...columns.map((c) => [c]), ...power.map((pw) => Array.from({ length: pw }, () => z))]);
      const f = (aux.ssRegression / df1) / (aux.rss / df2);
      return { f, df1, df2, p: fUpper(f, df1, df2) };
    }
    const extra = power.map((pw) => {
      const c = new Float64Array(n);
      for (let i = 0; i < n; i++) c[i] = z[i] ** pw;
      return c;
    });
    const aux = ols(fit.residuals, [...columns, ...extra], { onCollinear: 'drop' });
    const f = (aux.ssRegression / df1) / (aux.rss / df2);
    return { f, df1, df2, p: fUpper(f, df1, df2) };
  } catch (e) {
    if (!(e instanceof StatsError)) throw e;
    return nan;
  }
}
