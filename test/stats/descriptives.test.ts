/**
 * descriptives(): n, mean, sample sd, min, max against R (`mean`, `sd`, `min`, `max`), values from
 * test/fixtures/r/instrument.R → instrument.json, and the expected.json of survey-a, -b, -c.
 * Tolerance: rtol 1e-12 (compensated mean, two-pass variance; R prints 16 significant digits).
 */
import { describe, expect, it } from 'vitest';
import { descriptives } from '../../src/stats/descriptives.js';
import { expectClose } from '../helpers/close.js';
import { columns, loadInstrument, loadCase, SURVEY_CASES, rowSums } from '../helpers/instrument-fixture.js';

const RTOL = 1e-12;
const fx = loadInstrument();

describe('descriptives vs R mean/sd/min/max', () => {
  for (const ds of fx.datasets) {
    it(`${ds.name}: every item and the total score`, () => {
      const cols = columns(ds);
      ds.items.forEach((item, j) => {
        const got = descriptives(cols[j]);
        const want = ds.descriptives[item];
        const label = `${ds.name} ${item} (n = ${ds.n})`;
        expect(got.n).toBe(ds.n);
        expectClose(got.mean, want.mean, `${label} mean`, RTOL);
        expectClose(got.sd, want.sd as number, `${label} sd`, RTOL);
        expect(got.min, `${label} min`).toBe(want.min);
        expect(got.max, `${label} max`).toBe(want.max);
        expect(Array.from(cols[j]), `${label}: input unchanged`).toEqual(ds.data[item]);
      });
      const t = descriptives(rowSums(cols));
      expectClose(t.mean, ds.total.mean, `${ds.name} total mean`, RTOL);
      expectClose(t.sd, ds.total.sd as number, `${ds.name} total sd`, RTOL);
      expect([t.min, t.max]).toEqual([ds.total.min, ds.total.max]);
    });
  }

  for (const c of fx.continuous) {
    it(`${c.name}: continuous columns (large offsets, Rupiah)`, () => {
      for (const key of ['x', 'y'] as const) {
        const got = descriptives(Float64Array.from(c[key]));
        const want = c.descriptives[key];
        const label = `${c.name} ${key} (n = ${c.n})`;
        expectClose(got.mean, want.mean, `${label} mean`, RTOL);
        expectClose(got.sd, want.sd as number, `${label} sd`, RTOL);
        expect([got.min, got.max], label).toEqual([want.min, want.max]);
      }
    });
  }

  for (const name of SURVEY_CASES) {
    it(`${name}: item means and sds, Likert variable scores (expected.json)`, () => {
      const a = loadCase(name);
      for (const [item, want] of Object.entries(a.expected.items)) {
        const got = descriptives(a.columns[item]);
        expectClose(got.mean, want.mean, `${a.name} ${item} mean`, 1e-12);
        expectClose(got.sd, want.sd, `${a.name} ${item} sd`, 1e-12);
      }
      for (const [v, items] of Object.entries(a.variables)) {
        const got = descriptives(rowSums(items.map((it) => a.columns[it])));
        const want = a.expected.variables[v];
        expectClose(got.mean, want.mean, `${a.name} ${v} mean`, 1e-12);
        expectClose(got.sd, want.sd as number, `${a.name} ${v} sd`, 1e-12);
        expect([got.min, got.max], `${a.name} ${v} min/max`).toEqual([want.min, want.max]);
      }
    });
  }
});

describe('descriptives: degenerate input', () => {
  it('empty column: all NaN, n 0', () => {
    const d = descriptives(new Float64Array(0));
    expect(d.n).toBe(0);
    for (const v of [d.mean, d.sd, d.min, d.max]) expect(v).toBeNaN();
  });
  it('one value: sd NaN (as R sd(5))', () => {
    expect(descriptives([5])).toEqual({ n: 1, mean: 5, sd: NaN, min: 5, max: 5 });
  });
  it('constant column: mean exactly the value, sd exactly 0', () => {
    expect(descriptives(new Float64Array(1000).fill(0.1))).toEqual({ n: 1000, mean: 0.1, sd: 0, min: 0.1, max: 0.1 });
  });
  it('a NaN makes everything NaN', () => {
    const d = descriptives([1, 2, NaN, 4]);
    for (const v of [d.mean, d.sd, d.min, d.max]) expect(v).toBeNaN();
  });
  it('accepts Int32Array and number[] alike', () => {
    expect(descriptives(Int32Array.of(4, 5, 3, 4, 4, 2, 5))).toEqual(descriptives([4, 5, 3, 4, 4, 2, 5]));
  });
  it('the JSDoc example', () => {
    expect(descriptives(Float64Array.of(4, 5, 3, 4, 4, 2, 5))).toEqual({
      n: 7, mean: 3.857142857142857, sd: 1.0690449676496976, min: 2, max: 5,
    });
  });
});
