/**
 * Markdown escaping for text that comes from data or config (labels, statements, categories).
 *
 * The chapter templates produce Markdown, so Handlebars' HTML escaping is switched off there and
 * every such text is escaped here instead, for the place it lands: any ASCII punctuation that
 * Markdown or GFM could read as syntax gets a backslash (`\*`, `\_`, `\[`, `\<`, `\|` — the last
 * keeps a label from splitting a table cell), and line breaks become spaces. The text then reaches
 * the HTML literally: `<img src=x>` in a label shows as those characters and creates no element.
 */
const SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&$^"':;=%@/?,]/g;

export function escapeMd(s: string): string {
  return s
    .replace(/\r?\n|\r/g, ' ')
    .replace(SPECIAL, (c) => {
      // Plain punctuation that is never syntax in running text is left readable in the .md file.
      if (c === ',' || c === ';' || c === ':' || c === '?' || c === '%' || c === "'" || c === '"' || c === '=' || c === '/' || c === '@' || c === '$' || c === '^') return c;
      if (c === '.' || c === '-' || c === '+' || c === '(' || c === ')') return c;
      return '\\' + c;
    })
    // GFM autolinks: "http://", "www." and e-mail addresses would become links.
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (m) => m.slice(0, 3) + '\\.')
    .replace(/@/g, '\\@')
    .replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3');
}
