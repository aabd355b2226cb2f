/**
 * standardizedCoefficients(): Beta_j = b_j·sd(x_j)/sd(y) against R (reference-lib.R's formula on
 * lm's coefficients; test/fixtures/r/regression.json) and the `beta` of the coefficients table and
 * of `contribution` in the expected.json of survey-a, -b, -c. Tolerance: rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { ols } from '../../src/stats/ols.js';
import { standardizedCoefficients } from '../../src/stats/standardized-coefficients.js';
import { expectClose } from '../helpers/close.js';
import { design, loadRegression, loadSurvey, SURVEYS } from '../fixtures/r/regression-fixture.js';

const RTOL = 1e-9;

describe('standardizedCoefficients vs R', () => {
  for (const ds of loadRegression().datasets) {
    it(`${ds.name} (n = ${ds.n}, k = ${ds.k})`, () => {
      const { y, X } = design(ds);
      const beta = standardizedCoefficients(ols(y, X), y, X);
      expect(beta.length).toBe(ds.k);
      ds.beta.forEach((b, j) => expectClose(beta[j], b, `${ds.name} Beta(${ds.predictors[j]})`, RTOL));
    });
  }

  for (const name of SURVEYS) {
    it(`${name}: coefficients Beta, contribution beta, the dominant predictor, and rxy as a one-predictor Beta`, () => {
      const s = loadSurvey(name);
      const fit = ols(s.y, s.X);
      const beta = standardizedCoefficients(fit, s.y, s.X);
      s.expected.regression.coefficients.slice(1).forEach((c, j) => expectClose(beta[j], c.beta!, `${name} Beta(${c.term})`, RTOL));
      // contribution: effective = Beta·rxy·100, relative = effective / R²; rxy is the Beta of y on x alone
      s.expected.contribution.forEach((c, j) => {
        const rxy = standardizedCoefficients(ols(s.y, [s.X[j]]), s.y, [s.X[j]])[0];
        expectClose(beta[j], c.beta, `${name} contribution beta(${c.term})`, RTOL);
        expectClose(rxy, c.rxy, `${name} rxy(${c.term})`, RTOL);
        expectClose(beta[j] * rxy * 100, c.effective, `${name} effective(${c.term})`, RTOL);
        expectClose((beta[j] * rxy * 100) / fit.r2, c.relative, `${name} relative(${c.term})`, RTOL);
      });
      const dominant = Array.from(beta).reduce((best, b, j) => (Math.abs(b) > Math.abs(beta[best]) ? j : best), 0);
      expect(s.terms[dominant]).toBe(s.expected.dominant.term);
      expectClose(beta[dominant], s.expected.dominant.beta, `${name} dominant beta`, RTOL);
    });
  }

  it('NaN outside the domain: constant y, wrong number of coefficients, unequal lengths', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5);
    expect(Array.from(standardizedCoefficients({ b: Float64Array.of(1, 2) }, new Float64Array(5).fill(3), [x]))).toEqual([NaN]);
    expect(Array.from(standardizedCoefficients({ b: Float64Array.of(1) }, x, [x]))).toEqual([NaN]);
    expect(Array.from(standardizedCoefficients({ b: Float64Array.of(1, 2) }, x, [x.slice(1)]))).toEqual([NaN]);
    // defined: b = 2, sd(x)/sd(y) = 1/2 for y = 2x + 1
    expect(standardizedCoefficients({ b: Float64Array.of(1, 2) }, x.map((v) => 2 * v + 1), [x])[0]).toBe(1);
  });
});
