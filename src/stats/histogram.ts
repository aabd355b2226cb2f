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

/** One cell of a two-dimensional histogram: [x0, x1) × [y0, y1) and the points in it. */
export interface Cell2d {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  count: number;
}

/** The nice-width classes of one axis: at most about `bins` classes of width (1, 2, 2.5, 5) × 10ᵐ covering [lo, hi]. */
function axisClasses(lo: number, hi: number, bins: number): { start: number; width: number; count: number } {
  const width = hi > lo ? niceWidth((hi - lo) / bins) : 1;
  const start = Math.floor(lo / width) * width;
  return { start, width, count: Math.max(1, Math.floor((hi - start) / width) + 1) };
}

/**
 * A two-dimensional histogram of the points (x[i], y[i]) — a scatterplot of any n drawn as the
 * number of points per cell of a grid of at most about binsX × binsY nice-width cells (only the
 * cells holding points are returned, row by row). Points with a non-finite coordinate are left out.
 * One pass, O(n).
 */
export function histogram2d(x: ArrayLike<number>, y: ArrayLike<number>, binsX: number, binsY: number): { width: number; height: number; cells: Cell2d[] } {
  const n = Math.min(x.length, y.length);
  let xlo = Infinity;
  let xhi = -Infinity;
  let ylo = Infinity;
  let yhi = -Infinity;
  for (let i = 0; i < n; i++) {
    const a = x[i];
    const b = y[i];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    if (a < xlo) xlo = a;
    if (a > xhi) xhi = a;
    if (b < ylo) ylo = b;
    if (b > yhi) yhi = b;
  }
  if (!(xlo <= xhi)) return { width: NaN, height: NaN, cells: [] };
  const cx = axisClasses(xlo, xhi, binsX);
  const cy = axisClasses(ylo, yhi, binsY);
  const counts = new Float64Array(cx.count * cy.count);
  for (let i = 0; i < n; i++) {
    const a = x[i];
    const b = y[i];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    const u = Math.min(cx.count - 1, Math.floor((a - cx.start) / cx.width));
    const v = Math.min(cy.count - 1, Math.floor((b - cy.start) / cy.width));
    counts[v * cx.count + u]++;
  }
  const cells: Cell2d[] = [];
  for (let v = 0; v < cy.count; v++)
    for (let u = 0; u < cx.count; u++) {
      const count = counts[v * cx.count + u];
      if (count > 0) cells.push({ x0: cx.start + u * cx.width, x1: cx.start + (u + 1) * cx.width, y0: cy.start + v * cy.width, y1: cy.start + (v + 1) * cy.width, count });
    }
  return { width: cx.width, height: cy.width, cells };
}
