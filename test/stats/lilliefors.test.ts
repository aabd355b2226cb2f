/**
 * lilliefors / lillieforsP against R `nortest::lillie.test` (1.0-4).
 * Reference values: test/fixtures/r/normality-autocorrelation.R → .json.
 * Tolerance: rtol 1e-9 for D and p.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/close.js';
import { lilliefors, lillieforsP } from '../../src/stats/lilliefors.js';
import { kolmogorovSmirnov } from '../../src/stats/kolmogorov-smirnov.js';

interface Case {
  name: string;
  n: number;
  x: number[];
  lilliefors?: { d: number; p: number; branch: string };
}
const fx = JSON.parse(readFileSync(new URL('../fixtures/r/normality-autocorrelation.json', import.meta.url), 'utf8')) as {
  normality: Case[];
  surveyA: { residuals: number[]; lilliefors: { d: number; p: number } };
};
const expected = JSON.parse(readFileSync(new URL('../fixtures/survey-a.expected.json', import.meta.url), 'utf8')) as {
  assumptions: { normality: { lilliefors: { d: number; p: number } } };
};
const RTOL = 1e-9;
const cases = fx.normality.filter((c) => c.lilliefors !== undefined);

describe('lilliefors against R nortest::lillie.test', () => {
  it('the fixture covers the Dallal–Wilkinson formula, n > 100, and the p > 0.1 branches', () => {
    const branches = new Set(cases.map((c) => c.lilliefors!.branch));
    for (const b of ['dallal-wilkinson', 'kk<=0.302', 'kk<=0.5', 'kk<=0.9']) expect(branches).toContain(b);
    expect(cases.some((c) => c.n > 100 && c.lilliefors!.branch === 'dallal-wilkinson')).toBe(true);
    expect(cases.some((c) => c.n > 100 && c.lilliefors!.branch !== 'dallal-wilkinson')).toBe(true);
  });
  for (const c of cases) {
    const e = c.lilliefors!;
    it(`${c.name} (n = ${c.n}, ${e.branch})`, () => {
      const x = Object.freeze([...c.x]);
      const r = lilliefors(x);
      expect(r.reason).toBeUndefined();
      expectClose(r.d, e.d, `${c.name} D`, RTOL);
      expectClose(r.p, e.p, `${c.name} p (${e.branch})`, RTOL, 1e-15);
      // same D as the K-S test (one computation, shared)
      expect(r.d).toBe(kolmogorovSmirnov(x).d);
    });
  }
  it('survey-a residuals (n = 89): fixture and survey-a.expected.json', () => {
    const r = lilliefors(Float64Array.from(fx.surveyA.residuals));
    expectClose(r.d, fx.surveyA.lilliefors.d, 'survey-a D', RTOL);
    expectClose(r.p, fx.surveyA.lilliefors.p, 'survey-a p', RTOL);
    const e = expected.assumptions.normality.lilliefors;
    expectClose(r.d, e.d, 'survey-a D vs expected.json', RTOL);
    expectClose(r.p, e.p, 'survey-a p vs expected.json', RTOL);
  });
});

describe('lillieforsP branches (R: nortest formula evaluated at the same D, n)', () => {
  // R: body of lillie.test from "if (n <= 100)" on, with K = d
  const ref: [number, number, number][] = [
    [0.05, 20, 1], // KK ≤ 0.302
    [0.09, 20, 0.9409316511465708], // KK ≤ 0.5
    [0.12, 20, 0.6329580712664651], // KK ≤ 0.9
    [0.16, 30, 0.04838692716041378], // Dallal–Wilkinson
    [0.3, 30, 1.987947501235636e-7],
    [0.05, 400, 0.01790139898207409], // n > 100 scaling
    [0.2, 5, 0.7343916102241472],
  ];
  for (const [d, n, p] of ref) it(`D = ${d}, n = ${n}`, () => expectClose(lillieforsP(d, n), p, `p(D=${d}, n=${n})`, RTOL));
  it('NaN for n < 5 or D NaN', () => {
    expect(lillieforsP(0.1, 4)).toBeNaN();
    expect(lillieforsP(NaN, 40)).toBeNaN();
  });
});

describe('degenerate input: NaN and a reason, no throw', () => {
  it('n < 5 (nortest refuses)', () => {
    const r = lilliefors([1, 2, 3, 4]);
    expect(r.d).toBeNaN();
    expect(r.p).toBeNaN();
    expect(r.reason).toBe('n-out-of-range');
  });
  it('zero variance', () => expect(lilliefors([3, 3, 3, 3, 3, 3]).reason).toBe('zero-variance'));
  it('non-finite', () => expect(lilliefors([1, 2, 3, Infinity, 5]).reason).toBe('non-finite'));
});
