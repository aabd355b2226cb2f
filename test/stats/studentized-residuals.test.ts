import { describe, it } from 'vitest';
import { ols } from '../../src/stats/ols.js';
import { studentizedResiduals } from '../../src/stats/studentized-residuals.js';
import { expectClose } from '../helpers/close.js';

describe('studentizedResiduals', () => {
  it('agrees with R rstandard(lm(y ~ x))', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5);
    const y = Float64Array.of(1, 3, 2, 5, 4);
    const fit = ols(y, [x]);
    const r = studentizedResiduals(fit.residuals, [x], fit.unscaledCov, fit.sigma);
    // R 4.2: rstandard(lm(c(1,3,2,5,4) ~ c(1,2,3,4,5)))
    const expected = [-0.57735026918962562, 0.87287156094396967, -1.02062072615965738, 1.30930734141595417, -0.86602540378443904];
    expected.forEach((e, i) => expectClose(r[i], e, `r[${i}]`, 1e-12, 1e-12));
  });
  it('agrees with R for two predictors', () => {
    const x1 = Float64Array.of(2, 4, 3, 7, 5, 6, 9, 8);
    const x2 = Float64Array.of(1, 1, 2, 3, 2, 4, 4, 5);
    const y = Float64Array.of(3, 6, 5, 11, 7, 10, 14, 12);
    const fit = ols(y, [x1, x2]);
    const r = studentizedResiduals(fit.residuals, [x1, x2], fit.unscaledCov, fit.sigma);
    // R 4.2: rstandard(lm(y ~ x1 + x2)) for the data above
    const expected = [-0.27920764677561649, 0.14090355255058359, 0.60211621879137278, 0.7308454529651317, -1.3962728365594026, 1.27795034317681644, 0.65172468786967064, -1.72612284980862651];
    expected.forEach((e, i) => expectClose(r[i], e, `r[${i}]`, 1e-9, 1e-12));
  });
});
