/**
 * partialPartCorrelations(): partial r = t/√(t² + df), part r = t·√((1 − R²)/df) against R
 * (reference-lib.R's formulas on summary.lm; test/fixtures/r/regression.json) and the `partial`,
 * `part` of the expected.json of survey-a, -b, -c. Tolerance: rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { ols } from '../../src/stats/ols.js';
import { partialPartCorrelations } from '../../src/stats/partial-part-correlation.js';
import { expectClose } from '../helpers/close.js';
import { design, loadRegression, loadSurvey, SURVEYS } from '../fixtures/r/regression-fixture.js';

const RTOL = 1e-9;

describe('partialPartCorrelations vs R', () => {
  for (const ds of loadRegression().datasets) {
    it(`${ds.name} (n = ${ds.n}, k = ${ds.k})`, () => {
      const { y, X } = design(ds);
      const r = partialPartCorrelations(ols(y, X));
      expect(r.partial.length).toBe(ds.k);
      ds.partial.forEach((v, j) => expectClose(r.partial[j], v, `${ds.name} partial(${ds.predictors[j]})`, RTOL));
      ds.part.forEach((v, j) => expectClose(r.part[j], v, `${ds.name} part(${ds.predictors[j]})`, RTOL));
    });
  }

  for (const name of SURVEYS) {
    it(`${name}: Partial and Part columns`, () => {
      const s = loadSurvey(name);
      const r = partialPartCorrelations(ols(s.y, s.X));
      s.expected.regression.coefficients.slice(1).forEach((c, j) => {
        expectClose(r.partial[j], c.partial!, `${name} partial(${c.term})`, RTOL);
        expectClose(r.part[j], c.part!, `${name} part(${c.term})`, RTOL);
      });
    });
  }

  it('identities: part² = R² − R² without the predictor; partial² = that / (1 − R² without it)', () => {
    const ds = loadRegression().datasets.find((d) => d.name === 'likert2000')!;
    const { y, X } = design(ds);
    const full = ols(y, X);
    const r = partialPartCorrelations(full);
    X.forEach((_, j) => {
      const reduced = ols(y, X.filter((__, l) => l !== j));
      expectClose(r.part[j] ** 2, full.r2 - reduced.r2, `part²(${j})`, 1e-9);
      expectClose(r.partial[j] ** 2, (full.r2 - reduced.r2) / (1 - reduced.r2), `partial²(${j})`, 1e-9);
    });
  });

  it('NaN for a perfect fit (t NaN) and for df ≤ 0', () => {
    const nan = partialPartCorrelations({ t: Float64Array.of(NaN, NaN), r2: 1, dfResidual: 5 });
    expect([nan.partial[0], nan.part[0]]).toEqual([NaN, NaN]);
    const df0 = partialPartCorrelations({ t: Float64Array.of(1, 2), r2: 0.5, dfResidual: 0 });
    expect([df0.partial[0], df0.part[0]]).toEqual([NaN, NaN]);
    const ok = partialPartCorrelations({ t: Float64Array.of(1, -3), r2: 0.5, dfResidual: 16 });
    expect(ok.partial[0]).toBe(-0.6);
    expect(ok.part[0]).toBeCloseTo(-0.5303300858899106, 15);
  });
});
