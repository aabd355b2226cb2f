/**
 * Distribution functions for the tests of the chapter, with the tails computed directly.
 *
 * Every p-value is an *upper* (or two-sided) tail. `1 − cdf(x)` loses all digits once the
 * tail falls below ~1e-16, so the upper tails here are computed from the complementary
 * functions: the t tail as `cdf(−|t|)`, the F tail through the regularized incomplete beta
 * function `I_{d2/(d2 + d1·f)}(d2/2, d1/2)`, the χ² tail through the upper regularized
 * incomplete gamma function, the normal tail as `Φ(−z)`. All agree with R's `pt`, `pf`,
 * `pchisq`, `pnorm` (`lower.tail = FALSE`) to ~1e-14 relative, including far tails (1e-300).
 *
 * Numeric kernels never throw: outside their domain they return NaN.
 *
 * @example
 * tTwoSided(7.048, 85)     // 4.5e-10
 * tQuantile(0.975, 85)     // 1.9882679...   (R: qt(0.975, 85))
 * fUpper(27.66, 3, 85)     // 1.5e-12
 * fQuantile(0.95, 3, 85)   // 2.7119214...   (R: qf(0.95, 3, 85))
 */
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuant from '@stdlib/stats-base-dists-t-quantile';
import fQuant from '@stdlib/stats-base-dists-f-quantile';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuant from '@stdlib/stats-base-dists-normal-quantile';
import chisqQuant from '@stdlib/stats-base-dists-chisquare-quantile';
import betainc from '@stdlib/math-base-special-betainc';
import gammainc from '@stdlib/math-base-special-gammainc';

/** Two-sided p of Student's t: P(|T| ≥ |t|) = 2·F(−|t|; df). */
export function tTwoSided(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** Lower-tail probability P(T ≤ t). */
export function tLower(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  return tCdf(t, df);
}

/** Quantile of Student's t (R `qt(p, df)`). */
export function tQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return NaN;
  return tQuant(p, df);
}

/** Upper tail of F: P(F ≥ f) = I_{d2/(d2+d1·f)}(d2/2, d1/2), exact in the far tail. */
export function fUpper(f: number, df1: number, df2: number): number {
  if (Number.isNaN(f) || !(df1 > 0) || !(df2 > 0)) return NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  return betainc(df2 / (df2 + df1 * f), df2 / 2, df1 / 2, true, false);
}

/** Quantile of F (R `qf(p, df1, df2)`). */
export function fQuantile(p: number, df1: number, df2: number): number {
  if (!(p >= 0 && p <= 1) || !(df1 > 0) || !(df2 > 0)) return NaN;
  return fQuant(p, df1, df2);
}

/** Upper tail of χ²: P(X ≥ x) = Q(k/2, x/2), the upper regularized incomplete gamma. */
export function chiSquareUpper(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** Quantile of χ² (R `qchisq(p, df)`). */
export function chiSquareQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return NaN;
  return chisqQuant(p, df);
}

/** Standard normal CDF Φ(z). */
export function normalLower(z: number): number {
  return normalCdf(z, 0, 1);
}

/** Standard normal upper tail 1 − Φ(z), computed as Φ(−z). */
export function normalUpper(z: number): number {
  return normalCdf(-z, 0, 1);
}

/** Standard normal quantile Φ⁻¹(p) (R `qnorm(p)`). */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  return normalQuant(p, 0, 1);
}

/**
 * Two-tailed critical value of Pearson's r ("r tabel") at significance `alpha` with df = n − 2:
 * r = t / √(df + t²), t = t(1 − α/2; df). For df = 87, α = 0.05: 0.208414554893716.
 */
export function criticalR(alpha: number, df: number): number {
  const t = tQuantile(1 - alpha / 2, df);
  return t / Math.sqrt(df + t * t);
}
