/**
 * Plain blocks (tables, headings, paragraphs) built without the Markdown parser give exactly the
 * nodes the parser gives: every section of the chapter and the appendix of three studies, parsed
 * both ways, compared node for node (positions aside); generated Markdown of the characters that
 * matter, the same; and the blocks that are not plain are left to the parser.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Node } from 'mdast';
import { build } from '../../src/pipeline.js';
import { loadPembahasan, loadTemplates } from '../../src/load/templates.js';
import { renderTemplate } from '../../src/report/render.js';
import { buildView } from '../../src/report/view/index.js';
import { parseTemplateFast, parseTemplateMarkdown } from '../../src/report/doc/parse.js';
import { liftBlocks } from '../../src/report/doc/fast-blocks.js';
import { defaultStudy, fixtureStudy } from '../helpers/study.js';

const strip = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'position').map(([k, v]) => [k, strip(v)]));
  return node;
};

const same = (text: string) => expect(strip(parseTemplateFast(text)), JSON.stringify(text)).toEqual(strip(parseTemplateMarkdown(text)));
const tables = (text: string) => liftBlocks(text).counts.table ?? 0;

describe('blocks without the parser', () => {
  it.each([['default study', defaultStudy], ['survey-b', () => fixtureStudy('survey-b')], ['survey-c', () => fixtureStudy('survey-c')]] as const)('%s: the same tree as the parser for every section', async (_n, study) => {
    const { config, results, analysis, files } = await build(study().config, { outDir: null, word: false });
    const charts = new Set([...files.keys()].filter((k) => k.startsWith('charts/')).map((k) => k.slice(7, -4)));
    const view = buildView({ results, plots: analysis.plots, config, pembahasan: loadPembahasan(config), words: { strength: [] } });
    const lifted: Record<string, number> = {};
    for (const entry of ['bab4.md.hbs', 'lampiran.md.hbs']) {
      const { marked } = renderTemplate(loadTemplates(config).files, entry, view, { source: 'Sumber', charts });
      // As parseTemplateSections gives them to parseTemplateFast: section by section.
      for (const section of marked.split(/\n(?=## )/)) {
        for (const [kind, n] of Object.entries(liftBlocks(section).counts)) lifted[kind] = (lifted[kind] ?? 0) + n;
        expect(strip(parseTemplateFast(section)), entry).toEqual(strip(parseTemplateMarkdown(section)));
      }
      expect(strip(parseTemplateFast(marked)), entry).toEqual(strip(parseTemplateMarkdown(marked)));
    }
    expect(lifted.table).toBeGreaterThan(20);
    expect(lifted.heading).toBeGreaterThan(20);
    expect(lifted.paragraph).toBeGreaterThan(50);
  }, 60_000);

  it('leaves a table with markup in a cell to the parser', () => {
    const text = '| a | b |\n|---|---:|\n| *x* | 1 |\n\n| c |\n|---|\n| **2** |\n';
    expect(tables(text)).toBe(1);
    expect((strip(parseTemplateFast(text)) as { children: Node[] }).children).toEqual((strip(parseTemplateMarkdown(text)) as { children: Node[] }).children);
  });
});

describe('plain cells', () => {
  it.each([
    ['escapes, < before a space, & before a space, an escaped pipe', '| \\< 25 tahun | A & B | X2\\_5 | a \\| b | **\\<** |\n|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 |\n'],
    ['a <br> in a header', '| df | Satu arah<br>α = 0,05 |\n|---:|---:|\n| **1** | **6,314** |\n'],
  ])('%s: as GFM', (_what, text) => {
    expect(tables(text)).toBe(1);
    same(text);
  });

  it.each([['<b>x</b>'], ['&amp;'], ['`code`'], ['[link](x)'], ['_x_'], ['a<b']])('%s is left to the parser', (cell) => {
    const text = `| a |\n|---|\n| ${cell} |\n`;
    expect(tables(text)).toBe(0);
  });
});

describe('paragraphs and headings', () => {
  it.each([
    ['a paragraph of two lines, escapes, markers', 'Nilai \\< 0,05 dan 2 \\* 3.\nBaris kedua \uE000REF:tab-x\uE001 (31,3%).\n'],
    ['headings and paragraphs, a run of them', '## 4.1 Gambaran Umum\n\nSatu.\n\n### 4.1.1 Sampel\n\nDua.\n'],
    ['a heading with closing hashes is the parser’s', '## Judul ##\n\nTeks.\n'],
    ['after a list and a quote', '- satu\n- dua\n\nTeks sesudah daftar.\n\n> kutipan\n\nTeks sesudah kutipan.\n'],
    ['after an indented list item and indented code', '1. satu\n\n   lanjutan\n\nTeks.\n\n    kode\n\nTeks lagi.\n'],
    ['inside and after a fenced code block', 'A.\n\n```\nkode\n\nbukan paragraf\n```\n\nB.\n'],
    ['inside an HTML comment over several lines', 'A.\n\n<!-- catatan\n\nmasih komentar -->\n\nB.\n'],
    ['after a closed comment and a div', '<!-- satu baris -->\n\nA.\n\n<div class="x">\n\nB.\n\n</div>\n'],
    ['a setext underline, a list and a heading inside a block', 'Judul\n===\n\nA\n- b\n\nC\n# d\n\nE\n1) f\n'],
    ['hard breaks and trailing spaces', 'Satu  \ndua\\\ntiga \n'],
    ['a table right under a paragraph', 'Teks\n| a |\n|---|\n| 1 |\n'],
  ])('%s: as the parser', (_what, text) => same(text));

  it('takes a plain paragraph and heading, and simple emphasis; leaves code, links, HTML and other emphasis', () => {
    expect(liftBlocks('## 4.2 Karakteristik\n\nSebanyak 63 orang (70,8%).\n').counts).toEqual({ heading: 1, paragraph: 1 });
    for (const p of ['*miring*', '**tebal**', '(*margin of error*)', '**89 responden**.', '*Pearson*, *Spearman*']) {
      expect(liftBlocks(`Teks ${p} teks.\n`).counts, p).toEqual({ paragraph: 1 });
      same(`Teks ${p} teks.\nBaris *dua*\n**tiga** kata\n`);
    }
    for (const p of ['`kode`', '[tautan](x)', '<b>x</b>', '&amp;', 'a_b', '![g](x)', '_miring_', 'a*b*c', '* x *', '**a *b* c**', '***x***', '*x**', '\\**x**']) {
      expect(liftBlocks(`Teks ${p} teks.\n`).counts, p).toEqual({});
    }
  });

  it('gives the parser’s tree for generated Markdown of the characters that matter', () => {
    // Lines of mostly plain words, some starting a block or ending oddly, some blank between them.
    const rare = <T,>(plain: fc.Arbitrary<T>, odd: fc.Arbitrary<T>, weight = 6) => fc.oneof({ weight, arbitrary: plain }, { weight: 1, arbitrary: odd });
    const prefix = rare(fc.constant(''), fc.constantFrom('#', '## ', '####### ', '> ', '- ', '* ', '+ ', '1. ', '2) ', '12.', '=', '-', ' ', '    ', '\t', '|', '<!-- ', '<div>', '<pre>', '```', '~~~', '_', '\\'), 3);
    const word = rare(
      fc.constantFrom('kata', 'Kata', '0,05', '31,3%', '(n = 89)', '\\<', '\\*', '\uE000REF:x\uE001', '≤', 'é', '*kata*', '**kata**', '(*kata kata*)', '*é*.', '**0,05**,'),
      fc.constantFrom('*', '**', '***', '*kata', 'kata*', '**kata*', '*kata**', 'a*b*c', '*(kata)*', '*kata*x', '_', '`', '[', ']', '](x)', '!', '&', '&amp;', '&#1;', '<', '< 5', '<\u00A05', '<5', '<x@y.z>', '<b>', '|', '-->', '#', '~~', '\uE002', '\r'),
      12,
    );
    const suffix = rare(fc.constant(''), fc.constantFrom(' ', '  ', '\\', '#', ' ##', '-->', '\t', '```'), 4);
    const line = fc.oneof(
      { weight: 10, arbitrary: fc.tuple(prefix, fc.array(word, { minLength: 1, maxLength: 4 }), suffix).map(([p, w, x]) => p + w.join(' ') + x) },
      { weight: 1, arbitrary: fc.constantFrom('', '===', '---', '***', '```', '~~~', '-->', '</div>', '1.', '2)\tkata', '-', '+\tkata', '| a | b |\n|---|---|\n| 1 | 2 |') },
    );
    const gap = fc.constantFrom('\n', '\n', '\n\n', '\n \n');
    const doc = fc.array(fc.tuple(line, gap), { maxLength: 12 }).map((xs) => xs.map(([l, g]) => l + g).join(''));
    let lifted = 0;
    fc.assert(
      fc.property(doc, (text) => {
        lifted += Object.values(liftBlocks(text).counts).reduce((a, b) => a + b, 0);
        expect(strip(parseTemplateFast(text)), JSON.stringify(text)).toEqual(strip(parseTemplateMarkdown(text)));
      }),
      { seed: 20261129, numRuns: 4000 },
    );
    expect(lifted).toBeGreaterThan(1000); // the generated text does reach the fast path
  });
});
