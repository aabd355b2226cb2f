/**
 * correlationMatrix(): Pearson r and two-tailed p among X1…Xk and Y against R cor() and
 * cor.test() (test/fixtures/r/examiner.json), survey-a, -b, -c. rtol 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { correlationMatrix } from '../../src/stats/correlation-matrix.js';
import { expectClose } from '../helpers/close.js';
import { columnsOf, loadExaminer } from '../fixtures/r/examiner-fixture.js';

describe('correlationMatrix vs R cor / cor.test', () => {
  for (const s of loadExaminer().studies) {
    it(s.name, () => {
      const { y, X } = columnsOf(s);
      const m = correlationMatrix([...X, y]);
      s.correlations.r.forEach((row, a) =>
        row.forEach((v, b) => {
          expectClose(m.r[a][b], v, `${s.name} r[${s.correlations.terms[a]}, ${s.correlations.terms[b]}]`, 1e-9);
          const p = s.correlations.p[a][b];
          if (p === null) expect(m.p[a][b]).toBeNull();
          else expectClose(m.p[a][b]!, p, `${s.name} p[${s.correlations.terms[a]}, ${s.correlations.terms[b]}]`, 1e-9);
        }),
      );
    });
  }

  it('a constant variable: NaN r and p in its row and column', () => {
    const m = correlationMatrix([Float64Array.of(1, 2, 3, 4), Float64Array.of(5, 5, 5, 5), Float64Array.of(2, 1, 4, 3)]);
    expect(m.r[1]).toEqual([NaN, NaN, NaN]);
    expect(m.p[0][1]).toBeNaN();
    expect(m.r[0][0]).toBe(1);
    expect(m.p[0][0]).toBeNull();
    expect(m.r[0][2]).toBe(m.r[2][0]);
  });
});
