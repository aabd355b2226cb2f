/**
 * Pairs (case) bootstrap of the regression coefficients with percentile confidence intervals —
 * the second robustness check of the t tests: it assumes neither normal nor homoscedastic errors
 * (R `boot::boot(d, function(d, i) coef(lm(y ~ ., d[i, ])), R)` and
 * `boot::boot.ci(…, type = "perc")`).
 *
 * Definition. Each of B replicates draws n respondents with replacement (whole rows: y and every
 * predictor together — "pairs"), refits the regression by OLS and keeps b*. The percentile
 * interval of level 1 − α for b_j is [b*_(α/2), b*_(1−α/2)], the quantiles of the B values of b*_j,
 * read as `boot.ci` reads them (`norm.inter`): with r = (B + 1)·q, the r-th smallest value when r
 * is whole, otherwise interpolated between the ⌊r⌋-th and the next on the normal-quantile scale,
 * t = t_(k) + (Φ⁻¹(q) − Φ⁻¹(k/(B+1))) / (Φ⁻¹((k+1)/(B+1)) − Φ⁻¹(k/(B+1))) · (t_(k+1) − t_(k)).
 * One-sided bounds (the q = α and q = 1 − α quantiles) decide one-tailed hypotheses.
 *
 * Variant and why: pairs resampling rather than residual resampling, because residual resampling
 * keeps the errors' spread the same at every x — exactly the homoscedasticity being doubted.
 * Percentile rather than BCa: simple to state in a thesis and what `boot.ci(type = "perc")` gives.
 *
 * Determinism: the resampling draws come from xoshiro128** seeded with `seed` (src/stats/prng.ts),
 * so the same data, replicates and seed give the same interval on every run. The draws are not
 * R's: against `boot` the intervals agree within Monte-Carlo error (the tests: each bound within
 * 5% of the interval's width of R's 20 000-replicate interval).
 *
 * Degenerate replicates: a resample in which a predictor is constant or the predictors are
 * collinear cannot be fitted (R's `lm` gives NA); it is counted in `failed` and left out, the
 * quantiles are taken over the rest. Every replicate failing gives NaN bounds.
 *
 * Cost O(B·n·p²): the replicates run as WebAssembly (bootstrap-kernel.wat: the same numbers as the
 * JavaScript they replace, bit for bit). 5 000 replicates of n = 89, k = 3 take ≈ 8 ms, 12 ms the
 * first time in a process (compiling included) — as JavaScript, 55–65 ms in a cold build, which V8
 * optimized too late; n = 2 000 takes 0.23 s (JavaScript 0.42 s).
 *
 * @example
 * // survey-a (n = 89): Y on X1, X2, X3; 5 000 replicates, seed 20240612
 * const r = pairsBootstrap(Y, [X1, X2, X3], { replicates: 5000, seed: 20240612 })
 * r.ciLower  // [-6.545032881372859, 0.5112198817980166, 0.027757778085797095, 0.04507225153920304]
 * r.ciUpper  // [ 2.5621723378738817, 0.8198638915144486, 0.3536567475261268, 0.417409345307716]
 * // R boot(…, R = 20000), boot.ci(type = "perc"), X2: [0.025980173551704483, 0.3530297229955052]
 * // (another random stream: the bounds agree within Monte-Carlo error, here 0.6% of the width)
 *
 * References: B. Efron & R. J. Tibshirani (1993), An Introduction to the Bootstrap, Chapman &
 * Hall, ch. 9 (regression, bootstrapping pairs) and ch. 13 (percentile interval); A. C. Davison &
 * D. V. Hinkley (1997), Bootstrap Methods and their Application, Cambridge, §5.3 and §6.2
 * (`boot`, `norm.inter`).
 */
import { normalQuantile } from './distributions.js';
import { xoshiroState } from './prng.js';
import { BOOTSTRAP_KERNEL_WASM } from './bootstrap-kernel.generated.js';
import { ensureMemory, instantiate, type WasmMemory } from '../wasm.js';

export interface BootstrapOptions {
  /** Replicates B (default 5000). */
  replicates?: number;
  /** Seed of the resampling generator (default 20240612). */
  seed?: number;
  /** Level of the two-sided intervals 1 − alpha (default 0.05). */
  alpha?: number;
}

export interface BootstrapResult {
  replicates: number;
  seed: number;
  /** Replicates that could not be fitted (left out of the quantiles). */
  failed: number;
  /** Two-sided percentile interval of level 1 − alpha, per coefficient (intercept first). */
  ciLower: Float64Array;
  ciUpper: Float64Array;
  /** One-sided bounds: the alpha and 1 − alpha quantiles (for one-tailed tests). */
  lowerOneSided: Float64Array;
  upperOneSided: Float64Array;
}

/**
 * The quantile q of sorted bootstrap values as `boot:::norm.inter` reads it (R = values.length).
 * NaN for an empty sample.
 */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const R = sorted.length;
  if (R === 0 || !(q > 0 && q < 1)) return NaN;
  const rk = (R + 1) * q;
  const k = Math.trunc(rk);
  if (k === rk) return sorted[Math.min(Math.max(k, 1), R) - 1];
  if (k <= 0) return sorted[0];
  if (k >= R) return sorted[R - 1];
  const z = normalQuantile(q);
  const zk = normalQuantile(k / (R + 1));
  const zk1 = normalQuantile((k + 1) / (R + 1));
  const tk = sorted[k - 1];
  const tk1 = sorted[k];
  return tk + ((z - zk) / (zk1 - zk)) * (tk1 - tk);
}

interface Kernel {
  memory: WasmMemory;
  replicates: (...args: number[]) => number;
}
let kernel: Kernel | undefined;

/** The kernel's instance, made on first use (a 2 KB module). */
function bootstrapKernel(): Kernel {
  if (!kernel) {
    const exports = instantiate(BOOTSTRAP_KERNEL_WASM);
    kernel = { memory: exports.memory as Kernel['memory'], replicates: exports.replicates as Kernel['replicates'] };
  }
  return kernel;
}

/**
 * The B replicates, run by bootstrap-kernel.wat: each draws n row numbers (xoshiro128** from `seed`,
 * as prng.ts `int(n)`) and refits y on the columns with an intercept — Householder QR of the centred
 * columns, as `ols` (src/stats/ols.ts) factorizes them, without pivoting, refinement or any
 * inference. A replicate whose columns are (nearly) collinear — a remaining column norm ≤ 1e-7 of the
 * centred column's, R's rank tolerance — or whose coefficients are not finite cannot be fitted, as
 * `lm` would alias a column, and is left out. Returns draws[j] = the b*_j of the fitted replicates.
 */
export function bootstrapDraws(y: ArrayLike<number>, columns: ArrayLike<number>[], B: number, seed: number): Float64Array[] {
  const n = y.length;
  const k = columns.length;
  const p = k + 1;
  const state = xoshiroState(seed);
  if (n === 0) return Array.from({ length: p }, () => new Float64Array(0)); // nothing to draw: none fitted
  // The kernel's memory, in doubles: y, the columns, the rows (n int32 = n/2 doubles, rounded up),
  // its work area and the draws (bootstrap-kernel.wat).
  const at = { y: 0, x: n, rows: (k + 1) * n };
  const work = at.rows + Math.ceil(n / 2);
  const draws = work + (k + 1) * n + 4 * k + k * k + p;
  const bytes = (draws + p * B) * 8;
  const { memory, replicates } = bootstrapKernel();
  ensureMemory(memory, bytes);
  const f64 = new Float64Array(memory.buffer);
  f64.set(y, at.y);
  columns.forEach((c, j) => f64.set(c, at.x + j * n));
  const ok = replicates(n, k, B, state[0], state[1], state[2], state[3], at.y * 8, at.x * 8, at.rows * 8, work * 8, draws * 8);
  return Array.from({ length: p }, (_, j) => f64.slice(draws + j * B, draws + j * B + ok));
}

/** Pairs bootstrap of the coefficients of y on `columns` (with intercept). */
export function pairsBootstrap(y: ArrayLike<number>, columns: ArrayLike<number>[], options: BootstrapOptions = {}): BootstrapResult {
  const B = options.replicates ?? 5000;
  const seed = options.seed ?? 20240612;
  const alpha = options.alpha ?? 0.05;
  const p = columns.length + 1;
  const draws = bootstrapDraws(y, columns, B, seed);
  const failed = B - draws[0].length;
  const result: BootstrapResult = {
    replicates: B,
    seed,
    failed,
    ciLower: new Float64Array(p),
    ciUpper: new Float64Array(p),
    lowerOneSided: new Float64Array(p),
    upperOneSided: new Float64Array(p),
  };
  for (let j = 0; j < p; j++) {
    const sorted = draws[j].sort();
    result.ciLower[j] = percentile(sorted, alpha / 2);
    result.ciUpper[j] = percentile(sorted, 1 - alpha / 2);
    result.lowerOneSided[j] = percentile(sorted, alpha);
    result.upperOneSided[j] = percentile(sorted, 1 - alpha);
  }
  return result;
}
