/**
 * reset(): Ramsey's RESET (powers 2 and 3 of the fitted values) against R `lmtest::resettest(fit)`
 * (test/fixtures/r/regression.json) and linearity.reset of the expected.json of survey-a, -b, -c
 * (survey-c: significant). Tolerance: rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { ols } from '../../src/stats/ols.js';
import { reset } from '../../src/stats/reset.js';
import { expectClose } from '../helpers/close.js';
import { design, loadRegression, loadSurvey, SURVEYS } from '../fixtures/r/regression-fixture.js';

const RTOL = 1e-9;

describe('reset vs R lmtest::resettest', () => {
  for (const ds of loadRegression().datasets) {
    it(`${ds.name} (n = ${ds.n}, k = ${ds.k})`, () => {
      const { y, X } = design(ds);
      const w = ds.reset;
      for (const r of [reset(y, X), reset(y, X, { fit: ols(y, X) }), reset(y, X, { tall: true })]) {
        expectClose(r.f, w.f, `${ds.name} RESET F`, RTOL);
        expect([r.df1, r.df2]).toEqual([w.df1, w.df2]);
        expectClose(r.p, w.p, `${ds.name} RESET p`, RTOL, 0);
      }
    });
  }

  for (const name of SURVEYS) {
    it(`${name}: linearity.reset`, () => {
      const s = loadSurvey(name);
      for (const tall of [false, true]) {
        const r = reset(s.y, s.X, { tall });
        const w = s.expected.assumptions.linearity.reset;
        expectClose(r.f, w.f, `${name} RESET F (tall: ${tall})`, RTOL);
        expect([r.df1, r.df2]).toEqual([w.df1, w.df2]);
        expectClose(r.p, w.p, `${name} RESET p (tall: ${tall})`, RTOL, 0);
      }
    });
  }

  it('equals the F test of the nested models computed by subtraction (rtol 1e-8)', () => {
    const ds = loadRegression().datasets.find((d) => d.name === 'likert2000')!;
    const { y, X } = design(ds);
    const f0 = ols(y, X);
    const z = f0.fitted;
    const f1 = ols(y, [...X, z.map((v) => v * v), z.map((v) => v * v * v)]);
    const F = (f0.rss - f1.rss) / 2 / (f1.rss / f1.dfResidual);
    expectClose(reset(y, X).f, F, 'RESET vs nested F', 1e-8);
  });

  it('NaN for a perfect fit or no residual df; power option', () => {
    const x = Float64Array.of(1, 4, 2, 8, 5, 7, 3, 6);
    expect(reset(x.map((v) => 2 * v + 1), [x]).f).toBeNaN();
    expect(reset(x.slice(0, 4), [x.slice(0, 4)]).f).toBeNaN();
    const y = Float64Array.of(2, 9, 5, 30, 14, 25, 6, 20);
    const r2 = reset(y, [x], { power: [2] });
    expect([r2.df1, r2.df2]).toEqual([1, 5]);
    // with one power, F = t² of ŷ² added to the model
    const aux = ols(y, [x, ols(y, [x]).fitted.map((v) => v * v)]);
    expectClose(r2.f, aux.t[2] ** 2, 'RESET(power 2) = t²', 1e-10);
  });
});
