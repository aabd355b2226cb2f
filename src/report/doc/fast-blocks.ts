/**
 * The plain blocks of the templates' Markdown straight to mdast, without the Markdown parser: most
 * of a chapter is paragraphs of words and numbers, headings and tables of plain cells, and parsing
 * them (micromark, interpreted in a short build) was the largest step of writing the documents.
 *
 * A block — lines between blank lines — is taken here only when it gives exactly the nodes the parser
 * gives (test/report/fast-blocks.test.ts compares both on every section of three studies, and on
 * generated text):
 *
 * - a table of plain cells (fast-tables.ts);
 * - an ATX heading of one line, "## " and plain text;
 * - a paragraph whose every line is plain text (plainText: escapes, words, numbers, bab4's markers;
 *   no code, link, HTML, entity, pipe) with at most simple *emphasis* and **strong** (phrasingOf),
 *   starts with a character that begins no other block (#, >, list markers, =, -, <, space…) and
 *   neither starts nor ends with a space, tab or backslash.
 *
 * A blank line ends every block the parser could still be in — a paragraph, list, quote, table,
 * indented code, HTML of kinds 6 and 7 — except fenced code and HTML of kinds 1–5 (comments, <pre>,
 * <script>…). Where those may be open, nothing is taken (a table in a code block is code). Every other
 * block is left in the text; each run of taken blocks stands there as one placeholder paragraph.
 */
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { DELIMITER, placeholder, plainText, tableOf } from './fast-tables.js';

const BLANK = /^[ \t]*$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
/** HTML blocks of kinds 1–5 (CommonMark 4.6), which a blank line does not end. */
const HTML_1_TO_5 = /^ {0,3}<(?:(?:script|pre|style|textarea)(?:[\s>]|$)|!--|\?|![A-Za-z]|!\[CDATA\[)/i;
/** A line that starts a block other than a paragraph (or could continue one as something else). */
const NOT_PARAGRAPH = /^(?:[ \t#>=+\-*_|<]|\d{1,9}[.)](?:[ \t]|$))|[ \t\\]$|[|\r\0]/;
const HEADING = /^(#{1,6}) (\S(?:.*\S)?)$/;

/** Whether a blank line ends every construct in this text (no fence, no HTML block of kinds 1–5 left open). */
function blankLinesEndBlocks(lines: readonly string[]): boolean {
  for (const line of lines) {
    if (FENCE.test(line)) return false;
    // A comment closed on its own line ends there.
    if (HTML_1_TO_5.test(line) && !(/^ {0,3}<!--/.test(line) && line.indexOf('-->', line.indexOf('<!--') + 4) >= 0)) return false;
  }
  return true;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What may stand before an opening * or ** and after a closing one (so each is only one of the two). */
const BEFORE_OPENING = new Set(['', ' ', '(']);
const AFTER_CLOSING = new Set(['', ' ', ')', ',', '.', ';', ':']);

/**
 * A line's inline nodes: plain text, and *emphasis* or **strong** of plain text that begins and ends
 * with a letter or digit, opened after a space or "(" and closed before a space or , . ; : ) — where
 * CommonMark's delimiter rules can only pair each opening run with the next closing one.
 */
function phrasingOf(line: string): PhrasingContent[] | undefined {
  if (!line.includes('*')) {
    const plain = plainText(line, { markers: true });
    return plain === undefined ? undefined : [{ type: 'text', value: plain }];
  }
  const parts = line.split(/(\*+)/); // text, run, text, run, …, text
  if ((parts.length - 1) % 4 !== 0) return undefined;
  const out: PhrasingContent[] = [];
  for (let i = 0; i < parts.length; i += 4) {
    const before = plainText(parts[i], { markers: true });
    if (before === undefined) return undefined;
    if (before) out.push({ type: 'text', value: before });
    if (i + 1 === parts.length) break;
    const [open, inner, close, after] = parts.slice(i + 1, i + 5);
    if (open !== close || open.length > 2 || !BEFORE_OPENING.has(parts[i].slice(-1)) || !AFTER_CLOSING.has(after.slice(0, 1))) return undefined;
    if (!WORD_CHAR.test(inner.slice(0, 1)) || !WORD_CHAR.test(inner.slice(-1))) return undefined;
    const text = plainText(inner, { markers: false });
    if (text === undefined) return undefined;
    out.push({ type: open.length === 1 ? 'emphasis' : 'strong', children: [{ type: 'text', value: text }] });
  }
  return out;
}

function paragraphOf(lines: readonly string[]): Paragraph | undefined {
  const children: PhrasingContent[] = [];
  const text = (value: string) => {
    const last = children[children.length - 1];
    if (last?.type === 'text') last.value += value;
    else children.push({ type: 'text', value });
  };
  for (const [i, line] of lines.entries()) {
    if (NOT_PARAGRAPH.test(line)) return undefined;
    const nodes = phrasingOf(line);
    if (nodes === undefined) return undefined;
    if (i > 0) text('\n');
    for (const node of nodes) {
      if (node.type === 'text') text(node.value);
      else children.push(node);
    }
  }
  return { type: 'paragraph', children };
}

function headingOf(line: string): Heading | undefined {
  const m = HEADING.exec(line);
  if (!m || m[2].endsWith('#') || /[\r\0]/.test(m[2])) return undefined;
  const plain = plainText(m[2], { markers: true });
  if (plain === undefined) return undefined;
  return { type: 'heading', depth: m[1].length as Heading['depth'], children: [{ type: 'text', value: plain }] };
}

/** The block's nodes when it is taken here, else undefined. */
function blockOf(lines: readonly string[]): RootContent | undefined {
  if (lines.length >= 2 && lines[0].startsWith('|') && DELIMITER.test(lines[1])) {
    return lines.every((l) => l.startsWith('|')) ? tableOf([...lines]) : undefined;
  }
  if (lines.length === 1 && lines[0].startsWith('#')) return headingOf(lines[0]);
  return paragraphOf(lines);
}

export interface Lifted {
  /** The text with a placeholder paragraph for each run of taken blocks. */
  text: string;
  /** The nodes of each placeholder, by its number. */
  runs: RootContent[][];
  /** How many blocks were taken, by kind (tests). */
  counts: Record<string, number>;
}

export function liftBlocks(text: string): Lifted {
  const lines = text.split('\n');
  // A carriage return ends a line for the parser too: such text is left to it whole.
  if (text.includes('\r') || !blankLinesEndBlocks(lines)) return { text, runs: [], counts: {} };
  const out: string[] = [];
  const runs: RootContent[][] = [];
  const counts: Record<string, number> = {};
  let run: RootContent[] | undefined;
  for (let i = 0; i < lines.length; ) {
    if (BLANK.test(lines[i])) {
      if (!run) out.push(lines[i]);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !BLANK.test(lines[end])) end++;
    const block = lines.slice(i, end);
    const node = blockOf(block);
    if (node) {
      counts[node.type] = (counts[node.type] ?? 0) + 1;
      if (!run) {
        run = [];
        out.push(placeholder(runs.length));
        runs.push(run);
      }
      run.push(node);
    } else {
      if (run) {
        // The blank line between the run and this block (one is enough to end the placeholder paragraph).
        out.push('');
        run = undefined;
      }
      out.push(...block);
    }
    i = end;
  }
  return { text: out.join('\n'), runs, counts };
}
