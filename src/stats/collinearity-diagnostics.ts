/**
 * Belsley–Kuh–Welsch collinearity diagnostics: the eigenvalues of the scaled design, their
 * condition indices and the variance-decomposition proportions (SPSS "Collinearity Diagnostics"
 * of the regression; R `perturb::colldiag(fit)` with its defaults, or directly
 * `svd(sweep(X, 2, sqrt(colSums(X^2)), "/"))`).
 *
 * Definition. X = [1, x₁, …, x_k] with every column (the constant included) scaled to unit length,
 * not centred: Z = X·diag(1/‖x_j‖). With the singular value decomposition Z = U·diag(μ)·Vᵀ
 * (μ₁ ≥ … ≥ μ_p):
 *
 *     eigenvalue λ_d = μ_d²               (the eigenvalues of ZᵀZ, summing to p)
 *     condition index η_d = √(λ₁ / λ_d)
 *     proportion π_dj = (v_jd² / λ_d) / Σ_e (v_je² / λ_e)    (share of var(b_j) from dimension d)
 *
 * A dimension with a large condition index (> 15 moderate, > 30 serious) on which two or more
 * coefficients have large proportions (> 0,5) marks a near dependency among them (and the
 * constant, when scores do not vary far from their mean).
 *
 * Variant and why: SPSS's, with the constant and without centring (Belsley 1991 argues for the
 * uncentred form: it also exposes dependencies involving the intercept). Computed from the SVD of
 * the small triangular factor R of a Householder QR of Z (the singular values and right vectors
 * of Z and R are the same), never from the eigenvalues of ZᵀZ formed explicitly, which would
 * square the condition number. O(n·p²).
 *
 * Preconditions (never throws): k ≥ 1 columns of equal length n ≥ k + 1, finite values; a zero
 * column gives NaN throughout.
 *
 * @example
 * // survey-a: X1, X2, X3
 * collinearityDiagnostics([X1, X2, X3])
 * // eigenvalue      [3.9243067993321255, 0.03603485188441588, 0.023829266345681114, 0.015829082437776133]
 * // conditionIndex  [1, 10.435664437862647, 12.83293931819234, 15.745396662215425]
 * // proportions[3]  [0.9822722028200006, 0.42581089473074685, 0.12417075437944347, 0.07146395855626024]
 * //                 (the constant, X1, X2, X3 on dimension 4; R: svd of the scaled design, the same to 1e-13)
 *
 * References: D. A. Belsley, E. Kuh & R. E. Welsch (1980), Regression Diagnostics, Wiley, ch. 3;
 * D. A. Belsley (1991), Conditioning Diagnostics, Wiley; SPSS Statistics Algorithms, "REGRESSION:
 * Collinearity diagnostics".
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';

export interface CollinearityDiagnostics {
  /** λ_d, largest first (p = k + 1 dimensions). */
  eigenvalue: Float64Array;
  conditionIndex: Float64Array;
  /** proportions[d][j]: dimension d, term j (0 = the constant). Each column j sums to 1. */
  proportions: Float64Array[];
}

/** R of the Householder QR of the n × p matrix given by columns (p × p, upper triangular); the columns are overwritten. */
function triangularFactor(a: Float64Array[]): Matrix {
  const p = a.length;
  const n = a[0].length;
  const R = new Matrix(p, p);
  for (let j = 0; j < p; j++) {
    const cj = a[j];
    let scale = 0;
    for (let i = j; i < n; i++) scale = Math.max(scale, Math.abs(cj[i]));
    let norm = 0;
    if (scale > 0) {
      let s = 0;
      for (let i = j; i < n; i++) s += (cj[i] / scale) ** 2;
      norm = scale * Math.sqrt(s);
    }
    const alpha = cj[j] >= 0 ? -norm : norm;
    R.set(j, j, alpha);
    if (norm === 0) continue;
    cj[j] -= alpha; // v = x − α·e_j, vᵀv = 2·norm·(norm + |x_j|)
    const vtv = 2 * norm * (norm + Math.abs(cj[j] + alpha));
    for (let l = j + 1; l < p; l++) {
      const cl = a[l];
      let s = 0;
      for (let i = j; i < n; i++) s += cj[i] * cl[i];
      const f = (2 * s) / vtv;
      for (let i = j; i < n; i++) cl[i] -= f * cj[i];
      R.set(j, l, cl[j]);
    }
  }
  return R;
}

export function collinearityDiagnostics(columns: ArrayLike<number>[]): CollinearityDiagnostics {
  const k = columns.length;
  const p = k + 1;
  const n = k > 0 ? columns[0].length : 0;
  const nanResult = (): CollinearityDiagnostics => ({
    eigenvalue: new Float64Array(p).fill(NaN),
    conditionIndex: new Float64Array(p).fill(NaN),
    proportions: Array.from({ length: p }, () => new Float64Array(p).fill(NaN)),
  });
  if (k === 0 || n < p || columns.some((c) => c.length !== n)) return nanResult();
  const z: Float64Array[] = [new Float64Array(n).fill(1 / Math.sqrt(n))];
  for (const c of columns) {
    let mx = 0;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(c[i])) return nanResult();
      mx = Math.max(mx, Math.abs(c[i]));
    }
    if (mx === 0) return nanResult();
    let s = 0;
    for (let i = 0; i < n; i++) s += (c[i] / mx) ** 2;
    const norm = mx * Math.sqrt(s);
    const zc = new Float64Array(n);
    for (let i = 0; i < n; i++) zc[i] = c[i] / norm;
    z.push(zc);
  }
  const svd = new SingularValueDecomposition(triangularFactor(z), { computeLeftSingularVectors: false, autoTranspose: false });
  const mu = svd.diagonal;
  const V = svd.rightSingularVectors;
  // Largest first (ml-matrix sorts them so; order defensively with their vectors).
  const order = Array.from({ length: p }, (_, d) => d).sort((a, b) => mu[b] - mu[a]);
  const eigenvalue = Float64Array.from(order, (d) => mu[d] * mu[d]);
  const conditionIndex = Float64Array.from(eigenvalue, (l) => Math.sqrt(eigenvalue[0] / l));
  const phi = order.map((d, di) => Float64Array.from({ length: p }, (_, j) => V.get(j, d) ** 2 / eigenvalue[di]));
  const total = Float64Array.from({ length: p }, (_, j) => phi.reduce((s, row) => s + row[j], 0));
  const proportions = phi.map((row) => Float64Array.from(row, (v, j) => v / total[j]));
  return { eigenvalue, conditionIndex, proportions };
}
