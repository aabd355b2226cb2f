/**
 * Breusch–Pagan test for heteroscedasticity, Koenker's studentized form — R
 * `lmtest::bptest(fit)` with its default `studentize = TRUE`.
 *
 * Definition. With e the OLS residuals (n) and Z the auxiliary regressors (by default the
 * model's own predictors), regress e² on Z with an intercept:
 *
 *     e² = a₀ + Z·a + u,     BP = n · R²_aux = n · Σ(ê² − mean e²)² / Σ(e² − mean e²)²
 *     df = rank(Z with intercept) − 1,     p = P(χ²_df ≥ BP)
 *
 * Variant and why. Koenker's studentized statistic (n·R²) is valid without normal errors,
 * which Likert-sum residuals rarely have; the original Breusch–Pagan (1979) statistic
 * ½·SSR of e²/σ̂² is not robust to non-normality. It is lmtest's default, so R users get
 * this number; the chapter reports it as "Breusch–Pagan".
 *
 * Preconditions (never throws): residuals of length n; the predictor columns of the model, each
 * of length n; n > k + 1. Constant e² (e.g. a perfect fit), collinear columns or non-finite
 * values give NaN fields.
 *
 * @example
 * // survey-a (n = 89): residuals of Y on X1, X2, X3
 * breuschPagan(fit.residuals, [X1, X2, X3])
 * // → { statistic: 4.064002656396717, df: 3, p: 0.25463542051200216 }
 * // R bptest(fit): BP = 4.06400265639673, df = 3, p-value = 0.254635420512001
 *
 * References: T. S. Breusch & A. R. Pagan (1979), "A simple test for heteroscedasticity and
 * random coefficient variation", Econometrica 47, 1287–1294; R. Koenker (1981), "A note on
 * studentizing a test for heteroscedasticity", J. Econometrics 17, 107–112; A. Zeileis &
 * T. Hothorn (2002), R News 2(3), 7–10 (lmtest).
 */
import { chiSquareUpper } from './distributions.js';
import { ols, type OlsDesign } from './ols.js';
import { StatsError } from './errors.js';

/** A χ² test: statistic, degrees of freedom, upper-tail p. */
export interface ChiSquareTestResult {
  statistic: number;
  df: number;
  p: number;
}

/**
 * Koenker's n·R² of e² on the given regressors (intercept added). With `dropAliased`, columns
 * that are linear combinations of earlier ones are dropped like R's `lm.fit` and df is the rank − 1
 * (used by White's test); otherwise collinear regressors give NaN.
 */
export function studentizedBreuschPagan(
  residuals: ArrayLike<number>,
  regressors: ArrayLike<number>[],
  dropAliased = false,
  design?: OlsDesign,
): ChiSquareTestResult {
  const n = residuals.length;
  const e2 = new Float64Array(n);
  for (let i = 0; i < n; i++) e2[i] = residuals[i] * residuals[i];
  try {
    const aux = ols(e2, regressors, { onCollinear: dropAliased ? 'drop' : 'throw', refine: 'auto', design });
    if (!(aux.tss > 0)) return { statistic: NaN, df: NaN, p: NaN };
    const statistic = (n * aux.ssRegression) / aux.tss;
    const df = aux.rank - 1;
    return { statistic, df, p: chiSquareUpper(statistic, df) };
  } catch (e) {
    if (!(e instanceof StatsError)) throw e;
    return { statistic: NaN, df: NaN, p: NaN };
  }
}

/**
 * Koenker's studentized Breusch–Pagan test on the model's predictors (lmtest::bptest default).
 * `design`: the model's factorized design (olsDesign of the same columns), to skip factorizing again.
 */
export function breuschPagan(residuals: ArrayLike<number>, columns: ArrayLike<number>[], options: { design?: OlsDesign } = {}): ChiSquareTestResult {
  return studentizedBreuschPagan(residuals, columns, false, options.design);
}
