/**
 * The document tree → Markdown (bab4.md): captions as "**Tabel 4.n** Title", references as their
 * number, the source line in italics, the equation in bold, lists of tables and figures as lines.
 * Text from data is escaped by the serializer wherever Markdown would read it as syntax; the plain
 * paragraphs, headings and tables (most of the chapter), in which it escapes nothing, are written
 * here directly, byte for byte as it would (test/report/to-markdown.test.ts).
 */
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { markdownTable } from 'markdown-table';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { captionText, type CaptionInfo } from './tree.js';

/** Custom nodes and roles → plain mdast, so that any Markdown serializer can write the tree. */
export function lowerForMarkdown(node: Nodes): Nodes[] {
  switch (node.type) {
    case 'bab4Label':
      return [{ type: 'strong', children: [{ type: 'text', value: captionText(node.caption) }] }];
    case 'bab4Ref':
      return [{ type: 'text', value: captionText(node.caption) }];
    case 'bab4List':
      return node.entries.length ? [{ type: 'paragraph', children: listLines(node.entries) }] : [];
    case 'paragraph': {
      const children = node.children.flatMap((c) => lowerForMarkdown(c) as PhrasingContent[]);
      const role = node.data?.role?.kind;
      if (role === 'source') return [{ type: 'paragraph', children: [{ type: 'emphasis', children }] }];
      if (role === 'equation') return [{ type: 'paragraph', children: [{ type: 'strong', children }] }];
      return [{ type: 'paragraph', children } as Paragraph];
    }
    default:
      if ('children' in node) return [{ ...node, children: node.children.flatMap((c) => lowerForMarkdown(c)) } as Nodes];
      return [node];
  }
}

function listLines(entries: CaptionInfo[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  entries.forEach((c, i) => {
    if (i > 0) out.push({ type: 'break' });
    out.push({ type: 'text', value: `${captionText(c)} ${c.title}` });
  });
  return out;
}

const OPTIONS: Options = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  extensions: [gfmTableToMarkdown()],
};

export interface MarkdownOptions {
  /** Plain paragraphs, headings and tables written here (default), or everything by mdast-util-to-markdown (tests compare the two). */
  blocks?: 'direct' | 'serializer';
}

export function docToMarkdown(tree: Root, opts: MarkdownOptions = {}): string {
  const lowered = lowerForMarkdown(tree)[0] as Root;
  if (opts.blocks !== 'serializer') {
    // Written here, each stands in the tree as raw Markdown, which the serializer passes on as it is
    // (between top-level blocks it writes a blank line whatever they are).
    lowered.children = lowered.children.map((block) => {
      const value = directMarkdown(block);
      return value === undefined ? block : { type: 'html', value };
    });
  }
  return toMarkdown(lowered, OPTIONS);
}

/**
 * Characters mdast-util-to-markdown may escape or encode in text somewhere (its unsafe patterns and
 * GFM tables'): text that has none of them is written as it is. "<" only where what follows could
 * open HTML or an autolink (a letter, "!", "/", "?") — or is not known, at the end of the text: so
 * "< 0,001" and "< 25 tahun" stay plain.
 */
const UNSAFE = /[*_`[\]!&>\\|#~\t\r]|<(?=[!/?A-Za-z]|$)/;
const EDGE_WORD = /^[\p{L}\p{N}]$/u;
/** How a line of a paragraph may start so that no pattern reads it as the start of another block. */
const LINE_START = /^(?:\*{1,2}[\p{L}\p{N}]|\p{L}|\d(?!\d*[.)]))/u;

/**
 * Inline nodes as the serializer writes them (text, and *emphasis* or **strong** of text with word
 * characters at its edges — or, alone in a table cell, between the cell's spaces, with anything but
 * a space at its edges: "**100,0%**", "**+491**"), else undefined.
 */
function phrasingMarkdown(nodes: readonly PhrasingContent[], lineBreaks: boolean, cell = false): string | undefined {
  let out = '';
  const attention = (n: PhrasingContent | undefined) => n?.type === 'emphasis' || n?.type === 'strong' || (n?.type === 'text' && n.value === '');
  for (const [i, n] of nodes.entries()) {
    if (n.type === 'text') {
      if (UNSAFE.test(n.value) || (!lineBreaks && n.value.includes('\n'))) return undefined;
      out += n.value;
    } else if ((n.type === 'emphasis' || n.type === 'strong') && n.children.length === 1 && n.children[0].type === 'text') {
      const inner = n.children[0].value;
      // Next to other emphasis the serializer may change its marker ("**a**_b_").
      if (attention(nodes[i - 1]) || attention(nodes[i + 1])) return undefined;
      if (UNSAFE.test(inner) || inner.includes('\n')) return undefined;
      const edges = cell && nodes.length === 1 ? inner !== '' && !/^\s|\s$/u.test(inner) : EDGE_WORD.test(inner.slice(0, 1)) && EDGE_WORD.test([...inner].at(-1) ?? '');
      if (!edges) return undefined;
      const marker = n.type === 'emphasis' ? '*' : '**';
      out += marker + inner + marker;
    } else return undefined;
  }
  return out;
}

/** A paragraph, ATX heading or table as the serializer writes it, when it is sure to be; else undefined. */
function directMarkdown(block: RootContent): string | undefined {
  switch (block.type) {
    case 'paragraph': {
      const text = phrasingMarkdown(block.children, true);
      if (!text || /^ | $|\n\n| \n|\n /.test(text)) return undefined;
      return text.split('\n').every((line) => LINE_START.test(line)) ? text : undefined;
    }
    case 'heading': {
      const text = phrasingMarkdown(block.children, false);
      if (!text || /^ | $/.test(text)) return undefined;
      return `${'#'.repeat(block.depth)} ${text}`;
    }
    case 'table': {
      const rows: string[][] = [];
      for (const row of block.children) {
        const cells: string[] = [];
        for (const cell of row.children) {
          const text = phrasingMarkdown(cell.children, false, true);
          if (text === undefined || /^\s|\s$/.test(text)) return undefined;
          cells.push(text);
        }
        rows.push(cells);
      }
      // As mdast-util-gfm-table: the head row filled up to the number of columns.
      const head = rows[0];
      if (head) {
        const columns = block.align?.length || Math.max(...rows.map((r) => r.length));
        while (head.length < columns) head.push('');
      }
      return markdownTable(rows, { align: block.align, fillRows: false });
    }
    default:
      return undefined;
  }
}
