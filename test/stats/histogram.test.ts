import { describe, expect, it } from 'vitest';
import { histogram, niceWidth } from '../../src/stats/histogram.js';

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
