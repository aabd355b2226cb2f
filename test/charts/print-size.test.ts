/**
 * Figure text at print size: every chart is at most the A4 text width (14 cm = 529 px at 96 px per
 * inch), so neither print nor Word shrinks it, and every text in it is at least 12 px = 9 pt.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { svgSize } from '../../src/charts/png.js';
import { defaultStudy, fixtureStudy } from '../helpers/study.js';

describe.each([['default study', defaultStudy], ['survey-b', () => fixtureStudy('survey-b')]] as const)('charts of the %s', (_name, study) => {
  it('fit the text width and print their text at 9 pt or more', async () => {
    const { files } = await build(study().config, { outDir: null, word: false });
    const charts = [...files].filter(([name]) => name.startsWith('charts/'));
    expect(charts.length).toBeGreaterThan(5);
    for (const [name, svg] of charts) {
      expect(svgSize(svg as string).width, name).toBeLessThanOrEqual(529);
      const sizes = [...(svg as string).matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
      expect(sizes.length, name).toBeGreaterThan(0);
      expect(Math.min(...sizes) * 0.75, `${name}: smallest text in pt`).toBeGreaterThanOrEqual(9);
    }
  }, 60_000);
});
