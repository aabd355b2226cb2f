/**
 * Tables and plain paragraphs written as XML (src/docx/table-xml.ts) are the XML the `docx` package
 * writes for them: whole documents built both ways are byte-identical — the default study's chapter
 * and appendix (thousands of cells: continuation rows, landscape tables that end sections, italic
 * terms), an English study, and tables and paragraphs with every kind of content.
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

/** document.xml, and how many tables and paragraphs were written as XML. */
async function documentXml(doc: Doc, kind: DocxInput['kind'], byPackage: boolean): Promise<{ xml: string; raw: number; paragraphs: number }> {
  const input: DocxInput = { doc, kind, title: 'T', charts: new Map(), pageStart: 1, styles: defaultStyleIds(), fields: { seq: { table: 'Tabel', figure: 'Gambar' }, bookmarkPrefix: '_RefB4' }, byPackage };
  const { document, raw } = buildDocx(input);
  const files = unzipSync(await packDocx(document, packing, raw));
  const count = (re: RegExp) => raw.reduce((n, part) => n + (part.match(re)?.length ?? 0), 0);
  // Tables (not the paragraphs in their cells) and the paragraphs between them.
  const tables = count(/<w:tbl>/g);
  return { xml: decoder.decode(files['word/document.xml']), raw: tables, paragraphs: count(/<w:p>/g) - count(/<w:tc>/g) };
}

async function expectSame(doc: Doc, kind: DocxInput['kind']): Promise<number> {
  const fast = await documentXml(doc, kind, false);
  const slow = await documentXml(doc, kind, true);
  expect(slow.raw + slow.paragraphs).toBe(0);
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

  it('the default study: chapter and appendix, every table and most paragraphs written as XML', async () => {
    const paragraphs = async (d: Doc, kind: DocxInput['kind']) => (await documentXml(d, kind, false)).paragraphs;
    expect(await paragraphs(id.chapter, 'chapter')).toBeGreaterThan(100);
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

  it('paragraphs: body, heading, quote, source, note, a list; italic terms, links, escapes; a raw paragraph that would end a section', async () => {
    const md = [
      '## 4.1 Judul & "kutip"',
      '',
      'Teks biasa dengan *miring*, **tebal**, ~~coret~~ dan [tautan](https://example.org) a<b> \'x\'.',
      '',
      '> Kutipan **penting**.',
      '',
      '- butir satu',
      '',
      '  lanjutan butir',
      '- butir dua',
      '',
      'Baris pertama  ',
      'baris kedua (dengan pemisah baris).',
      '',
      '**Judul kecil**',
      '',
      'Kode `x` di dalam.',
      '',
      'Paragraf terakhir.',
    ].join('\n');
    const { doc } = renderDoc(md.replace(/\{\{/g, '\\{{'));
    await expectSame(doc, 'chapter');
    await expectSame(doc, 'appendix');
  });

  it('escapes as the package does and places every part, or says so', () => {
    expect(escapeXml('a&b<c>"d\'\u0001e\tf')).toBe('a&amp;b&lt;c&gt;&quot;d&apos;e\tf');
    const p = (i: number) => `<w:p><w:pPr><w:pStyle w:val="Bab4RawXml"/></w:pPr><w:r><w:t xml:space="preserve">${i}</w:t></w:r></w:p>`;
    expect(spliceRaw(`<a/>${p(1)}${p(0)}`, ['<x/>', '<y/>$&'])).toBe('<a/><y/>$&<x/>');
    expect(() => spliceRaw(`${p(0)}`, ['<x/>', '<y/>'])).toThrow(/1 of 2/);
  });
});
