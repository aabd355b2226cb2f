/**
 * The bootstrap's WebAssembly kernel (src/stats/bootstrap-kernel.wat) against the JavaScript it
 * replaced, kept here as the definition: every draw the same double, bit for bit — on the three
 * examiner studies, on seeded random data (fast-check) of every shape the kernel meets (n from 1,
 * 1 to 6 predictors, repeated values, constant and collinear columns, huge and tiny scales), and on
 * the replicates that cannot be fitted. (test/scripts/wasm.test.ts: the stored module is the .wat.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapDraws } from '../../src/stats/bootstrap.js';
import { xoshiro128ss } from '../../src/stats/prng.js';
import { columnsOf, loadExaminer } from '../fixtures/r/examiner-fixture.js';

/** The replicates as bootstrap.ts computed them in JavaScript before the kernel (up to commit adc41cf): the definition. */
function referenceDraws(y: ArrayLike<number>, xs: ArrayLike<number>[], B: number, seed: number): Float64Array[] {
  const n = y.length;
  const k = xs.length;
  const p = k + 1;
  const a = Array.from({ length: k }, () => new Float64Array(n));
  const z = new Float64Array(n);
  const means = new Float64Array(k);
  const rdiag = new Float64Array(k);
  const r = Array.from({ length: k }, () => new Float64Array(k));
  const qty = new Float64Array(k);
  const slopes = new Float64Array(k);
  const solve = (rows: Int32Array, out: Float64Array): boolean => {
    let ybar = 0;
    for (let i = 0; i < n; i++) ybar += y[rows[i]];
    ybar /= n;
    for (let i = 0; i < n; i++) z[i] = y[rows[i]] - ybar;
    for (let j = 0; j < k; j++) {
      const x = xs[j];
      const col = a[j];
      let m = 0;
      for (let i = 0; i < n; i++) m += x[rows[i]];
      m /= n;
      means[j] = m;
      for (let i = 0; i < n; i++) col[i] = x[rows[i]] - m;
    }
    for (let j = 0; j < k; j++) {
      const col = a[j];
      let full = 0;
      for (let i = 0; i < j; i++) full += col[i] * col[i];
      let norm = 0;
      for (let i = j; i < n; i++) {
        const c2 = col[i] * col[i];
        full += c2;
        norm += c2;
      }
      norm = Math.sqrt(norm);
      if (!(norm > 1e-7 * Math.sqrt(full)) || full === 0) return false;
      const alpha = col[j] > 0 ? -norm : norm;
      col[j] -= alpha;
      const vv = norm * norm - 2 * alpha * (col[j] + alpha) + alpha * alpha;
      for (let l = j + 1; l <= k; l++) {
        const w = l < k ? a[l] : z;
        let d = 0;
        for (let i = j; i < n; i++) d += col[i] * w[i];
        const f = (2 * d) / vv;
        for (let i = j; i < n; i++) w[i] -= f * col[i];
      }
      rdiag[j] = alpha;
      for (let l = j + 1; l < k; l++) r[j][l] = a[l][j];
      qty[j] = z[j];
    }
    for (let j = k - 1; j >= 0; j--) {
      let s = qty[j];
      for (let l = j + 1; l < k; l++) s -= r[j][l] * slopes[l];
      slopes[j] = s / rdiag[j];
    }
    let b0 = ybar;
    for (let j = 0; j < k; j++) {
      out[j + 1] = slopes[j];
      b0 -= slopes[j] * means[j];
    }
    out[0] = b0;
    for (let j = 0; j <= k; j++) if (!Number.isFinite(out[j])) return false;
    return true;
  };
  const rng = xoshiro128ss(seed);
  const rows = new Int32Array(n);
  const draws = Array.from({ length: p }, () => new Float64Array(B));
  const coef = new Float64Array(p);
  let ok = 0;
  for (let rep = 0; rep < B; rep++) {
    for (let i = 0; i < n; i++) rows[i] = rng.int(n);
    if (solve(rows, coef)) {
      for (let j = 0; j < p; j++) draws[j][ok] = coef[j];
      ok++;
    }
  }
  return draws.map((d) => d.slice(0, ok));
}

/** The same doubles, bit for bit (NaN never occurs in fitted draws). */
function expectSameDraws(got: Float64Array[], want: Float64Array[], what: string): void {
  expect(got.length, what).toBe(want.length);
  got.forEach((g, j) => {
    expect(g.length, `${what}: fitted replicates`).toBe(want[j].length);
    const a = new BigUint64Array(g.buffer, g.byteOffset, g.length);
    const b = new BigUint64Array(want[j].buffer, want[j].byteOffset, want[j].length);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) expect(`${what}: b*_${j} of replicate ${i}: ${g[i]}`).toBe(`${what}: b*_${j} of replicate ${i}: ${want[j][i]}`);
  });
}

describe('bootstrap kernel: the JavaScript definition, bit for bit', () => {
  for (const s of loadExaminer().studies) {
    it(`${s.name}: 5 000 replicates`, () => {
      const { y, X } = columnsOf(s);
      expectSameDraws(bootstrapDraws(y, X, 5000, 20240612), referenceDraws(y, X, 5000, 20240612), s.name);
    });
  }

  it('seeded random data of every shape, with repeats, constant and collinear columns, any scale', () => {
    const data = fc.integer({ min: 1, max: 60 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        k: fc.integer({ min: 1, max: 6 }),
        kind: fc.constantFrom('likert', 'continuous', 'constant', 'collinear', 'scaled'),
        scale: fc.constantFrom(1, 1e-150, 1e150, 1e6),
        values: fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 7 * n, maxLength: 7 * n }),
        seed: fc.integer({ min: 0, max: 2 ** 31 }),
        B: fc.integer({ min: 1, max: 60 }),
      }),
    );
    fc.assert(
      fc.property(data, ({ n, k, kind, scale, values, seed, B }) => {
        const col = (j: number) => Float64Array.from({ length: n }, (_, i) => values[j * n + i]);
        const y = col(0).map((v) => v * scale);
        const X = Array.from({ length: k }, (_, j) => {
          const x = col(j + 1);
          if (kind === 'likert') return x.map((v) => 1 + (Math.abs(Math.trunc(v)) % 5));
          if (kind === 'constant' && j === 0) return x.fill(3);
          if (kind === 'collinear' && j === 1) return col(1).map((v) => 2 * v + 1);
          if (kind === 'scaled') return x.map((v) => v * scale);
          return x;
        });
        expectSameDraws(bootstrapDraws(y, X, B, seed), referenceDraws(y, X, B, seed), `n ${n}, k ${k}, ${kind}, scale ${scale}, B ${B}, seed ${seed}`);
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });

  it('replicates that cannot be fitted are left out as before (x varies in one respondent only)', () => {
    const x = Float64Array.from({ length: 12 }, (_, i) => (i === 0 ? 1 : 0));
    const y = Float64Array.from({ length: 12 }, (_, i) => i + (i === 0 ? 5 : 0));
    const got = bootstrapDraws(y, [x], 300, 3);
    expectSameDraws(got, referenceDraws(y, [x], 300, 3), 'degenerate');
    expect(got[0].length).toBeGreaterThan(0);
    expect(got[0].length).toBeLessThan(300);
  });

  it('grows its memory for large resamples and keeps giving the same draws after', () => {
    const n = 5000;
    const y = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 10 + (i % 7));
    const X = [Float64Array.from({ length: n }, (_, i) => Math.cos(i * 0.3)), Float64Array.from({ length: n }, (_, i) => (i * 37) % 11)];
    expectSameDraws(bootstrapDraws(y, X, 40, 9), referenceDraws(y, X, 40, 9), 'n 5000');
    const small = [Float64Array.of(1, 2, 3, 5, 4, 6)];
    const ys = Float64Array.of(2, 1, 4, 3, 6, 5);
    expectSameDraws(bootstrapDraws(ys, small, 50, 1), referenceDraws(ys, small, 50, 1), 'small after large');
  });
});
