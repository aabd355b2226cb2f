/**
 * The document tree → self-contained HTML: mdast → hast (remark-rehype) → HTML (rehype-stringify),
 * with every chart's SVG inline, so the page needs no other file.
 *
 * What the tree says a paragraph is becomes a class for the stylesheet (caption, source, note,
 * equation, chart, list-of); references link to their caption. Raw HTML is only what the templates
 * and the author wrote themselves (comments, the author's pembahasan): it is passed through as it is,
 * never parsed; text from data never reaches this step as markup (the templates' Markdown has no
 * autolinks and the view escapes data text, see markdown.ts).
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { captionText, plainText, type CaptionInfo } from './doc/tree.js';

/** Marks where a chart's SVG goes: text that survives rehype untouched, replaced after stringifying. */
const chartMark = (id: string) => `\uE010${id}\uE011`;
const CHART_MARK = /\uE010([^\uE011]*)\uE011/g;

/** The HTML id of a caption (anchor of references and lists). */
export const anchorOf = (c: CaptionInfo): string => `cap-${c.id}`;

export interface HtmlOptions {
  /** Where references and list entries point: '' (same page) or another page ("bab4.html"). */
  target?: string;
  /** Plain tables, paragraphs and headings written straight as HTML (default), or everything through hast (tests compare the two). */
  blocks?: 'direct' | 'hast';
}

/**
 * Custom nodes and roles → mdast whose `data.hName/hProperties` say what HTML to make. What holds
 * nothing to lower is the same node, not a copy (most of the appendix): nothing after this changes a
 * node it did not make — writeDirect copies a quote before writing into it.
 */
function lowerForHtml(node: Nodes, opts: HtmlOptions): Nodes[] {
  const href = (c: CaptionInfo) => `${opts.target ?? ''}#${anchorOf(c)}`;
  switch (node.type) {
    case 'bab4Label':
      return [{ type: 'strong', children: [{ type: 'text', value: captionText(node.caption) }] }];
    case 'bab4Ref':
      return [{ type: 'link', url: href(node.caption), data: { hProperties: { className: ['ref'] } }, children: [{ type: 'text', value: captionText(node.caption) }] }];
    case 'bab4List':
      return node.entries.map((c) => ({
        type: 'paragraph',
        data: { hProperties: { className: ['list-entry'] } },
        children: [{ type: 'link', url: href(c), children: [{ type: 'text', value: captionText(c) }] }, { type: 'text', value: ` ${c.title}` }],
      }));
    case 'paragraph': {
      const role = node.data?.role;
      const children = lowerAll(node.children, opts) as PhrasingContent[];
      if (!role) return [children === node.children ? node : { ...node, children }];
      switch (role.kind) {
        case 'caption':
          return [{ type: 'paragraph', data: { hProperties: { className: ['caption'], id: anchorOf(role.caption) } }, children }];
        case 'figure':
          return [{ type: 'paragraph', data: { hName: 'div', hProperties: { className: ['chart'], role: 'img', ariaLabel: role.caption.title }, hChildren: [{ type: 'text', value: chartMark(role.chart) }] }, children: [] }];
        case 'source':
          return [{ type: 'paragraph', data: { hProperties: { className: ['source'] } }, children: [{ type: 'emphasis', children }] }];
        case 'note':
          return [{ type: 'paragraph', data: { hProperties: { className: ['note'] } }, children }];
        case 'equation':
          return [{ type: 'paragraph', data: { hProperties: { className: ['equation'] } }, children: [{ type: 'strong', children }] }];
      }
      return [{ ...node, children }];
    }
    case 'table':
      return [wideTable(lowerParent(node, opts))];
    case 'tableCell': {
      const children = lowerAll(node.children, opts) as PhrasingContent[];
      // Cells spanning the continuation rows below them; the covered cells are removed after
      // remark-rehype has aligned every cell by its column (removeCovered).
      if (node.data?.covered) return [{ ...node, children, data: { ...node.data, hProperties: { dataCovered: 'true' } } }];
      if (node.data?.rowSpan) return [{ ...node, children, data: { ...node.data, hProperties: { rowSpan: node.data.rowSpan } } }];
      return [children === node.children ? node : { ...node, children }];
    }
    default:
      return [lowerParent(node, opts)];
  }
}

/** A node with its children lowered: itself when none changed. */
function lowerParent<T extends Nodes>(node: T, opts: HtmlOptions): T {
  if (!('children' in node)) return node;
  const children = lowerAll(node.children as Nodes[], opts);
  return children === node.children ? node : ({ ...node, children } as T);
}

/** Children lowered: the same array when every child is itself lowered, else a new one. */
function lowerAll(children: readonly Nodes[], opts: HtmlOptions): Nodes[] {
  let out: Nodes[] | undefined;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const lowered = lowerForHtml(child, opts);
    if (out === undefined && lowered.length === 1 && lowered[0] === child) continue;
    out ??= children.slice(0, i);
    out.push(...lowered);
  }
  return out ?? (children as Nodes[]);
}

/**
 * A table with a column of long text (statements) is set to the full text width, and that column
 * gets the room (class "long"), so that a statement runs over few lines. A new table when it has one.
 */
function wideTable(node: Table): Table {
  const long = new Set<number>();
  for (const row of node.children) row.children.forEach((cell, c) => plainText(cell.children).length > 45 && long.add(c));
  if (!long.size) return node;
  return {
    ...node,
    data: { ...node.data, hProperties: { className: ['wide'] } },
    children: node.children.map((row) => ({
      ...row,
      children: row.children.map((cell, c) => (long.has(c) ? { ...cell, data: { ...cell.data, hProperties: { ...(cell.data?.hProperties as object), className: ['long'] } } } : cell)),
    })),
  };
}

/** "< 0,001", "≥ 4,21", "> −1": the sign kept on the number's line in a table cell (a no-break space). */
function signWithNumber(text: string): string {
  return text.replace(/([<>\u2264\u2265]) (?=[\d\u2212-])/g, '$1\u00A0');
}

/**
 * Table cells: "< 0,001" must not wrap between the sign and the number (signWithNumber), and the
 * cells covered by a row span are removed.
 */
function tableCells() {
  return (tree: HastRoot) => {
    const walk = (node: HastRoot | Element) => {
      if (node.type === 'element' && node.tagName === 'tr') {
        node.children = node.children.filter((c) => !(c.type === 'element' && c.properties?.dataCovered));
      }
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'td') {
          for (const c of child.children) if (c.type === 'text') c.value = signWithNumber(c.value);
        }
        walk(child);
      }
    };
    walk(tree);
  };
}

const processor = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(tableCells)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/**
 * A table with its caption, source line and note, and a figure with its caption and source line, as
 * one block each, so that print keeps them together (or, for a table longer than a page, at least its
 * end with its source and note). A table with a long text column spans the text width.
 */
function groupBlocks(root: Root): Root {
  const out: RootContent[] = [];
  const kids = root.children;
  const role = (n: RootContent | undefined) => (n?.type === 'paragraph' ? n.data?.role?.kind : undefined);
  for (let i = 0; i < kids.length; i++) {
    const start = i;
    if (role(kids[i]) === 'caption' && kids[i + 1]?.type === 'table') i += 1;
    else if (role(kids[i]) === 'figure' && role(kids[i + 1]) === 'caption') i += 1;
    else {
      out.push(kids[i]);
      continue;
    }
    while (role(kids[i + 1]) === 'source' || role(kids[i + 1]) === 'note') i++;
    const kind = kids[start].type === 'paragraph' && role(kids[start]) === 'figure' ? 'figure-block' : 'table-block';
    out.push({ type: 'bab4Block', data: { hName: 'div', hProperties: { className: [kind] } }, children: kids.slice(start, i + 1) } as unknown as RootContent);
  }
  return { ...root, children: out };
}

/** The tree → HTML, each chart a placeholder (spliceCharts puts the SVG in, once drawn). */
export function docToHtmlWithoutCharts(tree: Root, opts: HtmlOptions = {}): string {
  const lowered = lowerForHtml(groupBlocks(tree), opts)[0] as Root;
  if (opts.blocks !== 'hast') writeDirect(lowered);
  return processor.stringify(processor.runSync(lowered));
}

/** A table as remark-rehype and rehype-stringify make it (every table but plain ones; what plainTableHtml must equal). */
export function tableHtml(table: Table): string {
  return processor.stringify(processor.runSync({ type: 'root', children: [table] }));
}

/**
 * Plain blocks → their HTML, in place, before remark-rehype sees them: tables of plain cells (most of
 * the appendix), paragraphs and headings of text, emphasis, links and the like — at the top, in a
 * table or figure block and in a quote (not in a list, whose tight items drop their paragraphs' <p>).
 */
function writeDirect(node: Nodes): void {
  if (!('children' in node)) return;
  const kids = node.children as Nodes[];
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    const html = kid.type === 'table' ? plainTableHtml(kid) : kid.type === 'paragraph' ? paragraphHtml(kid) : kid.type === 'heading' ? headingHtml(kid) : undefined;
    if (html !== undefined) kids[i] = { type: 'html', value: html };
    else if (kid.type === 'root' || kid.type === 'blockquote') {
      // The document's own node, when lowering left it as it was: written into as a copy.
      const copy = { ...kid, children: [...kid.children] } as typeof kid;
      kids[i] = copy;
      writeDirect(copy);
    } else if ((kid.type as string) === 'bab4Block') writeDirect(kid); // made by groupBlocks
  }
}

const ESCAPE: Record<string, string> = { '<': '&#x3C;', '&': '&#x26;' };
const escapeText = (s: string) => s.replace(/[<&]/g, (c) => ESCAPE[c]);
const ATTRIBUTE: Record<string, string> = { align: 'align', className: 'class', rowSpan: 'rowspan', id: 'id', href: 'href', role: 'role', ariaLabel: 'aria-label' };
/** What a node's data may hold for it to be written here: any other key goes through remark-rehype. */
const plainData = (data: object | undefined, props: readonly string[]) => {
  if (!data) return true;
  const { hName, hChildren, hProperties } = data as { hName?: unknown; hChildren?: unknown; hProperties?: Record<string, unknown> };
  return hName === undefined && hChildren === undefined && (hProperties === undefined || Object.keys(hProperties).every((k) => props.includes(k)));
};
const hPropertiesOf = (node: Nodes): Record<string, unknown> | undefined => (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;

/** Properties as rehype-stringify writes them (in their order, double-quoted), or undefined for a value it would escape. */
function attributes(props: Record<string, unknown>): string | undefined {
  let out = '';
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null) continue;
    const name = ATTRIBUTE[k];
    if (!name) return undefined;
    const value = Array.isArray(v) ? v.join(' ') : String(v);
    // rehype-stringify writes these as character references (and so is left to it).
    if (/["&'`\0]/.test(value)) return undefined;
    out += ` ${name}="${value}"`;
  }
  return out;
}

/**
 * Inline nodes as remark-rehype and rehype-stringify make them: text ("<" and "&" as character
 * references), emphasis, strong, code, line breaks, raw HTML and links to a plain address; undefined
 * for anything else, or where remark-rehype trims spaces: at the ends of a text's lines, after a break.
 */
function phrasingHtml(nodes: readonly PhrasingContent[]): string | undefined {
  let out = '';
  for (const [i, n] of nodes.entries()) {
    // After a line break remark-rehype trims the start of what follows: only plain text is written here.
    if (i > 0 && nodes[i - 1].type === 'break' && !(n.type === 'text' && !/^[ \t]/.test(n.value))) return undefined;
    switch (n.type) {
      case 'text':
        if (!plainData(n.data, []) || /[ \t][\r\n]|[\r\n][ \t]|\r/.test(n.value)) return undefined;
        out += escapeText(n.value);
        break;
      case 'emphasis':
      case 'strong': {
        if (!plainData(n.data, [])) return undefined;
        const inner = phrasingHtml(n.children);
        if (inner === undefined) return undefined;
        const tag = n.type === 'emphasis' ? 'em' : 'strong';
        out += `<${tag}>${inner}</${tag}>`;
        break;
      }
      case 'inlineCode':
        if (!plainData(n.data, []) || /[\r\n]/.test(n.value)) return undefined;
        out += `<code>${escapeText(n.value)}</code>`;
        break;
      case 'break':
        if (!plainData(n.data, [])) return undefined;
        out += '<br>\n';
        break;
      case 'html':
        out += n.value;
        break;
      case 'link': {
        // An address normalizeUri leaves as it is; no title.
        if (n.title || !/^[A-Za-z0-9#._:/-]*$/.test(n.url) || !plainData(n.data, ['className'])) return undefined;
        const attrs = attributes({ href: n.url, ...hPropertiesOf(n) });
        const inner = phrasingHtml(n.children);
        if (attrs === undefined || inner === undefined) return undefined;
        out += `<a${attrs}>${inner}</a>`;
        break;
      }
      default:
        return undefined;
    }
  }
  return out;
}

/** A paragraph (a caption, source line or note by its class; a chart's box) as remark-rehype and rehype-stringify make it. */
function paragraphHtml(p: Paragraph): string | undefined {
  const data = p.data as { hName?: unknown; hChildren?: unknown; hProperties?: Record<string, unknown> } | undefined;
  if (data?.hName === 'div' && Array.isArray(data.hChildren)) {
    // A chart: its box, with the mark spliceCharts replaces by the SVG.
    const [mark, ...more] = data.hChildren as { type: string; value?: string }[];
    const attrs = attributes({ ...data.hProperties });
    if (more.length || mark?.type !== 'text' || attrs === undefined || /[<&]/.test(mark.value ?? '')) return undefined;
    return `<div${attrs}>${mark.value}</div>`;
  }
  if (!plainData(data, ['className', 'id'])) return undefined;
  const attrs = attributes({ ...data?.hProperties });
  const inner = phrasingHtml(p.children);
  return attrs === undefined || inner === undefined ? undefined : `<p${attrs}>${inner}</p>`;
}

function headingHtml(h: Heading): string | undefined {
  if (!plainData(h.data, [])) return undefined;
  const inner = phrasingHtml(h.children);
  return inner === undefined ? undefined : `<h${h.depth}>${inner}</h${h.depth}>`;
}

/** Whether any text, code or raw HTML in the node has a line break. */
const hasLineBreak = (node: Nodes): boolean => ('value' in node && /[\r\n]/.test(node.value)) || ('children' in node && (node.children as Nodes[]).some(hasLineBreak));

/**
 * A table whose cells hold text, and strong, emphasis, code, raw HTML or links that phrasingHtml
 * writes (no line breaks anywhere), as the HTML that remark-rehype and
 * rehype-stringify make of it, byte for byte (test/report/html.test.ts), without a hast node per cell:
 * the first row a head of th, the rest a body of td, as many cells per row as the table has columns
 * (missing ones empty), each row, head and body set between line breaks, align and the cell's
 * properties as attributes in their order, "<" and "&" as character references, a no-break space
 * after a comparison sign before a number in a body cell's own text (tableCells), and the cells covered by a
 * row span left out (their line breaks kept). undefined for any other table.
 */
export function plainTableHtml(table: Table): string | undefined {
  if (!plainData(table.data, ['className'])) return undefined;
  for (const row of table.children) {
    if (!plainData(row.data, [])) return undefined;
    for (const cell of row.children) {
      if (!plainData(cell.data, ['className', 'rowSpan', 'dataCovered'])) return undefined;
      for (const c of cell.children) if (c.type === 'break' || (c.type === 'text' && c.data) || hasLineBreak(c)) return undefined;
    }
  }
  const align = table.align;
  const rowHtml = (row: Table['children'][number], head: boolean): string | undefined => {
    const tag = head ? 'th' : 'td';
    const length = align ? align.length : row.children.length;
    let out = '<tr>\n';
    for (let c = 0; c < length; c++) {
      if (c) out += '\n';
      const cell = row.children[c];
      const hProperties = (cell?.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
      if (hProperties?.dataCovered) continue;
      const attrs = attributes({ ...(align?.[c] ? { align: align[c] } : {}), ...hProperties });
      if (attrs === undefined) return undefined;
      let text = '';
      for (const t of cell?.children ?? []) {
        if (t.type === 'text') text += escapeText(head ? t.value : signWithNumber(t.value));
        else {
          const inline = phrasingHtml([t]);
          if (inline === undefined) return undefined;
          text += inline;
        }
      }
      out += `<${tag}${attrs}>${text}</${tag}>`;
    }
    return out + (length > 0 ? '\n' : '') + '</tr>';
  };
  const [first, ...rest] = table.children;
  const parts: string[] = [];
  if (first) {
    const head = rowHtml(first, true);
    if (head === undefined) return undefined;
    parts.push(`<thead>\n${head}\n</thead>`);
  }
  if (rest.length > 0) {
    const rows: string[] = [];
    for (const row of rest) {
      const r = rowHtml(row, false);
      if (r === undefined) return undefined;
      rows.push(r);
    }
    parts.push(`<tbody>\n${rows.join('\n')}\n</tbody>`);
  }
  const attrs = attributes({ ...(table.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties });
  if (attrs === undefined) return undefined;
  return `<table${attrs}>\n${parts.join('\n')}${parts.length ? '\n' : ''}</table>`;
}

export function spliceCharts(html: string, charts: Map<string, string>): string {
  return html.replace(CHART_MARK, (_m, id: string) => charts.get(id) ?? '');
}

export function docToHtml(tree: Root, charts: Map<string, string>, opts: HtmlOptions = {}): string {
  return spliceCharts(docToHtmlWithoutCharts(tree, opts), charts);
}
