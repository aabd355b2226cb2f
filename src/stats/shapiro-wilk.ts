/**
 * Shapiro–Wilk test of normality, W and its p-value by Royston's algorithm AS R94, exactly as
 * R `shapiro.test` (R's `swilk.c`).
 *
 * Definition. For the sorted sample x₍₁₎ ≤ … ≤ x₍ₙ₎,
 *
 *     W = (Σ aᵢ x₍ᵢ₎)² / Σ (xᵢ − x̄)²,
 *
 * the squared correlation between the data and the coefficients aᵢ (antisymmetric, Σaᵢ² = 1).
 * Royston (1992/1995) approximates the aᵢ from the normal scores mᵢ = Φ⁻¹((i − 3/8)/(n + 1/4)):
 * aₙ and aₙ₋₁ by polynomials in 1/√n, the others as mᵢ rescaled. The p-value:
 * n = 3 exact, p = (6/π)(asin √W − asin √(3/4)); 4 ≤ n ≤ 11, −ln(γ − ln(1 − W)) with
 * γ = −2.273 + 0.459n is taken as normal with mean and ln sd cubic in n (p = 1e-99 when
 * ln(1 − W) ≥ γ, as R); n ≥ 12, ln(1 − W) is taken as normal with mean cubic and ln sd quadratic
 * in ln n. p is the upper normal tail.
 *
 * Variant and why. A line-by-line port of R's `swilk()` (AS R94 without censoring), including its
 * polynomial constants, its 1 − W computed as (√(ssa·ssx) − sax)(√(ssa·ssx) + sax)/(ssa·ssx) to keep
 * digits when W ≈ 1, and `shapiro.test`'s rescaling of x by its range when the range < 1e-10. The
 * only differences from R are the normal quantile/CDF implementations (stdlib instead of R's AS 241
 * and Cody), which agree to ~1e-15. Ties are allowed (they only lower W).
 *
 * Preconditions. 3 ≤ n ≤ 5000 finite values (the range of AS R94; R refuses others) and not all
 * equal. Otherwise w and p are NaN and `reason` is 'n-out-of-range', 'non-finite' or 'zero-variance'.
 * The input is never modified.
 *
 * @example
 * shapiroWilk(Float64Array.of(53.0397826558, 72.2528016822, 47.7187099163, 45.6518631589,
 *   44.9292270044, 38.7404212666, 64.9215719286, 63.0125421182, 62.5878867414, 48.8411758985))
 * // → { w: 0.9381303370742435, p: 0.5324030181376787, n: 10 }
 * // R: shapiro.test(x) → W = 0.9381303370742435, p-value = 0.5324030181376787
 *
 * References: S. S. Shapiro & M. B. Wilk (1965), "An analysis of variance test for normality
 * (complete samples)", Biometrika 52, 591–611; J. P. Royston (1992), "Approximating the
 * Shapiro–Wilk W-test for non-normality", Statistics and Computing 2, 117–119; P. Royston (1995),
 * "Remark AS R94: A remark on Algorithm AS 181: The W-test for normality", Applied Statistics 44,
 * 547–551; R `src/library/stats/src/swilk.c`.
 */
import { normalQuantile, normalUpper } from './distributions.js';
import { checkSample, sortedCopy, type NormalityReason } from './kolmogorov-smirnov.js';

/** Result of the Shapiro–Wilk test. */
export interface ShapiroWilkResult {
  /** The W statistic, 0 < W ≤ 1. */
  w: number;
  /** p-value of Royston's approximation (AS R94). */
  p: number;
  /** Number of values. */
  n: number;
  /** Present when w and p are NaN. */
  reason?: NormalityReason;
}

/** AS 181.2 `poly`: c[0] + c[1]x + … + c[nord−1]x^(nord−1), in swilk.c's evaluation order. */
function poly(c: readonly number[], x: number): number {
  const nord = c.length;
  let ret = c[0];
  if (nord > 1) {
    let p = x * c[nord - 1];
    for (let j = nord - 2; j > 0; j--) p = (p + c[j]) * x;
    ret += p;
  }
  return ret;
}

const G = [-2.273, 0.459];
const C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
const C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
const C3 = [0.544, -0.39978, 0.025054, -6.714e-4];
const C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
const C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
const C6 = [-0.4803, -0.082676, 0.0030302];

/** Shapiro–Wilk W and p as R `shapiro.test`. NaN fields + `reason` outside 3 ≤ n ≤ 5000 or for constant data. */
export function shapiroWilk(data: ArrayLike<number>): ShapiroWilkResult {
  const n = data.length;
  const reason = checkSample(data, 3, 5000);
  if (reason !== undefined) return { w: NaN, p: NaN, n, reason };

  const x = sortedCopy(data);
  const rng0 = x[n - 1] - x[0];
  if (rng0 < 1e-10) for (let i = 0; i < n; i++) x[i] /= rng0; // as shapiro.test

  // Coefficients a[1..nn2] (1-based, as swilk.c).
  const nn2 = Math.floor(n / 2);
  const a = new Float64Array(nn2 + 1);
  const an = n;
  if (n === 3) {
    a[1] = 0.70710678;
  } else {
    const an25 = an + 0.25;
    let summ2 = 0;
    for (let i = 1; i <= nn2; i++) {
      a[i] = normalQuantile((i - 0.375) / an25);
      summ2 += a[i] * a[i];
    }
    summ2 *= 2;
    const ssumm2 = Math.sqrt(summ2);
    const rsn = 1 / Math.sqrt(an);
    const a1 = poly(C1, rsn) - a[1] / ssumm2;
    let i1: number;
    let fac: number;
    if (n > 5) {
      i1 = 3;
      const a2 = -a[2] / ssumm2 + poly(C2, rsn);
      fac = Math.sqrt((summ2 - 2 * (a[1] * a[1]) - 2 * (a[2] * a[2])) / (1 - 2 * (a1 * a1) - 2 * (a2 * a2)));
      a[2] = a2;
    } else {
      i1 = 2;
      fac = Math.sqrt((summ2 - 2 * (a[1] * a[1])) / (1 - 2 * (a1 * a1)));
    }
    a[1] = a1;
    for (let i = i1; i <= nn2; i++) a[i] /= -fac;
  }

  const range = x[n - 1] - x[0];
  if (range < 1e-19) return { w: NaN, p: NaN, n, reason: 'zero-variance' };

  // Means of the range-scaled data and of the coefficients, in swilk.c's order of summation.
  let sx = x[0] / range;
  let sa = -a[1];
  for (let i = 1, j = n - 1; i < n; j--) {
    const xi = x[i] / range;
    sx += xi;
    i++;
    if (i !== j) sa += Math.sign(i - j) * a[Math.min(i, j)];
  }
  sa /= n;
  sx /= n;
  let ssa = 0;
  let ssx = 0;
  let sax = 0;
  for (let i = 0, j = n - 1; i < n; i++, j--) {
    const asa = i !== j ? Math.sign(i - j) * a[1 + Math.min(i, j)] - sa : -sa;
    const xsx = x[i] / range - sx;
    ssa += asa * asa;
    ssx += xsx * xsx;
    sax += asa * xsx;
  }
  // 1 − W without cancellation when W ≈ 1.
  const ssassx = Math.sqrt(ssa * ssx);
  const w1 = ((ssassx - sax) * (ssassx + sax)) / (ssa * ssx);
  const w = 1 - w1;

  if (n === 3) {
    const pi6 = 1.90985931710274; // 6/π, as swilk.c
    const stqr = 1.0471975511966; // asin(√(3/4)), as swilk.c
    return { w, p: Math.max(0, pi6 * (Math.asin(Math.sqrt(w)) - stqr)), n };
  }
  let y = Math.log(w1);
  const lnN = Math.log(an);
  let m: number;
  let s: number;
  if (n <= 11) {
    const gamma = poly(G, an);
    if (y >= gamma) return { w, p: 1e-99, n };
    y = -Math.log(gamma - y);
    m = poly(C3, an);
    s = Math.exp(poly(C4, an));
  } else {
    m = poly(C5, lnN);
    s = Math.exp(poly(C6, lnN));
  }
  return { w, p: normalUpper((y - m) / s), n };
}
