/**
 * collinearity(): tolerance and VIF against R `car::vif(fit)` (test/fixtures/r/regression.json)
 * and the multicollinearity block and coefficient columns of the expected.json of survey-a, -b,
 * -c (survey-c: VIF ≈ 44.6). Tolerance: rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { collinearity } from '../../src/stats/collinearity.js';
import { expectClose } from '../helpers/close.js';
import { design, loadRegression, loadSurvey, SURVEYS } from '../fixtures/r/regression-fixture.js';

const RTOL = 1e-9;

describe('collinearity vs R car::vif', () => {
  for (const ds of loadRegression().datasets) {
    it(`${ds.name} (n = ${ds.n}, k = ${ds.k})`, () => {
      const { X } = design(ds);
      const r = collinearity(X);
      if (ds.vif === null) {
        expect(Array.from(r.vif)).toEqual([1]);
        expect(Array.from(r.tolerance)).toEqual([1]);
        return;
      }
      ds.vif.forEach((v, j) => expectClose(r.vif[j], v, `${ds.name} VIF(${ds.predictors[j]})`, RTOL));
      ds.tolerance!.forEach((v, j) => expectClose(r.tolerance[j], v, `${ds.name} tolerance(${ds.predictors[j]})`, RTOL));
    });
  }

  for (const name of SURVEYS) {
    it(`${name}: multicollinearity table`, () => {
      const s = loadSurvey(name);
      const r = collinearity(s.X);
      s.expected.assumptions.multicollinearity.forEach((m, j) => {
        expect(m.term).toBe(s.terms[j]);
        expectClose(r.vif[j], m.vif, `${name} VIF(${m.term})`, RTOL);
        expectClose(r.tolerance[j], m.tolerance, `${name} tolerance(${m.term})`, RTOL);
      });
    });
  }

  it('exact collinearity x3 = x1 + 2·x2: VIF ∞ for x1, x2, x3; x4 as R (1 − R² of x4 on the others)', () => {
    const a = loadRegression().aliased;
    const { X } = design(a);
    const r = collinearity(X);
    expect(Array.from(r.vif.slice(0, 3))).toEqual([Infinity, Infinity, Infinity]);
    expect(Array.from(r.tolerance.slice(0, 3))).toEqual([0, 0, 0]);
    expectClose(r.tolerance[3], a.toleranceX4, 'tolerance(x4)', RTOL);
    expectClose(r.vif[3], 1 / a.toleranceX4, 'VIF(x4)', RTOL);
  });

  it('NaN outside the domain: a constant column, too few rows, unequal lengths, non-finite', () => {
    const x = Float64Array.of(1, 4, 2, 8, 5, 7);
    const z = Float64Array.of(3, 1, 4, 1, 5, 9);
    expect(Array.from(collinearity([x, new Float64Array(6).fill(2)]).vif)).toEqual([NaN, NaN]);
    expect(Array.from(collinearity([x.slice(0, 3), z.slice(0, 3)]).vif)).toEqual([NaN, NaN]);
    expect(Array.from(collinearity([x, z.slice(1)]).vif)).toEqual([NaN, NaN]);
    expect(Array.from(collinearity([x, Float64Array.of(3, 1, NaN, 1, 5, 9)]).vif)).toEqual([NaN, NaN]);
    expect(collinearity([]).vif.length).toBe(0);
    // two predictors: VIF = 1/(1 − r²) for both
    const r = collinearity([x, z]);
    expectClose(r.vif[0], r.vif[1], 'k = 2: equal VIFs', 1e-14);
  });
});
