import { describe, expect, it } from 'vitest';
import { accurateMean, centredSumOfSquares, compensatedSum, sampleSd } from '../../src/stats/summation.js';

describe('summation', () => {
  it('keeps the digits a naive sum loses', () => {
    const x = [1e16, 1, -1e16, 1];
    expect(x.reduce((a, b) => a + b)).toBe(1); // naive: the first 1 is lost
    expect(compensatedSum(x)).toBe(2);
  });
  it('centres before squaring (1e9 + {1, 2, 3} → Σ(x − x̄)² = 2)', () => {
    const x = Float64Array.of(1e9 + 1, 1e9 + 2, 1e9 + 3);
    expect(accurateMean(x)).toBe(1e9 + 2);
    expect(centredSumOfSquares(x)).toBe(2);
    expect(sampleSd(x)).toBe(1);
  });
  it('agrees with R on an ordinary column (mean, sd)', () => {
    // R: x <- c(4, 5, 3, 4, 4, 2, 5); mean(x) = 3.857142857142857; sd(x) = 1.0690449676496976
    const x = [4, 5, 3, 4, 4, 2, 5];
    expect(accurateMean(x)).toBe(3.857142857142857);
    expect(Math.abs(sampleSd(x) - 1.0690449676496976)).toBeLessThan(1e-15);
  });
});
