/**
 * The Durbin–Watson table of a thesis appendix: dL and dU at α = 0.05 for k′ = 1 … 5 regressors
 * (the intercept not counted) and n = 6 … 200 observations, laid out as the printed table of
 * Savin & White (1977) — an entry only where n ≥ k′ + 5, which is where that table starts.
 *
 * Definition. Each entry is `durbinWatsonBounds(n, k′, 0.05)` (durbin-watson-bounds.ts): the exact
 * α-quantiles of the bounding statistics d_L and d_U, by Imhof's method on the eigenvalues
 * νⱼ = 2(1 − cos(πj/n)). Nothing is copied from a printed table; the printed table is only the
 * check (test/stats/durbin-watson-table.test.ts holds ten of its entries, agreeing to its 3 decimals).
 *
 * Why stored. The 975 pairs take ≈ 3 s to compute (≈ 3 ms each), far too long for every build, so
 * they are computed once by `npm run generate:dw-table` (scripts/durbin-watson-table.ts) into
 * durbin-watson-table.generated.ts, committed. A test recomputes a sample of entries and compares.
 * A study with n > 200 gets its own row computed on demand (`durbinWatsonTableRow`).
 *
 * @example
 * durbinWatsonTable().rows.find((r) => r.n === 100)!.bounds[2]
 * // → { dL: 1.6130608609…, dU: 1.7364340744… }   (Savin–White 1977, n = 100, k′ = 3: 1.613, 1.736)
 *
 * Reference: N. E. Savin & K. J. White (1977), "The Durbin–Watson test for serial correlation with
 * extreme sample sizes or many regressors", Econometrica 45, 1989–1996 (table for α = 0.05).
 */
import { durbinWatsonBounds } from './durbin-watson-bounds.js';
import { DURBIN_WATSON_TABLE } from './durbin-watson-table.generated.js';

export interface DurbinWatsonTableRow {
  n: number;
  /** One entry per k′ = 1 … kMax; null where the printed table has none (n < k′ + 5). */
  bounds: ({ dL: number; dU: number } | null)[];
}

export interface DurbinWatsonTable {
  alpha: number;
  /** Largest k′ (regressors without the intercept). */
  kMax: number;
  nMin: number;
  nMax: number;
  rows: DurbinWatsonTableRow[];
}

/** The smallest n with an entry for k′ regressors, as in the Savin–White table. */
export const firstN = (k: number) => k + 5;

/** The stored table (α = 0.05, k′ = 1 … 5, n = 6 … 200). */
export function durbinWatsonTable(): DurbinWatsonTable {
  const t = DURBIN_WATSON_TABLE;
  return {
    alpha: t.alpha,
    kMax: t.kMax,
    nMin: t.nMin,
    nMax: t.nMax,
    rows: t.rows.map(([n, ...v]) => ({
      n,
      bounds: Array.from({ length: t.kMax }, (_, j) => (v[2 * j] === null ? null : { dL: v[2 * j]!, dU: v[2 * j + 1]! })),
    })),
  };
}

/** One row computed now: what the stored table holds for n, for any n (the generator uses it too). */
export function durbinWatsonTableRow(n: number, kMax = 5, alpha = 0.05): DurbinWatsonTableRow {
  return {
    n,
    bounds: Array.from({ length: kMax }, (_, j) => {
      const k = j + 1;
      if (n < firstN(k)) return null;
      const b = durbinWatsonBounds(n, k, alpha);
      return Number.isFinite(b.dL) && Number.isFinite(b.dU) ? { dL: b.dL, dU: b.dU } : null;
    }),
  };
}

/**
 * dL and dU for n observations, k′ regressors and level α: the stored entry where the table has one
 * (α = 0.05, n = 6 … 200, k′ = 1 … 5: the doubles `durbinWatsonBounds` gave when the table was
 * generated), else computed now (≈ 5 ms for n = 89, 15 ms in a process that has not run it before).
 */
export function durbinWatsonBoundsOf(n: number, k: number, alpha: number): { dL: number; dU: number } {
  const t = DURBIN_WATSON_TABLE;
  if (alpha === t.alpha && Number.isInteger(n) && Number.isInteger(k) && n >= t.nMin && n <= t.nMax && k >= 1 && k <= t.kMax) {
    const row = t.rows[n - t.nMin];
    const dL = row[2 * k - 1];
    const dU = row[2 * k];
    if (row[0] === n && dL !== null && dU !== null) return { dL, dU };
  }
  const { dL, dU } = durbinWatsonBounds(n, k, alpha);
  return { dL, dU };
}
