/**
 * What the analysis keeps between builds of one process (watch): the statistical tables and the
 * Durbin–Watson bounds depend only on n and k, so a data edit that keeps them takes them as they
 * were; another n computes them anew.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { defaultStudy } from '../helpers/study.js';
import { editCsv } from '../helpers/chapter.js';

describe('analysis across builds of one process', () => {
  it('keeps the statistical tables and dL/dU for the same n and k, and makes them again for another n', async () => {
    const study = defaultStudy();
    const a = await build(study.config, { outDir: null, word: false });
    // One answer changed: n and k stay.
    editCsv(study, 'data/responden.csv', (rows) => rows.map((r, i) => (i === 0 ? { ...r, X1_1: r.X1_1 === '5' ? '4' : '5' } : r)));
    const b = await build(study.config, { outDir: null, word: false });
    expect(b.reused).toBe(false);
    expect(b.results.regression).not.toEqual(a.results.regression);
    expect(b.analysis.plots.tables).toBe(a.analysis.plots.tables);
    expect(b.results.assumptions!.autocorrelation.durbinWatson.dL).toBe(a.results.assumptions!.autocorrelation.durbinWatson.dL);
    // One respondent fewer: other tables (the study's own row moves).
    editCsv(study, 'data/responden.csv', (rows) => rows.slice(1));
    const c = await build(study.config, { outDir: null, word: false });
    expect(c.analysis.plots.tables).not.toBe(a.analysis.plots.tables);
    expect(c.analysis.plots.tables.r.ownDf).toBe(a.analysis.plots.tables.r.ownDf! - 1);
    expect(c.results.assumptions!.autocorrelation.durbinWatson.dL).not.toBe(a.results.assumptions!.autocorrelation.durbinWatson.dL);
  }, 120_000);
});
