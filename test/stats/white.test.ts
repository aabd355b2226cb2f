/**
 * white(): White's test (studentized Breusch–Pagan on the predictors, their squares and
 * cross-products) against R `lmtest::bptest(fit, ~ (x1 + … + xk)^2 + I(x1^2) + … + I(xk^2))`
 * (test/fixtures/r/regression.json: k = 1 → df 2; a 0/1 dummy whose square is aliased → df 13,
 * not 14) and the heteroscedasticity.white of the expected.json of survey-a, -b, -c.
 * Tolerance: rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { ols } from '../../src/stats/ols.js';
import { white, whiteRegressors } from '../../src/stats/white.js';
import { expectClose } from '../helpers/close.js';
import { design, loadRegression, loadSurvey, SURVEYS } from '../fixtures/r/regression-fixture.js';

const RTOL = 1e-9;

describe('white vs R lmtest::bptest with squares and cross-products', () => {
  for (const ds of loadRegression().datasets) {
    it(`${ds.name} (n = ${ds.n}, k = ${ds.k}): ${ds.note}`, () => {
      const { y, X } = design(ds);
      // Both ways: ols on the stored regressors (n ≤ TALL_N) and tallLeastSquares (beyond).
      for (const tall of [false, true]) {
        const r = white(ols(y, X).residuals, X, { tall });
        const w = ds.white;
        expectClose(r.statistic, w.statistic, `${ds.name} White (tall: ${tall})`, RTOL);
        expect(r.df).toBe(w.df);
        expectClose(r.p, w.p, `${ds.name} White p (tall: ${tall})`, RTOL, 0);
      }
    });
  }

  it('mixed200: the dummy’s square duplicates it, df reflects the rank (13 of 14 regressors)', () => {
    const ds = loadRegression().datasets.find((d) => d.name === 'mixed200')!;
    const { y, X } = design(ds);
    expect(whiteRegressors(X).length).toBe(14);
    expect(white(ols(y, X).residuals, X).df).toBe(13);
    expect(white(ols(y, X).residuals, X, { tall: true }).df).toBe(13);
  });

  for (const name of SURVEYS) {
    it(`${name}: heteroscedasticity.white`, () => {
      const s = loadSurvey(name);
      for (const tall of [false, true]) {
        const r = white(ols(s.y, s.X).residuals, s.X, { tall });
        const w = s.expected.assumptions.heteroscedasticity.white;
        expectClose(r.statistic, w.statistic, `${name} White (tall: ${tall})`, RTOL);
        expect(r.df).toBe(w.df);
        expectClose(r.p, w.p, `${name} White p (tall: ${tall})`, RTOL, 0);
      }
    });
  }

  it("regressors in R's model-matrix order: x1, x2, x1², x2², x1·x2", () => {
    const z = whiteRegressors([Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6)]);
    expect(z.map((c) => Array.from(c))).toEqual([[1, 2, 3], [4, 5, 6], [1, 4, 9], [16, 25, 36], [4, 10, 18]]);
  });

  it('NaN without predictors, with unequal lengths, or when e² is constant', () => {
    const x = Float64Array.of(1, 4, 2, 8, 5, 7, 3);
    expect(white(x, []).statistic).toBeNaN();
    expect(white(x, [x.slice(1)]).statistic).toBeNaN();
    expect(white(new Float64Array(7), [x]).statistic).toBeNaN();
    expect(white(new Float64Array(7), [x], { tall: true }).statistic).toBeNaN();
  });
});
