/**
 * Descriptive statistics of one column: n, mean, sample standard deviation, minimum, maximum.
 *
 * Definitions (as R `mean`, `sd`, `min`, `max`, and SPSS "Descriptives"):
 *
 *     mean = Σ xᵢ / n
 *     sd   = √( Σ (xᵢ − mean)² / (n − 1) )        sample SD, Bessel's correction
 *
 * Variant and why: the *sample* SD (divisor n − 1) is what SPSS prints as "Std. Deviation" and
 * what an Indonesian thesis reports for a questionnaire item or a variable score; the respondents
 * are a sample of the population. The mean is a compensated (Kahan–Babuška) sum and the variance
 * a two-pass sum of squared deviations from that mean — simple-statistics' `mean` and
 * `sampleStandardDeviation`, operation for operation (the same doubles), in one typed loop each and
 * with the mean summed once instead of twice — so a column like 1e9 + {1, 2, 3} keeps all its digits, unlike the
 * one-pass "Σx² − n·mean²" textbook formula.
 *
 * Preconditions: none that throw. `n = 0` gives NaN everywhere; `n = 1` gives sd NaN (as R's
 * `sd`). A NaN anywhere in the column makes every statistic NaN (missing values must be handled
 * before, by the loader's `missing` policy). Any numeric array-like is accepted (Float64Array,
 * Int32Array, number[]); the input is never modified.
 *
 * @example
 * descriptives(Float64Array.of(4, 5, 3, 4, 4, 2, 5))
 * // → { n: 7, mean: 3.857142857142857, sd: 1.0690449676496976, min: 2, max: 5 }
 * // R: mean(c(4,5,3,4,4,2,5)) = 3.857142857142857, sd(...) = 1.069044967649698
 *
 * Reference: Welford/Chan–Golub–LeVeque, "Algorithms for computing the sample variance:
 * analysis and recommendations", The American Statistician 37 (1983) — the two-pass algorithm;
 * Babuška (1969) / Neumaier (1974) compensated summation.
 */

/** The descriptive statistics of one column. */
export interface Descriptives {
  /** Number of values. */
  n: number;
  /** Arithmetic mean. */
  mean: number;
  /** Sample standard deviation (divisor n − 1). */
  sd: number;
  /** Smallest value. */
  min: number;
  /** Largest value. */
  max: number;
}

/**
 * simple-statistics' `sum`: Kahan–Babuška–Neumaier compensated summation starting from x[0]
 * (n ≥ 1, no NaN).
 */
function compensated(x: ArrayLike<number>): number {
  let sum = x[0];
  let correction = 0;
  for (let i = 1; i < x.length; i++) {
    const v = x[i];
    const transition = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) correction += sum - transition + v;
    else correction += v - transition + sum;
    sum = transition;
  }
  return sum + correction;
}

/** simple-statistics' `sampleStandardDeviation` given its mean: √(Σ (xᵢ − mean)² / (n − 1)), n ≥ 2. */
function sampleSdAbout(x: ArrayLike<number>, mean: number): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i] - mean;
    sum += d * d;
  }
  return Math.sqrt(sum / (x.length - 1));
}

/**
 * n, mean, sample SD, min and max of `x`. NaN where undefined (see the module comment).
 */
export function descriptives(x: ArrayLike<number>): Descriptives {
  const n = x.length;
  if (n === 0) return { n: 0, mean: NaN, sd: NaN, min: NaN, max: NaN };
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (Number.isNaN(v)) return { n, mean: NaN, sd: NaN, min: NaN, max: NaN };
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  // A constant column has mean exactly its value and sd exactly 0 (no rounding residue).
  const constant = lo === hi && Number.isFinite(lo);
  const m = constant ? lo : compensated(x) / n;
  const sd = n < 2 ? NaN : constant ? 0 : sampleSdAbout(x, m);
  return { n, mean: m, sd, min: lo, max: hi };
}
