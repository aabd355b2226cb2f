/**
 * shapiroWilk against R 4.2 `shapiro.test` (swilk.c, AS R94).
 * Reference values: test/fixtures/r/normality-autocorrelation.R → .json
 * (n = 3 … 5000: normal, skewed, heavy-tailed, Likert sums with ties, n = 3 exact, n ≤ 11 branch).
 * Tolerance: rtol 1e-9 for W and p.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/close.js';
import { shapiroWilk } from '../../src/stats/shapiro-wilk.js';

interface Case {
  name: string;
  n: number;
  x: number[];
  shapiroWilk?: { w: number; p: number };
}
const fx = JSON.parse(readFileSync(new URL('../fixtures/r/normality-autocorrelation.json', import.meta.url), 'utf8')) as {
  normality: Case[];
  surveyA: { residuals: number[]; shapiroWilk: { w: number; p: number } };
};
const expected = JSON.parse(readFileSync(new URL('../fixtures/survey-a.expected.json', import.meta.url), 'utf8')) as {
  assumptions: { normality: { shapiroWilk: { w: number; p: number } } };
};
const RTOL = 1e-9;
const cases = fx.normality.filter((c) => c.shapiroWilk !== undefined);

describe('shapiroWilk against R shapiro.test', () => {
  it('the fixture covers n = 3, 4 ≤ n ≤ 11, n ≥ 12 and n = 5000', () => {
    const ns = cases.map((c) => c.n);
    expect(ns).toContain(3);
    expect(ns.some((n) => n >= 4 && n <= 11)).toBe(true);
    expect(ns).toContain(5000);
  });
  for (const c of cases) {
    const e = c.shapiroWilk!;
    it(`${c.name} (n = ${c.n})`, () => {
      const r = shapiroWilk(Object.freeze([...c.x]));
      expect(r.reason).toBeUndefined();
      expect(r.n).toBe(c.n);
      expectClose(r.w, e.w, `${c.name} W`, RTOL);
      expectClose(r.p, e.p, `${c.name} p`, RTOL, 1e-300);
    });
  }
  it('survey-a residuals (n = 89): fixture and survey-a.expected.json', () => {
    const r = shapiroWilk(Float64Array.from(fx.surveyA.residuals));
    expectClose(r.w, fx.surveyA.shapiroWilk.w, 'survey-a W', RTOL);
    expectClose(r.p, fx.surveyA.shapiroWilk.p, 'survey-a p', RTOL);
    const e = expected.assumptions.normality.shapiroWilk;
    expectClose(r.w, e.w, 'survey-a W vs expected.json', RTOL);
    expectClose(r.p, e.p, 'survey-a p vs expected.json', RTOL);
  });
  it('a tiny range is rescaled as shapiro.test does (R: x = c(1, 2, 4, 7, 11) * 1e-12)', () => {
    const r = shapiroWilk([1e-12, 2e-12, 4e-12, 7e-12, 11e-12]);
    expectClose(r.w, 0.9344338593254917, 'W', RTOL);
    expectClose(r.p, 0.6269016431627342, 'p', RTOL);
  });
  it('order of the input does not matter', () => {
    const x = cases.find((c) => c.n === 40)!.x;
    const rev = [...x].reverse();
    expect(shapiroWilk(rev).w).toBe(shapiroWilk(x).w);
  });
});

describe('degenerate input: NaN and a reason, no throw', () => {
  it('n < 3', () => {
    for (const x of [[], [1], [1, 2]]) {
      const r = shapiroWilk(x);
      expect(r.w).toBeNaN();
      expect(r.p).toBeNaN();
      expect(r.reason).toBe('n-out-of-range');
    }
  });
  it('n > 5000', () => {
    const x = Float64Array.from({ length: 5001 }, (_, i) => Math.sin(i));
    const r = shapiroWilk(x);
    expect(r.w).toBeNaN();
    expect(r.reason).toBe('n-out-of-range');
    expect(r.n).toBe(5001);
  });
  it('zero variance', () => {
    const r = shapiroWilk([2, 2, 2, 2, 2]);
    expect(r.w).toBeNaN();
    expect(r.reason).toBe('zero-variance');
  });
  it('non-finite', () => expect(shapiroWilk([1, 2, NaN, 4]).reason).toBe('non-finite'));
});
