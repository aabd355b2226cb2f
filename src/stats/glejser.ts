/**
 * Glejser's test for heteroscedasticity: the absolute residuals regressed on the predictors; a
 * significant slope means the spread of the errors changes with that predictor (the test most
 * Indonesian theses report, SPSS: "Coefficients" of ABS_RES on the X's).
 *
 * Definition. With e the OLS residuals of y on x₁…x_k:
 *
 *     |e| = c₀ + c₁x₁ + … + c_k x_k + u      (OLS, intercept included)
 *     t_j = c_j / se(c_j),   p_j = 2·P(T_{n−k−1} ≥ |t_j|)
 *
 * H₀ (homoscedasticity) is kept for predictor j when p_j > α. This is the linear form
 * |e| on x (Glejser 1969 also proposes √x and 1/x), as reference-lib.R does:
 * `summary(lm(abs(resid(fit)) ~ X1 + … + Xk))`.
 *
 * Preconditions (never throws): `residuals` of length n, the same k predictor columns as the
 * fit, n > k + 1. Any failure of the auxiliary regression (collinear predictors, non-finite
 * values) gives NaN fields; zero residuals (a perfect fit) give NaN t and p.
 *
 * @example
 * // survey-a (n = 89): residuals of Y on X1, X2, X3
 * glejser(fit.residuals, [X1, X2, X3])
 * // → t: [0.29597172320657134, -1.2171894743293465, -0.6921905280137657]
 * //   p: [0.7679735576621798, 0.22690073800153465, 0.4907043035995682]
 * // R: 0.295971723206576, -1.21718947432935, -0.692190528013769 / 0.767973557662176, …
 *
 * Reference: H. Glejser (1969), "A new test for heteroskedasticity", JASA 64, 316–323;
 * D. N. Gujarati & D. C. Porter (2009), Basic Econometrics, 5th ed., §11.5.
 */
import { ols, type OlsDesign } from './ols.js';
import { StatsError } from './errors.js';
import { standardizedCoefficients } from './standardized-coefficients.js';

/** Slope, standard error, t and p of each predictor in the regression of |e| (length k). */
export interface GlejserResult {
  /** Per predictor (no intercept): B, Std. Error, t and Sig. of the auxiliary regression. */
  b: Float64Array;
  se: Float64Array;
  t: Float64Array;
  p: Float64Array;
  /** Beta = b_j·sd(x_j)/sd(|e|) per predictor, as SPSS's Standardized Coefficients. */
  beta: Float64Array;
  /** The auxiliary regression's (Constant) row. */
  constant: { b: number; se: number; t: number; p: number };
  /** Residual degrees of freedom of the auxiliary regression (n − k − 1). */
  df: number;
}

/** `design`: the model's factorized design (olsDesign of the same columns), to skip factorizing again. */
export function glejser(residuals: ArrayLike<number>, columns: ArrayLike<number>[], options: { design?: OlsDesign } = {}): GlejserResult {
  const k = columns.length;
  const nan = (): Float64Array => new Float64Array(k).fill(NaN);
  const out: GlejserResult = { b: nan(), se: nan(), t: nan(), p: nan(), beta: nan(), constant: { b: NaN, se: NaN, t: NaN, p: NaN }, df: NaN };
  const abs = new Float64Array(residuals.length);
  for (let i = 0; i < abs.length; i++) abs[i] = Math.abs(residuals[i]);
  try {
    const aux = ols(abs, columns, { design: options.design });
    out.b = aux.b.slice(1);
    out.se = aux.se.slice(1);
    out.t = aux.t.slice(1);
    out.p = aux.p.slice(1);
    out.beta = standardizedCoefficients(aux, abs, columns);
    out.constant = { b: aux.b[0], se: aux.se[0], t: aux.t[0], p: aux.p[0] };
    out.df = aux.dfResidual;
  } catch (e) {
    if (!(e instanceof StatsError)) throw e;
  }
  return out;
}
