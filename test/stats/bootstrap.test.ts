/**
 * pairsBootstrap(): deterministic for a seed, and each percentile bound within 5% of the
 * interval's width of R's boot::boot percentile interval from 20 000 replicates
 * (test/fixtures/r/examiner.json) on survey-a, -b, -c; percentile() reads quantiles exactly as
 * boot:::norm.inter.
 */
import { describe, expect, it } from 'vitest';
import { pairsBootstrap, percentile } from '../../src/stats/bootstrap.js';
import { expectClose } from '../helpers/close.js';
import { columnsOf, loadExaminer } from '../fixtures/r/examiner-fixture.js';

describe('pairs bootstrap vs R boot::boot (20 000 replicates, percentile)', () => {
  for (const s of loadExaminer().studies) {
    it(`${s.name}: every bound within 5% of R's interval width; the same numbers for the same seed`, () => {
      const { y, X } = columnsOf(s);
      const a = pairsBootstrap(y, X, { replicates: 5000, seed: 20240612, alpha: s.alpha });
      const b = pairsBootstrap(y, X, { replicates: 5000, seed: 20240612, alpha: s.alpha });
      for (const key of ['ciLower', 'ciUpper', 'lowerOneSided', 'upperOneSided'] as const) expect(Array.from(a[key])).toEqual(Array.from(b[key]));
      expect(a.failed).toBe(0);
      s.bootstrap.coefficients.forEach((c, j) => {
        const width = c.ciUpper - c.ciLower;
        for (const key of ['ciLower', 'ciUpper', 'lowerOneSided', 'upperOneSided'] as const) {
          const off = Math.abs(a[key][j] - c[key]) / width;
          expect(off, `${s.name} ${c.term} ${key}: bab4 ${a[key][j]}, R ${c[key]}, width ${width}`).toBeLessThan(0.05);
        }
      });
    });
  }

  it('another seed gives other (but close) numbers', () => {
    const { y, X } = columnsOf(loadExaminer().studies[0]);
    const a = pairsBootstrap(y, X, { replicates: 1000, seed: 1 });
    const b = pairsBootstrap(y, X, { replicates: 1000, seed: 2 });
    expect(a.ciLower[1]).not.toBe(b.ciLower[1]);
    expect(Math.abs(a.ciLower[1] - b.ciLower[1])).toBeLessThan(0.1 * (a.ciUpper[1] - a.ciLower[1]));
  });

  it('a replicate that cannot be fitted is counted and left out', () => {
    // x varies in one respondent only: a resample without it (probability (11/12)¹² ≈ 0.35) has x constant.
    const x = Float64Array.from({ length: 12 }, (_, i) => (i === 0 ? 1 : 0));
    const y = Float64Array.from({ length: 12 }, (_, i) => i + (i === 0 ? 5 : 0));
    const r = pairsBootstrap(y, [x], { replicates: 300, seed: 3 });
    expect(r.failed).toBeGreaterThan(50);
    expect(r.failed).toBeLessThan(300);
    expect(Number.isFinite(r.ciLower[0])).toBe(true);
  });
});

describe('percentile() as boot:::norm.inter', () => {
  for (const [i, c] of loadExaminer().normInter.entries()) {
    it(`sample ${i + 1} (R = ${c.t.length})`, () => {
      c.q.forEach((q, j) => expectClose(percentile(Float64Array.from(c.t), q), c.value[j], `q = ${q}`, 1e-12));
    });
  }
  it('empty sample or q outside (0, 1): NaN', () => {
    expect(percentile(new Float64Array(0), 0.5)).toBeNaN();
    expect(percentile(Float64Array.of(1, 2), 0)).toBeNaN();
  });
});
