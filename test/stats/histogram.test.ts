import { describe, expect, it } from 'vitest';
import { histogram, histogram2d, niceWidth } from '../../src/stats/histogram.js';

describe('histogram', () => {
  it('uses Sturges classes with a nice width and counts every value once', () => {
    const x = Float64Array.from({ length: 89 }, (_, i) => 5 + ((i * 37) % 21)); // 5 … 25
    const h = histogram(x);
    // k = ⌈log₂ 89⌉ + 1 = 8 classes over a range of 20 → raw width 2.5
    expect(h.width).toBe(2.5);
    expect(h.bins[0].x0).toBe(5);
    expect(h.bins.reduce((s, b) => s + b.count, 0)).toBe(89);
    expect(h.bins.at(-1)!.x1).toBeGreaterThan(25);
  });
  it('handles a constant column and an empty one', () => {
    expect(histogram(Float64Array.of(3, 3, 3)).bins).toEqual([{ x0: 3, x1: 4, count: 3 }]);
    expect(histogram(new Float64Array(0)).bins).toEqual([]);
  });
  it('rounds widths up to 1, 2, 2.5, 5 × 10^m', () => {
    expect([0.13, 0.9, 1, 1.7, 2.2, 3, 7, 12].map(niceWidth)).toEqual([0.2, 1, 1, 2, 2.5, 5, 10, 20]);
  });
});

describe('histogram2d', () => {
  it('counts every finite point once in a nice-width grid of about the asked size, only cells holding points', () => {
    const n = 10_000;
    const x = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 3);
    const y = Float64Array.from({ length: n }, (_, i) => (i % 7) - 3 + (i === 5 ? NaN : 0));
    const h = histogram2d(x, y, 30, 20);
    expect(h.width).toBe(0.2); // range 6 / 30
    expect(h.height).toBe(0.5); // range 6 / 20 = 0.3 → 0.5
    expect(h.cells.reduce((s, c) => s + c.count, 0)).toBe(n - 1);
    expect(h.cells.every((c) => c.count > 0 && Math.abs(c.x1 - c.x0 - h.width) < 1e-12 && Math.abs(c.y1 - c.y0 - h.height) < 1e-12)).toBe(true);
    for (const c of h.cells) expect(x.some((v, i) => v >= c.x0 && v < c.x1 && y[i] >= c.y0 && y[i] < c.y1)).toBe(true);
    expect(h.cells.length).toBeLessThanOrEqual(31 * 21);
  });
  it('a single point, and no finite point', () => {
    expect(histogram2d(Float64Array.of(2), Float64Array.of(5), 30, 20).cells).toEqual([{ x0: 2, x1: 3, y0: 5, y1: 6, count: 1 }]);
    expect(histogram2d(Float64Array.of(NaN), Float64Array.of(1), 30, 20).cells).toEqual([]);
  });
});
