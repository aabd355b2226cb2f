/**
 * deviationFromLinearity(): SPSS "Deviation from Linearity" F against R
 * `anova(lm(y ~ x), lm(y ~ factor(x)))` (test/fixtures/r/regression.json) and linearity.deviation
 * of the expected.json of survey-a, -b, -c (survey-c: X3 significant). Tolerance: rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { deviationFromLinearity } from '../../src/stats/deviation-from-linearity.js';
import { ols } from '../../src/stats/ols.js';
import { expectClose } from '../helpers/close.js';
import { design, loadRegression, loadSurvey, SURVEYS } from '../fixtures/r/regression-fixture.js';

const RTOL = 1e-9;

describe('deviationFromLinearity vs R anova(lm(y ~ x), lm(y ~ factor(x)))', () => {
  for (const ds of loadRegression().datasets) {
    it(`${ds.name} (n = ${ds.n}): every predictor`, () => {
      const { y, X } = design(ds);
      for (const tall of [false, true]) {
        X.forEach((x, j) => {
          const r = deviationFromLinearity(y, x, { tall });
          const w = ds.deviation[j];
          const L = `${ds.name} ${ds.predictors[j]}`;
          if (w === null) {
            // not applicable: < 3 distinct values, or every value distinct
            expect([r.f, r.df1, r.df2, r.p], `${L}: not applicable`).toEqual([NaN, NaN, NaN, NaN]);
            return;
          }
          expect(r.groups).toBe(w.groups);
          expectClose(r.f, w.f, `${L} F`, RTOL);
          expect([r.df1, r.df2]).toEqual([w.df1, w.df2]);
          expectClose(r.p, w.p, `${L} p`, RTOL, 0);
        });
      }
    });
  }

  for (const name of SURVEYS) {
    it(`${name}: linearity.deviation`, () => {
      const s = loadSurvey(name);
      s.expected.assumptions.linearity.deviation.forEach((w, j) => {
        expect(w.term).toBe(s.terms[j]);
        for (const tall of [false, true]) {
          const r = deviationFromLinearity(s.y, s.X[j], { tall });
          expectClose(r.f, w.f, `${name} ${w.term} F (tall: ${tall})`, RTOL);
          expect([r.df1, r.df2]).toEqual([w.df1, w.df2]);
          expectClose(r.p, w.p, `${name} ${w.term} p (tall: ${tall})`, RTOL, 0);
        }
      });
    });
  }

  it('equals the nested-model F by subtraction of the two RSS (rtol 1e-9)', () => {
    const ds = loadRegression().datasets.find((d) => d.name === 'likert2000')!;
    const { y, X } = design(ds);
    const x = X[0];
    const levels = [...new Set(x)].sort((a, b) => a - b);
    const dummies = levels.slice(1).map((l) => x.map((v) => (v === l ? 1 : 0)));
    const lin = ols(y, [x]);
    const grp = ols(y, dummies);
    const df1 = levels.length - 2;
    const F = (lin.rss - grp.rss) / df1 / (grp.rss / grp.dfResidual);
    expectClose(deviationFromLinearity(y, x).f, F, 'deviation F vs nested', 1e-9);
  });

  it('not applicable (NaN): 2 distinct values, all values distinct, unequal lengths, non-finite', () => {
    const y = Float64Array.of(3, 5, 4, 6, 8, 7, 9, 8);
    const none = [NaN, NaN, NaN, NaN];
    const fields = (r: ReturnType<typeof deviationFromLinearity>): number[] => [r.f, r.df1, r.df2, r.p];
    expect(fields(deviationFromLinearity(y, Float64Array.of(0, 1, 0, 1, 0, 1, 0, 1)))).toEqual(none);
    expect(deviationFromLinearity(y, Float64Array.of(0, 1, 0, 1, 0, 1, 0, 1)).groups).toBe(2);
    expect(fields(deviationFromLinearity(y, Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8)))).toEqual(none);
    expect(fields(deviationFromLinearity(y, Float64Array.of(1, 2, 3)))).toEqual(none);
    expect(fields(deviationFromLinearity(y, Float64Array.of(1, 2, 3, 1, 2, 3, NaN, 1)))).toEqual(none);
    // y exactly linear in x: nothing deviates, not applicable
    expect(fields(deviationFromLinearity(Float64Array.of(1, 3, 5, 1, 3, 5, 1, 3), Float64Array.of(1, 2, 3, 1, 2, 3, 1, 2)))).toEqual(none);
    // 3 groups: defined
    const r = deviationFromLinearity(y, Float64Array.of(1, 2, 3, 1, 2, 3, 1, 2));
    expect([r.df1, r.df2, r.groups]).toEqual([1, 5, 3]);
    expect(r.f).toBeGreaterThan(0);
  });
});
