/**
 * The small pieces of the report layer the chapter's wording relies on: the {{#join}} helper
 * ("a", "a dan b", "a, b, dan c"), the helpers that say what a paragraph is (and the classes the
 * HTML gives them for the print stylesheet), numbering, references and lists.
 */
import { describe, expect, it } from 'vitest';
import { renderDoc } from '../helpers/doc.js';

const md = (source: string, view: object = {}) => renderDoc(source, view).md.trim();

describe('{{#join list "conjunction"}}', () => {
  const tpl = '{{#join items "dan"}}{{name}}{{#if @last}}!{{/if}} ({{../unit}}){{/join}}';
  it.each([
    [[], ''],
    [['A'], 'A! (u)'],
    [['A', 'B'], 'A (u) dan B! (u)'],
    [['A', 'B', 'C'], 'A (u), B (u), dan C! (u)'],
  ])('%j → %s', (names, expected) => {
    expect(md(`x ${tpl} y`, { unit: 'u', items: (names as string[]).map((name) => ({ name })) })).toBe(`x ${expected} y`);
  });

  it('fails the build, naming the template, when given no list', () => {
    expect(() => md('{{#join missing "dan"}}{{/join}}', { missing: 'text' })).toThrow(/t\.md\.hbs.*join: expects a list/);
  });
});

describe('what a paragraph is', () => {
  const source = [
    'Lihat {{ref "b"}}, {{ref "a"}} dan {{ref "g"}}.',
    '{{#tableCaption "a"}}Judul A{{/tableCaption}}',
    '| x |\n|---|\n| 1 |',
    '{{source}}',
    '{{#note}}Keterangan: teks{{/note}}',
    '{{#figure "g"}}Judul G{{/figure}}',
    '{{#tableCaption "b"}}Judul B{{/tableCaption}}',
    '{{source "Dinas X, 2022"}}',
    '> **Catatan:** teks',
    '**Pengaruh X1 terhadap Y**',
    '{{#equation}}Y = 1,0 + 2,0X₁ + e{{/equation}}',
  ].join('\n\n');

  it('numbers captions in document order and resolves references made before them', () => {
    const { doc, md: text } = renderDoc(source, {}, { charts: ['g'] });
    expect(doc.captions.map((c) => [c.id, c.kind, c.seq, c.title])).toEqual([
      ['a', 'table', 1, 'Judul A'],
      ['g', 'figure', 1, 'Judul G'],
      ['b', 'table', 2, 'Judul B'],
    ]);
    expect(text).toContain('Lihat Tabel 4.2, Tabel 4.1 dan Gambar 4.1.');
    expect(text).toContain('**Tabel 4.1** Judul A');
    expect(text).toContain('![Judul G](charts/g.svg)\n\n**Gambar 4.1** Judul G\n\n*Sumber: data primer diolah, 2026*');
    expect(text).toContain('*Dinas X, 2022*');
    expect(text).toContain('**Y = 1,0 + 2,0X₁ + e**');
  });

  it('gives the HTML classes for print; run-in bold text and notes in quotes are plain', () => {
    const { html } = renderDoc(source, {}, { charts: ['g'] });
    expect(html.match(/<p class="caption"/g)?.length).toBe(3);
    expect(html).toContain('<p class="caption" id="cap-a"><strong>Tabel 4.1</strong> Judul A</p>');
    expect(html).toContain('<div class="chart" role="img" aria-label="Judul G"><svg id="g"></svg></div>');
    expect(html).toContain('<a href="#cap-b" class="ref">Tabel 4.2</a>');
    expect(html).toContain('<p><strong>Catatan:</strong> teks</p>');
    expect(html).toContain('<p><strong>Pengaruh X1 terhadap Y</strong></p>');
    expect(html).toContain('<p class="equation"><strong>Y = 1,0 + 2,0X₁ + e</strong></p>');
    expect(html).toContain('<p class="source"><em>Sumber: data primer diolah, 2026</em></p>');
    expect(html).toContain('<p class="note">Keterangan: teks</p>');
  });

  it('refuses a reference to a table the document does not have, and a figure without its chart', () => {
    expect(() => renderDoc('{{ref "nope"}}')).toThrow(/names no table or figure/);
    expect(() => renderDoc('{{#figure "g"}}G{{/figure}}')).toThrow(/figure "g" has no chart/);
    expect(() => renderDoc('{{#tableCaption "a"}}A{{/tableCaption}}\n\n{{#tableCaption "a"}}B{{/tableCaption}}')).toThrow(/duplicate table id "a"/);
  });

  it('lists the captions of another document (the daftar lists the chapter)', () => {
    const chapter = renderDoc(source, {}, { charts: ['g'] }).doc;
    const { md: text, html } = renderDoc('# DAFTAR TABEL\n\n{{listOfTables}}\n\n# DAFTAR GAMBAR\n\n{{listOfFigures}}', {}, { listed: chapter.captions });
    expect(text).toContain('Tabel 4.1 Judul A\\\nTabel 4.2 Judul B');
    expect(text).toContain('Gambar 4.1 Judul G');
    expect(html).toContain('<p class="list-entry"><a href="#cap-a">Tabel 4.1</a> Judul A</p>');
  });
});

describe('the author\'s Markdown', () => {
  it('comes through as written, links included, parsed on its own', () => {
    const { html } = renderDoc('Teks.\n\n{{author text}}\n\nLagi.', { text: 'Paragraf *miring* dan [tautan](https://contoh.id).\n\n- satu\n- dua' });
    expect(html).toContain('<em>miring</em>');
    expect(html).toContain('<a href="https://contoh.id">tautan</a>');
    expect(html).toContain('<li>satu</li>');
  });
});

describe('foreign terms in italics', () => {
  it('italicizes whole words, in any case, never inside numbers, file names or what is already italic', () => {
    const { md: text } = renderDoc('E-commerce dan *marketplace*; berkas e-commerce.csv, www.e-commerce.id; toko online.\n\n| online |\n|---|\n| live |', {}, { italic: ['e-commerce', 'online', 'marketplace', 'live'] });
    expect(text).toContain('*E-commerce* dan *marketplace*; berkas e-commerce.csv, www.e-commerce.id; toko *online*.');
    expect(text).toContain('| *online* |');
    expect(text).toMatch(/\| \*live\* +\|/);
  });
});

describe('"< 0,001" in a table cell', () => {
  it('does not wrap between the sign and the number', () => {
    const { html } = renderDoc('| Sig. | Teks |\n|---:|---|\n| < 0,001 | a < b |\n');
    expect(html).toContain('<td align="right">&#x3C;\u00A00,001</td>');
    expect(html).toContain('<td>a &#x3C; b</td>');
  });
});
