/**
 * symmetricEigenvalues gives ml-matrix's symmetric eigenvalues to the last bit (the same operations
 * in the same order, the eigenvectors left out), on random, structured and degenerate matrices; and
 * durbinWatsonEigenvalues on typed arrays gives what ml-matrix's products and decomposition give
 * (the Durbin–Watson exact p magnifies an ulp of an eigenvalue, so equal means bit-equal).
 */
import { describe, expect, it } from 'vitest';
import { EigenvalueDecomposition, Matrix, QrDecomposition } from 'ml-matrix';
import { symmetricEigenvalues } from '../../src/stats/symmetric-eigenvalues.js';
import { durbinWatsonEigenvalues } from '../../src/stats/durbin-watson.js';
import { xoshiro128ss } from '../../src/stats/prng.js';

function symmetric(n: number, draw: (i: number, j: number) => number): Matrix {
  const m = new Matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) m.set(i, j, draw(i, j)), m.set(j, i, m.get(i, j));
  return m;
}

const mlMatrix = (m: Matrix) => new EigenvalueDecomposition(m, { assumeSymmetric: true }).realEigenvalues;
const ours = (m: Matrix) => Array.from(symmetricEigenvalues(Float64Array.from(m.to1DArray()), m.rows));

describe('symmetric eigenvalues, bit for bit as ml-matrix', () => {
  const rng = xoshiro128ss(20261129);
  const uniform = () => rng.int(1_000_000) / 1_000_000 - 0.5;
  const cases: [string, Matrix][] = [
    ['1 × 1', symmetric(1, () => 3.5)],
    ['2 × 2', symmetric(2, (i, j) => (i === j ? 2 : -1))],
    ['zeros', symmetric(5, () => 0)],
    ['diagonal', symmetric(6, (i, j) => (i === j ? i - 2.5 : 0))],
    ['a zero row inside', symmetric(7, (i, j) => (i === 3 || j === 3 ? 0 : uniform()))],
    ['repeated eigenvalues', symmetric(8, (i, j) => (i === j ? 1 : 0.25))],
    ['the DW difference matrix, n = 30', symmetric(30, (i, j) => (i === j ? (i === 0 || i === 29 ? 1 : 2) : Math.abs(i - j) === 1 ? -1 : 0))],
  ];
  for (const n of [3, 10, 41, 89]) cases.push([`random ${n} × ${n}`, symmetric(n, uniform)]);
  for (const [name, m] of cases) {
    it(name, () => {
      expect(ours(m.clone())).toEqual(mlMatrix(m.clone()));
    });
  }
});

describe("Durbin–Watson's eigenvalues of M·A·M", () => {
  /** What durbinWatsonEigenvalues computed with ml-matrix's objects (before it worked on typed arrays). */
  function reference(Q: Matrix, tol = 1e-10): number[] {
    const n = Q.rows;
    const k = Q.columns;
    const M = Q.mmul(Q.transpose()).neg();
    for (let i = 0; i < n; i++) M.set(i, i, M.get(i, i) + 1);
    const AM = new Matrix(n, n);
    for (let t = 0; t < n; t++) {
      for (let j = 0; j < n; j++) {
        let v: number;
        if (t === 0) v = M.get(0, j) - M.get(1, j);
        else if (t === n - 1) v = M.get(n - 1, j) - M.get(n - 2, j);
        else v = 2 * M.get(t, j) - M.get(t - 1, j) - M.get(t + 1, j);
        AM.set(t, j, v);
      }
    }
    const C = M.mmul(AM);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < i; j++) {
        const s = 0.5 * (C.get(i, j) + C.get(j, i));
        C.set(i, j, s);
        C.set(j, i, s);
      }
    const ev = new EigenvalueDecomposition(C, { assumeSymmetric: true }).realEigenvalues.slice();
    ev.sort((p, q) => q - p);
    return ev.slice(0, n - k).filter((v) => v > tol);
  }

  for (const [n, k] of [
    [12, 2],
    [40, 4],
    [89, 4],
  ]) {
    it(`n = ${n}, k = ${k}: the same values`, () => {
      const rng = xoshiro128ss(n * 31 + k);
      const X = new Matrix(n, k);
      for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) X.set(i, j, j === 0 ? 1 : 1 + rng.int(5));
      const Q = new QrDecomposition(X).orthogonalMatrix;
      const ev = durbinWatsonEigenvalues(Q);
      expect(ev).toHaveLength(n - k);
      expect(ev).toEqual(reference(Q));
    });
  }
});
