/**
 * xoshiro128ss(): the reference C code's outputs (test/fixtures/prng/xoshiro128ss.c: Blackman &
 * Vigna's next() and SplitMix64 seeding, compiled with gcc), unbiased integers, and determinism.
 */
import { describe, expect, it } from 'vitest';
import { xoshiro128ss } from '../../src/stats/prng.js';

const take = (g: { next(): number }, n: number) => Array.from({ length: n }, () => g.next());

describe('xoshiro128** (reference C code)', () => {
  it('state {1, 2, 3, 4}: the published test vector', () => {
    expect(take(xoshiro128ss([1, 2, 3, 4]), 10)).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
  });

  it('seeded by SplitMix64: seed 20240612 and seed 0', () => {
    expect(take(xoshiro128ss(20240612), 10)).toEqual([2729034042, 403334566, 3571196051, 1523563654, 3643027727, 3699710879, 3545759050, 1344860431, 3739815549, 2674058156]);
    expect(take(xoshiro128ss(0), 5)).toEqual([3737715805, 2584255861, 2876756834, 3286328325, 1553311962]);
  });

  it('same seed, same stream; nearby seeds, unrelated streams', () => {
    expect(take(xoshiro128ss(7), 100)).toEqual(take(xoshiro128ss(7), 100));
    const a = take(xoshiro128ss(1), 100);
    const b = take(xoshiro128ss(2), 100);
    expect(a.filter((v, i) => v === b[i]).length).toBe(0);
  });

  it('int(n): every value 0 … n − 1, close to uniform (χ² over 60 000 draws)', () => {
    const g = xoshiro128ss(42);
    const n = 6;
    const counts = new Array(n).fill(0);
    for (let i = 0; i < 60000; i++) counts[g.int(n)]++;
    const chi2 = counts.reduce((s, c) => s + (c - 10000) ** 2 / 10000, 0);
    // χ²(5): 99.9th percentile 20.5
    expect(chi2).toBeLessThan(20.5);
    expect(counts.every((c) => c > 0)).toBe(true);
    const h = xoshiro128ss(3);
    for (let i = 0; i < 1000; i++) {
      const v = h.int(89);
      expect(Number.isInteger(v) && v >= 0 && v < 89).toBe(true);
    }
    expect(xoshiro128ss(5).int(1)).toBe(0);
  });

  it('uniform() in [0, 1); bad seeds and bounds refused', () => {
    const g = xoshiro128ss(9);
    for (let i = 0; i < 1000; i++) {
      const u = g.uniform();
      expect(u >= 0 && u < 1).toBe(true);
    }
    expect(() => xoshiro128ss(-1)).toThrow(RangeError);
    expect(() => xoshiro128ss(1.5)).toThrow(RangeError);
    expect(() => xoshiro128ss([0, 0, 0, 0])).toThrow(RangeError);
    expect(() => g.int(0)).toThrow(RangeError);
    expect(() => g.int(2.5)).toThrow(RangeError);
    // int keeps the bound of the n it last had: a bad n is refused before, between and after good ones.
    expect(() => xoshiro128ss(9).int(0)).toThrow(RangeError);
    expect(g.int(7)).toBeLessThan(7);
    expect(() => g.int(-1)).toThrow(RangeError);
    expect(() => g.int(NaN)).toThrow(RangeError);
    expect(g.int(7)).toBeLessThan(7);
    expect(g.int(3)).toBeLessThan(3);
  });

  it('int(n) draws the same stream whichever n came before (its bound is per n)', () => {
    const a = xoshiro128ss(11);
    const b = xoshiro128ss(11);
    const ns = [89, 89, 5, 89, 2 ** 32, 3, 3, 89, 1, 100_000];
    const fresh = (n: number) => {
      // What int(n) is by definition, from b's raw stream.
      const limit = 4294967296 - (4294967296 % n);
      let x = b.next();
      while (x >= limit) x = b.next();
      return x % n;
    };
    for (let r = 0; r < 50; r++) for (const n of ns) expect(a.int(n)).toBe(fresh(n));
  });
});
