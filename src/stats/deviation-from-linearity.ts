/**
 * SPSS's "Deviation from Linearity" test (Means → Test for linearity; "ANOVA Table" of y by x):
 * does the mean of y at each distinct value of x depart from the straight line?
 *
 * Definition. Group the n observations by the G distinct values of x. Compare the linear model
 * y ~ x with the model of a separate mean per group, y ~ factor(x), which contains it:
 *
 *     SS_dev    = RSS(y ~ x) − RSS(y ~ factor(x)) = Σ_g n_g·(ȳ_g − ŷ(x_g))²,   df₁ = G − 2
 *     SS_within = RSS(y ~ factor(x))              = Σ_g Σ_{i∈g} (y_i − ȳ_g)²,  df₂ = n − G
 *     F = (SS_dev/df₁) / (SS_within/df₂),   p = P(F_{df₁, df₂} ≥ F)
 *
 * exactly R's `anova(lm(y ~ x), lm(y ~ factor(x)))` (reference-lib.R) and SPSS's row "Deviation
 * from Linearity" (F, its df, Sig.). A large p means the linearity assumption holds.
 *
 * Algorithm and why. Both sums of squares come from the residuals e of the linear fit, without
 * subtracting two RSS: ȳ_g − ŷ(x_g) is the mean of e in group g (ŷ is constant within a group), and
 * y_i − ȳ_g = e_i − ē_g. Groups are formed by exact equality of the x values.
 *
 * Preconditions (never throws): y and x of equal length, finite. When x has fewer than 3 distinct
 * values (df₁ ≤ 0: a line through 2 points fits the group means exactly) or the groups leave no
 * residual df (df₂ ≤ 0: every value of x distinct), or y is an exact linear function of x, every
 * field is NaN — the test is not applicable. SS_within = 0 < SS_dev gives F = ∞, p = 0 (as R).
 *
 * @example
 * // survey-a (n = 89): Y by X1 (16 distinct sums)
 * deviationFromLinearity(Y, X1)
 * // → { f: 0.6755752564392961, df1: 14, df2: 73, p: 0.7904679677630237, groups: 16 }
 * // R anova(lm(Y ~ X1), lm(Y ~ factor(X1))): F = 0.675575256439286, Df 14, Res.Df 73, p 0.790467967763033
 *
 * Reference: SPSS Statistics Algorithms, "MEANS: Test of linearity"; R `anova.lmlist`.
 */
import { fUpper } from './distributions.js';
import { ols } from './ols.js';
import { StatsError } from './errors.js';
import type { FTestResult } from './reset.js';
import { accurateMean, centredSumOfSquares } from './summation.js';
import { TALL_N } from './tall-least-squares.js';

/** The F test and the number of distinct x values. */
export interface DeviationFromLinearityResult extends FTestResult {
  groups: number;
}

/**
 * `tall` (default: beyond TALL_N rows): the line from the centred sums Sxx, Sxy and both sums of
 * squares from the groups' means of y — ȳ_g − ŷ(x_g) is the mean residual of group g and
 * y_i − ȳ_g = e_i − ē_g — in a few passes over the data, without the regression's n residuals.
 */
export function deviationFromLinearity(y: ArrayLike<number>, x: ArrayLike<number>, options: { tall?: boolean } = {}): DeviationFromLinearityResult {
  const n = y.length;
  const none = (groups: number): DeviationFromLinearityResult => ({ f: NaN, df1: NaN, df2: NaN, p: NaN, groups });
  if (x.length !== n) return none(NaN);
  // Groups numbered in order of first appearance; whole x values in a modest range (sums of Likert
  // items) are looked up in a table, any other by a Map.
  let lo = Infinity;
  let hi = -Infinity;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (!Number.isFinite(v) || !Number.isFinite(y[i])) return none(NaN);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (whole && Math.floor(v) !== v) whole = false;
  }
  const group = new Int32Array(n);
  let G = 0;
  if (whole && n > 0 && hi - lo < 1 << 16) {
    const table = new Int32Array(hi - lo + 1).fill(-1);
    for (let i = 0; i < n; i++) {
      const slot = x[i] - lo;
      let g = table[slot];
      if (g < 0) g = table[slot] = G++;
      group[i] = g;
    }
  } else {
    const index = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      let g = index.get(x[i]);
      if (g === undefined) {
        g = index.size;
        index.set(x[i], g);
      }
      group[i] = g;
    }
    G = index.size;
  }
  const df1 = G - 2;
  const df2 = n - G;
  if (!(df1 > 0) || !(df2 > 0)) return none(G);
  if (options.tall ?? n > TALL_N) return fromGroupMeans(y, x, group, G, df1, df2);
  let e: Float64Array;
  try {
    const lin = ols(y, [x]);
    if (lin.perfectFit) return none(G);
    e = lin.residuals;
  } catch (err) {
    if (!(err instanceof StatsError)) throw err;
    return none(G);
  }
  // Group means of the residuals (with a correction pass), then the two sums of squares.
  const count = new Float64Array(G);
  const sum = new Float64Array(G);
  for (let i = 0; i < n; i++) {
    count[group[i]]++;
    sum[group[i]] += e[i];
  }
  const mean = sum.map((s, g) => s / count[g]);
  const corr = new Float64Array(G);
  for (let i = 0; i < n; i++) corr[group[i]] += e[i] - mean[group[i]];
  for (let g = 0; g < G; g++) mean[g] += corr[g] / count[g];
  let ssWithin = 0;
  let c = 0; // Neumaier compensation
  for (let i = 0; i < n; i++) {
    const v = (e[i] - mean[group[i]]) ** 2;
    const t = ssWithin + v;
    c += ssWithin >= v ? ssWithin - t + v : v - t + ssWithin;
    ssWithin = t;
  }
  ssWithin += c;
  let ssDev = 0;
  for (let g = 0; g < G; g++) ssDev += count[g] * mean[g] * mean[g];
  const f = ssDev / df1 / (ssWithin / df2);
  return { f, df1, df2, p: fUpper(f, df1, df2), groups: G };
}

/** Compensated Σ(a_i − b_{g(i)})² over the rows. */
function withinSquares(a: ArrayLike<number>, mean: Float64Array, group: Int32Array): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - mean[group[i]];
    const v = d * d;
    const t = s + v;
    c += s >= v ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

function fromGroupMeans(y: ArrayLike<number>, x: ArrayLike<number>, group: Int32Array, G: number, df1: number, df2: number): DeviationFromLinearityResult {
  const n = y.length;
  const none: DeviationFromLinearityResult = { f: NaN, df1: NaN, df2: NaN, p: NaN, groups: G };
  // The line y ~ x from centred sums (two-pass, compensated).
  const xbar = accurateMean(x);
  const ybar = accurateMean(y);
  const sxx = centredSumOfSquares(x, xbar);
  const tss = centredSumOfSquares(y, ybar);
  let sxy = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const v = (x[i] - xbar) * (y[i] - ybar);
    const t = sxy + v;
    c += Math.abs(sxy) >= Math.abs(v) ? sxy - t + v : v - t + sxy;
    sxy = t;
  }
  sxy += c;
  if (!(sxx > 0) || tss === 0) return none;
  const b1 = sxy / sxx;
  // Group means of y (with a correction pass) and each group's x.
  const count = new Float64Array(G);
  const sum = new Float64Array(G);
  const xg = new Float64Array(G);
  for (let i = 0; i < n; i++) {
    const g = group[i];
    count[g]++;
    sum[g] += y[i];
    xg[g] = x[i];
  }
  const mean = new Float64Array(G);
  for (let g = 0; g < G; g++) mean[g] = sum[g] / count[g];
  const corr = new Float64Array(G);
  for (let i = 0; i < n; i++) corr[group[i]] += y[i] - mean[group[i]];
  for (let g = 0; g < G; g++) mean[g] += corr[g] / count[g];
  const ssWithin = withinSquares(y, mean, group);
  let ssDev = 0;
  for (let g = 0; g < G; g++) {
    const e = mean[g] - ybar - b1 * (xg[g] - xbar);
    ssDev += count[g] * e * e;
  }
  // ols's "essentially perfect fit" of the line: no test.
  const mss = b1 * b1 * sxx;
  const rss = ssDev + ssWithin;
  if (rss === 0 || rss / (n - 2) < 1e-30 * (ybar * ybar + mss / (n - 1))) return none;
  const f = ssDev / df1 / (ssWithin / df2);
  return { f, df1, df2, p: fUpper(f, df1, df2), groups: G };
}
