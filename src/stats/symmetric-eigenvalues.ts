/**
 * The eigenvalues of a real symmetric matrix, ascending — without its eigenvectors: Householder
 * tridiagonalization and the implicit QL algorithm (tred2, tql2: EISPACK by way of JAMA), the very
 * floating-point operations, in the same order, as ml-matrix's `EigenvalueDecomposition(…,
 * { assumeSymmetric: true }).realEigenvalues` (ml-matrix 6.x, src/dc/evd.js), so the values are
 * the same to the last bit (test/stats/symmetric-eigenvalues.test.ts) — what the Durbin–Watson
 * exact p needs, whose series magnifies an ulp of an eigenvalue (durbin-watson.ts).
 *
 * What is left out does not feed the eigenvalues: the accumulation of the Householder
 * transformations after the reduction (tred2's second part) and every rotation of the eigenvector
 * matrix in tql2 — the O(n³) half of the work — and the matrix objects (plain Float64Array). The
 * reduction works in `a` (n × n, row-major, overwritten), as ml-matrix works in its copy.
 *
 * References: J. H. Wilkinson & C. Reinsch (1971), Handbook for Automatic Computation II, Linear
 * Algebra, Springer (tred2, tql2); JAMA, the Java Matrix Package (1998), EigenvalueDecomposition.
 */

/** ml-matrix's hypotenuse: |a|·√(1 + (b/a)²) with the larger of |a|, |b| outside. */
function hypotenuse(a: number, b: number): number {
  let r = 0;
  if (Math.abs(a) > Math.abs(b)) {
    r = b / a;
    return Math.abs(a) * Math.sqrt(1 + r * r);
  }
  if (b !== 0) {
    r = a / b;
    return Math.abs(b) * Math.sqrt(1 + r * r);
  }
  return 0;
}

/** Eigenvalues of the symmetric n × n matrix `a` (row-major; overwritten), ascending. */
/*
 * tred2's two inner loops, as functions of their own: small and called ~n²/2 times each, V8 optimizes
 * them after a few hundred calls, where the loops inline ran mostly unoptimized in a build's single
 * call. Each computes exactly what the inline loop did, in the same order.
 */

/** g + Σₖ V[row + k]·d[k] for k = from … to, and e[k] += V[row + k]·f on the way; returns the sum. */
function rowTimes(V: Float64Array, row: number, d: Float64Array, e: Float64Array, f: number, g: number, from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    const v = V[row + k];
    g += v * d[k];
    e[k] += v * f;
  }
  return g;
}

/** V[row + k] −= f·e[k] + g·d[k] for k = from … to. */
function rankTwoUpdate(V: Float64Array, row: number, d: Float64Array, e: Float64Array, f: number, g: number, from: number, to: number): void {
  for (let k = from; k <= to; k++) V[row + k] = V[row + k] - (f * e[k] + g * d[k]);
}

export function symmetricEigenvalues(a: Float64Array, n: number): Float64Array {
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  // ml-matrix keeps its work matrix V transposed; for a symmetric matrix that is the matrix itself.
  const V = a;
  let f: number, g: number, h: number, hh: number, scale: number;

  // tred2, the reduction to tridiagonal form.
  for (let j = 0; j < n; j++) d[j] = V[j * n + n - 1];
  for (let i = n - 1; i > 0; i--) {
    scale = 0;
    h = 0;
    for (let k = 0; k < i; k++) scale = scale + Math.abs(d[k]);
    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = V[j * n + i - 1];
        V[j * n + i] = 0;
        V[i * n + j] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] /= scale;
        h += d[k] * d[k];
      }
      f = d[i - 1];
      g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h = h - f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j];
        V[i * n + j] = f;
        e[j] = rowTimes(V, j * n, d, e, f, e[j] + V[j * n + j] * f, j + 1, i - 1);
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] /= h;
        f += e[j] * d[j];
      }
      hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] -= hh * d[j];
      for (let j = 0; j < i; j++) {
        f = d[j];
        g = e[j];
        rankTwoUpdate(V, j * n, d, e, f, g, j, i - 1);
        d[j] = V[j * n + i - 1];
        V[j * n + i] = 0;
      }
    }
    d[i] = h;
  }
  // The diagonal tred2 leaves in d once its transformations are accumulated: V's diagonal, which
  // the accumulation does not change before reading it.
  for (let j = 0; j < n; j++) d[j] = V[j * n + j];
  e[0] = 0;

  // tql2, the implicit QL iterations on the tridiagonal (d, e).
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;
  f = 0;
  let tst1 = 0;
  const eps = Number.EPSILON;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n) {
      if (Math.abs(e[m]) <= eps * tst1) break;
      m++;
    }
    if (m > l) {
      do {
        g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = hypotenuse(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f = f + h;
        p = d[m];
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = hypotenuse(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] = d[l] + f;
    e[l] = 0;
  }
  // Ascending, by the same selection sort.
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    let p = d[i];
    for (let j = i + 1; j < n; j++) {
      if (d[j] < p) {
        k = j;
        p = d[j];
      }
    }
    if (k !== i) {
      d[k] = d[i];
      d[i] = p;
    }
  }
  return d;
}
