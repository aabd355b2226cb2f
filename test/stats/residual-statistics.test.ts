/**
 * residualStatistics(): SPSS Residuals Statistics against R (summaries of fitted(fit), resid(fit),
 * scale(fitted(fit)), resid(fit) / sigma(fit); test/fixtures/r/examiner.json), survey-a, -b, -c.
 * rtol 1e-9; means that are 0 up to rounding within an absolute 1e-9 of the values' scale.
 */
import { describe, expect, it } from 'vitest';
import { residualStatistics } from '../../src/stats/residual-statistics.js';
import { ols } from '../../src/stats/ols.js';
import { expectClose } from '../helpers/close.js';
import { columnsOf, loadExaminer } from '../fixtures/r/examiner-fixture.js';

describe('residualStatistics vs R', () => {
  for (const s of loadExaminer().studies) {
    it(s.name, () => {
      const { y, X } = columnsOf(s);
      const fit = ols(y, X);
      const r = residualStatistics(fit.fitted, fit.residuals, fit.sigma);
      for (const g of ['predicted', 'residual', 'stdPredicted', 'stdResidual'] as const) {
        const scale = Math.abs(s.residualStatistics[g].max) + Math.abs(s.residualStatistics[g].min);
        for (const k of ['min', 'max', 'mean', 'sd'] as const) expectClose(r[g][k], s.residualStatistics[g][k], `${s.name} ${g}.${k}`, 1e-9, 1e-12 * scale);
      }
    });
  }

  it('a perfect fit (σ = 0): standardized residuals NaN; a constant prediction: standardized predictions NaN', () => {
    const r = residualStatistics(Float64Array.of(1, 2, 3), Float64Array.of(0, 0, 0), 0);
    expect(r.stdResidual.sd).toBeNaN();
    expect(r.residual).toEqual({ min: 0, max: 0, mean: 0, sd: 0 });
    expect(residualStatistics(Float64Array.of(2, 2, 2), Float64Array.of(1, -1, 0), 1).stdPredicted.mean).toBeNaN();
  });
});
