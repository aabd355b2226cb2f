/**
 * Tables of plain cells straight to mdast, without the Markdown parser: the appendix's data
 * tabulation and statistical tables are thousands of cells of numbers and names, and parsing their
 * Markdown was a tenth of a build (and most of its memory at a million respondents).
 *
 * Only a table whose every cell is plain text — no emphasis, code, link, HTML or entity; backslash
 * escapes, a whole cell in `**…**` and a `<br>` are allowed — is taken here, and it gives exactly the nodes
 * GFM gives (a test compares both on every table of the reference studies). Any other table is left
 * in the text for the parser.
 */
import type { AlignType, PhrasingContent, Table, TableCell, TableRow } from 'mdast';

/** Placeholder of a lifted table: a paragraph of its own in the text given to the parser. */
export const placeholder = (n: number): string => `\uE002${n}\uE003`;
const PLACEHOLDER = /^\uE002(\d+)\uE003$/;

export const DELIMITER = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** The characters plainText looks at (everything else is literal text). */
const SPECIAL = /[\\*_`[\]!~<&\uE000-\uE003]/;
const SPECIAL_BUT_MARKERS = /[\\*_`[\]!~<&\uE002\uE003]/;

/**
 * The literal text of plain Markdown, or undefined when some construct could read it: a backslash
 * before ASCII punctuation stands for that character (CommonMark); "<" before a space (anything that
 * starts no tag or autolink) and "&" before anything but a letter, digit or "#" are themselves; emphasis, code, links, images, HTML, entities,
 * strikethrough and bab4's markers are not plain (markers: the text markers ⟨…⟩ of markers.ts are,
 * as they are to the parser; placeholders never).
 */
export function plainText(s: string, opts: { markers?: boolean } = {}): string | undefined {
  // Most text has none of the characters that matter: it is its own literal text.
  if (!(opts.markers ? SPECIAL_BUT_MARKERS : SPECIAL).test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      const next = s[i + 1];
      if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
        out += next;
        i++;
      } else out += c;
      continue;
    }
    if (c === '*' || c === '_' || c === '`' || c === '[' || c === ']' || c === '!' || c === '~' || (c >= '\uE000' && c <= '\uE003' && !(opts.markers && c <= '\uE001'))) return undefined;
    // "<" starts a tag, comment or autolink only before a letter, "/", "!", "?" or a character of an
    // e-mail address; "< 0,001" (with a space or a no-break space) is text.
    if (c === '<' && (i + 1 === s.length || /[A-Za-z0-9/!?.#$%&'*+=^_`{|}~-]/.test(s[i + 1]))) return undefined;
    if (c === '&' && /[A-Za-z0-9#]/.test(s[i + 1] ?? '')) return undefined;
    out += c;
  }
  return out;
}

/** A row's cells, split at the pipes that are not escaped (none escaped twice). */
function cellsOf(line: string): string[] | undefined {
  const t = line.trimEnd();
  if (!t.startsWith('|') || !t.endsWith('|') || t.endsWith('\\|') || t.includes('\\\\')) return undefined;
  return t.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

function phrasing(cell: string): PhrasingContent[] | undefined {
  if (cell === '') return [];
  const bold = cell.length > 4 && cell.startsWith('**') && cell.endsWith('**') && !cell.slice(2, -2).includes('*');
  const inner = bold ? cell.slice(2, -2) : cell;
  if (bold && (/^\s|\s$/.test(inner) || inner === '')) return undefined;
  const raw = inner.split('<br>');
  const parts = raw.map((r) => plainText(r));
  if (!parts.every((p): p is string => p !== undefined)) return undefined;
  const out: PhrasingContent[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push({ type: 'html', value: '<br>' });
    // GFM trims a cell, and a text node never starts or ends with the spaces around a <br>.
    const t = parts.length > 1 ? (i === 0 ? p.trimEnd() : i === parts.length - 1 ? p.trimStart() : p.trim()) : p;
    if (t !== '') out.push({ type: 'text', value: t });
  });
  return bold ? [{ type: 'strong', children: out }] : out;
}

export function tableOf(lines: string[]): Table | undefined {
  const head = cellsOf(lines[0]);
  const delim = cellsOf(lines[1]);
  if (!head || !delim || head.length !== delim.length) return undefined;
  const align: AlignType[] = delim.map((d) => (d.startsWith(':') && d.endsWith(':') ? 'center' : d.endsWith(':') ? 'right' : d.startsWith(':') ? 'left' : null));
  const rows: TableRow[] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 1) continue;
    const cells = cellsOf(line);
    if (!cells || cells.length !== head.length) return undefined;
    const row: TableCell[] = [];
    for (const c of cells) {
      const children = phrasing(c);
      if (!children) return undefined;
      row.push({ type: 'tableCell', children });
    }
    rows.push({ type: 'tableRow', children: row });
  }
  return { type: 'table', align, children: rows };
}

/**
 * Lifts the plain tables out of Markdown text: returns the text with a placeholder paragraph for
 * each and the tables by placeholder number.
 */
export function liftTables(text: string): { text: string; tables: Table[] } {
  if (!text.includes('\n|')) return { text, tables: [] };
  const lines = text.split('\n');
  const out: string[] = [];
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const blankBefore = i === 0 || lines[i - 1].trim() === '';
    if (blankBefore && lines[i].startsWith('|') && i + 1 < lines.length && DELIMITER.test(lines[i + 1])) {
      let end = i + 2;
      while (end < lines.length && lines[end].startsWith('|')) end++;
      const blankAfter = end === lines.length || lines[end].trim() === '';
      const table = blankAfter ? tableOf(lines.slice(i, end)) : undefined;
      if (table) {
        out.push(placeholder(tables.length));
        tables.push(table);
        i = end - 1;
        continue;
      }
    }
    out.push(lines[i]);
  }
  return { text: out.join('\n'), tables };
}

/** The number of the table a paragraph stands for, if it is a placeholder. */
export function placeholderOf(value: string): number | undefined {
  const m = PLACEHOLDER.exec(value);
  return m ? Number(m[1]) : undefined;
}
