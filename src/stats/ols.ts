/**
 * Ordinary least squares with an intercept — the multiple linear regression of the chapter
 * (SPSS "Coefficients", "Model Summary", "ANOVA"; R `summary(lm(y ~ x1 + … + xk))`).
 *
 * Definition. For y (n) and predictors x₁…x_k (n each), with X = [1, x₁, …, x_k] (p = k + 1):
 *
 *     b   = argmin ‖y − Xb‖²                 (intercept b₀ first)
 *     e   = y − Xb,  RSS = Σ eᵢ²,  TSS = Σ (yᵢ − ȳ)²,  SSR = Σ (ŷᵢ − mean ŷ)²
 *     σ²  = RSS / (n − p),  se_j = σ·√[(XᵀX)⁻¹]_jj,  t_j = b_j / se_j,  p_j = 2·P(T_{n−p} ≥ |t_j|)
 *     R²  = SSR / (SSR + RSS)  (R's formula),  adj R² = 1 − (1 − R²)(n − 1)/(n − p)
 *     F   = (SSR/k) / σ²,  P(F_{k, n−p} ≥ F);  CI_j = b_j ± t(1 − α/2; n − p)·se_j
 *
 * Algorithm and why (never the normal equations XᵀX b = Xᵀy, which square the condition number):
 *  1. Each predictor is centred (compensated mean) and scaled to unit norm; the design
 *     M = [1, A] (A the centred, scaled columns) is factorized M·P = Q·R by Householder QR with
 *     R `lm`'s limited column pivoting (LINPACK `dqrdc2`): a column whose norm left after the
 *     previous reflections is below `tol` (default 1e-7, R's) times its own norm is moved to the
 *     end as aliased. X = M·T with T = [[1, mᵀ], [0, diag(s)]], so the factorization of M serves X.
 *  2. Numerical rank < p → `CollinearityError` naming the columns of the dependency (from the
 *     null space of R's predictor block by ml-matrix's SVD), or, with `onCollinear: 'drop'`, the
 *     aliased columns get NaN coefficients like R's `NA` (the df then reflect the rank).
 *  3. κ = σ_max/σ_min of A (SVD of R). When κ > 100, or when the error bound of the plain QR
 *     solution ε·p·(κ + κ²·‖e‖/‖ŷ − ȳ‖) exceeds 1e-12, the solution is improved by Björck's
 *     iterative refinement of the augmented system [I X; Xᵀ 0][e; b] = [y; 0]: the residuals
 *     f = y − e − Xb and g = −Xᵀe are computed in twice the working precision (Dekker TwoProduct,
 *     Knuth TwoSum — Ogita–Rump–Oishi "Dot2") from the ORIGINAL columns, and the correction is
 *     solved with the same QR. Each step gains ~−log₁₀(κ·ε) digits, so it converges to the exact
 *     least-squares solution of the given doubles for any κ ≪ 1/ε; when κ > 1e4 the columns of
 *     (XᵀX)⁻¹ are refined the same way (right-hand side [0; −e_j]). Residuals are then
 *     y − Xb in twice the working precision. κ > 1e11, or refinement that does not converge to
 *     1e-10, → `IllConditionedError`: a fit is never returned silently wrong. (Beyond κ ≈ 1e11
 *     the contraction c·κ·ε is no longer safely below 1 and a stalled direction can look
 *     converged: a degree-8 polynomial with κ = 3e14 "converged" to a solution off by 16%.)
 *  4. (XᵀX)⁻¹ = R⁻¹R⁻ᵀ mapped through T⁻¹ (never by inverting XᵀX); sums of squares use
 *     compensated (Neumaier) summation.
 *
 * Accuracy (test/stats/ols.test.ts), in correct significant digits (LRE) of every coefficient
 * and standard error against the NIST StRD certified values: Longley ≥ 14.3, Norris ≥ 12.7,
 * Wampler1–5 ≥ 13.2 (Wampler1: b exact; Wampler1, 2: se exactly 0). Filip (degree-10 polynomial,
 * κ(X) = 1.8e15, κ(A) = 3.8e9) is refused as collinear at R's tolerance 1e-7, as R's `lm` does;
 * with `tol: 1e-10` it is solved to b ≥ 7.9, se ≥ 8.6 digits — what the double-precision power
 * columns allow (the exact solution for them agrees with NIST to the same ~7.6–7.9 digits).
 * Against exact rational arithmetic on 800 random designs with κ up to 1e11: ≥ 13 digits in b,
 * ≥ 10 in se. Agreement with R on ordinary data: ~1e-13 relative.
 *
 * Degenerate cases. n ≤ k + 1 → `TooFewObservationsError`. A constant predictor is collinear with
 * the intercept. Perfect fit — R's "essentially perfect fit" (summary.lm warns when the residual
 * variance < 1e-30·(mean(ŷ)² + var(ŷ))), RSS = 0, or y constant → correct b, `perfectFit: true`,
 * RSS = σ = se = 0, residuals 0 (ŷ = y), t = p = F = fP = NaN, CI = [b, b], R² = 1 (NaN if y is
 * constant).
 * Non-finite input → `NonFiniteValueError`; unequal lengths → `DimensionMismatchError`.
 *
 * Cost O(n·p²) for the QR plus O(n·p) per refinement step; inputs are not modified (Float64Array
 * columns are read in place, not copied). `olsDesign` factorizes a design once for several responses
 * on the same columns (the model, then |e| for Glejser and e² for Breusch–Pagan): each fit is bit
 * for bit the one computed from scratch.
 *
 * @example
 * // survey-a (n = 89): Y on X1, X2, X3 (sums of 5 Likert items each)
 * const fit = ols(Y, [X1, X2, X3])
 * fit.b      // [-2.0640212262507944, 0.6679317916620194, 0.18935147884398454, 0.22563765508586028]
 * fit.se     // [2.299533076192263, 0.0947666548213771, 0.09635278921673537, 0.10193672532429854]
 * fit.p[1]   // 4.4640101532430583e-10
 * fit.r2     // 0.49376290284235297;  fit.f 27.63517133061875;  fit.fP 1.4364359006717823e-12
 * fit.condition // 1.6764184754925286;  fit.refinementSteps 0
 * // R summary(lm(Y ~ X1 + X2 + X3)): b -2.06402122625079, 0.667931791662019, …; se 2.29953307619226,
 * // 0.0947666548213771, …; p(X1) 4.46401015324309e-10; R² 0.493762902842353; F 27.6351713306187
 *
 * References: G. H. Golub (1965), "Numerical methods for solving linear least squares problems",
 * Numer. Math. 7, 206–216; Å. Björck (1967), "Iterative refinement of linear least squares
 * solutions I", BIT 7, 257–278; Å. Björck (1996), Numerical Methods for Least Squares Problems,
 * SIAM, §1.4, §2.9; J. J. Dongarra et al. (1979), LINPACK Users' Guide, ch. 9 (`dqrdc`; R's
 * `dqrdc2`); T. Ogita, S. M. Rump & S. Oishi (2005), "Accurate sum and dot product", SIAM J. Sci.
 * Comput. 26, 1955–1988; NIST StRD, https://www.itl.nist.gov/div898/strd/lls/lls.shtml.
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { fUpper, tQuantile, tTwoSided } from './distributions.js';
import {
  CollinearityError,
  DimensionMismatchError,
  IllConditionedError,
  NonFiniteValueError,
  TooFewObservationsError,
} from './errors.js';
import { accurateMean, centredSumOfSquares } from './summation.js';

/** Options of {@link ols}. */
export interface OlsOptions {
  /** Significance level of the confidence intervals, CI level 1 − alpha. Default 0.05. */
  alpha?: number;
  /**
   * Rank tolerance: a centred, unit-norm column whose norm left after projecting out the
   * intercept and the previous columns is ≤ tol is aliased. Default 1e-7 (R `lm`).
   */
  tol?: number;
  /**
   * 'throw' (default): exact collinearity throws `CollinearityError`.
   * 'drop': aliased columns are dropped like R's `lm` (their b, se, t, p are NaN, `aliased`
   * marks them, the df reflect the rank) — for auxiliary regressions (White's test).
   */
  onCollinear?: 'throw' | 'drop';
  /**
   * Iterative refinement: 'auto' (default) refines when the condition number exceeds 100 or the
   * error bound of the plain QR solution exceeds 1e-12 (a very poor fit); 'always' refines.
   */
  refine?: 'auto' | 'always';
  /**
   * The factorization of these same columns from {@link olsDesign} (an auxiliary regression on the
   * model's own predictors): used when it takes the same rank decisions at this `tol`, so the fit
   * is bit for bit the one computed from scratch, without factorizing again.
   */
  design?: OlsDesign;
}

/** A factorized design [1, x₁, …, x_k] (see {@link olsDesign}); opaque. */
export interface OlsDesign {
  readonly columns: readonly ArrayLike<number>[];
  /** @internal */
  readonly factor: unknown;
  /** @internal */
  readonly condition: number;
}

/** The fit: a plain record. Coefficient arrays have length k + 1, intercept first. */
export interface OlsFit {
  /** Observations. */
  n: number;
  /** Predictors (columns given, the intercept not counted). */
  k: number;
  /** Coefficients b₀ (intercept), b₁…b_k. NaN for aliased columns ('drop'). */
  b: Float64Array;
  /** Standard errors. 0 for a perfect fit. */
  se: Float64Array;
  /** t = b/se. NaN for a perfect fit. */
  t: Float64Array;
  /** Two-sided p of t with dfResidual degrees of freedom (accurate far tails). */
  p: Float64Array;
  /** Lower confidence limits at level 1 − alpha. */
  ciLower: Float64Array;
  /** Upper confidence limits at level 1 − alpha. */
  ciUpper: Float64Array;
  /** The alpha used for the intervals. */
  alpha: number;
  /** t(1 − alpha/2; dfResidual), the critical t of the intervals (the chapter's "t tabel"). */
  tCritical: number;
  /** Fitted values ŷ = y − e. */
  fitted: Float64Array;
  /** Residuals e = y − Xb (computed in twice the working precision when refined). */
  residuals: Float64Array;
  /** Residual sum of squares Σ e². */
  rss: number;
  /** Total sum of squares Σ (y − ȳ)². */
  tss: number;
  /** Regression sum of squares Σ (ŷ − mean ŷ)² (R's "mss"). */
  ssRegression: number;
  /** rank − 1 (= k at full rank). */
  dfRegression: number;
  /** n − rank (= n − k − 1 at full rank). */
  dfResidual: number;
  /** ssRegression / dfRegression. */
  msRegression: number;
  /** rss / dfResidual (= σ²). */
  msResidual: number;
  /** Overall F = msRegression / msResidual (NaN when k = 0 or perfect fit). */
  f: number;
  /** Upper-tail p of F. */
  fP: number;
  /** Multiple correlation R = √R². */
  r: number;
  /** R² = SSR / (SSR + RSS). */
  r2: number;
  /** Adjusted R². */
  adjR2: number;
  /** σ = √(rss / dfResidual), the standard error of the estimate. */
  sigma: number;
  /**
   * The unscaled covariance (XᵀX)⁻¹, (k + 1) × (k + 1), row-major, intercept first
   * (R `summary(fit)$cov.unscaled`). NaN rows/columns for aliased predictors.
   */
  unscaledCov: Float64Array;
  /** Numerical rank of X (intercept included). */
  rank: number;
  /** Per predictor: aliased (dropped) in 'drop' mode. All false at full rank. */
  aliased: boolean[];
  /**
   * 2-norm condition number of the centred, unit-norm-scaled predictor matrix that the solver
   * factorizes (1 for a single predictor; ≈ √(largest VIF) order of magnitude).
   */
  condition: number;
  /** Refinement steps taken (0: plain QR). */
  refinementSteps: number;
  /**
   * True when the residuals vanish: RSS = 0, y constant, or RSS/dfResidual < 1e-30·(mean ŷ² +
   * var ŷ) (R's "essentially perfect fit"). Then rss = σ = se = 0, the residuals are 0 (ŷ = y)
   * and t, p, f, fP are NaN.
   */
  perfectFit: boolean;
}

// ---------------------------------------------------------------------------------------------
// Error-free transformations (Knuth TwoSum, Dekker TwoProduct) and compensated sums.

const SPLITTER = 134217729; // 2^27 + 1
const EPS = 2 ** -52;

/** Euclidean norm, scaled against overflow. */
function norm2(a: ArrayLike<number>): number {
  let mx = 0;
  for (let i = 0; i < a.length; i++) mx = Math.max(mx, Math.abs(a[i]));
  if (mx === 0) return 0;
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i] / mx;
    s += v * v;
  }
  return mx * Math.sqrt(s);
}

// ---------------------------------------------------------------------------------------------
// The factorization.

interface Factor {
  n: number;
  k: number;
  p: number;
  /** Raw predictor columns (copies). */
  x: Float64Array[];
  /** Means and centred norms of the predictors (the transformation T). */
  mean: Float64Array;
  scale: Float64Array;
  /** Euclidean norms of the raw columns of X (intercept first), for convergence tests. */
  weight: Float64Array;
  /** n × p column-major: Householder vectors on and below the diagonal, R above it. */
  qr: Float64Array;
  /** R's diagonal and vᵀv/2 of each reflector. */
  rdiag: Float64Array;
  vtv: Float64Array;
  /** Position → column of X (0 = intercept, j + 1 = predictor j). */
  perm: Int32Array;
  /** Columns 0..rank−1 of the pivoted design are kept. */
  rank: number;
  /** Predictors constant on their own (centred norm ≤ tol·norm). */
  constant: number[];
  /**
   * Every rank decision taken, as pairs (norm left, norm it is compared with): a column is kept
   * when norm > tol·compared. Another tol takes the same decisions when every pair passes it too.
   */
  decisions: number[];
}

function applyReflector(F: Factor, j: number, v: Float64Array, offset: number): void {
  const { n, qr } = F;
  const vtv = F.vtv[j];
  if (vtv === 0) return;
  const base = j * n;
  let s = 0;
  for (let i = j; i < n; i++) s += qr[base + i] * v[offset + i];
  const f = s / vtv;
  for (let i = j; i < n; i++) v[offset + i] -= f * qr[base + i];
}

/** Householder reflector for position j (column already in place). */
function householder(F: Factor, j: number, nr: number): void {
  const { n, qr, p } = F;
  const base = j * n;
  if (nr === 0) {
    F.rdiag[j] = 0;
    F.vtv[j] = 0;
    return;
  }
  const x0 = qr[base + j];
  const alpha = x0 >= 0 ? -nr : nr;
  qr[base + j] = x0 - alpha;
  F.rdiag[j] = alpha;
  F.vtv[j] = nr * (nr + Math.abs(x0));
  applyToLaterColumns(F, j);
}

/** Rows per block when a reflector is applied to several columns (the reflector's block stays in cache). */
const BLOCK = 4096;

/**
 * Reflector j applied to every later column, exactly as applyReflector column by column (each dot
 * product summed in row order), but in blocks of rows: the reflector is read once per block for
 * all columns instead of twice per column.
 */
function applyToLaterColumns(F: Factor, j: number): void {
  const { n, qr, p } = F;
  const m = p - j - 1;
  if (m <= 0) return;
  const vtv = F.vtv[j];
  const base = j * n;
  const f = new Float64Array(m);
  for (let i0 = j; i0 < n; i0 += BLOCK) {
    const i1 = Math.min(n, i0 + BLOCK);
    for (let l = 0; l < m; l++) {
      const col = (j + 1 + l) * n;
      let s = f[l];
      for (let i = i0; i < i1; i++) s += qr[base + i] * qr[col + i];
      f[l] = s;
    }
  }
  for (let l = 0; l < m; l++) f[l] /= vtv;
  for (let i0 = j; i0 < n; i0 += BLOCK) {
    const i1 = Math.min(n, i0 + BLOCK);
    for (let l = 0; l < m; l++) {
      const col = (j + 1 + l) * n;
      const fl = f[l];
      for (let i = i0; i < i1; i++) qr[col + i] -= fl * qr[base + i];
    }
  }
}

/** Norm of rows from..n−1 of a column of M (entries are O(1): no scaling needed). */
function columnNormFrom(F: Factor, pos: number, from: number): number {
  const { n, qr } = F;
  const base = pos * n;
  let s = 0;
  for (let i = from; i < n; i++) s += qr[base + i] * qr[base + i];
  return Math.sqrt(s);
}

/** Moves the column at position `from` to position `to` (> from), shifting the ones between left. */
function rotateColumn(F: Factor, from: number, to: number, orig: Float64Array): void {
  const { n, qr, perm } = F;
  const tmp = qr.slice(from * n, (from + 1) * n);
  qr.copyWithin(from * n, (from + 1) * n, (to + 1) * n);
  qr.set(tmp, to * n);
  const pv = perm[from];
  const ov = orig[from];
  for (let c = from; c < to; c++) {
    perm[c] = perm[c + 1];
    orig[c] = orig[c + 1];
  }
  perm[to] = pv;
  orig[to] = ov;
}

function factorize(x: Float64Array[], n: number, tol: number): Factor {
  const k = x.length;
  const p = k + 1;
  const mean = new Float64Array(k);
  const scale = new Float64Array(k);
  const weight = new Float64Array(p);
  weight[0] = Math.sqrt(n);
  const constant: number[] = [];
  for (let j = 0; j < k; j++) {
    const col = x[j];
    mean[j] = accurateMean(col);
    scale[j] = Math.sqrt(centredSumOfSquares(col, mean[j]));
    weight[j + 1] = norm2(col);
    if (!(scale[j] > tol * weight[j + 1]) || scale[j] === 0) constant.push(j);
  }
  const decisions: number[] = [];
  for (let j = 0; j < k; j++) decisions.push(scale[j], weight[j + 1]);
  const qr = new Float64Array(n * p);
  qr.fill(1, 0, n);
  const perm = new Int32Array(p);
  perm[0] = 0;
  // Non-constant predictors first (in order), constant ones at the end (aliased from the start).
  let pos = 1;
  const order: number[] = [];
  for (let j = 0; j < k; j++) if (!constant.includes(j)) order.push(j);
  for (const j of constant) order.push(j);
  for (const j of order) {
    const col = x[j];
    const m = mean[j];
    const inv = scale[j] > 0 ? 1 / scale[j] : 1;
    const base = pos * n;
    for (let i = 0; i < n; i++) qr[base + i] = (col[i] - m) * inv;
    perm[pos] = j + 1;
    pos++;
  }
  const F: Factor = {
    n, k, p, x, mean, scale, weight, qr,
    rdiag: new Float64Array(p),
    vtv: new Float64Array(p),
    perm,
    rank: 0,
    constant,
    decisions,
  };
  // Norms of the columns of M before any reflection: √n for the intercept, 1 for the scaled ones.
  const orig = new Float64Array(p).fill(1);
  orig[0] = Math.sqrt(n);
  let active = p - constant.length;
  let j = 0;
  while (j < active) {
    if (j >= n) {
      active = j;
      break;
    }
    const nr = columnNormFrom(F, j, j);
    if (j > 0) decisions.push(nr, orig[j]);
    if (j > 0 && !(nr > tol * orig[j])) {
      if (j < active - 1) rotateColumn(F, j, active - 1, orig);
      active--;
      continue;
    }
    householder(F, j, nr);
    j++;
  }
  F.rank = active;
  return F;
}

/** Completes the factorization over the aliased positions (for the diagnosis of a dependency). */
function completeFactorization(F: Factor): void {
  for (let j = F.rank; j < Math.min(F.n, F.p); j++) householder(F, j, columnNormFrom(F, j, j));
}

/** R's predictor block (positions 1..m−1) as an ml-matrix Matrix. */
function predictorBlock(F: Factor, m: number): Matrix {
  const { n, qr, rdiag } = F;
  const d = m - 1;
  const R = new Matrix(d, d);
  for (let a = 0; a < d; a++) {
    R.set(a, a, rdiag[a + 1]);
    for (let b = a + 1; b < d; b++) R.set(a, b, qr[(b + 1) * n + (a + 1)]);
  }
  return R;
}

function conditionNumber(F: Factor): number {
  if (F.rank <= 2) return 1;
  const svd = new SingularValueDecomposition(predictorBlock(F, F.rank), {
    computeLeftSingularVectors: false,
    computeRightSingularVectors: false,
  });
  const d = svd.diagonal;
  const mx = Math.max(...d);
  const mn = Math.min(...d);
  return mn > 0 ? mx / mn : Infinity;
}

/** The predictors taking part in the dependencies: support of the numerical null space of R. */
function dependentColumns(F: Factor): number[] {
  completeFactorization(F);
  const svd = new SingularValueDecomposition(predictorBlock(F, F.p), { computeLeftSingularVectors: false });
  const sv = svd.diagonal;
  const V = svd.rightSingularVectors;
  const d = F.p - 1;
  const nullity = F.p - F.rank;
  const idx = Array.from({ length: d }, (_, i) => i).sort((a, b) => sv[a] - sv[b]).slice(0, nullity);
  const out: number[] = [];
  for (let a = 0; a < d; a++) {
    let w = 0;
    for (const c of idx) w += V.get(a, c) ** 2;
    if (Math.sqrt(w) > 1e-6) out.push(F.perm[a + 1] - 1);
  }
  return out.sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------
// Solving with the factorization.

interface Work {
  w: Float64Array; // n
  z: Float64Array; // p
  h: Float64Array; // p
  a: Float64Array; // p
}

/**
 * Solves the augmented system [I X; Xᵀ 0][de; db] = [f; g] with X ≈ Q·R·Pᵀ·T (kept columns).
 * `g` null means 0. Writes db (length p, original order; aliased entries 0) and, if `de` is
 * given, de (length n).
 */
function solveAugmented(F: Factor, f: Float64Array, g: Float64Array | null, db: Float64Array, de: Float64Array | null, W: Work): void {
  const { n, p, qr, rdiag, perm, rank, mean, scale, k } = F;
  const { w, z, h, a } = W;
  // h = R⁻ᵀ Pᵀ T⁻ᵀ g
  h.fill(0);
  if (g) {
    z[0] = g[0];
    for (let j = 0; j < k; j++) z[j + 1] = (g[j + 1] - mean[j] * g[0]) / scale[j];
    for (let i = 0; i < rank; i++) {
      let s = z[perm[i]];
      for (let l = 0; l < i; l++) s -= qr[i * n + l] * h[l];
      h[i] = s / rdiag[i];
    }
  }
  // w = Qᵀ f
  w.set(f);
  for (let j = 0; j < rank; j++) applyReflector(F, j, w, 0);
  // a = R⁻¹ (w[0:rank] − h)
  for (let i = rank - 1; i >= 0; i--) {
    let s = w[i] - h[i];
    for (let l = i + 1; l < rank; l++) s -= qr[l * n + i] * a[l];
    a[i] = s / rdiag[i];
  }
  // db = T⁻¹ P a
  z.fill(0);
  for (let i = 0; i < rank; i++) z[perm[i]] = a[i];
  let s0 = z[0];
  for (let j = 0; j < k; j++) {
    const v = z[j + 1] / (scale[j] > 0 ? scale[j] : 1);
    db[j + 1] = v;
    s0 -= mean[j] * v;
  }
  db[0] = s0;
  for (let i = rank; i < p; i++) db[perm[i]] = 0;
  if (de) augmentedResidualPart(F, de, W);
}

/** The de of the solve solveAugmented last made with W (W untouched since). */
function augmentedResidualPart(F: Factor, de: Float64Array, W: Work): void {
  const { w, h } = W;
  for (let i = 0; i < F.rank; i++) w[i] = h[i];
  for (let j = F.rank - 1; j >= 0; j--) applyReflector(F, j, w, 0);
  de.set(w);
}

/**
 * f = rhs − e − X·b and (if `g` is given) g = c − Xᵀe, in twice the working precision: every
 * product exact (Dekker's TwoProduct), every sum error-free (Knuth's TwoSum) with the errors
 * accumulated (Ogita–Rump–Oishi Dot2), in one pass over the rows. `rhs`, `c` null mean 0.
 */
function augmentedResidual(
  F: Factor, rhs: ArrayLike<number> | null, c: Float64Array | null, e: Float64Array, b: Float64Array,
  f: Float64Array, g: Float64Array | null,
): void {
  const { n, k, x } = F;
  const nb = new Float64Array(k);
  const bh = new Float64Array(k);
  const bl = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const v = -b[j + 1];
    const cv = SPLITTER * v;
    nb[j] = v;
    bh[j] = cv - (cv - v);
    bl[j] = v - bh[j];
  }
  const b0 = -b[0];
  const gs = new Float64Array(k + 1);
  const gc = new Float64Array(k + 1);
  for (let i = 0; i < n; i++) {
    const ei = e[i];
    // hi + lo = rhs_i − e_i − b₀
    let hi = rhs ? rhs[i] : 0;
    let lo = 0;
    let s = hi - ei;
    let t = s - hi;
    lo += hi - (s - t) + (-ei - t);
    hi = s;
    s = hi + b0;
    t = s - hi;
    lo += hi - (s - t) + (b0 - t);
    hi = s;
    const ce = SPLITTER * ei;
    const eh = ce - (ce - ei);
    const el = ei - eh;
    if (g) {
      const u = gs[0] + ei;
      const z = u - gs[0];
      gc[0] += gs[0] - (u - z) + (ei - z);
      gs[0] = u;
    }
    for (let j = 0; j < k; j++) {
      const v = x[j][i];
      const cv = SPLITTER * v;
      const vh = cv - (cv - v);
      const vl = v - vh;
      const pr = v * nb[j];
      const pe = vh * bh[j] - pr + vh * bl[j] + vl * bh[j] + vl * bl[j];
      s = hi + pr;
      t = s - hi;
      lo += hi - (s - t) + (pr - t) + pe;
      hi = s;
      if (g) {
        const q = v * ei;
        const qe = vh * eh - q + vh * el + vl * eh + vl * el;
        const a = gs[j + 1];
        const u = a + q;
        const z = u - a;
        gc[j + 1] += a - (u - z) + (q - z) + qe;
        gs[j + 1] = u;
      }
    }
    f[i] = hi + lo;
  }
  if (g) for (let j = 0; j <= k; j++) g[j] = (c ? c[j] : 0) - (gs[j] + gc[j]);
}

/** max_j |d_j| / |b_j|, with |b_j| floored at 1e-8 of the largest term |b_l|·‖x_l‖. */
function relativeChange(F: Factor, d: Float64Array, b: Float64Array): number {
  const { weight, p } = F;
  let nw = 0;
  for (let j = 0; j < p; j++) if (Number.isFinite(b[j])) nw = Math.max(nw, Math.abs(b[j]) * weight[j]);
  let m = 0;
  for (let j = 0; j < p; j++) {
    if (d[j] === 0) continue;
    const den = Math.max(Math.abs(b[j]), weight[j] > 0 ? (1e-8 * nw) / weight[j] : 0);
    m = Math.max(m, den > 0 ? Math.abs(d[j]) / den : Infinity);
  }
  return m;
}

interface Solution {
  b: Float64Array;
  e: Float64Array;
  steps: number;
  /** Estimated relative error (size of the last correction), 0 if not refined. */
  accuracy: number;
}

/**
 * Least squares (rhs given, c = null) or a column of (XᵀX)⁻¹ (rhs null, c = −e_j) by the QR
 * factorization alone; `shift` is subtracted from rhs first and added back to b₀ (centring y).
 */
function solveOnce(F: Factor, rhs: ArrayLike<number> | null, c: Float64Array | null, W: Work, shift = 0): Solution {
  const { n, p } = F;
  const b = new Float64Array(p);
  const e = new Float64Array(n);
  const f = new Float64Array(n);
  if (rhs) for (let i = 0; i < n; i++) f[i] = rhs[i] - shift;
  solveAugmented(F, f, c, b, e, W);
  b[0] += shift;
  return { b, e, steps: 0, accuracy: NaN };
}

/**
 * Björck's iterative refinement of the augmented system from `sol` (in place), at most
 * `maxSteps` steps. Sets `accuracy` to the estimated relative error left. Only `b` is refined for
 * the caller: `e` is kept up to date only while another step follows (the caller recomputes the
 * residuals from b), which spares applying Q once more after the last step.
 */
function refine(
  F: Factor, rhs: ArrayLike<number> | null, c: Float64Array | null, sol: Solution, maxSteps: number, W: Work,
  condition: number,
): void {
  const { n, p } = F;
  const { b, e } = sol;
  const f = new Float64Array(n);
  const g = new Float64Array(p);
  const db = new Float64Array(p);
  const de = new Float64Array(n);
  const trial = new Float64Array(p);
  // For a well-conditioned design the contraction per step is tiny (≈ c·κ·ε, Björck 1967): one step
  // then leaves an error of (size of that step)·ρ₀, negligible, and a second step is not needed.
  const rho0 = 64 * p * condition * EPS;
  let prev = Infinity;
  let accuracy = Infinity;
  for (let it = 0; it < maxSteps; it++) {
    augmentedResidual(F, rhs, c, e, b, f, g);
    solveAugmented(F, f, g, db, null, W);
    for (let j = 0; j < p; j++) trial[j] = b[j] + db[j];
    const change = relativeChange(F, db, trial);
    if (!(change < prev)) {
      // Stalled at the rounding level, or diverging: keep the better iterate; the error is
      // about the size of the correction refused.
      accuracy = prev === Infinity ? change : Math.max(accuracy, change);
      break;
    }
    b.set(trial);
    sol.steps++;
    // Error left after this step ≈ change·ρ/(1 − ρ), ρ the observed contraction.
    const rho = change / prev;
    accuracy = rho < 0.5 ? change : (change * rho) / (1 - rho);
    if (change <= 4 * EPS) break;
    if (rho0 <= 1e-9 && change * rho0 <= EPS) {
      accuracy = Math.max(change * rho0, EPS);
      break;
    }
    if (it + 1 < maxSteps) {
      augmentedResidualPart(F, de, W);
      for (let i = 0; i < n; i++) e[i] += de[i];
    }
    prev = change;
  }
  sol.accuracy = accuracy;
}

// ---------------------------------------------------------------------------------------------

const REFINE_ABOVE = 100;
const REFINE_COV_ABOVE = 1e4;
const MAX_STEPS = 20;
/**
 * Refinement contracts by ~c·κ·ε per step, c a modest multiple of p (the rounding of the centred,
 * scaled columns and the QR's backward error); beyond κ ≈ 1e11 that is no longer safely < 1 and
 * a stalled mode can look converged, so such designs are refused.
 */
const MAX_CONDITION = 1e11;
const REQUIRED_ACCURACY = 1e-10;
const PERFECT_FIT = 1e-30;

function checkResponse(y: ArrayLike<number>): void {
  for (let i = 0; i < y.length; i++) if (!Number.isFinite(y[i])) throw new NonFiniteValueError(i, -1, y[i]);
}

/** The predictors as Float64Arrays, checked: finite, of length n (a Float64Array is used as it is, never copied or changed). */
function toColumns(n: number, columns: readonly ArrayLike<number>[]): Float64Array[] {
  return columns.map((col, j) => {
    if (col.length !== n) throw new DimensionMismatchError(j, n, col.length);
    const c = col instanceof Float64Array ? col : Float64Array.from(col);
    for (let i = 0; i < n; i++) if (!Number.isFinite(c[i])) throw new NonFiniteValueError(i, j, c[i]);
    return c;
  });
}

/** The factorization `ols` makes of these columns with these options, or the design's when it is the same. */
function factorFor(n: number, columns: readonly ArrayLike<number>[], tol: number, drop: boolean, design?: OlsDesign): { F: Factor; condition: number } {
  if (design && design.columns.length === columns.length && design.columns.every((c, j) => c === columns[j])) {
    const F = design.factor as Factor;
    // Full rank, and every kept column would be kept at this tol as well.
    let same = F.n === n && F.rank === F.p && F.constant.length === 0;
    for (let i = 0; same && i < F.decisions.length; i += 2) same = F.decisions[i] > tol * F.decisions[i + 1] && F.decisions[i] !== 0;
    if (same) return { F, condition: design.condition };
  }
  const p = columns.length + 1;
  const x = toColumns(n, columns);
  if (drop ? n < 2 : n <= p) throw new TooFewObservationsError(n, p);
  const F = factorize(x, n, tol);
  if (!drop && F.constant.length > 0) {
    throw new CollinearityError([...F.constant], [...F.constant], p - 1 - F.constant.length, tol);
  }
  if (!drop && F.rank < p) throw new CollinearityError(dependentColumns(F), [], F.rank - 1, tol);
  const condition = conditionNumber(F);
  if (!(condition <= MAX_CONDITION)) throw new IllConditionedError(condition, NaN);
  return { F, condition };
}

/**
 * Factorizes the design [1, x₁, …, x_k] once, for several responses on the same columns: pass it
 * as `design` to {@link ols} (the model's fit and the auxiliary regressions of |e| and e² on the
 * same predictors). Throws what `ols` would throw for these columns (collinear, ill-conditioned).
 */
export function olsDesign(columns: readonly ArrayLike<number>[], options: Pick<OlsOptions, 'tol' | 'onCollinear'> = {}): OlsDesign {
  const n = columns.length > 0 ? columns[0].length : 0;
  const { F, condition } = factorFor(n, columns, options.tol ?? 1e-7, options.onCollinear === 'drop');
  return { columns: [...columns], factor: F, condition };
}

/**
 * Least-squares regression of y on the given columns with an intercept. See the module
 * documentation for the definitions, the algorithm and the errors thrown.
 */
export function ols(y: ArrayLike<number>, columns: ArrayLike<number>[], options: OlsOptions = {}): OlsFit {
  const alpha = options.alpha ?? 0.05;
  const tol = options.tol ?? 1e-7;
  const drop = options.onCollinear === 'drop';
  const refineMode = options.refine ?? 'auto';
  const n = y.length;
  const k = columns.length;
  const p = k + 1;
  checkResponse(y);
  const { F, condition } = factorFor(n, columns, tol, drop, options.design);
  const rank = F.rank;

  const W: Work = { w: new Float64Array(n), z: new Float64Array(p), h: new Float64Array(p), a: new Float64Array(p) };
  const ybar = accurateMean(y);
  const tss = centredSumOfSquares(y, ybar);
  const sol = solveOnce(F, y, null, W, ybar);
  // Forward-error bound of plain Householder QR (Golub–Wilkinson): ε·p·(κ + κ²·‖e‖/‖ŷ − ȳ‖).
  const e2 = centredSumOfSquares(sol.e, 0);
  const qrBound = EPS * p * (condition + condition * condition * Math.sqrt(e2 / Math.max(tss - e2, 0)));
  const refined = refineMode === 'always' || condition > REFINE_ABOVE || !(qrBound <= 1e-12);
  if (refined) {
    refine(F, y, null, sol, MAX_STEPS, W, condition);
    if (!(sol.accuracy <= REQUIRED_ACCURACY)) throw new IllConditionedError(condition, sol.accuracy);
  }
  const b = sol.b;

  // Residuals and fitted values.
  const residuals = new Float64Array(n);
  const fitted = new Float64Array(n);
  if (refined) {
    augmentedResidual(F, y, null, new Float64Array(n), b, residuals, null);
  } else {
    residuals.set(sol.e);
  }
  for (let i = 0; i < n; i++) fitted[i] = y[i] - residuals[i];
  const aliased = new Array<boolean>(k).fill(false);
  for (let i = rank; i < p; i++) aliased[F.perm[i] - 1] = true;
  for (let j = 0; j < k; j++) if (aliased[j]) b[j + 1] = NaN;

  // Unscaled covariance (XᵀX)⁻¹.
  const cov = new Float64Array(p * p).fill(NaN);
  if (refined && condition > REFINE_COV_ABOVE) {
    const c = new Float64Array(p);
    for (let q = 0; q < p; q++) {
      if (q > 0 && aliased[q - 1]) continue;
      c.fill(0);
      c[q] = -1;
      const s = solveOnce(F, null, c, W);
      refine(F, null, c, s, MAX_STEPS, W, condition);
      if (!(s.accuracy <= REQUIRED_ACCURACY)) throw new IllConditionedError(condition, s.accuracy);
      for (let a = 0; a < p; a++) if (a === 0 || !aliased[a - 1]) cov[a * p + q] = s.b[a];
    }
    for (let a = 0; a < p; a++)
      for (let q = a + 1; q < p; q++) {
        const v = 0.5 * (cov[a * p + q] + cov[q * p + a]);
        cov[a * p + q] = v;
        cov[q * p + a] = v;
      }
  } else {
    unscaledCovariance(F, cov);
  }

  // Sums of squares and tests.
  const rawRss = centredSumOfSquares(residuals, 0);
  const fbar = accurateMean(fitted);
  const mss = centredSumOfSquares(fitted, fbar);
  const dfRegression = rank - 1;
  const dfResidual = n - rank;
  // R's summary.lm "essentially perfect fit": residual variance < 1e-30·(mean ŷ² + var ŷ).
  const perfectFit =
    rawRss === 0 || tss === 0 || rawRss / Math.max(dfResidual, 1) < PERFECT_FIT * (fbar * fbar + mss / Math.max(n - 1, 1));
  const rss = perfectFit ? 0 : rawRss;
  if (perfectFit) {
    // The residuals are rounding noise: report them as 0 (ŷ = y), consistent with rss = 0, so that
    // tests on the residuals (Glejser, Breusch–Pagan, …) see no variation instead of noise.
    residuals.fill(0);
    fitted.set(y);
  }
  const msResidual = dfResidual > 0 ? rss / dfResidual : NaN;
  const sigma = Math.sqrt(msResidual);
  const msRegression = dfRegression > 0 ? mss / dfRegression : NaN;
  const r2 = tss === 0 ? NaN : perfectFit ? 1 : mss / (mss + rss);
  const adjR2 = dfResidual > 0 ? 1 - ((1 - r2) * (n - 1)) / dfResidual : NaN;
  const f = perfectFit || dfRegression === 0 ? NaN : msRegression / msResidual;
  const fP = fUpper(f, dfRegression, dfResidual);
  const tCritical = tQuantile(1 - alpha / 2, dfResidual);

  const se = new Float64Array(p);
  const t = new Float64Array(p);
  const pv = new Float64Array(p);
  const ciLower = new Float64Array(p);
  const ciUpper = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    if (j > 0 && aliased[j - 1]) {
      se[j] = t[j] = pv[j] = ciLower[j] = ciUpper[j] = NaN;
      continue;
    }
    se[j] = perfectFit ? 0 : sigma * Math.sqrt(cov[j * p + j]);
    t[j] = perfectFit ? NaN : b[j] / se[j];
    pv[j] = tTwoSided(t[j], dfResidual);
    ciLower[j] = b[j] - tCritical * se[j];
    ciUpper[j] = b[j] + tCritical * se[j];
  }

  return {
    n, k, b, se, t, p: pv, ciLower, ciUpper, alpha, tCritical, fitted, residuals,
    rss, tss, ssRegression: mss, dfRegression, dfResidual, msRegression, msResidual, f, fP,
    r: Math.sqrt(r2), r2, adjR2, sigma, unscaledCov: cov, rank, aliased, condition,
    refinementSteps: sol.steps, perfectFit,
  };
}

/** (XᵀX)⁻¹ = G·Gᵀ with G = T⁻¹·P·R⁻¹ (kept columns), into `cov` (p × p, row-major). */
function unscaledCovariance(F: Factor, cov: Float64Array): void {
  const { n, p, k, qr, rdiag, perm, rank, mean, scale } = F;
  // R⁻¹ column by column (upper triangular), then G's column q in original coordinates.
  const G = new Float64Array(p * rank); // row-major p × rank
  const col = new Float64Array(rank);
  const z = new Float64Array(p);
  for (let q = 0; q < rank; q++) {
    col.fill(0);
    for (let i = q; i >= 0; i--) {
      let s = i === q ? 1 : 0;
      for (let l = i + 1; l <= q; l++) s -= qr[l * n + i] * col[l];
      col[i] = s / rdiag[i];
    }
    z.fill(0);
    for (let i = 0; i <= q; i++) z[perm[i]] = col[i];
    let s0 = z[0];
    for (let j = 0; j < k; j++) {
      const v = z[j + 1] / (scale[j] > 0 ? scale[j] : 1);
      G[(j + 1) * rank + q] = v;
      s0 -= mean[j] * v;
    }
    G[q] = s0;
  }
  const kept = new Array<boolean>(p).fill(false);
  for (let i = 0; i < rank; i++) kept[perm[i]] = true;
  for (let a = 0; a < p; a++) {
    if (!kept[a]) continue;
    for (let c = a; c < p; c++) {
      if (!kept[c]) continue;
      let s = 0;
      for (let q = 0; q < rank; q++) s += G[a * rank + q] * G[c * rank + q];
      cov[a * p + c] = s;
      cov[c * p + a] = s;
    }
  }
}
