import { describe, expect, it } from 'vitest';
import { escapeMd } from '../../src/report/markdown.js';
import { mdToHtml } from '../helpers/doc.js';

describe('escapeMd', () => {
  const nasty = ['<img src=x onerror=alert(1)>', 'a | b', '*bold* _it_', '[link](http://x)', '# heading', '1. list', '- item', '`code`', 'A & B &amp; C', 'back\\slash', 'line\nbreak'];

  it('keeps every label literal through Markdown → HTML, even inside a table cell', async () => {
    for (const s of nasty) {
      const md = `| Kategori | n |\n|---|---:|\n| ${escapeMd(s)} | 1 |\n\nTeks: ${escapeMd(s)}\n`;
      const html = mdToHtml(md);
      expect(html, s).not.toMatch(/<img|<a |<em>|<strong>|<h1|<ol|<ul|<code>/);
      const cells = html.match(/<td[ >]/g) ?? [];
      expect(cells.length, `${s} must not split the cell`).toBe(2);
      const shown = s.replace(/\n/g, ' ').replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
      expect(html.includes(shown) || html.includes(shown.replace(/>/g, '&#x3E;')), `${s} → ${html}`).toBe(true);
    }
  });

  it('leaves ordinary text readable', () => {
    expect(escapeMd('Usia (tahun), 25–34: Jambi Timur')).toBe('Usia (tahun), 25–34: Jambi Timur');
  });
});
