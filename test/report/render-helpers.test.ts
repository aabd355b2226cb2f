/**
 * The small pieces of the report layer the chapter's wording relies on: the {{#join}} helper
 * ("a", "a dan b", "a, b, dan c") and the classes html.ts gives paragraphs for the print stylesheet.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/render.js';
import { markdownToHtml } from '../../src/report/html.js';
import type { TemplateFile } from '../../src/load/templates.js';

function render(source: string, view: object): string {
  const file: TemplateFile = { name: 't.md.hbs', path: '/t.md.hbs', source, user: false };
  return renderMarkdown(new Map([[file.name, file]]), file.name, view, {
    tableWord: 'Tabel',
    figureWord: 'Gambar',
    prefix: '4.',
    sourceLine: '*Sumber*',
    charts: new Set(),
  }).markdown.trim();
}

describe('{{#join list "conjunction"}}', () => {
  const tpl = '{{#join items "dan"}}{{name}}{{#if @last}}!{{/if}} ({{../unit}}){{/join}}';
  it.each([
    [[], ''],
    [['A'], 'A! (u)'],
    [['A', 'B'], 'A (u) dan B! (u)'],
    [['A', 'B', 'C'], 'A (u), B (u), dan C! (u)'],
  ])('%j → %s', (names, expected) => {
    expect(render(`x ${tpl} y`, { unit: 'u', items: (names as string[]).map((name) => ({ name })) })).toBe(`x ${expected} y`);
  });

  it('fails the build, naming the template, when given no list', () => {
    expect(() => render('{{#join missing "dan"}}{{/join}}', { missing: 'text' })).toThrow(/t\.md\.hbs.*join: expects a list/);
  });
});

describe('paragraph classes for print', () => {
  it('captions are a bold "Word N.n" only; notes and run-in bold text are not', async () => {
    const html = await markdownToHtml(
      ['**Tabel 4.12** Judul', '**Table L.3** Title', '**Gambar 4.1** Judul', '> **Catatan:** teks', '**Pengaruh X1 terhadap Y**', '**Y = 1,0 + 2,0X₁ + e**', '*Sumber: data primer diolah, 2026*'].join('\n\n'),
      new Map(),
    );
    expect(html.match(/<p class="caption">/g)?.length).toBe(3);
    expect(html).toContain('<p><strong>Catatan:</strong> teks</p>');
    expect(html).toContain('<p><strong>Pengaruh X1 terhadap Y</strong></p>');
    expect(html).toContain('<p class="equation"><strong>Y = 1,0 + 2,0X₁ + e</strong></p>');
    expect(html).toContain('<p class="source"><em>Sumber: data primer diolah, 2026</em></p>');
  });

  it('"< 0,001" in a table cell does not wrap between the sign and the number', async () => {
    const html = await markdownToHtml('| Sig. | Teks |\n|---:|---|\n| < 0,001 | a < b |\n', new Map());
    expect(html).toContain('<td align="right">&#x3C;\u00A00,001</td>');
    expect(html).toContain('<td>a &#x3C; b</td>');
  });
});
