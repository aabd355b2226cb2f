/**
 * glejser(): t and p of each predictor in the regression of |e| on the predictors, against R
 * `summary(lm(abs(resid(fit)) ~ x1 + … + xk))` (test/fixtures/r/regression.json) and the
 * heteroscedasticity.glejser block of the expected.json of survey-a, -b, -c (survey-c: X3
 * significant). Tolerance: rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { glejser } from '../../src/stats/glejser.js';
import { ols } from '../../src/stats/ols.js';
import { expectClose } from '../helpers/close.js';
import { design, loadRegression, loadSurvey, SURVEYS } from '../fixtures/r/regression-fixture.js';

const RTOL = 1e-9;

describe('glejser vs R', () => {
  for (const ds of loadRegression().datasets) {
    it(`${ds.name} (n = ${ds.n}, k = ${ds.k})`, () => {
      const { y, X } = design(ds);
      const e = Float64Array.from(ds.ols.residuals);
      const r = glejser(e, X);
      expect(r.df).toBe(ds.n - ds.k - 1);
      ds.glejser.t.forEach((t, j) => expectClose(r.t[j], t, `${ds.name} Glejser t(${ds.predictors[j]})`, RTOL));
      ds.glejser.p.forEach((p, j) => expectClose(r.p[j], p, `${ds.name} Glejser p(${ds.predictors[j]})`, RTOL, 0));
      // SPSS's whole table: (Constant) and B, Std. Error, Beta of every predictor.
      expectClose(r.constant.b, ds.glejser.b[0], `${ds.name} Glejser (Constant) B`, RTOL);
      expectClose(r.constant.se, ds.glejser.se[0], `${ds.name} Glejser (Constant) SE`, RTOL);
      expectClose(r.constant.t, ds.glejser.tAll[0], `${ds.name} Glejser (Constant) t`, RTOL);
      expectClose(r.constant.p, ds.glejser.pAll[0], `${ds.name} Glejser (Constant) p`, RTOL, 0);
      ds.glejser.b.slice(1).forEach((b, j) => expectClose(r.b[j], b, `${ds.name} Glejser B(${ds.predictors[j]})`, RTOL));
      ds.glejser.se.slice(1).forEach((se, j) => expectClose(r.se[j], se, `${ds.name} Glejser SE(${ds.predictors[j]})`, RTOL));
      ds.glejser.beta.forEach((beta, j) => expectClose(r.beta[j], beta, `${ds.name} Glejser Beta(${ds.predictors[j]})`, RTOL));
      // the same from this library's residuals
      const r2 = glejser(ols(y, X).residuals, X);
      ds.glejser.t.forEach((t, j) => expectClose(r2.t[j], t, `${ds.name} Glejser t from ols residuals`, RTOL));
      expect(Array.from(e), 'residuals unchanged').toEqual(ds.ols.residuals);
    });
  }

  for (const name of SURVEYS) {
    it(`${name}: heteroscedasticity.glejser`, () => {
      const s = loadSurvey(name);
      const r = glejser(ols(s.y, s.X).residuals, s.X);
      s.expected.assumptions.heteroscedasticity.glejser.forEach((g, j) => {
        expect(g.term).toBe(s.terms[j]);
        expectClose(r.t[j], g.t, `${name} Glejser t(${g.term})`, RTOL);
        expectClose(r.p[j], g.p, `${name} Glejser p(${g.term})`, RTOL, 0);
      });
    });
  }

  it('NaN fields when there is nothing to test: zero residuals, collinear predictors', () => {
    const x = Float64Array.of(1, 4, 2, 8, 5, 7, 3);
    const z = Float64Array.of(3, 1, 4, 1, 5, 9, 2);
    const zero = glejser(ols(x.map((v, i) => 1 + 2 * v - z[i]), [x, z]).residuals, [x, z]);
    expect([...zero.t, ...zero.p]).toEqual([NaN, NaN, NaN, NaN]);
    const col = glejser(Float64Array.of(1, -2, 0.5, 1, -1, 2, -1.5), [x, x.map((v) => 2 * v)]);
    expect([...col.t, ...col.p, col.df]).toEqual([NaN, NaN, NaN, NaN, NaN]);
  });
});
