/**
 * Plain tables (text-only cells), paragraphs and headings are written straight as HTML, not through
 * hast: the same bytes as remark-rehype and rehype-stringify make, for every document (chapter,
 * appendix, lists) of three studies (Indonesian, English, survey-c with its row spans), for the
 * cases the studies lack (missing and extra cells, escaping, a single row), and for generated
 * paragraphs of every inline kind and awkward text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { build } from '../../src/pipeline.js';
import { docToHtmlWithoutCharts, plainTableHtml, tableHtml } from '../../src/report/html.js';
import type { Doc } from '../../src/report/doc/tree.js';
import type { Study } from '../helpers/study.js';
import { threeStudies } from '../helpers/chapter.js';

function tables(node: Nodes, out: Table[] = []): Table[] {
  if (node.type === 'table') out.push(node);
  else if ('children' in node) for (const c of node.children as Nodes[]) tables(c, out);
  return out;
}

/** The chapter, the appendix and the lists of a study. */
async function documentsOf(study: Study): Promise<Doc[]> {
  const { documents } = await build(study.config, { outDir: null, word: false, render: async () => '<svg></svg>' });
  return [documents.chapter, documents.appendix, documents.lists];
}


describe('plain tables written straight as HTML', () => {
  for (const [name, study] of threeStudies()) {
    it(`${name}: each document's HTML is the hast path's, byte for byte`, async () => {
      const docs = await documentsOf(study());
      for (const d of docs) {
        const before = structuredClone(d.tree);
        for (const target of ['', 'bab4.html']) {
          expect(docToHtmlWithoutCharts(d.tree, { target })).toBe(docToHtmlWithoutCharts(d.tree, { target, blocks: 'hast' }));
        }
        // The Word file and the Markdown are made from the same tree: the HTML leaves it as it was.
        expect(d.tree).toEqual(before);
      }
      const all = docs.flatMap((d) => tables(d.tree));
      const plain = all.filter((t) => plainTableHtml(t) !== undefined);
      expect(plain.length).toBeGreaterThan(10);
      for (const t of plain) expect(plainTableHtml(t)).toBe(tableHtml(t));
    }, 60_000);
  }

  const text = (value: string) => ({ type: 'text' as const, value });
  const cell = (value: string, data?: object) => ({ type: 'tableCell' as const, children: [text(value)], ...(data ? { data } : {}) });
  const row = (...cells: ReturnType<typeof cell>[]) => ({ type: 'tableRow' as const, children: cells });
  const cases: Record<string, Table> = {
    'missing and extra cells, escaping, comparison signs': {
      type: 'table',
      align: ['left', 'right', null],
      children: [row(cell('a < b & c'), cell('< 5'), cell('x')), row(cell('< 0,001'), cell('≥ −2')), row(cell('1'), cell('2'), cell('3'), cell('4'))],
    },
    'a single row, no align': { type: 'table', children: [row(cell('only'), cell('head'))] },
    'bold and italic cells, a sign inside bold (no no-break space there), <br>': {
      type: 'table',
      align: [null, 'right'],
      children: [
        { type: 'tableRow', children: [cell('a'), { type: 'tableCell', children: [text('Satu'), { type: 'html', value: '<br>' }, text('dua')] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'strong', children: [text('Jumlah')] }] }, { type: 'tableCell', children: [{ type: 'strong', children: [text('< 0,001')] }, text(' < 5')] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'emphasis', children: [text('a & b')] }] }, cell('≥ 2')] },
      ],
    },
    'no rows': { type: 'table', align: ['left'], children: [] },
    'row spans and covered cells, classes': {
      type: 'table',
      align: ['left', 'right'],
      data: { hProperties: { className: ['wide'] } },
      children: [
        row(cell('h1'), cell('h2')),
        row(cell('span', { rowSpan: 2, hProperties: { rowSpan: 2, className: ['long'] } }), cell('1')),
        row(cell('', { covered: true, hProperties: { dataCovered: 'true' } }), cell('2')),
      ],
    } as Table,
  };
  for (const [name, table] of Object.entries(cases)) {
    it(name, () => {
      expect(plainTableHtml(structuredClone(table))).toBe(tableHtml(structuredClone(table)));
    });
  }

  it('leaves to the hast path a table with any other content or property', () => {
    const strong: Table = { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text('a'), { type: 'break' }, text('b')] }] }] };
    const named: Table = { type: 'table', data: { hProperties: { id: 'x' } }, children: [] } as Table;
    const broken: Table = { type: 'table', children: [row(cell('a\nb'))] };
    expect([strong, named, broken].map(plainTableHtml)).toEqual([undefined, undefined, undefined]);
  });
});

describe('paragraphs and headings written straight as HTML', () => {
  const text = (value: string): PhrasingContent => ({ type: 'text', value });
  const same = (tree: Root) => expect(docToHtmlWithoutCharts(structuredClone(tree))).toBe(docToHtmlWithoutCharts(structuredClone(tree), { blocks: 'hast' }));

  it('generated paragraphs, headings, tables, quotes and lists of every inline kind: as the hast path', () => {
    const value = fc.array(fc.constantFrom('a', 'Kata', ' ', '\n', ' \n', '\n ', '\t', '<', '&', '&amp;', '"', "'", '`', '>', '≤ 0,05', '\u00A0', '\r', '\uE010x\uE011'), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
    const url = fc.constantFrom('#cap-x', 'bab4.html#cap-tab-1', 'https://example.org/a?b=c&d', 'a b', 'é', '');
    const className = fc.constantFrom(undefined, ['ref'], ['a', 'b'], ["o'k"]);
    const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{ node: PhrasingContent }>((tie) => ({
      node: fc.oneof(
        { weight: 5, arbitrary: value.map(text) },
        { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 3 }).map((children) => ({ type: 'emphasis', children }) as PhrasingContent) },
        { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 3 }).map((children) => ({ type: 'strong', children }) as PhrasingContent) },
        { weight: 1, arbitrary: value.map((v) => ({ type: 'inlineCode', value: v }) as PhrasingContent) },
        { weight: 1, arbitrary: fc.constant({ type: 'break' } as PhrasingContent) },
        { weight: 1, arbitrary: fc.constantFrom('<b>', '</b>', '<!-- x -->').map((v) => ({ type: 'html', value: v }) as PhrasingContent) },
        {
          weight: 1,
          arbitrary: fc.tuple(url, className, fc.option(fc.constant('judul')), fc.array(tie('node'), { maxLength: 2 })).map(
            ([u, c, title, children]) => ({ type: 'link', url: u, title, children, ...(c ? { data: { hProperties: { className: c } } } : {}) }) as PhrasingContent,
          ),
        },
      ),
    })).node;
    const props = fc.constantFrom(undefined, { className: ['caption'], id: 'cap-x' }, { className: ['note'] }, { id: 'a"b' }, { title: 'x' });
    const paragraph = fc.tuple(props, fc.array(phrasing, { maxLength: 4 })).map(([p, children]) => ({ type: 'paragraph', children, ...(p ? { data: { hProperties: p } } : {}) }) as RootContent);
    const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(phrasing, { maxLength: 3 })).map(([depth, children]) => ({ type: 'heading', depth, children }) as RootContent);
    const cellOf = fc.array(phrasing, { maxLength: 2 }).map((children) => ({ type: 'tableCell', children }));
    const table = fc
      .tuple(fc.array(fc.constantFrom(null, 'left', 'right', 'center'), { minLength: 1, maxLength: 3 }), fc.array(fc.array(cellOf, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }))
      .map(([align, rows]) => ({ type: 'table', align, children: rows.map((children) => ({ type: 'tableRow', children })) }) as RootContent);
    const block = fc.oneof(
      { weight: 2, arbitrary: table },
      { weight: 4, arbitrary: paragraph },
      { weight: 2, arbitrary: heading },
      { weight: 1, arbitrary: fc.array(paragraph, { maxLength: 2 }).map((children) => ({ type: 'blockquote', children }) as RootContent) },
      { weight: 1, arbitrary: fc.tuple(fc.boolean(), fc.array(paragraph, { minLength: 1, maxLength: 2 })).map(([spread, children]) => ({ type: 'list', ordered: false, spread, children: [{ type: 'listItem', spread, children }] }) as RootContent) },
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), (children) => {
        same({ type: 'root', children });
        // Either path leaves the tree it is given as it was (lowering shares what it does not change).
        const tree: Root = { type: 'root', children };
        const before = structuredClone(tree);
        docToHtmlWithoutCharts(tree);
        docToHtmlWithoutCharts(tree, { blocks: 'hast' });
        expect(tree).toEqual(before);
      }),
      { seed: 20261129, numRuns: 2000 },
    );
  });

  it('a chart box whose title has a quote or an apostrophe, and a caption with a link: as the hast path', () => {
    for (const title of ['Respondents\' Answers', 'a "b" c', 'A & B', 'plain']) {
      same({
        type: 'root',
        children: [
          { type: 'paragraph', data: { hName: 'div', hProperties: { className: ['chart'], role: 'img', ariaLabel: title }, hChildren: [{ type: 'text', value: '\uE010c\uE011' }] }, children: [] } as unknown as RootContent,
          { type: 'paragraph', data: { hProperties: { className: ['caption'], id: 'cap-c' } }, children: [{ type: 'strong', children: [text('Gambar 4.1')] }, text(` ${title}`)] } as RootContent,
        ],
      });
    }
  });
});
