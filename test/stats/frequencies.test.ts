/**
 * frequencies(): counts of each scale point against R `tabulate(x - min + 1, max - min + 1)`
 * (test/fixtures/r/instrument.R → instrument.json) and the expected.json of survey-a, -b, -c. Counts are integers:
 * exact equality.
 */
import { describe, expect, it } from 'vitest';
import { frequencies, frequencyRecord } from '../../src/stats/frequencies.js';
import { columns, loadInstrument, loadCase, SURVEY_CASES } from '../helpers/instrument-fixture.js';

const fx = loadInstrument();

describe('frequencies vs R tabulate', () => {
  for (const ds of fx.datasets) {
    it(`${ds.name}: scale ${ds.scale.min}–${ds.scale.max}`, () => {
      const cols = columns(ds);
      ds.items.forEach((item, j) => {
        const f = frequencies(cols[j], ds.scale.min, ds.scale.max);
        expect(f.counts, `${ds.name} ${item}: data ${JSON.stringify(ds.data[item])}`).toEqual(ds.frequencies[item]);
        expect(f.outside, `${ds.name} ${item} outside`).toBe(0);
        expect(f.n).toBe(ds.n);
        expect(Array.from(cols[j]), 'input unchanged').toEqual(ds.data[item]);
      });
    });
  }

  for (const name of SURVEY_CASES) {
    it(`${name}: every item (expected.json)`, () => {
      const a = loadCase(name);
      for (const [item, want] of Object.entries(a.expected.items)) {
        expect(frequencyRecord(frequencies(a.columns[item], 1, 5)), `${a.name} ${item}`).toEqual(want.frequencies);
      }
    });
  }
});

describe('frequencies: edge cases', () => {
  it('values outside the scale, fractions and NaN are tallied in `outside`', () => {
    const f = frequencies([0, 1, 2.5, 3, 6, NaN, 5, -1, 3], 1, 5);
    expect(f).toEqual({ min: 1, max: 5, n: 9, counts: [1, 0, 2, 0, 1], outside: 5 });
  });
  it('scale points nobody chose get 0; a 0-based scale works', () => {
    expect(frequencies(Int32Array.of(0, 0, 4), 0, 4).counts).toEqual([2, 0, 0, 0, 1]);
  });
  it('empty column', () => {
    expect(frequencies(new Float64Array(0), 1, 5)).toEqual({ min: 1, max: 5, n: 0, counts: [0, 0, 0, 0, 0], outside: 0 });
  });
  it('invalid scale: no counts, outside NaN (never throws)', () => {
    for (const [lo, hi] of [[5, 1], [1.5, 5], [1, NaN], [0, 1e6]]) {
      const f = frequencies([1, 2], lo, hi);
      expect(f.counts, `${lo}..${hi}`).toEqual([]);
      expect(f.outside).toBeNaN();
    }
  });
  it('the JSDoc examples', () => {
    expect(frequencies(Float64Array.of(4, 5, 3, 4, 4, 2, 5, 6), 1, 5)).toEqual({ min: 1, max: 5, n: 8, counts: [0, 1, 1, 3, 2], outside: 1 });
    expect(frequencyRecord(frequencies(Float64Array.of(1, 2, 2), 1, 3))).toEqual({ '1': 1, '2': 2, '3': 0 });
  });
  it('a million values: correct and fast (< 200 ms)', () => {
    const n = 1_000_000;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = 1 + ((i * 7919) % 5);
    const t0 = performance.now();
    const f = frequencies(x, 1, 5);
    const ms = performance.now() - t0;
    expect(f.counts).toEqual([200_000, 200_000, 200_000, 200_000, 200_000]);
    expect(ms, `took ${ms.toFixed(1)} ms`).toBeLessThan(200);
  });
});
