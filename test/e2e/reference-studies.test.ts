/**
 * End to end against R: bab4 builds each reference study (test/fixtures/survey-*) and its
 * results.json must agree with the study's expected.json (made by R, see test/fixtures/README.md)
 * to rtol 1e-6, section by section.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import type { Results } from '../../src/analysis/results.js';
import { compareResults } from '../helpers/compare.js';
import { FIXTURES, fixtureStudy } from '../helpers/study.js';

const RTOL = 1e-6;

const ALL = ['meta', 'items', 'variables', 'validity', 'reliability', 'regression', 'assumptions', 'dominant', 'contribution'];
const CASES: Record<string, string[]> = {
  'survey-a': [...ALL, 'sample'],
  'survey-b': [...ALL, 'hypotheses'],
  'survey-c': [...ALL, 'hypotheses'],
};

for (const [name, sections] of Object.entries(CASES)) {
  describe(`${name} agrees with R`, () => {
    let results: Results;
    let expected: Record<string, unknown>;
    beforeAll(async () => {
      const s = fixtureStudy(name);
      results = (await build(s.config, { outDir: null, word: false })).results;
      expected = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'));
    });
    for (const section of sections) {
      it(section, () => {
        const c = compareResults(JSON.parse(JSON.stringify(results)), expected, { only: [section], rtol: RTOL });
        expect(c.compared).toBeGreaterThan(0);
        expect(c.problems, c.problems.slice(0, 20).join('\n')).toEqual([]);
      });
    }
  });
}
