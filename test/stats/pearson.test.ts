/**
 * pearson(): r, t, df and two-sided p against R `cor.test(x, y)` (test/fixtures/r/instrument.R →
 * instrument.json) and the validity section of the expected.json of survey-a (p down to 1e-19), -b, -c.
 * Tolerance: rtol 1e-9 for every value (r, t and p; far-tail p included); absolute 1e-12 for r near 0.
 */
import { describe, expect, it } from 'vitest';
import { pearson, pearsonP, pearsonR } from '../../src/stats/pearson.js';
import { criticalR } from '../../src/stats/distributions.js';
import { expectClose } from '../helpers/close.js';
import { columns, expectCloseOrNaN, loadInstrument, loadCase, SURVEY_CASES, rowSums, type PearsonRef } from '../helpers/instrument-fixture.js';

const RTOL = 1e-9;
const fx = loadInstrument();

function check(x: ArrayLike<number>, y: ArrayLike<number>, want: PearsonRef, label: string): void {
  const got = pearson(x, y);
  expectCloseOrNaN(got.r, want.r, `${label} r`, RTOL);
  expectCloseOrNaN(got.t, want.t, `${label} t`, RTOL);
  expect(got.df, `${label} df`).toBe(want.df);
  // R underflows p below ~1e-308 to 0, as does a double: compare absolutely there.
  expectCloseOrNaN(got.p, want.p, `${label} p`, RTOL, want.p === 0 ? 1e-300 : 0);
}

describe('pearson vs R cor.test', () => {
  for (const ds of fx.datasets) {
    it(`${ds.name}: every item with the total, and neighbouring items`, () => {
      const cols = columns(ds);
      const total = rowSums(cols);
      for (const [item, want] of Object.entries(ds.itemTotal)) {
        check(cols[ds.items.indexOf(item)], total, want, `${ds.name} ${item} vs total (n = ${ds.n})`);
      }
      for (const pair of ds.pairs) {
        check(cols[ds.items.indexOf(pair.x)], cols[ds.items.indexOf(pair.y)], pair, `${ds.name} ${pair.x} vs ${pair.y}`);
      }
      ds.items.forEach((item, j) => expect(Array.from(cols[j]), 'input unchanged').toEqual(ds.data[item]));
    });
  }

  for (const c of fx.continuous) {
    it(`${c.name}: continuous columns (n = ${c.n}, p = ${c.pearson.p})`, () => {
      check(Float64Array.from(c.x), Float64Array.from(c.y), c.pearson, c.name);
    });
  }

  for (const name of SURVEY_CASES) {
    it(`${name} validity: r hitung, Sig. (2-tailed) (down to 1e-19 in survey-a), r tabel`, () => {
      const a = loadCase(name);
      const n = a.expected.meta.n;
      for (const [v, items] of Object.entries(a.variables)) {
        const total = rowSums(items.map((it) => a.columns[it]));
        for (const item of items) {
          const want = a.expected.validity[item];
          const got = pearson(a.columns[item], total);
          expectClose(got.r, want.r, `${a.name} ${item} r (variable ${v})`, RTOL);
          expectClose(got.p, want.p, `${a.name} ${item} p (variable ${v})`, RTOL, 0);
          expectClose(criticalR(a.expected.meta.alpha, n - 2), want.rTable, `${a.name} rTable`, RTOL);
          expect(got.r > want.rTable, `${a.name} ${item} valid`).toBe(want.valid);
        }
      }
    });
  }
});

describe('pearson: degenerate cases', () => {
  it('zero variance: r and p NaN', () => {
    const res = pearson([3, 3, 3, 3], [1, 2, 3, 4]);
    expect(res.r).toBeNaN();
    expect(res.p).toBeNaN();
    expect(pearsonR([1, 2, 3], new Float64Array(3).fill(0.1))).toBeNaN();
  });
  it('|r| = 1: p = 0, t = ±Infinity (R: t = Inf, p-value < 2.2e-16, printed as 0)', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5);
    expect(pearson(x, x.map((v) => 2 * v + 1))).toEqual({ n: 5, r: 1, df: 3, t: Infinity, p: 0 });
    expect(pearson(x, x.map((v) => 7 - 3 * v))).toEqual({ n: 5, r: -1, df: 3, t: -Infinity, p: 0 });
  });
  it('n = 2: r defined, p NaN (df 0); n < 2: NaN', () => {
    const two = pearson([1, 2], [3, 5]);
    expect(two.r).toBe(1);
    expect(two.p).toBeNaN();
    expect(pearson([1], [2]).r).toBeNaN();
    expect(pearson([], []).r).toBeNaN();
  });
  it('unequal lengths or NaN in the data: NaN', () => {
    expect(pearson([1, 2, 3], [1, 2]).r).toBeNaN();
    expect(pearson([1, 2, NaN, 4], [1, 3, 2, 4]).p).toBeNaN();
  });
  it('pearsonP outside the domain: NaN', () => {
    expect(pearsonP(NaN, 10)).toBeNaN();
    expect(pearsonP(1.5, 10)).toBeNaN();
    expect(pearsonP(0.5, 2)).toBeNaN();
    expect(pearsonP(0, 10)).toBe(1);
  });
  it('two-pass sums survive an offset of 1e12 (one-pass formulas lose every digit)', () => {
    const x = [1, 2, 3, 4, 5].map((v) => 1e12 + v);
    const y = [2, 1, 4, 3, 5].map((v) => 1e12 + v);
    expectClose(pearsonR(x, y), 0.8, 'offset 1e12 r', 1e-12);
  });
  it('the JSDoc example (R: t 2.3094010767585011, p 0.10408803866182798)', () => {
    const res = pearson(Float64Array.of(1, 2, 3, 4, 5), Float64Array.of(2, 1, 4, 3, 5));
    expectClose(res.r, 0.8, 'r', 1e-14);
    expectClose(res.t, 2.3094010767585011, 't', 1e-12);
    expectClose(res.p, 0.10408803866182798, 'p', 1e-12);
  });
});
