/**
 * ppDeviation(): the largest |i/n − Φ(z₍ᵢ₎)| of the normal P-P plot of e/σ̂ and where it lies,
 * against R (test/fixtures/r/examiner.json), survey-a, -b, -c. rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { ppDeviation } from '../../src/stats/pp-deviation.js';
import { ols } from '../../src/stats/ols.js';
import { expectClose } from '../helpers/close.js';
import { columnsOf, loadExaminer } from '../fixtures/r/examiner-fixture.js';

describe('ppDeviation vs R', () => {
  for (const s of loadExaminer().studies) {
    it(s.name, () => {
      const { y, X } = columnsOf(s);
      const fit = ols(y, X);
      const r = ppDeviation(Float64Array.from(fit.residuals, (v) => v / fit.sigma));
      expect(r.index).toBe(s.pp.index);
      for (const k of ['maxDeviation', 'deviation', 'expected', 'observed'] as const) expectClose(r[k], s.pp[k], `${s.name} ${k}`, 1e-9);
    });
  }

  it('a worked example; empty or non-finite input: NaN', () => {
    // R: z <- sort(c(2, -1.2, 0.4, -0.3, 0.1)); d <- (1:5)/5 - pnorm(z) → the 4th, 0.144578258389675862
    const r = ppDeviation(Float64Array.of(2.0, -1.2, 0.4, -0.3, 0.1));
    expect(r.index).toBe(3);
    expect(r.observed).toBe(0.8);
    expectClose(r.maxDeviation, 0.144578258389675862, 'max deviation', 1e-12);
    expectClose(r.expected, 0.65542174161032418, 'expected', 1e-12);
    expect(ppDeviation(new Float64Array(0)).maxDeviation).toBeNaN();
    expect(ppDeviation(Float64Array.of(1, NaN)).maxDeviation).toBeNaN();
  });
});
