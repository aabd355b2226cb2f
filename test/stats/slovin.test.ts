import { describe, expect, it } from 'vitest';
import { slovin } from '../../src/stats/slovin.js';

describe('slovin', () => {
  it('rounds N / (1 + N·e²) up', () => {
    expect(slovin(800, 0.1)).toEqual({ exact: 800 / 9, n: 89 });
    expect(slovin(1000, 0.05).n).toBe(286); // 285.71…
    expect(slovin(120, 0.1).n).toBe(55); // 54.54…
  });
  it('does not push an exact integer up through representation error', () => {
    expect(slovin(400, 0.05).n).toBe(200);
    expect(slovin(100, 0.1).n).toBe(50);
    expect(slovin(300, 0.1).n).toBe(75);
  });
  it('returns NaN outside its domain', () => {
    expect(slovin(100, 0).n).toBeNaN();
    expect(slovin(-1, 0.1).n).toBeNaN();
  });
});
