import { describe, expect, it } from 'vitest';
import { largestRemainder } from '../../src/stats/largest-remainder.js';

const KECAMATAN = [36, 42, 131, 54, 33, 28, 43, 250, 57, 85, 41];

describe('largestRemainder', () => {
  it('allocates the Slovin sample of the default study exactly as R (reference.R)', () => {
    const { sample, quota } = largestRemainder(KECAMATAN, 89);
    expect(sample).toEqual([4, 5, 15, 6, 4, 3, 5, 28, 6, 9, 4]);
    expect(sample.reduce((a, b) => a + b)).toBe(89);
    expect(quota[7]).toBeCloseTo((250 / 800) * 89, 12);
  });
  it('always sums to n, ties going to the earlier stratum', () => {
    expect(largestRemainder([1, 1, 1], 2).sample).toEqual([1, 1, 0]);
    for (const n of [1, 7, 50, 199]) expect(largestRemainder([3, 5, 7, 11, 13], n).sample.reduce((a, b) => a + b)).toBe(n);
  });
});
