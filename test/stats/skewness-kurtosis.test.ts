/**
 * skewnessKurtosis(): G1, G2 and their standard errors against R psych::skew / kurtosi (type 2,
 * as SPSS) of the regression residuals of survey-a, -b (skewed) and -c (test/fixtures/r/examiner.json),
 * and a small sample worked by hand. rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { skewnessKurtosis } from '../../src/stats/skewness-kurtosis.js';
import { ols } from '../../src/stats/ols.js';
import { expectClose } from '../helpers/close.js';
import { columnsOf, loadExaminer } from '../fixtures/r/examiner-fixture.js';

describe('skewnessKurtosis vs R psych (type 2)', () => {
  for (const s of loadExaminer().studies) {
    it(`${s.name}: the residuals`, () => {
      const { y, X } = columnsOf(s);
      const r = skewnessKurtosis(ols(y, X).residuals);
      for (const k of ['skewness', 'skewnessSe', 'kurtosis', 'kurtosisSe'] as const) expectClose(r[k], s.shape[k], `${s.name} ${k}`, 1e-9);
    });
  }

  it('2, 3, 3, 4, 4, 4, 5, 5, 9 (R: psych::skew 1.7008928571428581, kurtosi 3.977678571428573)', () => {
    const r = skewnessKurtosis(Float64Array.of(2, 3, 3, 4, 4, 4, 5, 5, 9));
    expectClose(r.skewness, 1.7008928571428581, 'skewness', 1e-12);
    expectClose(r.kurtosis, 3.977678571428573, 'kurtosis', 1e-12);
    expectClose(r.skewnessSe, 0.71713716560063612, 'SE skewness', 1e-12);
    expectClose(r.kurtosisSe, 1.39970842444753019, 'SE kurtosis', 1e-12);
  });

  it('symmetric data: skewness exactly 0; too few values or a constant sample: NaN', () => {
    expect(skewnessKurtosis(Float64Array.of(1, 2, 3, 4, 5)).skewness).toBe(0);
    expect(skewnessKurtosis(Float64Array.of(1, 2)).skewness).toBeNaN();
    expect(skewnessKurtosis(Float64Array.of(1, 2, 3)).kurtosis).toBeNaN();
    expect(skewnessKurtosis(Float64Array.of(4, 4, 4, 4)).skewness).toBeNaN();
  });
});
