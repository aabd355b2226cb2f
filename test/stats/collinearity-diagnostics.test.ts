/**
 * collinearityDiagnostics(): eigenvalues, condition indices and variance proportions (SPSS
 * Collinearity Diagnostics) against R's svd of the unit-length-scaled design
 * (test/fixtures/r/examiner.json), survey-a, -b, -c (survey-c: X1 ≈ X2). rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { collinearityDiagnostics } from '../../src/stats/collinearity-diagnostics.js';
import { expectClose } from '../helpers/close.js';
import { columnsOf, loadExaminer } from '../fixtures/r/examiner-fixture.js';

describe('collinearityDiagnostics vs R svd(scaled X)', () => {
  for (const s of loadExaminer().studies) {
    it(s.name, () => {
      const { X } = columnsOf(s);
      const d = collinearityDiagnostics(X);
      s.collinearityDiagnostics.forEach((row, i) => {
        expectClose(d.eigenvalue[i], row.eigenvalue, `${s.name} eigenvalue ${row.dimension}`, 1e-9);
        expectClose(d.conditionIndex[i], row.conditionIndex, `${s.name} condition index ${row.dimension}`, 1e-9);
        s.terms.forEach((t, j) => expectClose(d.proportions[i][j], row.proportions[t], `${s.name} proportion ${row.dimension} ${t}`, 1e-9, 1e-14));
      });
      // The eigenvalues sum to p (unit-length columns), each term's proportions to 1.
      expectClose(d.eigenvalue.reduce((a, b) => a + b, 0), s.k + 1, `${s.name} Σλ`, 1e-12);
      s.terms.forEach((t, j) => expectClose(d.proportions.reduce((a, row) => a + row[j], 0), 1, `${s.name} Σ proportions ${t}`, 1e-12));
    });
  }

  it('NaN for a zero column, too few rows, non-finite values', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5);
    expect(Array.from(collinearityDiagnostics([x, new Float64Array(5)]).eigenvalue).every(Number.isNaN)).toBe(true);
    expect(Array.from(collinearityDiagnostics([x.slice(0, 1)]).eigenvalue).every(Number.isNaN)).toBe(true);
    expect(Array.from(collinearityDiagnostics([Float64Array.of(1, NaN, 3)]).eigenvalue).every(Number.isNaN)).toBe(true);
  });
});
