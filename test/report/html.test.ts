/**
 * Plain tables (text-only cells) are written straight as HTML (plainTableHtml), not through a hast
 * node per cell: the same bytes as remark-rehype and rehype-stringify make, for every table of the
 * chapter, the appendix and the lists of three studies (Indonesian, English, survey-c with its row
 * spans), and for the cases the studies lack (missing and extra cells, escaping, a single row).
 */
import { describe, expect, it } from 'vitest';
import type { Nodes, Table } from 'mdast';
import { build } from '../../src/pipeline.js';
import { docToHtmlWithoutCharts, plainTableHtml, tableHtml } from '../../src/report/html.js';
import type { Doc } from '../../src/report/doc/tree.js';
import { defaultStudy, fixtureStudy, type Study } from '../helpers/study.js';
import { editConfig } from '../helpers/chapter.js';

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

const english = () => {
  const study = defaultStudy();
  editConfig(study, (c) => {
    c.language = 'en';
    c.source = { year: c.source.year };
  });
  return study;
};

describe('plain tables written straight as HTML', () => {
  for (const [name, study] of [
    ['default study', defaultStudy],
    ['default study in English', english],
    ['survey-c', () => fixtureStudy('survey-c')],
  ] as const) {
    it(`${name}: each document's HTML is the hast path's, byte for byte`, async () => {
      const docs = await documentsOf(study());
      for (const d of docs) {
        for (const target of ['', 'bab4.html']) {
          expect(docToHtmlWithoutCharts(d.tree, { target })).toBe(docToHtmlWithoutCharts(d.tree, { target, tables: 'hast' }));
        }
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
    const strong: Table = { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'strong', children: [text('b')] }] }] }] };
    const named: Table = { type: 'table', data: { hProperties: { id: 'x' } }, children: [] } as Table;
    const broken: Table = { type: 'table', children: [row(cell('a\nb'))] };
    expect([strong, named, broken].map(plainTableHtml)).toEqual([undefined, undefined, undefined]);
  });
});
