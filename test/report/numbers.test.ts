/**
 * Numbers as a thesis prints them: one minus sign (U+2212) in text, tables and equations; decimals by
 * quantity — statistics 3, means and standard deviations 2, percentages 1, configurable — and the
 * same quantity never with different decimals.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { chapter, editConfig, noCharts } from '../helpers/chapter.js';
import { defaultStudy, fixtureStudy } from '../helpers/study.js';

/** Text with a hyphen-minus before a digit, outside words, codes and ranges ("X1-2" or "2021-2022" would be words). */
const HYPHEN_MINUS = /(^|[\s(|=;:[\/])-\d/m;

describe('the minus sign', () => {
  it.each(['survey-b', 'survey-c'])('%s: every negative number has U+2212, in text, tables and the equation', async (name) => {
    const { raw } = await chapter(fixtureStudy(name));
    expect(raw).toContain('−');
    const at = raw.search(HYPHEN_MINUS);
    expect(at, raw.slice(Math.max(0, at - 80), at + 40)).toBe(-1);
    expect(raw).toMatch(/^\*\*\S+ = −?[\d.,]+ [+−] [\d.,]+X₁ [+−]/m);
  });

  it('in the appendix too', async () => {
    const { files } = await build(fixtureStudy('survey-c').config, { outDir: null, render: noCharts, word: false });
    const text = (files.get('lampiran.html') as string).replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    const at = text.search(HYPHEN_MINUS);
    expect(at, text.slice(Math.max(0, at - 80), at + 40)).toBe(-1);
  });
});

describe('decimals by quantity', () => {
  it('default: statistics 3, means and SD 2, percentages 1; a variable\'s mean the same in the chapter and the appendix', async () => {
    const { md, files } = await chapter(defaultStudy());
    expect(md).toContain('rata-rata 18,40 dan simpangan baku 3,70');
    expect(md).toContain('Sumbangan efektifnya sebesar 35,8% dari total 49,4% (R²)');
    expect(md).toMatch(/\| 1 \| 0,703 \| 0,494 \| 0,476 \| 3,182 \|/);
    const lampiran = (files.get('lampiran.html') as string).replace(/<\/?em>/g, '').replace(/<[^>]+>/g, '|').replace(/\s+/g, '');
    expect(lampiran).toMatch(/PenggunaanE-commerce\(X1\)\|+89\|+9\|+25\|+18,40\|+3,70\|/);
  });

  it('decimals: { statistic: 4, mean: 3, percent: 2 } in the config', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      c.decimals = { statistic: 4, mean: 3, percent: 2 };
    });
    const { md } = await chapter(s);
    expect(md).toContain('rata-rata 18,404 dan simpangan baku 3,698');
    expect(md).toMatch(/\| 1 \| 0,7027 \| 0,4938 \| 0,4759 \|/);
    expect(md).toContain('yaitu 63 orang (70,79%)');
  });
});
