/**
 * Plain tables built without the Markdown parser give exactly the nodes GFM gives: every section of
 * the chapter and the appendix of three studies, parsed both ways, compared node for node (positions
 * aside); and the tables that are not plain are left to the parser.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from 'mdast';
import { build } from '../../src/pipeline.js';
import { loadPembahasan, loadTemplates } from '../../src/load/templates.js';
import { renderTemplate } from '../../src/report/render.js';
import { buildView } from '../../src/report/view/index.js';
import { parseTemplateFast, parseTemplateMarkdown } from '../../src/report/doc/parse.js';
import { liftTables } from '../../src/report/doc/fast-tables.js';
import { defaultStudy, fixtureStudy } from '../helpers/study.js';

const strip = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'position').map(([k, v]) => [k, strip(v)]));
  return node;
};

describe('tables without the parser', () => {
  it.each([['default study', defaultStudy], ['survey-b', () => fixtureStudy('survey-b')], ['survey-c', () => fixtureStudy('survey-c')]] as const)('%s: the same tree as GFM for every table', async (_n, study) => {
    const { config, results, analysis, files } = await build(study().config, { outDir: null, word: false });
    const charts = new Set([...files.keys()].filter((k) => k.startsWith('charts/')).map((k) => k.slice(7, -4)));
    const view = buildView({ results, plots: analysis.plots, config, pembahasan: loadPembahasan(config), words: { strength: [] } });
    let lifted = 0;
    for (const entry of ['bab4.md.hbs', 'lampiran.md.hbs']) {
      const { marked } = renderTemplate(loadTemplates(config).files, entry, view, { source: 'Sumber', charts });
      lifted += liftTables(marked).tables.length;
      expect(strip(parseTemplateFast(marked)), entry).toEqual(strip(parseTemplateMarkdown(marked)));
    }
    expect(lifted).toBeGreaterThan(20);
  }, 60_000);

  it('leaves a table with markup in a cell to the parser', () => {
    const text = '| a | b |\n|---|---:|\n| *x* | 1 |\n\n| c |\n|---|\n| **2** |\n';
    const { tables } = liftTables(text);
    expect(tables).toHaveLength(1);
    expect((strip(parseTemplateFast(text)) as { children: Node[] }).children).toEqual((strip(parseTemplateMarkdown(text)) as { children: Node[] }).children);
  });
});

describe('plain cells', () => {
  it.each([
    ['escapes, < before a space, & before a space, an escaped pipe', '| \\< 25 tahun | A & B | X2\\_5 | a \\| b | **\\<** |\n|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 |\n'],
    ['a <br> in a header', '| df | Satu arah<br>α = 0,05 |\n|---:|---:|\n| **1** | **6,314** |\n'],
  ])('%s: as GFM', (_what, text) => {
    expect(liftTables(text).tables).toHaveLength(1);
    expect(strip(parseTemplateFast(text))).toEqual(strip(parseTemplateMarkdown(text)));
  });

  it.each([['<b>x</b>'], ['&amp;'], ['`code`'], ['[link](x)'], ['_x_'], ['a<b']])('%s is left to the parser', (cell) => {
    const text = `| a |\n|---|\n| ${cell} |\n`;
    expect(liftTables(text).tables).toHaveLength(0);
  });
});
