/**
 * Accurate sums, means and sums of squares, shared by every statistic that needs them.
 *
 * - `compensatedSum`: Neumaier's variant of Kahan summation — the error does not grow with n
 *   (as accurate as R's long-double `sum` for the data here);
 * - `accurateMean`: compensated sum / n plus one correction pass Σ(xᵢ − m)/n (R's `mean` does the same);
 * - `centredSumOfSquares`: the two-pass Σ(xᵢ − x̄)², compensated — never the one-pass Σx² − n·x̄²,
 *   which loses every digit for a column like 1e9 + {1, 2, 3};
 * - `sampleSd`: √(Σ(xᵢ − x̄)²/(n − 1)).
 *
 * @example centredSumOfSquares(Float64Array.of(1e9 + 1, 1e9 + 2, 1e9 + 3))  // 2 (exactly)
 * References: A. Neumaier (1974), ZAMM 54, 39–51; T. F. Chan, G. H. Golub & R. J. LeVeque (1983),
 * "Algorithms for computing the sample variance", The American Statistician 37, 242–247.
 */

export function compensatedSum(a: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

export function accurateMean(a: ArrayLike<number>): number {
  const n = a.length;
  let m = compensatedSum(a) / n;
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const v = a[i] - m;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  m += (s + c) / n;
  return m;
}

/** Σ (aᵢ − m)², compensated; m defaults to the accurate mean. */
export function centredSumOfSquares(a: ArrayLike<number>, m = accurateMean(a)): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - m;
    const v = d * d;
    const t = s + v;
    c += s >= v ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** Sample standard deviation (divisor n − 1). */
export function sampleSd(a: ArrayLike<number>): number {
  return Math.sqrt(centredSumOfSquares(a) / (a.length - 1));
}
