/**
 * durbinWatsonBounds / imhofLower against `dw_bounds(n, k + 1, alpha)` of the R reference
 * (shared/reference/reference-lib.R, copied into test/fixtures/r/normality-autocorrelation.R),
 * against the printed Savin & White (1977) 5% table, and imhofLower against closed forms (F).
 *
 * Tolerances: dL, dU rtol 1e-9 (R's uniroot tol is 1e-10, observed ≤ 4e-11); Savin–White entries
 * ±0.0006 (printed to 3 decimals); imhofLower vs the F distribution rtol 1e-10.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/close.js';
import { fUpper } from '../../src/stats/distributions.js';
import { durbinWatsonBounds, dwMatrixEigenvalues, imhofLower } from '../../src/stats/durbin-watson-bounds.js';

interface BoundsCase {
  n: number;
  k: number;
  alpha: number;
  dL: number;
  dU: number;
  savinWhite?: [number, number];
}
const fx = JSON.parse(readFileSync(new URL('../fixtures/r/normality-autocorrelation.json', import.meta.url), 'utf8')) as {
  bounds: BoundsCase[];
  surveyA: { durbinWatson: { dL: number; dU: number } };
};
const expected = JSON.parse(readFileSync(new URL('../fixtures/survey-a.expected.json', import.meta.url), 'utf8')) as {
  assumptions: { autocorrelation: { durbinWatson: { dL: number; dU: number } } };
};

describe('durbinWatsonBounds against R dw_bounds (Imhof + uniroot)', () => {
  for (const c of fx.bounds) {
    it(`n = ${c.n}, k = ${c.k}, α = ${c.alpha}`, () => {
      const r = durbinWatsonBounds(c.n, c.k, c.alpha);
      expect(r.reason).toBeUndefined();
      expectClose(r.dL, c.dL, `dL(n=${c.n}, k=${c.k}, α=${c.alpha})`, 1e-9);
      expectClose(r.dU, c.dU, `dU(n=${c.n}, k=${c.k}, α=${c.alpha})`, 1e-9);
    });
  }
  it('survey-a: n = 89, k = 3, α = .05 as survey-a.expected.json (dL 1.58630, dU 1.72540)', () => {
    const r = durbinWatsonBounds(89, 3, 0.05);
    const e = expected.assumptions.autocorrelation.durbinWatson;
    expectClose(r.dL, e.dL, 'dL vs expected.json', 1e-9);
    expectClose(r.dU, e.dU, 'dU vs expected.json', 1e-9);
    expectClose(r.dL, fx.surveyA.durbinWatson.dL, 'dL vs fixture', 1e-9);
    expectClose(r.dU, fx.surveyA.durbinWatson.dU, 'dU vs fixture', 1e-9);
  });
  it('n = 89 takes well under 200 ms (measured ≈ 5–15 ms)', () => {
    const t0 = performance.now();
    durbinWatsonBounds(89, 3, 0.05);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('Savin & White (1977) 5% table, printed to 3 decimals', () => {
  const table = fx.bounds.filter((c) => c.savinWhite !== undefined);
  it('has at least five entries', () => expect(table.length).toBeGreaterThanOrEqual(5));
  for (const c of table) {
    it(`n = ${c.n}, k = ${c.k}: ${c.savinWhite![0]} / ${c.savinWhite![1]}`, () => {
      const r = durbinWatsonBounds(c.n, c.k, 0.05);
      expectClose(r.dL, c.savinWhite![0], `dL(n=${c.n}, k=${c.k}) vs table`, 0, 6e-4);
      expectClose(r.dU, c.savinWhite![1], `dU(n=${c.n}, k=${c.k}) vs table`, 0, 6e-4);
    });
  }
});

describe('imhofLower against closed forms', () => {
  // P(a·χ²_p < b·χ²_q) = P(F(p, q) < (b q)/(a p)): λ = a (p times), −b (q times)
  const cases: [number, number, number, number][] = [
    [1, 2, 1, 1],
    [1, 4, 3, 2],
    [2, 10, 1, 5],
    [1, 1, 1, 1],
    [0.5, 30, 1, 40],
  ];
  for (const [a, p, b, q] of cases) {
    it(`${a}·χ²(${p}) < ${b}·χ²(${q})`, () => {
      const lam = [...Array(p).fill(a), ...Array(q).fill(-b)];
      const x = (b * q) / (a * p);
      expectClose(imhofLower(lam), 1 - fUpper(x, p, q), `P(${a}χ²${p} < ${b}χ²${q})`, 1e-10);
    });
  }
  it('ν_j = 2(1 − cos(πj/n)) sum to 2(n − 1) (trace of A)', () => {
    const nu = dwMatrixEigenvalues(89);
    expect(nu.length).toBe(88);
    expectClose(nu.reduce((s, v) => s + v, 0), 2 * 88, 'Σν', 1e-13);
  });
});

describe('degenerate input: NaN and a reason, no throw', () => {
  it('n too small for k', () => {
    const r = durbinWatsonBounds(5, 3);
    expect(r.dL).toBeNaN();
    expect(r.dU).toBeNaN();
    expect(r.reason).toBe('n-out-of-range');
    expect(durbinWatsonBounds(6, 3).reason).toBeUndefined(); // n = k + 3 is the smallest
  });
  it('bad k, alpha', () => {
    expect(durbinWatsonBounds(50, -1).reason).toBe('k-out-of-range');
    expect(durbinWatsonBounds(50, 1.5).reason).toBe('k-out-of-range');
    expect(durbinWatsonBounds(50, 2, 0).reason).toBe('alpha-out-of-range');
    expect(durbinWatsonBounds(50, 2, 1).reason).toBe('alpha-out-of-range');
    expect(durbinWatsonBounds(50, 2, NaN).reason).toBe('alpha-out-of-range');
  });
});

describe('durbinWatsonBounds for large n (normal approximation above EXACT_MAX_N)', () => {
  it('agrees with the exact Imhof bounds where both can be computed', async () => {
    const { ratioQuantile, ratioQuantileNormal, dwMatrixEigenvalues } = await import('../../src/stats/durbin-watson-bounds.js');
    const n = 10000;
    const nu = dwMatrixEigenvalues(n);
    const lower = nu.subarray(0, n - 4);
    const exact = ratioQuantile(lower, 0.05);
    // Imhof at n = 10 000, k = 3: dL = 1.9665058098786623 (measured); the approximation is within 3e-7.
    expect(Math.abs(ratioQuantileNormal(lower, 0.05) - exact)).toBeLessThan(5e-7);
  });
  it('is fast and sensible for a million observations', async () => {
    const { durbinWatsonBounds } = await import('../../src/stats/durbin-watson-bounds.js');
    const b = durbinWatsonBounds(1_000_000, 3);
    expect(b.method).toBe('normal');
    // Asymptotically d ~ N(2, 4/n): dL ≈ 2 − 1.6449·2/√n = 1.99671.
    expect(Math.abs(b.dL - (2 - (1.6448536 * 2) / 1000))).toBeLessThan(1e-4);
    expect(b.dL).toBeLessThan(b.dU);
    expect(b.dU).toBeLessThan(2);
  });
});
