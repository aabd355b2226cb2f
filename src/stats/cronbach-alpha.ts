/**
 * Cronbach's alpha of k Likert items, with SPSS's "Item-Total Statistics" for each item — the
 * reliability test of the chapter (4.4) and its appendix table.
 *
 * Definitions, with C the k×k sample covariance matrix of the items (divisor n − 1),
 * Vₜ = Σᵢⱼ Cᵢⱼ the variance of the total score T = Σᵢ Xᵢ, and rᵢ = Σⱼ Cᵢⱼ = cov(Xᵢ, T):
 *
 *     alpha                        = k/(k − 1) · (1 − Σᵢ Cᵢᵢ / Vₜ)
 *     Scale Mean if Item Deleted   = mean(T) − mean(Xᵢ)
 *     Scale Variance if Deleted    = Vᵢ = var(T − Xᵢ) = Vₜ − 2rᵢ + Cᵢᵢ
 *     Corrected Item-Total r       = cor(Xᵢ, T − Xᵢ) = (rᵢ − Cᵢᵢ) / √(Cᵢᵢ · Vᵢ)
 *     Alpha if Item Deleted        = (k − 1)/(k − 2) · (1 − (Σⱼ Cⱼⱼ − Cᵢᵢ) / Vᵢ)
 *     (uncorrected) Item-Total r   = cor(Xᵢ, T) = rᵢ / √(Cᵢᵢ · Vₜ)
 *
 * Variant and why: *raw* (covariance-based) alpha, the one SPSS prints as "Cronbach's Alpha" and
 * psych prints as `raw_alpha` — not the standardized alpha (from correlations), which assumes
 * the items are rescaled to equal variance, something a summed Likert score does not do. The
 * corrected item-total r is psych's `r.drop`; alpha-if-deleted is psych's `alpha.drop$raw_alpha`.
 *
 * Algorithm: two passes over the data (means, then centred cross-products) give C in O(n·k²);
 * everything else is derived from C in O(k²). Centring first keeps the digits that the one-pass
 * "Σxy − n·x̄ȳ" loses. Whether an item, the total or a rest score is *exactly* constant is
 * decided from the raw values (not from a rounded variance), so degenerate data give NaN, not
 * rounding noise.
 *
 * Preconditions and degenerate cases (never throws; the caller turns NaN into a warning):
 * - `items`: k columns of equal length n (any numeric array-likes); otherwise everything NaN.
 * - k < 2 (a variable with one item) or NaN in the data: alpha and every per-item value NaN
 *   (with k = 1 the variance and mean of the single "total" are still reported).
 * - n < 2: everything NaN except the means (scaleMean, Scale Mean if Item Deleted).
 * - Constant total (Vₜ = 0): alpha NaN.
 * - Constant item i: its corrected (and uncorrected) item-total r is NaN; alpha and the other
 *   values stay defined and count the item in k. (SPSS and psych remove a zero-variance item
 *   from the scale with a warning; a caller that wants that calls again without the item.)
 * - Constant rest score T − Xᵢ: Scale Variance if Deleted 0, corrected r and alpha-if-deleted NaN.
 * - k = 2: alpha-if-deleted is NaN (alpha of a single item is undefined; psych prints a number
 *   there that is not an alpha).
 * - Alpha can be negative (negative average covariance); it is returned as is.
 *
 * @example
 * cronbachAlpha([
 *   Float64Array.of(4, 5, 3, 4, 2, 5),
 *   Float64Array.of(4, 4, 3, 5, 2, 4),
 *   Float64Array.of(5, 4, 2, 4, 3, 5),
 * ])
 * // → { k: 3, n: 6, alpha: 0.8713235294117646, itemVarianceSum: 3.8000000000000003,
 * //     totalVariance: 9.066666666666666, scaleMean: 11.333333333333334,
 * //     items: [ { scaleMeanIfDeleted: 7.5, scaleVarianceIfDeleted: 3.9,
 * //                correctedItemTotalR: 0.8229813554659988, alphaIfDeleted: 0.7521367521367519,
 * //                itemTotalR: 0.9280036733712484 }, … ] }
 * // R: a <- psych::alpha(d); a$total$raw_alpha = 0.87132352941176461,
 * //    a$item.stats$r.drop[1] = 0.8229813554659988, a$alpha.drop$raw_alpha[1] = 0.7521367521367519
 *
 * Reference: Cronbach, L. J. (1951), "Coefficient alpha and the internal structure of tests",
 * Psychometrika 16, 297–334; IBM SPSS Statistics Algorithms, "RELIABILITY"; R psych::alpha.
 */
import { compensatedSum } from './summation.js';

/** SPSS "Item-Total Statistics" for one item. */
export interface ItemTotalStatistics {
  /** Mean of the total score without this item. */
  scaleMeanIfDeleted: number;
  /** Sample variance of the total score without this item. */
  scaleVarianceIfDeleted: number;
  /** r of the item with the total of the other items (psych `r.drop`). */
  correctedItemTotalR: number;
  /** Cronbach's alpha of the other k − 1 items (psych `alpha.drop$raw_alpha`). */
  alphaIfDeleted: number;
  /** r of the item with the total including itself (the "r hitung" of Pearson validity). */
  itemTotalR: number;
}

/** Cronbach's alpha of a set of items with the per-item statistics. */
export interface CronbachAlphaResult {
  /** Number of items. */
  k: number;
  /** Number of respondents. */
  n: number;
  /** Raw Cronbach's alpha. */
  alpha: number;
  /** Σ of the item variances. */
  itemVarianceSum: number;
  /** Variance of the total score. */
  totalVariance: number;
  /** Mean of the total score. */
  scaleMean: number;
  /** Item-Total Statistics, in the order of `items`. */
  items: ItemTotalStatistics[];
}

function nanItems(k: number): ItemTotalStatistics[] {
  return Array.from({ length: k }, () => ({
    scaleMeanIfDeleted: NaN,
    scaleVarianceIfDeleted: NaN,
    correctedItemTotalR: NaN,
    alphaIfDeleted: NaN,
    itemTotalR: NaN,
  }));
}

/**
 * Cronbach's alpha of the item columns `items` and SPSS's Item-Total Statistics; see the module
 * comment for definitions and degenerate cases.
 */
export function cronbachAlpha(items: readonly ArrayLike<number>[]): CronbachAlphaResult {
  const k = items.length;
  const n = k > 0 ? items[0].length : 0;
  const fail = (): CronbachAlphaResult => ({
    k,
    n,
    alpha: NaN,
    itemVarianceSum: NaN,
    totalVariance: NaN,
    scaleMean: NaN,
    items: nanItems(k),
  });
  if (k === 0 || items.some((col) => col.length !== n) || n < 1) return fail();

  // Pass 1: means, NaN check, and exact constancy of each item, of the total and of each rest.
  const mean = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    mean[j] = compensatedSum(items[j]) / n;
    if (Number.isNaN(mean[j])) return fail();
  }
  const itemConstant = new Array<boolean>(k).fill(true);
  const restConstant = new Array<boolean>(k).fill(true);
  let totalConstant = true;
  let total0 = 0;
  for (let j = 0; j < k; j++) total0 += items[j][0];
  // Stops as soon as nothing is constant any more (with real answers: after a few rows).
  for (let i = 1, open = 2 * k + 1; i < n && open > 0; i++) {
    let total = 0;
    for (let j = 0; j < k; j++) {
      const v = items[j][i];
      total += v;
      if (itemConstant[j] && v !== items[j][0]) {
        itemConstant[j] = false;
        open--;
      }
    }
    if (totalConstant && total !== total0) {
      totalConstant = false;
      open--;
    }
    for (let j = 0; j < k; j++) {
      if (restConstant[j] && total - items[j][i] !== total0 - items[j][0]) {
        restConstant[j] = false;
        open--;
      }
    }
  }
  for (let j = 0; j < k; j++) if (itemConstant[j]) mean[j] = items[j][0];
  let scaleMean = 0;
  for (let j = 0; j < k; j++) scaleMean += mean[j];

  const result: CronbachAlphaResult = {
    k,
    n,
    alpha: NaN,
    itemVarianceSum: NaN,
    totalVariance: NaN,
    scaleMean,
    items: nanItems(k),
  };
  if (k >= 2) for (let j = 0; j < k; j++) result.items[j].scaleMeanIfDeleted = scaleMean - mean[j];
  if (n < 2) return result;

  // Pass 2: centred cross-products (upper triangle), C = S / (n − 1).
  const C = new Float64Array(k * k);
  const d = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) d[j] = itemConstant[j] ? 0 : items[j][i] - mean[j];
    for (let a = 0; a < k; a++) {
      const da = d[a];
      if (da === 0) continue;
      const row = a * k;
      for (let b = a; b < k; b++) C[row + b] += da * d[b];
    }
  }
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const v = C[a * k + b] / (n - 1);
      C[a * k + b] = v;
      C[b * k + a] = v;
    }
  }

  let trace = 0;
  let totalVariance = 0;
  const rowSum = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    trace += C[a * k + a];
    for (let b = 0; b < k; b++) rowSum[a] += C[a * k + b];
    totalVariance += rowSum[a];
  }
  if (totalConstant) totalVariance = 0;
  result.itemVarianceSum = trace;
  result.totalVariance = totalVariance;
  if (k >= 2 && totalVariance > 0) result.alpha = (k / (k - 1)) * (1 - trace / totalVariance);

  if (k < 2) return result;
  for (let j = 0; j < k; j++) {
    const cjj = C[j * k + j];
    const it = result.items[j];
    const restVariance = restConstant[j] ? 0 : Math.max(0, totalVariance - 2 * rowSum[j] + cjj);
    it.scaleVarianceIfDeleted = restVariance;
    if (!itemConstant[j] && restVariance > 0) {
      it.correctedItemTotalR = clampR((rowSum[j] - cjj) / Math.sqrt(cjj * restVariance));
    }
    if (!itemConstant[j] && totalVariance > 0) {
      it.itemTotalR = clampR(rowSum[j] / Math.sqrt(cjj * totalVariance));
    }
    if (k >= 3 && restVariance > 0) {
      it.alphaIfDeleted = ((k - 1) / (k - 2)) * (1 - (trace - cjj) / restVariance);
    }
  }
  return result;
}

function clampR(r: number): number {
  return Math.max(-1, Math.min(1, r));
}
