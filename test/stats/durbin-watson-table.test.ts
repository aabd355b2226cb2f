/**
 * The stored Durbin–Watson table (src/stats/durbin-watson-table.generated.ts, α = 0.05, k′ = 1…5,
 * n = 6…200) against
 *   - a fresh computation by durbinWatsonBounds on a sample of entries (rtol 1e-10: the file holds the
 *     computation's doubles; only a different floating-point library could move the last digits), and
 *   - the printed table of N. E. Savin & K. J. White (1977), Econometrica 45, 1989–1996, Table for
 *     α = .05 (k′ = regressors excluding the intercept), 3 decimals: every entry within ±0.0006, and
 *     equal after rounding to 3 decimals except the two entries noted (the printed value is off by one
 *     in the last digit against the exact bound — Savin & White computed with a coarser quadrature).
 */
import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/close.js';
import { durbinWatsonBounds } from '../../src/stats/durbin-watson-bounds.js';
import { durbinWatsonBoundsOf, durbinWatsonTable, durbinWatsonTableRow } from '../../src/stats/durbin-watson-table.js';

const table = durbinWatsonTable();
const entry = (n: number, k: number) => table.rows.find((r) => r.n === n)!.bounds[k - 1];

describe('the stored Durbin–Watson table', () => {
  it('covers n = 6…200 and k′ = 1…5 at α = 0.05, an entry exactly where n ≥ k′ + 5', () => {
    expect(table.alpha).toBe(0.05);
    expect(table.rows.map((r) => r.n)).toEqual(Array.from({ length: 195 }, (_, i) => i + 6));
    for (const r of table.rows) {
      expect(r.bounds).toHaveLength(5);
      r.bounds.forEach((b, j) => expect(b === null, `n = ${r.n}, k′ = ${j + 1}`).toBe(r.n < j + 1 + 5));
    }
  });

  // A sample across the table: first and last rows, the corners, the default study (n = 89, k′ = 3).
  const sample: [number, number][] = [
    [6, 1], [10, 5], [11, 2], [23, 4], [47, 1], [64, 5], [89, 3], [117, 2], [150, 4], [199, 3], [200, 5],
  ];
  for (const [n, k] of sample) {
    it(`n = ${n}, k′ = ${k} equals a fresh computation`, () => {
      const fresh = durbinWatsonBounds(n, k, 0.05);
      const stored = entry(n, k)!;
      expectClose(stored.dL, fresh.dL, `dL(n=${n}, k′=${k}) stored vs fresh`, 1e-10);
      expectClose(stored.dU, fresh.dU, `dU(n=${n}, k′=${k}) stored vs fresh`, 1e-10);
    });
  }

  it('a whole row computed now equals the stored row (n = 57)', () => {
    const fresh = durbinWatsonTableRow(57);
    fresh.bounds.forEach((b, j) => {
      expectClose(entry(57, j + 1)!.dL, b!.dL, `dL(57, ${j + 1})`, 1e-10);
      expectClose(entry(57, j + 1)!.dU, b!.dU, `dU(57, ${j + 1})`, 1e-10);
    });
  });
});

describe('Savin & White (1977), α = .05, printed to 3 decimals', () => {
  // [n, k′, dL, dU] as printed.
  const printed: [number, number, number, number][] = [
    [6, 1, 0.61, 1.4],
    [7, 2, 0.467, 1.896],
    [8, 3, 0.368, 2.287],
    [9, 4, 0.296, 2.588],
    [10, 5, 0.243, 2.822],
    [15, 1, 1.077, 1.361],
    [20, 2, 1.1, 1.537],
    [25, 3, 1.123, 1.654],
    [30, 4, 1.143, 1.739],
    [40, 5, 1.23, 1.786],
    [50, 3, 1.421, 1.674],
    [60, 2, 1.514, 1.652],
    [75, 4, 1.515, 1.739],
    [100, 3, 1.613, 1.736],
    [150, 5, 1.665, 1.802],
    [200, 1, 1.758, 1.778],
    [200, 5, 1.718, 1.82],
  ];
  // Exact bound vs printed: n = 8, k′ = 3 dL 0.36744 (printed 0.368); n = 200, k′ = 1 dU 1.77853 (printed 1.778).
  const offByOne = new Set(['8,3,dL', '200,1,dU']);
  it('has at least ten entries across n and k′', () => {
    expect(printed.length).toBeGreaterThanOrEqual(10);
    expect(new Set(printed.map((p) => p[1])).size).toBe(5);
  });
  for (const [n, k, dL, dU] of printed) {
    it(`n = ${n}, k′ = ${k}: dL ${dL.toFixed(3)}, dU ${dU.toFixed(3)}`, () => {
      const b = entry(n, k)!;
      for (const [name, actual, expected] of [['dL', b.dL, dL], ['dU', b.dU, dU]] as const) {
        expectClose(actual, expected, `${name}(n=${n}, k′=${k}) vs Savin–White`, 0, 6e-4);
        if (!offByOne.has(`${n},${k},${name}`)) expect(actual.toFixed(3), `${name}(n=${n}, k′=${k}) to 3 decimals`).toBe(expected.toFixed(3));
      }
    });
  }
});

describe('durbinWatsonBoundsOf: the stored entry, else a computation', () => {
  it('gives the stored entry inside the table (n = 89, k′ = 3, α = 0.05)', () => {
    expect(durbinWatsonBoundsOf(89, 3, 0.05)).toEqual(entry(89, 3));
    expect(durbinWatsonBoundsOf(6, 1, 0.05)).toEqual(entry(6, 1));
    expect(durbinWatsonBoundsOf(200, 5, 0.05)).toEqual(entry(200, 5));
  });

  it('computes what the table does not hold: another α, n beyond 200, k′ beyond 5, n below the first entry', () => {
    for (const [n, k, alpha] of [[89, 3, 0.01], [201, 3, 0.05], [60, 6, 0.05], [7, 3, 0.05], [89, 0, 0.05], [5, 3, 0.05]] as const) {
      const fresh = durbinWatsonBounds(n, k, alpha);
      const got = durbinWatsonBoundsOf(n, k, alpha);
      expect(Object.is(got.dL, fresh.dL) && Object.is(got.dU, fresh.dU), `n = ${n}, k′ = ${k}, α = ${alpha}`).toBe(true);
    }
    // Where no bound exists, the computation's own answer comes through: NaN for n < k′ + 3.
    expect(durbinWatsonBoundsOf(5, 3, 0.05).dL).toBeNaN();
  });
});
