/**
 * Lilliefors test of normality: the Kolmogorov–Smirnov distance D of the sample from the normal
 * with the sample's own mean and sd, with a p-value that accounts for those two estimates
 * (SPSS ≥ 21 "Asymp. Sig." with "Lilliefors Significance Correction"; R `nortest::lillie.test`).
 *
 * Definition. D is the statistic of `kolmogorov-smirnov.ts` (`normalDistance`). Its null
 * distribution, with mean and sd estimated, has no closed form; the p-value is the analytic
 * approximation of Dallal & Wilkinson (1986) to Lilliefors' simulated table:
 *
 *     n ≤ 100:  K = D,              N = n
 *     n > 100:  K = D·(n/100)^0.49, N = 100
 *     p = exp(−7.01256·K²·(N + 2.78019) + 2.99587·K·√(N + 2.78019) − 0.122119 + 0.974598/√N + 1.67997/N)
 *
 * and, where that exceeds 0.1 (outside the approximation's range), Stephens' (1974) modified
 * statistic KK = (√n − 0.01 + 0.85/√n)·D with nortest's piecewise quartic polynomials:
 * KK ≤ 0.302 → 1; ≤ 0.5, ≤ 0.9, ≤ 1.31 → a quartic in KK each; above → 0. (The last two never
 * fire in practice: for 5 ≤ n ≤ 3000 a KK above 0.9 always gives a Dallal–Wilkinson p ≤ 0.1;
 * they are kept to stay line-for-line with nortest.)
 *
 * Variant and why. Exactly `nortest::lillie.test` 1.0-4 (same constants, same branches), the
 * version the contract names; a thesis that reports "Kolmogorov–Smirnov with Lilliefors
 * correction" from SPSS gets essentially the same p (SPSS uses the same Dallal–Wilkinson formula
 * for p ≤ 0.1 and prints "0.200" — a lower bound — above it). Ties are allowed.
 *
 * Preconditions. n ≥ 5 finite values (nortest refuses n < 5) and sd > 0; otherwise d and p are NaN
 * and `reason` is 'n-out-of-range', 'non-finite' or 'zero-variance'. The input is never modified.
 *
 * @example
 * lilliefors(Float64Array.of(53.0397826558, 72.2528016822, 47.7187099163, 45.6518631589,
 *   44.9292270044, 38.7404212666, 64.9215719286, 63.0125421182, 62.5878867414, 48.8411758985))
 * // → { d: 0.18836696365161584, p: 0.4009115760664983, n: 10 }
 * // R: nortest::lillie.test(x) → D = 0.18836696365161587, p-value = 0.40091157606650185
 * // (the survey-a residuals, n = 89: D = 0.1146941448505196, p = 0.005658047557511153 — while the
 * //  uncorrected K-S p is 0.192: the correction matters)
 *
 * References: H. W. Lilliefors (1967), "On the Kolmogorov–Smirnov test for normality with mean and
 * variance unknown", JASA 62, 399–402; G. E. Dallal & L. Wilkinson (1986), "An analytic
 * approximation to the distribution of Lilliefors's test statistic for normality", The American
 * Statistician 40, 294–296; M. A. Stephens (1974), "EDF statistics for goodness of fit and some
 * comparisons", JASA 69, 730–737; J. Gross & U. Ligges, R package nortest, `lillie.test`.
 */
import { checkSample, normalDistance, type NormalDistance, type NormalityReason } from './kolmogorov-smirnov.js';

/** Result of the Lilliefors test. */
export interface LillieforsResult {
  /** The K-S statistic D (same as `kolmogorovSmirnov(x).d`). */
  d: number;
  /** Lilliefors-corrected p-value (Dallal–Wilkinson, as nortest). */
  p: number;
  /** Number of values. */
  n: number;
  /** Present when d and p are NaN. */
  reason?: NormalityReason;
}

/**
 * The Lilliefors p-value of a K-S distance `d` for a sample of size `n` (n ≥ 5), as nortest.
 * NaN if d is NaN or n < 5.
 */
export function lillieforsP(d: number, n: number): number {
  if (Number.isNaN(d) || !(n >= 5)) return NaN;
  let kd: number;
  let nd: number;
  if (n <= 100) {
    kd = d;
    nd = n;
  } else {
    kd = d * Math.pow(n / 100, 0.49);
    nd = 100;
  }
  let p = Math.exp(
    -7.01256 * kd * kd * (nd + 2.78019) +
      2.99587 * kd * Math.sqrt(nd + 2.78019) -
      0.122119 +
      0.974598 / Math.sqrt(nd) +
      1.67997 / nd,
  );
  if (p > 0.1) {
    const kk = (Math.sqrt(n) - 0.01 + 0.85 / Math.sqrt(n)) * d;
    if (kk <= 0.302) p = 1;
    else if (kk <= 0.5)
      p = 2.76773 - 19.828315 * kk + 80.709644 * kk ** 2 - 138.55152 * kk ** 3 + 81.218052 * kk ** 4;
    else if (kk <= 0.9)
      p = -4.901232 + 40.662806 * kk - 97.490286 * kk ** 2 + 94.029866 * kk ** 3 - 32.355711 * kk ** 4;
    else if (kk <= 1.31)
      p = 6.198765 - 19.558097 * kk + 23.186922 * kk ** 2 - 12.234627 * kk ** 3 + 2.423045 * kk ** 4;
    else p = 0;
  }
  return p;
}

/**
 * Lilliefors (K-S) normality test, as `nortest::lillie.test`. NaN fields + `reason` outside the domain.
 * `distance`: normalDistance(x), when the caller has it already (it is shared with the K-S test).
 */
export function lilliefors(x: ArrayLike<number>, distance?: NormalDistance): LillieforsResult {
  const n = x.length;
  const reason = checkSample(x, 5);
  if (reason !== undefined) return { d: NaN, p: NaN, n, reason };
  const dist = distance ?? normalDistance(x);
  if (dist.reason !== undefined) return { d: NaN, p: NaN, n, reason: dist.reason };
  return { d: dist.d, p: lillieforsP(dist.d, n), n };
}
