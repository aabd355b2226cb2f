/**
 * cronbachAlpha(): alpha and SPSS's Item-Total Statistics against R (psych::alpha raw_alpha,
 * item.stats r.drop / raw.r, alpha.drop raw_alpha; mean / var of the rest score), from
 * test/fixtures/r/instrument.R → instrument.json, and the reliability / correctedR values of
 * the expected.json of survey-a, -b (X2_3 reversed), -c. Tolerance: rtol 1e-9 (absolute 1e-12 for values near 0).
 */
import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../src/stats/cronbach-alpha.js';
import { expectClose } from '../helpers/close.js';
import { columns, expectCloseOrNaN, loadInstrument, loadCase, SURVEY_CASES } from '../helpers/instrument-fixture.js';

const RTOL = 1e-9;
const fx = loadInstrument();

describe('cronbachAlpha vs R psych::alpha', () => {
  for (const ds of fx.datasets) {
    it(`${ds.name} (n = ${ds.n}, k = ${ds.k})${ds.note ? `: ${ds.note}` : ''}`, () => {
      const cols = columns(ds);
      const got = cronbachAlpha(cols);
      const want = ds.alpha;
      const label = `${ds.name} [R ${want.usedPsych ? 'psych::alpha' : 'definition'}]`;
      expect(got.k).toBe(ds.k);
      expect(got.n).toBe(ds.n);
      expectCloseOrNaN(got.alpha, want.alpha, `${label} alpha`, RTOL);
      expectClose(got.itemVarianceSum, want.itemVarianceSum, `${label} itemVarianceSum`, RTOL);
      expectClose(got.totalVariance, want.totalVariance, `${label} totalVariance`, RTOL);
      expectClose(got.scaleMean, want.scaleMean, `${label} scaleMean`, RTOL);
      ds.items.forEach((item, j) => {
        const g = got.items[j];
        const w = want.items[item];
        const l = `${label} ${item}`;
        expectCloseOrNaN(g.scaleMeanIfDeleted, w.scaleMeanIfDeleted, `${l} Scale Mean if Item Deleted`, RTOL);
        expectCloseOrNaN(g.scaleVarianceIfDeleted, w.scaleVarianceIfDeleted, `${l} Scale Variance if Item Deleted`, RTOL);
        expectCloseOrNaN(g.correctedItemTotalR, w.correctedItemTotalR, `${l} Corrected Item-Total Correlation`, RTOL);
        expectCloseOrNaN(g.alphaIfDeleted, w.alphaIfDeleted, `${l} Cronbach's Alpha if Item Deleted`, RTOL);
        expectCloseOrNaN(g.itemTotalR, w.itemTotalR, `${l} item-total r`, RTOL);
        expect(Array.from(cols[j]), 'input unchanged').toEqual(ds.data[item]);
      });
      const lowers = ds.items.filter((_, j) => got.items[j].alphaIfDeleted > got.alpha);
      expect(lowers, `${label}: items whose deletion raises alpha`).toEqual(want.lowersAlpha);
    });
  }

  for (const name of SURVEY_CASES) {
    it(`${name}: alpha, alpha if deleted, corrected item-total r (expected.json)`, () => {
      const a = loadCase(name);
      for (const [v, items] of Object.entries(a.variables)) {
        const got = cronbachAlpha(items.map((it) => a.columns[it]));
        const want = a.expected.reliability[v];
        expectClose(got.alpha, want.alpha, `${a.name} ${v} alpha`, RTOL);
        expect(got.k).toBe(want.nItems);
        items.forEach((item, j) => {
          expectClose(got.items[j].alphaIfDeleted, want.alphaIfDeleted[item], `${a.name} ${item} alphaIfDeleted`, RTOL);
          expectClose(got.items[j].correctedItemTotalR, a.expected.validity[item].correctedR, `${a.name} ${item} correctedR`, RTOL);
          expectClose(got.items[j].itemTotalR, a.expected.validity[item].r, `${a.name} ${item} item-total r`, RTOL);
        });
      }
    });
  }
});

describe('cronbachAlpha: degenerate cases', () => {
  it('the named degenerate datasets are in the fixture', () => {
    const names = fx.datasets.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['n40-k1', 'n40-k3-constant-item', 'n40-k4-bad-item', 'n10-k2']));
  });
  it('one item: alpha NaN, every item statistic NaN', () => {
    const r = cronbachAlpha([Float64Array.of(1, 2, 3, 4)]);
    expect(r.alpha).toBeNaN();
    expect(Object.values(r.items[0]).every(Number.isNaN)).toBe(true);
  });
  it('no items, unequal lengths, NaN in the data: NaN', () => {
    expect(cronbachAlpha([]).alpha).toBeNaN();
    expect(cronbachAlpha([[1, 2, 3], [1, 2]]).alpha).toBeNaN();
    expect(cronbachAlpha([[1, 2, 3], [1, NaN, 2]]).alpha).toBeNaN();
  });
  it('constant total (X2 = 6 − X1): alpha NaN, corrected r = −1', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5, 3);
    const r = cronbachAlpha([x, x.map((v) => 6 - v)]);
    expect(r.totalVariance).toBe(0);
    expect(r.alpha).toBeNaN();
    expect(r.items[0].itemTotalR).toBeNaN();
    expectClose(r.items[0].correctedItemTotalR, -1, 'corrected r', 1e-12);
  });
  it('all items constant: alpha NaN, rest variances exactly 0', () => {
    const c = new Float64Array(5).fill(3);
    const r = cronbachAlpha([c, c, c]);
    expect(r.alpha).toBeNaN();
    expect(r.items.map((i) => i.scaleVarianceIfDeleted)).toEqual([0, 0, 0]);
    expect(r.items.map((i) => i.scaleMeanIfDeleted)).toEqual([6, 6, 6]);
    expect(r.items.every((i) => Number.isNaN(i.alphaIfDeleted) && Number.isNaN(i.correctedItemTotalR))).toBe(true);
  });
  it('n = 1: means only', () => {
    const r = cronbachAlpha([[4], [5], [3]]);
    expect(r.scaleMean).toBe(12);
    expect(r.items[0].scaleMeanIfDeleted).toBe(8);
    expect(r.alpha).toBeNaN();
  });
  it('negative alpha is returned as is', () => {
    const r = cronbachAlpha([[1, 2, 3, 4, 5], [5, 3, 4, 1, 2], [2, 4, 1, 5, 3]]);
    expect(r.alpha).toBeLessThan(0);
  });
  it('the JSDoc example (R psych::alpha: 0.87132352941176461, r.drop 0.8229813554659988)', () => {
    const r = cronbachAlpha([Float64Array.of(4, 5, 3, 4, 2, 5), Float64Array.of(4, 4, 3, 5, 2, 4), Float64Array.of(5, 4, 2, 4, 3, 5)]);
    expectClose(r.alpha, 0.87132352941176461, 'alpha', 1e-14);
    expectClose(r.items[0].correctedItemTotalR, 0.8229813554659988, 'r.drop', 1e-14);
    expectClose(r.items[0].alphaIfDeleted, 0.7521367521367519, 'alpha.drop', 1e-14);
    expect(r.items[0].scaleMeanIfDeleted).toBe(7.5);
  });
});
