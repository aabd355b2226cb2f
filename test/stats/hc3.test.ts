/**
 * hc3(): HC3 standard errors, t, p and confidence intervals against R
 * (sandwich::vcovHC(fit, type = "HC3"), coeftest; test/fixtures/r/examiner.json) on survey-a, -b
 * (Rupiah dependent) and -c (heteroscedastic, VIF ≈ 45). Tolerance rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { hc3 } from '../../src/stats/hc3.js';
import { ols } from '../../src/stats/ols.js';
import { expectClose } from '../helpers/close.js';
import { columnsOf, loadExaminer } from '../fixtures/r/examiner-fixture.js';

const RTOL = 1e-9;

describe('hc3 vs R sandwich::vcovHC(type = "HC3")', () => {
  for (const s of loadExaminer().studies) {
    it(`${s.name} (n = ${s.n}, k = ${s.k})`, () => {
      const { y, X } = columnsOf(s);
      const fit = ols(y, X);
      const r = hc3(X, fit.residuals, fit.unscaledCov, fit.b, fit.dfResidual, s.alpha);
      s.robust.coefficients.forEach((c, j) => {
        for (const key of ['se', 't', 'p', 'ciLower', 'ciUpper'] as const) expectClose(r[key][j], c[key], `${s.name} ${c.term} ${key}`, RTOL);
      });
      // The leverages sum to the number of coefficients (trace of the hat matrix).
      expectClose(r.leverage.reduce((a, b) => a + b, 0), s.k + 1, `${s.name} Σh`, 1e-10);
      // The covariance is symmetric.
      const p = s.k + 1;
      for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) expect(r.cov[a * p + b]).toBe(r.cov[b * p + a]);
    });
  }

  it('a balanced design (every leverage p/n): HC3 in closed form', () => {
    // A balanced 2-level design: every leverage is p/n, so HC3 = Σe²/(1 − p/n)² · (XᵀX)⁻¹ / … exactly.
    const x = Float64Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? -1 : 1));
    const e = Float64Array.from({ length: 8 }, (_, i) => (i < 4 ? 1 : -1));
    const y = Float64Array.from(x, (v, i) => 2 + 3 * v + e[i]);
    const fit = ols(y, [x]);
    const r = hc3([x], fit.residuals, fit.unscaledCov, fit.b, fit.dfResidual);
    // h = 2/8 for every row: V = (XᵀX)⁻¹ Σ eᵢ² xᵢxᵢᵀ (XᵀX)⁻¹ / (1 − 1/4)², with XᵀX = 8·I here.
    const expected = Math.sqrt(fit.rss / 64 / 0.75 ** 2);
    expectClose(r.se[0], expected, 'se(intercept)', 1e-12);
    expectClose(r.se[1], expected, 'se(slope)', 1e-12);
  });

  it('NaN outside the domain: leverage 1, wrong sizes, a non-finite inverse', () => {
    const x = Float64Array.of(0, 0, 0, 0, 10);
    const y = Float64Array.of(1, 2, 3, 2, 7);
    const fit = ols(y, [x]);
    const r = hc3([x], fit.residuals, fit.unscaledCov, fit.b, fit.dfResidual);
    expect(r.leverage[4]).toBeCloseTo(1, 12);
    expect(Array.from(r.se).every(Number.isNaN)).toBe(true);
    expect(Array.from(hc3([x], fit.residuals, fit.unscaledCov.slice(1), fit.b, 3).se).every(Number.isNaN)).toBe(true);
    expect(Array.from(hc3([x], fit.residuals, Float64Array.of(NaN, 0, 0, 1), fit.b, 3).se).every(Number.isNaN)).toBe(true);
  });
});
