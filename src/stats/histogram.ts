/**
 * Histogram bins for a figure: Sturges' number of classes k = ⌈log₂ n⌉ + 1 (SPSS-like for the
 * sample sizes of questionnaire studies), widened to a "nice" width (1, 2, 2.5 or 5 × 10ᵐ) and
 * aligned to a multiple of it, so that class limits read well in a thesis. One pass, O(n).
 *
 * @example histogram(Float64Array.of(1, 2, 2, 3, 3, 3, 4, 4, 5))
 * // → { width: 1, bins: [{ x0: 1, x1: 2, count: 1 }, { x0: 2, x1: 3, count: 2 }, …, { x0: 5, x1: 6, count: 1 }] }
 * Reference: H. A. Sturges (1926), "The choice of a class interval", JASA 21, 65–66.
 */
export interface Histogram {
  width: number;
  bins: { x0: number; x1: number; count: number }[];
}

export function niceWidth(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const m = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * m >= raw - 1e-12 * m) return f * m;
  return 10 * m;
}

export function histogram(x: ArrayLike<number>): Histogram {
  const n = x.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (x[i] < lo) lo = x[i];
    if (x[i] > hi) hi = x[i];
  }
  if (n === 0 || !Number.isFinite(lo) || !Number.isFinite(hi)) return { width: NaN, bins: [] };
  const k = Math.ceil(Math.log2(n)) + 1;
  const width = hi > lo ? niceWidth((hi - lo) / k) : 1;
  const start = Math.floor(lo / width) * width;
  const count = Math.max(1, Math.floor((hi - start) / width) + 1);
  const counts = new Array<number>(count).fill(0);
  for (let i = 0; i < n; i++) counts[Math.min(count - 1, Math.floor((x[i] - start) / width))]++;
  return { width, bins: counts.map((c, j) => ({ x0: start + j * width, x1: start + (j + 1) * width, count: c })) };
}
