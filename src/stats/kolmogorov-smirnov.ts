/**
 * One-sample Kolmogorov–Smirnov test of normality with the parameters estimated from the sample,
 * and the *classic asymptotic* p-value (old SPSS "Asymp. Sig. (2-tailed)").
 *
 * Definition. Sort the sample x₍₁₎ ≤ … ≤ x₍ₙ₎, let m = mean(x), s = sd(x) (divisor n − 1) and
 * pᵢ = Φ((x₍ᵢ₎ − m)/s). The two-sided statistic is the largest distance between the empirical CDF
 * and the fitted normal CDF,
 *
 *     D = max_i max( pᵢ − (i − 1)/n ,  i/n − pᵢ ),
 *
 * and the p-value is the upper tail of Kolmogorov's limiting distribution at √n·D,
 *
 *     p = 1 − K(√n·D),   K(t) = 1 − 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²t²}.
 *
 * Variant and why. This reproduces R 4.2 `ks.test(x, "pnorm", mean(x), sd(x), exact = FALSE)`
 * bit for bit in its approximations: R's C routine `pkstwo` with `tol = 1e-6`, which for t < 1
 * uses the dual series √(2π)/t · Σ e^{−(2k−1)²π²/(8t²)} truncated at k_max = ⌊√(2 − ln tol)⌋ = 3
 * (so a single term), and for t ≥ 1 sums the alternating series until two partial sums differ by
 * ≤ tol. The p-value is therefore accurate to about 1e-6 *as a Kolmogorov tail*, but equal to R's
 * to ~1e-15. It ignores that m and s were estimated, so it is far too large (conservative); the
 * Lilliefors test (`lilliefors.ts`) uses the same D with a corrected p. The contract keeps this one
 * because older SPSS printed it and many theses quote it. Ties (discrete Likert sums) are allowed,
 * as in R (which only warns): D is still the sup distance of the step ECDF.
 *
 * Preconditions. n ≥ 2 finite values with sd > 0. Otherwise the fields are NaN and `reason` says why:
 * 'n-out-of-range' (n < 2), 'non-finite' (a NaN or ±Infinity value), 'zero-variance' (all values equal).
 * The input is never modified.
 *
 * @example
 * kolmogorovSmirnov(Float64Array.of(53.0397826558, 72.2528016822, 47.7187099163, 45.6518631589,
 *   44.9292270044, 38.7404212666, 64.9215719286, 63.0125421182, 62.5878867414, 48.8411758985))
 * // → { d: 0.18836696365161584, p: 0.8699654958436447, n: 10 }
 * // R: ks.test(x, "pnorm", mean(x), sd(x), exact = FALSE) → D = 0.1883669636516159, p = 0.8699654958436446
 *
 * References: A. N. Kolmogorov (1933), "Sulla determinazione empirica di una legge di
 * distribuzione", Giorn. Ist. Ital. Attuari 4, 83–91; J. Durbin (1973), Distribution Theory for
 * Tests Based on the Sample Distribution Function, SIAM (the two series); R `src/library/stats/src/ks.c`.
 */
import { normalLower } from './distributions.js';
import { descriptives } from './descriptives.js';

/** Why a statistic is NaN. */
export type NormalityReason = 'n-out-of-range' | 'non-finite' | 'zero-variance';

/** The K-S distance of a sample from the normal with the sample's own mean and sd. */
export interface NormalDistance {
  /** Two-sided sup distance D between the ECDF and Φ((x − mean)/sd): max(D⁺, D⁻). */
  d: number;
  /** D⁺ = max(Fₙ(x) − Φ) = maxᵢ(i/n − pᵢ): SPSS's "Most Extreme Differences, Positive" (R: alternative = "greater"). */
  dPlus: number;
  /** D⁻ = max(Φ − Fₙ(x⁻)) = maxᵢ(pᵢ − (i − 1)/n): SPSS prints −D⁻ as "Negative" (R: alternative = "less"). */
  dMinus: number;
  /** Number of values. */
  n: number;
  /** Sample mean used for the fitted normal. */
  mean: number;
  /** Sample standard deviation (n − 1) used for the fitted normal. */
  sd: number;
  /** Present when d is NaN. */
  reason?: NormalityReason;
}

/** Result of the one-sample K-S normality test. */
export interface KolmogorovSmirnovResult {
  /** Two-sided statistic D. */
  d: number;
  /** Asymptotic p-value 1 − K(√n·D), as R `ks.test(..., exact = FALSE)`. */
  p: number;
  /** Number of values. */
  n: number;
  /** Present when d and p are NaN. */
  reason?: NormalityReason;
}

/** Ascending copy as a Float64Array (the input is not modified). */
export function sortedCopy(x: ArrayLike<number>): Float64Array {
  const s = Float64Array.from(x as ArrayLike<number>);
  s.sort();
  return s;
}

/** Checks shared by the normality tests: finite values, non-zero spread. */
export function checkSample(x: ArrayLike<number>, minN: number, maxN = Infinity): NormalityReason | undefined {
  const n = x.length;
  for (let i = 0; i < n; i++) if (!Number.isFinite(x[i])) return 'non-finite';
  if (n < minN || n > maxN) return 'n-out-of-range';
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (x[i] < lo) lo = x[i];
    if (x[i] > hi) hi = x[i];
  }
  return hi - lo > 0 ? undefined : 'zero-variance';
}

/**
 * D of `x` against N(mean(x), sd(x)), computed as R `ks.test` does:
 * zᵢ = Φ((x₍ᵢ₎ − m)/s) − (i − 1)/n, D⁻ = max zᵢ, D⁺ = max(1/n − zᵢ), D = max(D⁺, D⁻). Shared with
 * the Lilliefors test.
 * `sorted`: x in ascending order, when the caller has it already.
 */
export function normalDistance(x: ArrayLike<number>, sorted?: Float64Array): NormalDistance {
  const n = x.length;
  const reason = checkSample(x, 2);
  if (reason !== undefined) return { d: NaN, dPlus: NaN, dMinus: NaN, n, mean: NaN, sd: NaN, reason };
  const { mean, sd } = descriptives(x);
  if (!(sd > 0)) return { d: NaN, dPlus: NaN, dMinus: NaN, n, mean, sd, reason: 'zero-variance' };
  const s = sorted ?? sortedCopy(x);
  let dPlus = -Infinity;
  let dMinus = -Infinity;
  for (let i = 0; i < n; i++) {
    const z = normalLower((s[i] - mean) / sd) - i / n;
    if (z > dMinus) dMinus = z;
    if (1 / n - z > dPlus) dPlus = 1 / n - z;
  }
  return { d: Math.max(dPlus, dMinus), dPlus, dMinus, n, mean, sd };
}

/**
 * Upper tail 1 − K(t) of Kolmogorov's limiting distribution, exactly as R's C `pkstwo(t, tol)`
 * (R 4.2 `ks.test` calls it with tol = 1e-6; see the module comment for its truncation).
 */
export function kolmogorovUpper(t: number, tol = 1e-6): number {
  if (Number.isNaN(t)) return NaN;
  if (t <= 0) return 1;
  let k: number;
  let cdf: number;
  if (t < 1) {
    const kMax = Math.trunc(Math.sqrt(2 - Math.log(tol)));
    const z = -((Math.PI / 2) * (Math.PI / 4)) / (t * t);
    const w = Math.log(t);
    let s = 0;
    for (k = 1; k < kMax; k += 2) s += Math.exp(k * k * z - w);
    cdf = s / (1 / Math.sqrt(2 * Math.PI));
  } else {
    const z = -2 * t * t;
    let sign = -1;
    k = 1;
    let old = 0;
    let next = 1;
    while (Math.abs(old - next) > tol) {
      old = next;
      next += 2 * sign * Math.exp(z * k * k);
      sign *= -1;
      k++;
    }
    cdf = next;
  }
  return Math.min(1, Math.max(0, 1 - cdf));
}

/**
 * One-sample K-S test of normality with estimated mean and sd and the classic asymptotic p
 * (R `ks.test(x, "pnorm", mean(x), sd(x), exact = FALSE)`). NaN fields + `reason` outside the domain.
 * `distance`: normalDistance(x), when the caller has it already (it is shared with Lilliefors).
 */
export function kolmogorovSmirnov(x: ArrayLike<number>, distance?: NormalDistance): KolmogorovSmirnovResult {
  const dist = distance ?? normalDistance(x);
  if (dist.reason !== undefined) return { d: NaN, p: NaN, n: dist.n, reason: dist.reason };
  return { d: dist.d, p: kolmogorovUpper(Math.sqrt(dist.n) * dist.d), n: dist.n };
}
