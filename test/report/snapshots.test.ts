/**
 * Snapshots of the generated chapter (bab4.md) for the default study, for survey-c (every
 * assumption fails, no hypothesis is accepted) and for the default study in English. Builds are
 * byte-identical, so any difference is a change of wording, numbers or numbering: review the diff,
 * then accept it with `npx vitest run test/report/snapshots.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { chapter, englishStudy } from '../helpers/chapter.js';
import { defaultStudy, fixtureStudy } from '../helpers/study.js';

describe('bab4.md snapshots', () => {
  it('default study (Indonesian)', async () => {
    const { raw: md } = await chapter(defaultStudy());
    await expect(md).toMatchFileSnapshot('__snapshots__/default.id.bab4.md');
  });

  it('survey-c: every assumption fails, no hypothesis accepted', async () => {
    const { raw: md, results } = await chapter(fixtureStudy('survey-c'));
    expect(results.hypotheses!.some((h) => h.accepted)).toBe(false);
    await expect(md).toMatchFileSnapshot('__snapshots__/survey-c.id.bab4.md');
  });

  it('default study in English', async () => {
    const { raw: md } = await chapter(englishStudy());
    await expect(md).toMatchFileSnapshot('__snapshots__/default.en.bab4.md');
  });
});
