/**
 * The sums of squares of a least-squares regression with an intercept for any number of rows, in
 * O(p²) memory: what the auxiliary regressions of White's test and of RESET need (R², the residual
 * sum of squares, the rank), without the n × p matrix, the fitted values or the residuals.
 *
 * Definition. For a response y (n) and regressors z₁…z_p, each the elementwise product of one or
 * more given columns (x, x², x·w — White's squares and cross-products, a power of the fit — formed
 * block by block, never stored), with an intercept:
 *
 *     TSS = Σ (yᵢ − ȳ)²,  RSS = min ‖y − b₀ − Zb‖²,  SSR = TSS − RSS = ‖ŷ − mean ŷ‖²
 *     rank = 1 + the regressors kept (an aliased one dropped, as R's lm does)
 *
 * Algorithm and why. Every regressor and y is centred (compensated mean) and each regressor scaled
 * to unit norm, as `ols` does; the intercept is then orthogonal to everything and drops out. The
 * rows go through a tall-skinny Householder QR in blocks of BLOCK rows: R (upper triangular, the
 * response as its last column) is updated by the QR of [R; block] (Golub & Van Loan §5.2.2;
 * Demmel et al., "Communication-optimal parallel and sequential QR", TSQR) — backward stable like
 * one QR of the whole matrix, with two passes over the data for the means and norms and one for the
 * QR. The rank is decided afterwards on R as R's `lm` (LINPACK dqrdc2, limited pivoting) decides it
 * on X: a regressor whose norm left after projecting out the ones kept before it is ≤ tol times its
 * own norm is aliased (R has the column norms and projections of X). SSR is the squared length of
 * the response's part along the kept regressors, RSS of the rest — never a difference of two sums.
 *
 * Accuracy: the sums of squares to about ε·√p·TSS absolutely, so R² = SSR/TSS to ~1e-13 relative
 * when R² ≥ 1e-3 (and ~1e-16/R² relative below); against R `lm` on the reference studies ~1e-12.
 * `ols` (refined QR, residuals in twice the working precision) remains the fit of the model; this
 * serves the statistics computed from sums of squares of auxiliary regressions beyond TALL_N rows.
 *
 * Preconditions: y and every column of length n, finite (else NonFiniteValueError /
 * DimensionMismatchError); n ≥ 2.
 *
 * @example
 * // survey-a (n = 89): White's auxiliary regression, e² on x₁…x₃, their squares and cross-products
 * tallLeastSquares(e2, [[x1], [x2], [x3], [x1, x1], [x2, x2], [x3, x3], [x1, x2], [x1, x3], [x2, x3]])
 * // → rank 10; n·SSR/TSS = 12.6719160590… (R bptest: 12.67191605901)
 */
import { DimensionMismatchError, NonFiniteValueError, TooFewObservationsError } from './errors.js';

/** Beyond this many rows the auxiliary regressions of White's test and RESET use tallLeastSquares. */
export const TALL_N = 10_000;

/** A regressor: the elementwise product of these columns (one column: the column itself). */
export type Term = readonly ArrayLike<number>[];

export interface TallFit {
  n: number;
  /** 1 + the regressors kept. */
  rank: number;
  /** Per regressor: aliased (dropped). */
  aliased: boolean[];
  /** Σ (y − ȳ)². */
  tss: number;
  /** Σ (ŷ − mean ŷ)². */
  ssRegression: number;
  /** Σ (y − ŷ)². */
  rss: number;
}

/** Rows per block: small enough for the block (BLOCK × (p + 1) doubles) to stay in the cache. */
const BLOCK = 256;

/** Values i0…i0+len−1 of a term into out[off…]. */
function termValues(term: Term, i0: number, len: number, out: Float64Array, off: number): void {
  const a = term[0];
  if (term.length === 1) {
    for (let i = 0; i < len; i++) out[off + i] = a[i0 + i];
    return;
  }
  for (let i = 0; i < len; i++) out[off + i] = a[i0 + i] * term[1][i0 + i];
  for (let t = 2; t < term.length; t++) {
    const c = term[t];
    for (let i = 0; i < len; i++) out[off + i] *= c[i0 + i];
  }
}

export function tallLeastSquares(y: ArrayLike<number>, terms: readonly Term[], options: { tol?: number } = {}): TallFit {
  const tol = options.tol ?? 1e-7;
  const n = y.length;
  const p = terms.length;
  const q = p + 1; // the response is column p
  if (n < 2) throw new TooFewObservationsError(n, p + 1);
  terms.forEach((t, j) => {
    for (const c of t) if (c.length !== n) throw new DimensionMismatchError(j, n, c.length);
  });
  const cols: Term[] = [...terms, [y]];
  const buf = new Float64Array(BLOCK);

  // Pass 1: compensated sums → means; the raw values checked.
  const sum = new Float64Array(q);
  const comp = new Float64Array(q);
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const len = Math.min(BLOCK, n - i0);
    for (let j = 0; j < q; j++) {
      termValues(cols[j], i0, len, buf, 0);
      let s = sum[j];
      let c = comp[j];
      for (let i = 0; i < len; i++) {
        const v = buf[i];
        if (!Number.isFinite(v)) throw new NonFiniteValueError(i0 + i, j === p ? -1 : j, v);
        const t = s + v;
        c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
        s = t;
      }
      sum[j] = s;
      comp[j] = c;
    }
  }
  const mean = new Float64Array(q);
  for (let j = 0; j < q; j++) mean[j] = (sum[j] + comp[j]) / n;

  // Pass 2: the mean's correction Σ(v − m)/n, the centred sum of squares about m, and the raw
  // norm (scaled against overflow by the largest |v|); Σ(v − m′)² = Σ(v − m)² − n·c² for m′ = m + c.
  const corr = new Float64Array(q);
  const ss = new Float64Array(q);
  const ssComp = new Float64Array(q);
  const maxAbs = new Float64Array(q);
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const len = Math.min(BLOCK, n - i0);
    for (let j = 0; j < q; j++) {
      termValues(cols[j], i0, len, buf, 0);
      const m = mean[j];
      let c = corr[j];
      let s = ss[j];
      let sc = ssComp[j];
      let mx = maxAbs[j];
      for (let i = 0; i < len; i++) {
        const v = buf[i];
        const d = v - m;
        c += d;
        const sq = d * d;
        const t = s + sq;
        sc += s >= sq ? s - t + sq : sq - t + s;
        s = t;
        const a = Math.abs(v);
        if (a > mx) mx = a;
      }
      corr[j] = c;
      ss[j] = s;
      ssComp[j] = sc;
      maxAbs[j] = mx;
    }
  }
  const scale = new Float64Array(q);
  const rawNorm = new Float64Array(q);
  for (let j = 0; j < q; j++) {
    const c = corr[j] / n;
    mean[j] += c;
    scale[j] = Math.sqrt(Math.max(0, ss[j] + ssComp[j] - n * c * c));
  }
  // Raw norms (for the constant-regressor test, as ols): a third look only at the regressors' scale.
  for (let j = 0; j < p; j++) {
    const mx = maxAbs[j];
    if (mx === 0) continue;
    let s = 0;
    for (let i0 = 0; i0 < n; i0 += BLOCK) {
      const len = Math.min(BLOCK, n - i0);
      termValues(cols[j], i0, len, buf, 0);
      for (let i = 0; i < len; i++) {
        const v = buf[i] / mx;
        s += v * v;
      }
    }
    rawNorm[j] = mx * Math.sqrt(s);
  }
  const tss = scale[p] * scale[p];
  // A regressor constant on its own (centred norm ≤ tol·norm) is aliased from the start, as in ols.
  const constant = Array.from({ length: p }, (_, j) => !(scale[j] > tol * rawNorm[j]) || scale[j] === 0);

  // Pass 3: the tall-skinny QR of the centred, scaled regressors (constant ones left out) and the centred response.
  const use = [...Array.from({ length: p }, (_, j) => j).filter((j) => !constant[j]), p];
  const m = use.length;
  const R = new Float64Array(m * m); // row-major, upper triangular
  const A = new Float64Array(BLOCK * m); // column-major block
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const len = Math.min(BLOCK, n - i0);
    for (let c = 0; c < m; c++) {
      const j = use[c];
      termValues(cols[j], i0, len, A, c * BLOCK);
      const mu = mean[j];
      const inv = j === p || !(scale[j] > 0) ? 1 : 1 / scale[j];
      for (let i = 0; i < len; i++) A[c * BLOCK + i] = (A[c * BLOCK + i] - mu) * inv;
    }
    // QR of [R; A]: for column c, a reflector on (R[c][c], A[0…len−1][c]).
    for (let c = 0; c < m; c++) {
      const base = c * BLOCK;
      let s = 0;
      for (let i = 0; i < len; i++) s += A[base + i] * A[base + i];
      if (s === 0) continue;
      const r0 = R[c * m + c];
      const norm = Math.sqrt(r0 * r0 + s);
      const alpha = r0 >= 0 ? -norm : norm;
      const v0 = r0 - alpha;
      const vtv = norm * (norm + Math.abs(r0));
      R[c * m + c] = alpha;
      for (let l = c + 1; l < m; l++) {
        const lb = l * BLOCK;
        let d = v0 * R[c * m + l];
        for (let i = 0; i < len; i++) d += A[base + i] * A[lb + i];
        const f = d / vtv;
        R[c * m + l] -= f * v0;
        for (let i = 0; i < len; i++) A[lb + i] -= f * A[base + i];
      }
    }
  }

  // The rank, decided on R as dqrdc2 decides it on X (R has X's column norms and projections):
  // a regressor whose norm left is ≤ tol·(its norm, 1 after scaling) moves to the end, aliased.
  // Small Householder QR of R's columns, in place (M column-major, m × m).
  const M = new Float64Array(m * m);
  for (let r = 0; r < m; r++) for (let c = r; c < m; c++) M[c * m + r] = R[r * m + c];
  const order = Array.from({ length: m }, (_, c) => c);
  let active = m - 1; // regressor positions 0…active−1; the response stays last
  let k = 0;
  while (k < active) {
    const col = order[k];
    let nr = 0;
    for (let r = k; r < m; r++) nr += M[col * m + r] * M[col * m + r];
    nr = Math.sqrt(nr);
    if (!(nr > tol)) {
      order.splice(k, 1);
      order.splice(active - 1, 0, col);
      active--;
      continue;
    }
    const x0 = M[col * m + k];
    const alpha = x0 >= 0 ? -nr : nr;
    M[col * m + k] = x0 - alpha;
    const vtv = nr * (nr + Math.abs(x0));
    for (let t = k + 1; t < m; t++) {
      const other = order[t];
      let d = 0;
      for (let r = k; r < m; r++) d += M[col * m + r] * M[other * m + r];
      const f = d / vtv;
      for (let r = k; r < m; r++) M[other * m + r] -= f * M[col * m + r];
    }
    M[col * m + k] = alpha;
    k++;
  }
  const resp = (m - 1) * m;
  let ssr = 0;
  let rss = 0;
  for (let r = 0; r < m; r++) {
    const v = M[resp + r] * M[resp + r];
    if (r < active) ssr += v;
    else rss += v;
  }
  const aliased = constant.slice();
  for (let t = active; t < m - 1; t++) aliased[use[order[t]]] = true;
  return { n, rank: active + 1, aliased, tss, ssRegression: ssr, rss };
}
