/**
 * End to end against R: what an examiner asks (issue 11). Each reference study is built with
 * directional hypotheses (one-tailed by default) and `robust: always`; its results.json must agree
 * with test/fixtures/r/examiner.json (made by examiner.R: sandwich, boot, psych) to rtol 1e-6 in
 * regression.robust, hypotheses (one-tailed p and critical t), correlations,
 * collinearityDiagnostics, residualStatistics and the figure readings; the bootstrap intervals
 * are identical across builds and each bound within 5% of the width of R's 20 000-replicate
 * percentile interval.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import type { Results } from '../../src/analysis/results.js';
import { compareResults } from '../helpers/compare.js';
import { editConfig } from '../helpers/chapter.js';
import { fixtureStudy } from '../helpers/study.js';
import { loadExaminer, type ExaminerStudy } from '../fixtures/r/examiner-fixture.js';

const RTOL = 1e-6;
const noCharts = async () => '';

async function results(s: ExaminerStudy): Promise<Results> {
  const study = fixtureStudy(s.name);
  editConfig(study, (c) => {
    c.hypotheses = Object.fromEntries(Object.entries(s.directions).map(([id, direction]) => [id, { direction }]));
    delete c.tails;
    c.robust = 'always';
  });
  return JSON.parse(JSON.stringify((await build(study.config, { outDir: null, render: noCharts, word: false })).results)) as Results;
}

for (const s of loadExaminer().studies) {
  describe(`${s.name} with directional hypotheses agrees with R`, () => {
    let r: Results;
    let again: Results;
    beforeAll(async () => {
      r = await results(s);
      again = await results(s);
    });

    const expectAgree = (actual: unknown, expected: Record<string, unknown>, atol?: number) => {
      const c = compareResults(actual, expected, { rtol: RTOL, atol });
      expect(c.compared).toBeGreaterThan(0);
      expect(c.problems, c.problems.slice(0, 20).join('\n')).toEqual([]);
    };

    it('regression.robust (HC3)', () => {
      expect(r.regression!.robust!.type).toBe('HC3');
      expectAgree(r.regression, { robust: s.robust });
    });

    it('hypotheses: tails, one-tailed p, critical t, decisions; HC3 decisions', () => {
      expect(r.hypotheses!.map((h) => h.direction)).toEqual([...Object.values(s.directions), 'two-sided']);
      expectAgree(r, { hypotheses: s.hypotheses.map(({ id, tails, statistic, p, critical, accepted }) => ({ id, tails, statistic, p, critical, accepted })) });
      s.hypotheses.forEach((h, i) => {
        if (h.robustP === undefined) return expect(r.hypotheses![i].robust).toBeNull();
        expectAgree(r.hypotheses![i], { robust: { p: h.robustP, accepted: h.robustAccepted } });
      });
    });

    it('correlations, collinearityDiagnostics, residualStatistics', () => {
      expect(r.correlations!.terms).toEqual(s.correlations.terms);
      r.correlations!.p.forEach((row, a) => expect(row[a]).toBeNull());
      expectAgree(r, { correlations: s.correlations, collinearityDiagnostics: s.collinearityDiagnostics });
      // The residuals' mean is 0 up to rounding (1e-11 of Rupiah in survey-b): absolute tolerance on y's scale.
      expectAgree(r, { residualStatistics: s.residualStatistics }, 1e-12 * Math.abs(s.residualStatistics.predicted.max));
    });

    it('the figures read: skewness and kurtosis, the largest P-P deviation, |e| against ŷ', () => {
      const { index: _index, ...pp } = s.pp;
      expectAgree(r.assumptions, { normality: { shape: s.shape, pp }, heteroscedasticity: { spread: s.spread } });
    });

    it('regression.bootstrap: the same for the same seed, within 5% of the width of R’s interval', () => {
      const b = r.regression!.bootstrap!;
      expect(b).toEqual(again.regression!.bootstrap);
      expect([b.replicates, b.seed]).toEqual([5000, 20240612]);
      s.bootstrap.coefficients.forEach((c) => {
        const mine = b.coefficients.find((x) => x.term === c.term)!;
        const width = c.ciUpper - c.ciLower;
        expect(Math.abs(mine.ciLower! - c.ciLower) / width, `${c.term} lower`).toBeLessThan(0.05);
        expect(Math.abs(mine.ciUpper! - c.ciUpper) / width, `${c.term} upper`).toBeLessThan(0.05);
      });
    });
  });
}
