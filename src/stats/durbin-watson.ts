/**
 * Durbin–Watson test for first-order autocorrelation of regression residuals: the statistic d
 * and its p-value, exactly as R `lmtest::dwtest(fit)` (default: alternative "greater", exact
 * p for n < 100 by Pan's algorithm, normal approximation for n ≥ 100).
 *
 * Definition. For OLS residuals e₁…eₙ of y on the design X (n × k, intercept included),
 *
 *     d = Σₜ₌₂ⁿ (eₜ − eₜ₋₁)² / Σₜ₌₁ⁿ eₜ² = e'Ae / e'e,
 *
 * with A the n × n DW difference matrix (diagonal 1, 2, …, 2, 1; off-diagonals −1). Under
 * independent normal errors e = Mε, M = I − X(X'X)⁻¹X', so d = Σ λⱼ zⱼ² / Σ zⱼ² with zⱼ iid N(0,1)
 * and λⱼ the n − k non-zero eigenvalues of MA. Small d means positive autocorrelation; the
 * one-sided p of "greater" (ρ > 0) is P(d_null ≤ d_obs).
 *
 *  - exact (default for n < 100): P(Σ (λⱼ − d) zⱼ² < 0) by Pan's (1968) series in Farebrother's
 *    implementation AS 153 (with Cummins' 1996 fix), `iterations` = 15 terms — lmtest's Fortran
 *    `pan()`, ported line by line. λ are the eigenvalues of the symmetric M·A·M (same non-zero
 *    spectrum as lmtest's M·A), the n − k largest, those ≤ 1e-10 dropped, in decreasing order.
 *    If the result is NaN or outside [0, 1], lmtest falls back to the approximation; so does this.
 *  - normal approximation (default for n ≥ 100): d ~ N(E d, Var d) with lmtest's moments,
 *    P = 2(n − 1) − tr(X'AX(X'X)⁻¹), Q = 2(3n − 4) − 2 tr((AX)'AX(X'X)⁻¹) + tr((X'AX(X'X)⁻¹)²),
 *    E d = P/(n − k), Var d = 2(Q − P·E d)/((n − k)(n − k + 2)).
 *
 * Variant and why. The contract fixes `lmtest::dwtest`'s default, because that is what an R user
 * reproducing a thesis would get; SPSS prints only d, and the chapter compares d with dL, dU
 * (`durbin-watson-bounds.ts`). Pan's series with 15 terms is an approximation to the exact
 * distribution; it is reproduced here, not improved on.
 *
 * Accuracy. Pan's series sums large terms of alternating sign (survey-a: terms up to 1.2e7 for a
 * p of 0.16), so it is ill-conditioned: one ulp of d, or ~1e-14 of eigenvalue rounding, moves p by
 * up to ~1e-8 (for survey-a, R's own p changes by 6e-9 between `eigen(MA)` and `eigen(MAM)`). Fed lmtest's eigenvalues and d, this port returns
 * R's p to ~1e-13; with its own eigenvalues it agrees to ~1e-8 relative (tests: 1e-6). With many
 * eigenvalues (n ≳ 150, only reachable with `exact: true`) the series loses all accuracy — in R
 * too (there R's p varies by 1e-2 with eigenvalue rounding); keep the default there.
 *
 * API. `residuals` are the OLS residuals (the caller's regression); `predictors` the columns of the
 * design WITHOUT the intercept — a column of ones is added inside, so k = predictors.length + 1
 * (dwtest's `k = ncol(model.matrix)`). Residuals are taken as given (d is computed from them);
 * the design only shapes the null distribution.
 *
 * Preconditions. All values finite, every column of length n, X of full column rank, n > k,
 * Σe² > 0, n ≥ 3 (exact) / n ≥ max(5, k) (approximation). Otherwise d and/or p are NaN with
 * `reason`: 'non-finite', 'length-mismatch', 'n-out-of-range', 'zero-variance', 'singular-design'.
 *
 * @example
 * // survey-a (n = 89): residuals of Y on X1, X2, X3
 * durbinWatson(residuals, [x1, x2, x3])
 * // → { d: 1.78592663937725, p: 0.16048993500485856, n: 89, k: 4, method: 'exact', alternative: 'greater' }
 * // R: dwtest(lm(Y ~ X1 + X2 + X3)) → DW = 1.78592663937725, p-value = 0.16048993211575288
 * // (the 2e-8 difference is Pan's ill-conditioning, see "Accuracy")
 *
 * References: J. Durbin & G. S. Watson (1950, 1951), "Testing for serial correlation in least
 * squares regression I, II", Biometrika 37, 409–428; 38, 159–178; J. Pan (1968), "Distribution of
 * the noncircular serial correlation coefficients", Selected Transl. Math. Stat. Prob. 7, 281–291;
 * R. W. Farebrother (1980), "Algorithm AS 153: Pan's procedure for the tail probabilities of the
 * Durbin–Watson statistic", Applied Statistics 29, 224–227 (amended 1984, vol. 33, 363–366);
 * A. Zeileis & T. Hothorn (2002), "Diagnostic checking in regression relationships", R News 2(3),
 * 7–10 (lmtest `dwtest`, `src/pan.f`).
 */
import { Matrix, QrDecomposition, inverse } from 'ml-matrix';
import { symmetricEigenvalues } from './symmetric-eigenvalues.js';
import { normalLower, normalUpper } from './distributions.js';
import { compensatedSum } from './summation.js';

/** Why a result field is NaN. */
export type DurbinWatsonReason =
  | 'non-finite'
  | 'length-mismatch'
  | 'n-out-of-range'
  | 'zero-variance'
  | 'singular-design';

/** Alternative hypothesis, as `dwtest(alternative = …)`. "greater" = positive autocorrelation. */
export type DurbinWatsonAlternative = 'greater' | 'less' | 'two.sided';

export interface DurbinWatsonOptions {
  /** Exact (Pan) p; default n < 100, as lmtest. */
  exact?: boolean;
  /** Default 'greater' (ρ > 0), as lmtest. */
  alternative?: DurbinWatsonAlternative;
  /** Terms of Pan's series; default 15, as lmtest. */
  iterations?: number;
  /**
   * (XᵀX)⁻¹ of the design with the intercept first, row-major ((k+1)², e.g. OlsFit.unscaledCov).
   * With it, the normal approximation (n ≥ 100) needs no n × k matrix: O(n·k²), fast for 10⁶ rows.
   */
  unscaledCov?: ArrayLike<number>;
}

export interface DurbinWatsonResult {
  /** The Durbin–Watson statistic d = Σ(eₜ − eₜ₋₁)² / Σeₜ², 0 ≤ d ≤ 4. */
  d: number;
  /** p-value for `alternative` (default one-sided, positive autocorrelation). */
  p: number;
  /** Number of observations. */
  n: number;
  /** Columns of the design including the intercept. */
  k: number;
  /** How p was computed: 'exact' (Pan) or 'normal' (approximation; also the fallback). */
  method: 'exact' | 'normal';
  alternative: DurbinWatsonAlternative;
  /** Present when d or p is NaN. */
  reason?: DurbinWatsonReason;
}

/**
 * d = Σ(eₜ − eₜ₋₁)² / Σeₜ², as R `sum(diff(res)^2) / sum(res^2)`: squares rounded to double, the
 * sums accumulated in extra precision (R uses long double). This matters more than it seems:
 * Pan's p is so ill-conditioned that one ulp of d moves it by ~1e-8 (see the module comment).
 * NaN for n < 2 or Σe² = 0.
 */
export function durbinWatsonStatistic(e: ArrayLike<number>): number {
  const n = e.length;
  if (n < 2) return NaN;
  const num = new Float64Array(n - 1);
  const den = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    den[t] = e[t] * e[t];
    if (t > 0) {
      const diff = e[t] - e[t - 1];
      num[t - 1] = diff * diff;
    }
  }
  const ss = compensatedSum(den);
  return ss > 0 ? compensatedSum(num) / ss : NaN;
}

/**
 * Pan's procedure (AS 153, Farebrother 1980/1984, Cummins 1996 fix) as lmtest's Fortran `pan`:
 * P(Σ aᵢ uᵢ² < x·Σ uᵢ² + c) for iid standard normal uᵢ, `a` sorted (either order), `terms` = N.
 * lmtest calls it with x = d, c = 0 and a = the eigenvalues of MA.
 */
export function pan(a: ArrayLike<number>, x: number, c = 0, terms = 15): number {
  const m = a.length;
  // 1-based A(0:M) with A(0) = x, as the Fortran.
  const A = new Float64Array(m + 1);
  A[0] = x;
  for (let i = 0; i < m; i++) A[i + 1] = a[i];

  let h: number;
  let k: number;
  let last: number;
  if (A[1] > A[m]) {
    h = m;
    k = -1;
    last = 1;
  } else {
    h = 1;
    k = 1;
    last = m;
  }
  // NU = index of the first A(i) ≥ x, scanning from H to I in steps of K
  let nu = h;
  let found = false;
  for (; k > 0 ? nu <= last : nu >= last; nu += k) {
    if (A[nu] >= x) {
      found = true;
      break;
    }
  }
  if (!found) {
    // all a's below x
    if (c >= 0) return 1;
  }
  if (nu === h && c <= 0) return 0;

  if (k === 1) nu = nu - 1;
  h = m - nu;
  let y = c === 0 ? h - nu : c * (A[1] - A[m]);

  let d: number;
  let j1: number;
  let j2: number;
  let j3: number;
  let j4: number;
  if (y >= 0) {
    d = 2;
    h = nu;
    k = -k;
    j1 = 0;
    j2 = 2;
    j3 = 3;
    j4 = 1;
  } else {
    d = -2;
    nu = nu + 1;
    j1 = m - 2;
    j2 = m - 1;
    j3 = m + 1;
    j4 = m;
  }
  const pin = (2 * Math.atan(1)) / terms;
  let sum = 0.5 * (k + 1);
  let sgn = k / terms;
  const n2 = terms + terms - 1;

  // First integrals; then (second pass, l1 = 0) the second integral.
  for (let l1 = h - 2 * Math.trunc(h / 2); l1 >= 0; l1--) {
    for (let l2 = j2; d > 0 ? l2 <= nu : l2 >= nu; l2 += d) {
      let sum1 = A[j4];
      let prod = A[l2];
      const u = 0.5 * (sum1 + prod);
      const v = 0.5 * (sum1 - prod);
      sum1 = 0;
      for (let i = 1; i <= n2; i += 2) {
        y = u - v * Math.cos(i * pin);
        const num = y - x;
        prod = Math.exp(-c / num);
        for (let kk = 1; kk <= j1; kk++) prod = (prod * num) / (y - A[kk]);
        for (let kk = j3; kk <= m; kk++) prod = (prod * num) / (y - A[kk]);
        sum1 += Math.sqrt(Math.abs(prod));
      }
      sgn = -sgn;
      sum += sgn * sum1;
      j1 += d;
      j3 += d;
      j4 += d;
    }
    if (d === 2) j3 -= 1;
    else j1 += 1;
    j2 = 0;
    nu = 0;
  }
  return sum;
}

/** p of the normal approximation for the alternative (z = (d − mean)/sd). */
function tail(z: number, alternative: DurbinWatsonAlternative): number {
  return alternative === 'greater' ? normalLower(z) : alternative === 'less' ? normalUpper(z) : 2 * normalUpper(Math.abs(z));
}

/** Column-major design with the intercept first: n × k Matrix. */
function designMatrix(predictors: readonly ArrayLike<number>[], n: number): Matrix {
  const k = predictors.length + 1;
  const X = new Matrix(n, k);
  for (let i = 0; i < n; i++) {
    X.set(i, 0, 1);
    for (let j = 1; j < k; j++) X.set(i, j, predictors[j - 1][i]);
  }
  return X;
}

/** True when some column is (numerically) a combination of the previous ones. */
function rankDeficient(X: Matrix, R: Matrix): boolean {
  for (let j = 0; j < X.columns; j++) {
    let norm = 0;
    for (let i = 0; i < X.rows; i++) norm += X.get(i, j) ** 2;
    if (!(Math.abs(R.get(j, j)) > 1e-10 * Math.sqrt(norm))) return true;
  }
  return false;
}

/**
 * Σₗ a[from + l]·b[l] for l = 0 … n − 1, summed in that order. A function of its own, small and
 * called n² times, so that V8 optimizes it after a few hundred calls; the same loop inline in the
 * n³ product ran mostly unoptimized in a build's single call (≈ 10 ms of a cold build).
 */
function dotFrom(a: Float64Array, from: number, b: Float64Array, n: number): number {
  let s = 0;
  for (let l = 0; l < n; l++) s += a[from + l] * b[l];
  return s;
}

/**
 * The n − k largest eigenvalues of M·A·M (> tol), decreasing — lmtest's `ev`. On typed arrays, every
 * sum in ml-matrix's order (mmul: Σₖ over k ascending), so the values are those ml-matrix's own
 * products and EigenvalueDecomposition give, to the last bit (test/stats/symmetric-eigenvalues.test.ts).
 */
export function durbinWatsonEigenvalues(Q: Matrix, tol = 1e-10): number[] {
  const n = Q.rows;
  const k = Q.columns;
  const q = Q.to1DArray(); // row-major n × k
  // M = I − QQ'
  const M = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let l = 0; l < k; l++) s += q[i * k + l] * q[j * k + l];
      M[i * n + j] = -s;
    }
  }
  for (let i = 0; i < n; i++) M[i * n + i] = M[i * n + i] + 1;
  // AM: row t of A·M = −M[t−1] + 2M[t] − M[t+1] (ends: M[0] − M[1], M[n−1] − M[n−2])
  const AM = new Float64Array(n * n);
  for (let t = 0; t < n; t++) {
    for (let j = 0; j < n; j++) {
      let v: number;
      if (t === 0) v = M[j] - M[n + j];
      else if (t === n - 1) v = M[(n - 1) * n + j] - M[(n - 2) * n + j];
      else v = 2 * M[t * n + j] - M[(t - 1) * n + j] - M[(t + 1) * n + j];
      AM[t * n + j] = v;
    }
  }
  // C = M·AM
  const C = new Float64Array(n * n);
  const column = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < n; l++) column[l] = AM[l * n + j];
    for (let i = 0; i < n; i++) C[i * n + j] = dotFrom(M, i * n, column, n);
  }
  // symmetrize away rounding
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) {
      const s = 0.5 * (C[i * n + j] + C[j * n + i]);
      C[i * n + j] = s;
      C[j * n + i] = s;
    }
  const ev = Array.from(symmetricEigenvalues(C, n));
  ev.sort((p, q) => q - p);
  return ev.slice(0, n - k).filter((v) => v > tol);
}

/** lmtest's normal approximation: mean and variance of d under H0 for the design X. */
export function durbinWatsonMoments(X: Matrix, XtXinv: Matrix): { mean: number; variance: number } {
  const cols = Array.from({ length: X.columns }, (_, j) => Float64Array.from(X.getColumn(j)));
  return durbinWatsonMomentsColumns(cols, Float64Array.from(XtXinv.to1DArray()));
}

/**
 * The same moments from the design's columns (intercept column included) and (XᵀX)⁻¹ (k × k,
 * row-major), in O(n·k²) on typed arrays — no n × k matrix object, so a million rows cost
 * milliseconds: P = tr(MA) = 2(n − 1) − tr(XᵀAX·(XᵀX)⁻¹), Q = tr((MA)²) = 2(3n − 4) − 2·tr(XᵀA²X·(XᵀX)⁻¹)
 * + tr((XᵀAX·(XᵀX)⁻¹)²), mean = P/(n − k), variance = 2(Q − P·mean)/((n − k)(n − k + 2)).
 */
export function durbinWatsonMomentsColumns(X: Float64Array[], XtXinv: ArrayLike<number>): { mean: number; variance: number } {
  const k = X.length;
  const n = X[0].length;
  const AX = X.map((x) => {
    const a = new Float64Array(n);
    a[0] = x[0] - x[1];
    a[n - 1] = x[n - 1] - x[n - 2];
    for (let t = 1; t < n - 1; t++) a[t] = 2 * x[t] - x[t - 1] - x[t + 1];
    return a;
  });
  const dot = (u: Float64Array, v: Float64Array) => {
    let s = 0;
    for (let t = 0; t < n; t++) s += u[t] * v[t];
    return s;
  };
  const XAX = new Float64Array(k * k);
  const AXAX = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      XAX[i * k + j] = dot(X[i], AX[j]);
      AXAX[i * k + j] = dot(AX[i], AX[j]);
    }
  const mul = (A: ArrayLike<number>, B: ArrayLike<number>) => {
    const C = new Float64Array(k * k);
    for (let i = 0; i < k; i++) for (let l = 0; l < k; l++) for (let j = 0; j < k; j++) C[i * k + j] += A[i * k + l] * B[l * k + j];
    return C;
  };
  const trace = (A: Float64Array) => {
    let s = 0;
    for (let i = 0; i < k; i++) s += A[i * k + i];
    return s;
  };
  const XAXQ = mul(XAX, XtXinv);
  const P = 2 * (n - 1) - trace(XAXQ);
  const Qs = 2 * (3 * n - 4) - 2 * trace(mul(AXAX, XtXinv)) + trace(mul(XAXQ, XAXQ));
  const mean = P / (n - k);
  const variance = (2 / ((n - k) * (n - k + 2))) * (Qs - P * mean);
  return { mean, variance };
}

/**
 * Durbin–Watson d and p as `lmtest::dwtest` (see the module comment). `predictors` are the design
 * columns without the intercept (added inside).
 */
export function durbinWatson(
  residuals: ArrayLike<number>,
  predictors: readonly ArrayLike<number>[],
  options: DurbinWatsonOptions = {},
): DurbinWatsonResult {
  const n = residuals.length;
  const k = predictors.length + 1;
  const alternative = options.alternative ?? 'greater';
  const iterations = options.iterations ?? 15;
  let exact = options.exact ?? n < 100;
  const fail = (reason: DurbinWatsonReason, d = NaN): DurbinWatsonResult => ({
    d,
    p: NaN,
    n,
    k,
    method: exact ? 'exact' : 'normal',
    alternative,
    reason,
  });

  for (let i = 0; i < n; i++) if (!Number.isFinite(residuals[i])) return fail('non-finite');
  for (const col of predictors) {
    if (col.length !== n) return fail('length-mismatch');
    for (let i = 0; i < n; i++) if (!Number.isFinite(col[i])) return fail('non-finite');
  }
  if (n < 2) return fail('n-out-of-range');
  const d = durbinWatsonStatistic(residuals);
  if (Number.isNaN(d)) return fail('zero-variance');
  if (n < 3 || n <= k) return fail('n-out-of-range', d);

  let p = NaN;
  if (!exact && options.unscaledCov) {
    // The caller's fit already holds (XᵀX)⁻¹: moments straight from the columns.
    if (n < Math.max(5, k)) return fail('n-out-of-range', d);
    const cols = [new Float64Array(n).fill(1), ...predictors.map((c) => (c instanceof Float64Array ? c : Float64Array.from(c)))];
    const { mean, variance } = durbinWatsonMomentsColumns(cols, options.unscaledCov);
    return { d, p: tail((d - mean) / Math.sqrt(variance), alternative), n, k, method: 'normal', alternative };
  }
  const X = designMatrix(predictors, n);
  const qr = new QrDecomposition(X);
  const R = qr.upperTriangularMatrix;
  if (rankDeficient(X, R)) return fail('singular-design', d);

  if (exact) {
    const ev = durbinWatsonEigenvalues(qr.orthogonalMatrix);
    const lower = pan(ev, d, 0, iterations);
    p =
      alternative === 'greater'
        ? lower
        : alternative === 'less'
          ? 1 - lower
          : 2 * Math.min(lower, 1 - lower);
    if (Number.isNaN(p) || p > 1 || p < 0) exact = false; // lmtest's fallback
  }
  if (!exact) {
    if (n < Math.max(5, k)) return fail('n-out-of-range', d);
    const Rinv = inverse(R);
    const XtXinv = Rinv.mmul(Rinv.transpose());
    const { mean, variance } = durbinWatsonMoments(X, XtXinv);
    p = tail((d - mean) / Math.sqrt(variance), alternative);
  }
  return { d, p, n, k, method: exact ? 'exact' : 'normal', alternative };
}
