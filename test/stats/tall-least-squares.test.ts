/**
 * tallLeastSquares(): the sums of squares and rank of a regression by a blocked (tall-skinny) QR,
 * regressors formed as products block by block — against `ols` on the stored regressors (itself
 * tested against R) over many blocks, with an aliased product (a 0/1 dummy's square) and a constant
 * regressor, and the typed errors. (White's test and RESET against R with `tall: true`: white.test.ts,
 * reset.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { ols } from '../../src/stats/ols.js';
import { tallLeastSquares } from '../../src/stats/tall-least-squares.js';
import { DimensionMismatchError, NonFiniteValueError } from '../../src/stats/errors.js';
import { expectClose } from '../helpers/close.js';

function data(n: number) {
  let s = 11;
  const r = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const x1 = Float64Array.from({ length: n }, () => 5 + Math.floor(r() * 21));
  const x2 = Float64Array.from({ length: n }, () => 1e6 + r() * 1e5); // Rupiah-like: large mean, small spread
  const d = Float64Array.from({ length: n }, () => (r() < 0.3 ? 1 : 0));
  const y = Float64Array.from({ length: n }, (_, i) => (0.3 * x1[i] + 2e-5 * x2[i] + d[i] + r()) ** 2);
  return { x1, x2, d, y };
}

describe('tallLeastSquares', () => {
  it('equals ols on the stored regressors over many blocks (rtol 1e-10), an aliased square dropped as lm does', () => {
    const { x1, x2, d, y } = data(5_000);
    const terms = [[x1], [x2], [d], [x1, x1], [d, d], [x1, x2], [x1, x1, x1]];
    const stored = terms.map((t) => Float64Array.from({ length: y.length }, (_, i) => t.reduce((p, c) => p * c[i], 1)));
    const want = ols(y, stored, { onCollinear: 'drop' });
    const got = tallLeastSquares(y, terms);
    expect(got.rank).toBe(want.rank);
    expect(got.aliased).toEqual(want.aliased);
    expect(got.aliased[4]).toBe(true); // d² = d
    expectClose(got.ssRegression, want.ssRegression, 'SSR', 1e-10);
    expectClose(got.rss, want.rss, 'RSS', 1e-10);
    expectClose(got.tss, want.tss, 'TSS', 1e-12);
  });

  it('a constant regressor is aliased from the start; a response on its own predictors has RSS ≈ 0', () => {
    const { x1, x2 } = data(1_000);
    const y = Float64Array.from(x1, (v, i) => 3 + 2 * v - 1e-4 * x2[i]);
    const fit = tallLeastSquares(y, [[x1], [new Float64Array(x1.length).fill(7)], [x2]]);
    expect(fit.aliased).toEqual([false, true, false]);
    expect(fit.rank).toBe(3);
    expect(fit.rss / fit.tss).toBeLessThan(1e-20);
  });

  it('refuses non-finite values and unequal lengths with their position', () => {
    const x = Float64Array.of(1, 2, 3, 4);
    expect(() => tallLeastSquares(Float64Array.of(1, 2, NaN, 4), [[x]])).toThrow(NonFiniteValueError);
    expect(() => tallLeastSquares(x, [[x, Float64Array.of(1, 2, 3)]])).toThrow(DimensionMismatchError);
  });
});
