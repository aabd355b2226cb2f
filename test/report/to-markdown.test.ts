/**
 * Plain paragraphs, headings and tables are written to Markdown directly, not by
 * mdast-util-to-markdown: the same text as the serializer writes, for every document (chapter,
 * appendix, lists) of three studies and for generated trees of the characters it escapes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { build } from '../../src/pipeline.js';
import { docToMarkdown } from '../../src/report/doc/to-markdown.js';
import { threeStudies } from '../helpers/chapter.js';


const same = (tree: Root) => expect(docToMarkdown(structuredClone(tree))).toBe(docToMarkdown(structuredClone(tree), { blocks: 'serializer' }));

describe('Markdown written directly', () => {
  for (const [name, study] of threeStudies()) {
    it(`${name}: each document's Markdown is the serializer's`, async () => {
      const { documents } = await build(study().config, { outDir: null, word: false, render: async () => '<svg></svg>' });
      for (const d of [documents.chapter, documents.appendix, documents.lists]) same(d.tree);
    }, 60_000);
  }

  it('"<" before a letter in the next text node: escaped, as the serializer does', () => {
    const t = (value: string): PhrasingContent => ({ type: 'text', value });
    for (const children of [[t('a <'), t('b')], [t('< 0,001')], [t('<'), t('1')], [t('x <'), { type: 'strong', children: [t('b')] } as PhrasingContent], [t('a <!-- b')]]) {
      same({ type: 'root', children: [{ type: 'paragraph', children }, { type: 'heading', depth: 2, children }, { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children }] }] }] });
    }
  });

  it('bold or italic alone in a table cell, with punctuation at its edges: as the serializer', () => {
    const t = (value: string): PhrasingContent => ({ type: 'text', value });
    const values = ['100,0%', '+491', '(0,05)', '-1,25', '"a"', '–', '%', '.', '…', '≤ 0,05', 'a.', '.a', '+', '=', '/', '31,3% ', ' 5', '1 000'];
    const cells = values.flatMap((v) => [{ type: 'strong', children: [t(v)] }, { type: 'emphasis', children: [t(v)] }] as PhrasingContent[]).map((c) => ({ type: 'tableCell', children: [c] }));
    same({ type: 'root', children: [{ type: 'table', children: cells.map((c) => ({ type: 'tableRow', children: [c, { type: 'tableCell', children: [t('x')] }] })) } as RootContent] });
    for (const c of cells) same({ type: 'root', children: [{ type: 'table', children: [{ type: 'tableRow', children: [c] }] } as RootContent] });
  });

  it('generated paragraphs, headings, tables and other blocks: as the serializer', () => {
    const piece = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('kata', 'Kata', 'é', '0,05', '12', '(n = 89)', '31,3%', '≤', ':', '-', '+', '=', '.', ')', '(', ' ', '"', "'", '/', '–') },
      { weight: 1, arbitrary: fc.constantFrom('*', '_', '`', '[', ']', '!', '&', '&amp;', '<', '<b', '< 0,001', '<!', '</', '<?', '<1', '>', '\\', '|', '#', '~', '\t', '\r', '\n', '\n\n', ' \n', '\n ', '1.', '2)', '- ', '+ ', '# ', '> ', '---', ':-') },
    );
    const value = fc.array(piece, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
    const text = (v: string): PhrasingContent => ({ type: 'text', value: v });
    const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
      { weight: 5, arbitrary: value.map(text) },
      { weight: 1, arbitrary: value.map((v) => ({ type: 'emphasis', children: [text(v)] }) as PhrasingContent) },
      { weight: 1, arbitrary: value.map((v) => ({ type: 'strong', children: [text(v)] }) as PhrasingContent) },
      { weight: 1, arbitrary: fc.array(value.map(text), { maxLength: 2 }).map((children) => ({ type: 'strong', children }) as PhrasingContent) },
      { weight: 1, arbitrary: fc.constantFrom({ type: 'break' } as PhrasingContent, { type: 'inlineCode', value: 'x' } as PhrasingContent) },
    );
    const paragraph = fc.array(phrasing, { maxLength: 4 }).map((children) => ({ type: 'paragraph', children }) as RootContent);
    const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(phrasing, { maxLength: 3 })).map(([depth, children]) => ({ type: 'heading', depth, children }) as RootContent);
    const table = fc
      .tuple(
        fc.option(fc.array(fc.constantFrom(null, 'left', 'right', 'center'), { maxLength: 3 }), { nil: undefined }),
        fc.array(fc.array(fc.array(phrasing, { maxLength: 2 }).map((children) => ({ type: 'tableCell', children })), { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      )
      .map(([align, rows]) => ({ type: 'table', align, children: rows.map((children) => ({ type: 'tableRow', children })) }) as RootContent);
    const block = fc.oneof(
      { weight: 4, arbitrary: paragraph },
      { weight: 2, arbitrary: heading },
      { weight: 2, arbitrary: table },
      { weight: 1, arbitrary: fc.array(paragraph, { maxLength: 2 }).map((children) => ({ type: 'blockquote', children }) as RootContent) },
      { weight: 1, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((children) => ({ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children }] }) as RootContent) },
      { weight: 1, arbitrary: fc.constantFrom({ type: 'html', value: '<div class="x">' } as RootContent, { type: 'thematicBreak' } as RootContent, { type: 'code', value: 'a\n\nb' } as RootContent) },
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (children) => {
        same({ type: 'root', children });
      }),
      { seed: 20261129, numRuns: 3000 },
    );
  });
});
