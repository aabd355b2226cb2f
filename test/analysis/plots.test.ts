/**
 * The residual figures stay readable and small at any n: every respondent a point up to
 * MAX_POINTS; beyond, the scatterplots binned (counts per grid cell) and the P-P plot PP_POINTS
 * residuals evenly spaced in rank order — the figures' data no longer grow with n.
 */
import { describe, expect, it } from 'vitest';
import { BINS_X, BINS_Y, MAX_POINTS, PP_POINTS, residualPlots } from '../../src/analysis/plots.js';
import type { ModelAnalysis } from '../../src/analysis/regression.js';
import { observedPredictedChart, ppPlotChart, scatterHeteroChart } from '../../src/charts/specs.js';
import { ols, olsDesign } from '../../src/stats/ols.js';

/** A model of y on two Likert-like sums, n respondents, deterministic. */
function model(n: number): ModelAnalysis {
  let s = 7;
  const r = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const x1 = Float64Array.from({ length: n }, () => 5 + Math.floor(r() * 21));
  const x2 = Float64Array.from({ length: n }, () => 5 + Math.floor(r() * 21));
  const y = Float64Array.from({ length: n }, (_, i) => Math.round(0.4 * x1[i] + 0.3 * x2[i] + 6 * r()));
  const columns = [x1, x2];
  return { fit: ols(y, columns), design: olsDesign(columns), y, columns } as unknown as ModelAnalysis;
}

const words = { frequency: 'Frekuensi (orang)', zpred: 'ZPRED', sresid: 'SRESID', predicted: 'Prediksi', observed: 'Teramati', observedCum: 'a', expectedCum: 'b' };
const size = (spec: object) => JSON.stringify(spec).length;

describe('residual figures', () => {
  it(`up to ${MAX_POINTS} respondents: every respondent is a point`, () => {
    const p = residualPlots(model(MAX_POINTS))!;
    expect(p.binned).toBeNull();
    expect(p.scatter).toHaveLength(MAX_POINTS);
    expect(p.observedPredicted).toHaveLength(MAX_POINTS);
    expect(p.pp).toHaveLength(MAX_POINTS);
  });

  it('beyond: binned scatterplots and an evenly spaced P-P plot, of the same size at 5 000 and 200 000', () => {
    const sizes = [5_000, 200_000].map((n) => {
      const p = residualPlots(model(n))!;
      expect(p.scatter).toEqual([]);
      expect(p.pp).toHaveLength(PP_POINTS);
      expect(p.pp[PP_POINTS - 1].observed).toBeCloseTo((Math.floor(((PP_POINTS - 1) * n) / PP_POINTS) + 1) / n, 15);
      for (const cells of [p.binned!.scatter, p.binned!.observedPredicted]) {
        expect(cells.reduce((s, c) => s + c.count, 0)).toBe(n);
        expect(cells.length).toBeLessThanOrEqual((BINS_X + 1) * (BINS_Y + 1));
      }
      const specs = [scatterHeteroChart(p, words), observedPredictedChart(p, words), ppPlotChart(p, words)];
      expect(JSON.stringify(specs[0].spec)).toContain('"rect"');
      return specs.map((c) => size(c.spec));
    });
    for (const s of sizes.flat()) expect(s).toBeLessThan(80_000);
    // The cells differ between the two samples, their number hardly.
    sizes[1].forEach((s, i) => expect(s).toBeLessThan(sizes[0][i] * 1.5));
  });
});
