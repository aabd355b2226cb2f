/**
 * kolmogorovSmirnov / normalDistance / kolmogorovUpper against R 4.2
 * `ks.test(x, "pnorm", mean(x), sd(x), exact = FALSE)`.
 * Reference values: test/fixtures/r/normality-autocorrelation.R → .json.
 * Tolerance: rtol 1e-9 for D and p (p near 0 also absolute 1e-15).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/close.js';
import { kolmogorovSmirnov, kolmogorovUpper, normalDistance } from '../../src/stats/kolmogorov-smirnov.js';

interface Case {
  name: string;
  n: number;
  x: number[];
  ks: { d: number; p: number; sqrtnD: number; dPlus: number; dMinus: number };
}
const fx = JSON.parse(readFileSync(new URL('../fixtures/r/normality-autocorrelation.json', import.meta.url), 'utf8')) as {
  normality: Case[];
  surveyA: { residuals: number[]; ks: { d: number; p: number; dPlus: number; dMinus: number } };
};
const expected = JSON.parse(readFileSync(new URL('../fixtures/survey-a.expected.json', import.meta.url), 'utf8')) as {
  assumptions: { normality: { kolmogorovSmirnov: { d: number; p: number } } };
};
const RTOL = 1e-9;

describe('kolmogorovSmirnov against R ks.test(exact = FALSE)', () => {
  it('covers both series of pkstwo (√n·D < 1 and ≥ 1)', () => {
    const t = fx.normality.map((c) => c.ks.sqrtnD);
    expect(t.some((v) => v < 1)).toBe(true);
    expect(t.some((v) => v >= 1)).toBe(true);
  });
  for (const c of fx.normality) {
    it(`${c.name} (n = ${c.n})`, () => {
      const x = Object.freeze([...c.x]); // frozen: a kernel that sorts in place throws
      const r = kolmogorovSmirnov(x);
      expect(r.reason).toBeUndefined();
      expect(r.n).toBe(c.n);
      expectClose(r.d, c.ks.d, `${c.name} D`, RTOL);
      expectClose(r.p, c.ks.p, `${c.name} p (√n·D = ${c.ks.sqrtnD})`, RTOL, 1e-15);
      // SPSS's Positive and Negative extreme differences: R's one-sided statistics.
      const dist = normalDistance(x);
      expectClose(dist.dPlus, c.ks.dPlus, `${c.name} D+`, RTOL);
      expectClose(dist.dMinus, c.ks.dMinus, `${c.name} D−`, RTOL);
      expect(dist.d).toBe(Math.max(dist.dPlus, dist.dMinus));
    });
  }
  it('the cases have D+ and D− on either side of D', () => {
    expect(fx.normality.some((c) => c.ks.dPlus === c.ks.d && c.ks.dMinus < c.ks.d)).toBe(true);
    expect(fx.normality.some((c) => c.ks.dMinus === c.ks.d && c.ks.dPlus < c.ks.d)).toBe(true);
  });
  it('survey-a residuals (n = 89): fixture and survey-a.expected.json', () => {
    const r = kolmogorovSmirnov(Float64Array.from(fx.surveyA.residuals));
    expectClose(r.d, fx.surveyA.ks.d, 'survey-a D', RTOL);
    expectClose(r.p, fx.surveyA.ks.p, 'survey-a p', RTOL);
    const dist = normalDistance(Float64Array.from(fx.surveyA.residuals));
    expectClose(dist.dPlus, fx.surveyA.ks.dPlus, 'survey-a D+', RTOL);
    expectClose(dist.dMinus, fx.surveyA.ks.dMinus, 'survey-a D−', RTOL);
    const e = expected.assumptions.normality.kolmogorovSmirnov;
    expectClose(r.d, e.d, 'survey-a D vs expected.json', RTOL);
    expectClose(r.p, e.p, 'survey-a p vs expected.json', RTOL);
  });
});

describe('kolmogorovUpper (R pkstwo, tol 1e-6)', () => {
  // R: 1 - .Call(stats:::C_pKS2, t, tol = 1e-6)
  const ref: [number, number][] = [
    [0.3, 0.9999906941986655],
    [0.5956686410692541, 0.8699654958436446],
    [0.9999, 0.2701445579638262],
    [1, 0.2699996716773798],
    [1.3581, 0.04999963043165978],
    [2.5, 7.453306344107347e-6],
  ];
  for (const [t, p] of ref) it(`t = ${t}`, () => expectClose(kolmogorovUpper(t), p, `1 − K(${t})`, RTOL, 1e-15));
  it('t ≤ 0 gives 1, NaN gives NaN', () => {
    expect(kolmogorovUpper(0)).toBe(1);
    expect(kolmogorovUpper(NaN)).toBeNaN();
  });
});

describe('degenerate input: NaN and a reason, no throw', () => {
  it('zero variance', () => {
    const r = kolmogorovSmirnov([4, 4, 4, 4]);
    expect(r.d).toBeNaN();
    expect(r.p).toBeNaN();
    expect(r.reason).toBe('zero-variance');
  });
  it('n < 2', () => {
    expect(kolmogorovSmirnov([1]).reason).toBe('n-out-of-range');
    expect(kolmogorovSmirnov([]).reason).toBe('n-out-of-range');
  });
  it('non-finite value', () => {
    const r = kolmogorovSmirnov([1, 2, NaN, 4]);
    expect(r.p).toBeNaN();
    expect(r.reason).toBe('non-finite');
  });
  it('does not modify its input and handles ties', () => {
    const x = [5, 3, 3, 3, 4, 4, 5, 2];
    const r = normalDistance(x);
    expect(x).toEqual([5, 3, 3, 3, 4, 4, 5, 2]);
    // R: ks.test(c(5,3,3,3,4,4,5,2), "pnorm", mean(x), sd(x), exact = FALSE)$statistic
    expectClose(r.d, 0.2221551048586027, 'ties D', RTOL);
  });
});
