/**
 * The largest vertical distance between the normal P-P plot of the standardized residuals and its
 * diagonal, and where it lies — what the P-P plot shows, put in a number (R:
 * `z <- sort(resid(fit) / sigma(fit)); d <- (1:n)/n - pnorm(z); which.max(abs(d))`).
 *
 * Definition. With the standardized residuals sorted, z₍₁₎ ≤ … ≤ z₍ₙ₎, the P-P plot puts the
 * i-th point at expected Φ(z₍ᵢ₎) (x) and observed i/n (y), as SPSS draws it; the deviation of the
 * point is i/n − Φ(z₍ᵢ₎). Returned: the largest |deviation|, its sign, and the point's expected
 * cumulative probability (below ~0,25 the lower tail, above ~0,75 the upper tail, else the middle).
 *
 * Variant and why: the standardization e/σ̂ of the plot itself (SPSS ZRESID) — so the number
 * describes the figure the reader sees. It is close to, but not the same as, the Kolmogorov–Smirnov
 * D, which standardizes by the residuals' own sd and also looks at (i − 1)/n; it is a description,
 * not a test.
 *
 * Preconditions (never throws): n ≥ 1 finite standardized residuals; otherwise NaN.
 *
 * @example
 * ppDeviation(Float64Array.of(-1.2, -0.3, 0.1, 0.4, 2.0))
 * // → { maxDeviation: 0.14457825838967582, deviation: 0.14457825838967582, expected: 0.6554217416103242, observed: 0.8, index: 3 }
 * // R: z <- sort(x); d <- (1:5)/5 - pnorm(z); max(abs(d)) 0.144578258389675862 (the 4th point)
 *
 * Reference: M. B. Wilk & R. Gnanadesikan (1968), "Probability plotting methods for the analysis
 * of data", Biometrika 55, 1–17.
 */
import { normalLower } from './distributions.js';

export interface PpDeviation {
  /** max |i/n − Φ(z₍ᵢ₎)|. */
  maxDeviation: number;
  /** The signed deviation there (observed − expected): > 0 the points lie above the diagonal. */
  deviation: number;
  /** Φ(z₍ᵢ₎) and i/n of that point. */
  expected: number;
  observed: number;
  /** Its rank i − 1 (0-based) among the sorted residuals. */
  index: number;
}

/** `sorted`: the values are a Float64Array in ascending order already (it is read, not copied). */
export function ppDeviation(standardized: ArrayLike<number>, options: { sorted?: boolean } = {}): PpDeviation {
  const n = standardized.length;
  const out: PpDeviation = { maxDeviation: NaN, deviation: NaN, expected: NaN, observed: NaN, index: -1 };
  if (n === 0) return out;
  const z = options.sorted && standardized instanceof Float64Array ? standardized : Float64Array.from(standardized as ArrayLike<number>);
  for (let i = 0; i < n; i++) if (!Number.isFinite(z[i])) return out;
  if (z !== standardized) z.sort();
  let best = -1;
  for (let i = 0; i < n; i++) {
    const e = normalLower(z[i]);
    const d = (i + 1) / n - e;
    if (Math.abs(d) > best) {
      best = Math.abs(d);
      out.maxDeviation = best;
      out.deviation = d;
      out.expected = e;
      out.observed = (i + 1) / n;
      out.index = i;
    }
  }
  return out;
}
