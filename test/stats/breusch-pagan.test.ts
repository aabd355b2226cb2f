/**
 * breuschPagan(): Koenker's studentized Breusch–Pagan statistic, df and p against R
 * `lmtest::bptest(fit)` (test/fixtures/r/regression.json) and the heteroscedasticity.breuschPagan
 * of the expected.json of survey-a, -b, -c. Tolerance: rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { breuschPagan } from '../../src/stats/breusch-pagan.js';
import { ols } from '../../src/stats/ols.js';
import { expectClose } from '../helpers/close.js';
import { design, loadRegression, loadSurvey, SURVEYS } from '../fixtures/r/regression-fixture.js';

const RTOL = 1e-9;

describe('breuschPagan vs R lmtest::bptest', () => {
  for (const ds of loadRegression().datasets) {
    it(`${ds.name} (n = ${ds.n}, k = ${ds.k})`, () => {
      const { y, X } = design(ds);
      const r = breuschPagan(ols(y, X).residuals, X);
      const w = ds.breuschPagan;
      expectClose(r.statistic, w.statistic, `${ds.name} BP`, RTOL);
      expect(r.df).toBe(w.df);
      expectClose(r.p, w.p, `${ds.name} BP p`, RTOL, 0);
    });
  }

  for (const name of SURVEYS) {
    it(`${name}: heteroscedasticity.breuschPagan`, () => {
      const s = loadSurvey(name);
      const r = breuschPagan(ols(s.y, s.X).residuals, s.X);
      const w = s.expected.assumptions.heteroscedasticity.breuschPagan;
      expectClose(r.statistic, w.statistic, `${name} BP`, RTOL);
      expect(r.df).toBe(w.df);
      expectClose(r.p, w.p, `${name} BP p`, RTOL, 0);
    });
  }

  it('is n·R² of e² on the predictors (invariant to the sign and scale of e)', () => {
    const ds = loadRegression().datasets.find((d) => d.name === 'mixed200')!;
    const { X } = design(ds);
    const e = Float64Array.from(ds.ols.residuals);
    const r = breuschPagan(e, X);
    const aux = ols(e.map((v) => v * v), X);
    expectClose(r.statistic, ds.n * aux.r2, 'BP = n·R²', 1e-12);
    expectClose(breuschPagan(e.map((v) => -3 * v), X).statistic, r.statistic, 'scale invariance', 1e-12);
  });

  it('NaN when e² is constant (perfect fit, or |e| all equal) or the predictors are collinear', () => {
    const x = Float64Array.of(1, 4, 2, 8, 5, 7, 3);
    expect(breuschPagan(new Float64Array(7), [x])).toEqual({ statistic: NaN, df: NaN, p: NaN });
    expect(breuschPagan(Float64Array.of(1, -1, 1, -1, 1, -1, 1), [x])).toEqual({ statistic: NaN, df: NaN, p: NaN });
    const e = Float64Array.of(1, -2, 0.5, 1, -1, 2, -1.5);
    expect(breuschPagan(e, [x, x.map((v) => v + 1)]).statistic).toBeNaN();
  });
});
