/**
 * Tables written as XML (src/docx/table-xml.ts) are the XML the `docx` package writes for the same
 * tables: whole documents built both ways are byte-identical — the default study's chapter and
 * appendix (thousands of cells: continuation rows, landscape tables, italic terms), an English
 * study, and tables with every kind of cell content.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { unzipSync } from 'fflate';
import { build } from '../../src/pipeline.js';
import type { Documents } from '../../src/report/index.js';
import { buildDocx, type DocxInput } from '../../src/docx/document.js';
import { packDocx } from '../../src/docx/package.js';
import { defaultStyleIds } from '../../src/docx/styles.js';
import { escapeXml, spliceRaw } from '../../src/docx/table-xml.js';
import { defaultStudy } from '../helpers/study.js';
import { editConfig } from '../helpers/chapter.js';
import { renderDoc } from '../helpers/doc.js';
import type { Doc } from '../../src/report/doc/tree.js';

const decoder = new TextDecoder();
const packing = { date: { year: 2026, month: 1, day: 1 }, styleIds: defaultStyleIds() };

async function documentXml(doc: Doc, kind: DocxInput['kind'], tablesByPackage: boolean): Promise<{ xml: string; raw: number }> {
  const input: DocxInput = { doc, kind, title: 'T', charts: new Map(), pageStart: 1, styles: defaultStyleIds(), fields: { seq: { table: 'Tabel', figure: 'Gambar' }, bookmarkPrefix: '_RefB4' }, tablesByPackage };
  const { document, raw } = buildDocx(input);
  const files = unzipSync(await packDocx(document, packing, raw));
  return { xml: decoder.decode(files['word/document.xml']), raw: raw.length };
}

async function expectSame(doc: Doc, kind: DocxInput['kind']): Promise<number> {
  const fast = await documentXml(doc, kind, false);
  const slow = await documentXml(doc, kind, true);
  expect(slow.raw).toBe(0);
  expect(fast.xml.length).toBe(slow.xml.length);
  expect(fast.xml === slow.xml, 'document.xml byte-identical').toBe(true);
  return fast.raw;
}

describe('tables written as XML are the package’s XML', () => {
  let id: Documents;
  let en: Documents;
  beforeAll(async () => {
    id = (await build(defaultStudy().config, { outDir: null, word: false })).documents;
    const study = defaultStudy();
    editConfig(study, (c) => {
      c.language = 'en';
    });
    en = (await build(study.config, { outDir: null, word: false })).documents;
  }, 120_000);

  it('the default study: chapter and appendix, every table written as XML', async () => {
    const tables = (d: Doc) => d.tree.children.filter((n) => n.type === 'table').length;
    expect(await expectSame(id.chapter, 'chapter')).toBe(tables(id.chapter));
    expect(await expectSame(id.appendix, 'appendix')).toBe(tables(id.appendix));
    expect(tables(id.appendix)).toBeGreaterThan(20);
  }, 60_000);

  it('an English study', async () => {
    expect(await expectSame(en.chapter, 'chapter')).toBeGreaterThan(10);
    expect(await expectSame(en.appendix, 'appendix')).toBeGreaterThan(10);
  }, 60_000);

  it('cells with bold, italic, struck-out text, links, breaks, escapes, empty cells and continuation rows', async () => {
    const md = [
      '**Tabel 4.1** Isi sel',
      '',
      '| No | Isi | Nilai |',
      '|---:|:---|:---:|',
      '| 1 | **tebal** *miring* ***keduanya*** ~~coret~~ | 3,5 |',
      '| 2 | [tautan](https://example.org) a<b> & "kutip" \'x\' | |',
      '| 3 | baris<br>pecah | **~~*x*~~** |',
      '| | lanjutan | 4 |',
      '| 4 | satu sel lebih |',
      '',
      'Sumber: data',
    ].join('\n');
    const { doc } = renderDoc(md.replace(/\{\{/g, '\\{{'));
    expect(await expectSame(doc, 'chapter')).toBe(1);
    expect(await expectSame(doc, 'appendix')).toBe(1);
  });

  it('a cell holding inline code is left to the package', async () => {
    const { doc } = renderDoc('| a | b |\n|---|---|\n| `x` | y |\n\n| c |\n|---|\n| d |\n');
    expect(await expectSame(doc, 'chapter')).toBe(1);
  });

  it('escapes as the package does and places every part, or says so', () => {
    expect(escapeXml('a&b<c>"d\'\u0001e\tf')).toBe('a&amp;b&lt;c&gt;&quot;d&apos;e\tf');
    const p = (i: number) => `<w:p><w:pPr><w:pStyle w:val="Bab4RawXml"/></w:pPr><w:r><w:t xml:space="preserve">${i}</w:t></w:r></w:p>`;
    expect(spliceRaw(`<a/>${p(1)}${p(0)}`, ['<x/>', '<y/>$&'])).toBe('<a/><y/>$&<x/>');
    expect(() => spliceRaw(`${p(0)}`, ['<x/>', '<y/>'])).toThrow(/1 of 2/);
  });
});
