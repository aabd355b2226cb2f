/**
 * Pearson's product-moment correlation r of two columns and its two-sided p-value — the
 * "r hitung" and "Sig. (2-tailed)" of the item validity test (SPSS "Bivariate Correlations").
 *
 * Definition:
 *
 *     r  = Sxy / √(Sxx · Syy),   Sxy = Σ (xᵢ − x̄)(yᵢ − ȳ),  Sxx = Σ (xᵢ − x̄)²,  Syy = Σ (yᵢ − ȳ)²
 *     t  = r · √( df / ((1 − r)(1 + r)) ),   df = n − 2
 *     p  = 2 · P(T_df ≥ |t|)                 two-sided, as R `cor.test(x, y)$p.value`
 *
 * Variant and why:
 * - Two-pass centred sums (means first, then the cross-products of deviations) rather than the
 *   one-pass "n·Σxy − Σx·Σy": the latter cancels catastrophically when the values are large
 *   relative to their spread (e.g. incomes in Rupiah, 1e7 ± 1e5). The means use compensated
 *   (Neumaier) summation. r is clamped to [−1, 1] against rounding.
 * - 1 − r² is computed as (1 − r)(1 + r), which keeps its digits when |r| is near 1, and the p
 *   comes from the t *lower* tail (distributions.ts `tTwoSided`), never as 1 − cdf, so a p of
 *   1e-19 (item–total correlations of n = 89) is accurate to ~1e-14 relative.
 * - The test is the usual t test of H₀: ρ = 0 (exact under bivariate normality), the one SPSS
 *   and R print. No Fisher z.
 *
 * Preconditions and degenerate cases (never throws):
 * - x and y of equal length n; otherwise everything is NaN.
 * - n < 2, or a constant column (zero variance): r = NaN, p = NaN.
 * - n = 2 (df = 0): r is ±1 (or NaN) but p = NaN — no test is possible.
 * - |r| = 1 with df ≥ 1: t = ±∞, p = 0.
 * - A NaN anywhere makes r and p NaN.
 *
 * @example
 * pearson(Float64Array.of(1, 2, 3, 4, 5), Float64Array.of(2, 1, 4, 3, 5))
 * // → { n: 5, r: 0.8, df: 3, t: 2.3094010767585034, p: 0.1040880386618278 }
 * // R: cor.test(1:5, c(2,1,4,3,5)) → t 2.3094010767585011, p 0.10408803866182798
 *
 * Reference: R `stats:::cor.test.default` (method "pearson"); Chan, Golub & LeVeque (1983) for the
 * two-pass sums.
 */
import { tTwoSided } from './distributions.js';

/** Pearson's r with its t test. */
export interface PearsonResult {
  /** Number of pairs. */
  n: number;
  /** Pearson's r, in [−1, 1]; NaN when undefined. */
  r: number;
  /** Degrees of freedom of the t test, n − 2. */
  df: number;
  /** t = r·√(df / (1 − r²)); ±Infinity when |r| = 1. */
  t: number;
  /** Two-sided p-value of H₀: ρ = 0. */
  p: number;
}

/** Neumaier-compensated mean; NaN if any value is NaN. Also reports whether the column is constant. */
function meanOf(x: ArrayLike<number>): { mean: number; constant: boolean } {
  const n = x.length;
  const first = x[0];
  let s = 0;
  let c = 0;
  let constant = true;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (v !== first) constant = false;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  const m = (s + c) / n;
  return { mean: constant ? first : m, constant: constant && !Number.isNaN(first) };
}

/**
 * Pearson's r of two equally long columns (two-pass centred sums); NaN when undefined.
 */
export function pearsonR(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n !== y.length || n < 2) return NaN;
  const mx = meanOf(x);
  const my = meanOf(y);
  if (Number.isNaN(mx.mean) || Number.isNaN(my.mean)) return NaN;
  if (mx.constant || my.constant) return NaN;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx.mean;
    const dy = y[i] - my.mean;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return NaN;
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, r));
}

/**
 * Two-sided p-value of a Pearson r from n pairs: t = r·√(df/((1−r)(1+r))), df = n − 2.
 * NaN for NaN r or df < 1; 0 for |r| = 1.
 */
export function pearsonP(r: number, n: number): number {
  return pearsonT(r, n).p;
}

function pearsonT(r: number, n: number): { df: number; t: number; p: number } {
  const df = n - 2;
  if (Number.isNaN(r) || !(df >= 1) || Math.abs(r) > 1) return { df, t: NaN, p: NaN };
  if (Math.abs(r) === 1) return { df, t: r * Infinity, p: 0 };
  const t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
  return { df, t, p: tTwoSided(t, df) };
}

/**
 * Pearson's r of `x` and `y` with its t statistic and two-sided p; see the module comment.
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): PearsonResult {
  const n = x.length === y.length ? x.length : NaN;
  const r = pearsonR(x, y);
  const { df, t, p } = pearsonT(r, n);
  return { n, r, df, t, p };
}
