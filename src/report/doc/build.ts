/**
 * Markdown with markers (render.ts) → the document tree (tree.ts).
 *
 *   marked Markdown ─ parse (tables, no autolinks) ─► mdast ─┬─ roles: caption, figure, source, note, equation
 *                                                            ├─ numbers: Tabel 4.1 … in document order
 *                                                            ├─ references and lists resolved
 *                                                            ├─ foreign terms in italics (italic.ts)
 *                                                            └─ the author's Markdown spliced in, parsed on its own
 *
 * A reference to a table or figure the document does not have, a figure without its chart, a
 * caption marker not at the start of a paragraph: InputError naming the template.
 */
import type { Image, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { InputError } from '../../errors.js';
import { hashOf } from '../../memo.js';
import { LEADING_MARKER_RE, MARKER_RE } from './markers.js';
import { parseAuthorMarkdown, parseTemplateSections } from './parse.js';
import { italicize } from './italic.js';
import { spanContinuationRows } from './tables.js';
import { plainText, type Bab4List, type CaptionInfo, type CaptionKind, type Doc, type Role } from './tree.js';

export interface BuildOptions {
  /** "4." or "L.". */
  prefix: string;
  /** Caption words: table → "Tabel", figure → "Gambar". */
  words: Record<CaptionKind, string>;
  /** The author's Markdown texts, by AUTH marker number. */
  authors?: string[];
  /** Captions of another document that the lists of this one show (daftar: the chapter's). */
  listed?: CaptionInfo[];
  /** Foreign terms to set in italics. */
  italic?: string[];
  /** The template file, for messages. */
  file: string;
}

type AnyParent = Parent & { children: RootContent[] };

export function buildDoc(marked: string, opts: BuildOptions): Doc {
  const tree = parseTemplateSections(marked);
  const problems: string[] = [];
  const captions: CaptionInfo[] = [];
  const byId = new Map<string, CaptionInfo>();
  const counters: Record<CaptionKind, number> = { table: 0, figure: 0 };
  const authorSlots: { parent: AnyParent; node: Paragraph; n: number }[] = [];
  const lists: { parent: AnyParent; node: Paragraph; of: CaptionKind }[] = [];
  let pendingFigure: { paragraph: Paragraph; chart: string } | undefined;

  // Pass 1, in document order: roles and numbers of the block markers.
  const visitBlocks = (parent: AnyParent) => {
    for (const node of parent.children) {
      if (node.type === 'paragraph') {
        const lead = leadingMarker(node);
        if (lead) {
          const [kind, a, b] = lead.split(':');
          if (kind === 'CAP' && (a === 'T' || a === 'F')) {
            const cKind: CaptionKind = a === 'T' ? 'table' : 'figure';
            const caption: CaptionInfo = { id: b, kind: cKind, word: opts.words[cKind], prefix: opts.prefix, seq: ++counters[cKind], title: '' };
            captions.push(caption);
            byId.set(b, caption);
            setRole(node, { kind: 'caption', caption });
            node.children.unshift({ type: 'bab4Label', caption }, { type: 'text', value: ' ' });
            if (cKind === 'figure') {
              if (pendingFigure?.chart === b) setRole(pendingFigure.paragraph, { kind: 'figure', chart: b, caption });
              else problems.push(`the caption of figure "${b}" does not follow its chart`);
              pendingFigure = undefined;
            }
          } else if (kind === 'FIG') {
            const image: Image = { type: 'image', url: `charts/${a}.svg`, alt: '' };
            node.children = [image];
            pendingFigure = { paragraph: node, chart: a };
          } else if (kind === 'SRC') setRole(node, { kind: 'source' });
          else if (kind === 'NOTE') setRole(node, { kind: 'note' });
          else if (kind === 'EQ') setRole(node, { kind: 'equation' });
          else if (kind === 'LIST' && (a === 'T' || a === 'F')) lists.push({ parent, node, of: a === 'T' ? 'table' : 'figure' });
          else if (kind === 'AUTH') authorSlots.push({ parent, node, n: Number(a) });
          else problems.push(`"${lead}" must start a paragraph of its own`);
        }
      }
      if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') visitBlocks(node as AnyParent);
    }
  };
  visitBlocks(tree as AnyParent);

  // Pass 2: inline references, and any marker left where it cannot stand.
  const visitInline = (parent: Parent) => {
    const out: PhrasingContent[] = [];
    let changed = false;
    for (const child of parent.children as PhrasingContent[]) {
      if (child.type === 'text' && child.value.includes('\uE000')) {
        changed = true;
        out.push(...resolveInline(child, byId, problems));
      } else {
        if ('children' in child) visitInline(child as Parent);
        out.push(child);
      }
    }
    if (changed) (parent as Paragraph).children = out;
  };
  const visitAll = (parent: Parent) => {
    for (const node of parent.children) {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') visitInline(node as Parent);
      else if ('children' in node) visitAll(node as Parent);
    }
  };
  visitAll(tree);

  // Titles (plain text) for lists and alternative text; figures get theirs as alt text.
  const visitCaptions = (parent: AnyParent) => {
    for (const node of parent.children) {
      if (node.type === 'paragraph') {
        const role = node.data?.role;
        if (role?.kind === 'caption') role.caption.title = plainText(node.children.slice(2)).trim();
      } else if ('children' in node) visitCaptions(node as AnyParent);
    }
  };
  visitCaptions(tree as AnyParent);
  const setAlt = (parent: AnyParent) => {
    for (const node of parent.children) {
      const role = node.type === 'paragraph' ? node.data?.role : undefined;
      if (role?.kind === 'figure') (node as Paragraph).children = [{ type: 'image', url: `charts/${role.chart}.svg`, alt: role.caption.title }];
      else if ('children' in node && node.type !== 'paragraph') setAlt(node as AnyParent);
    }
  };
  setAlt(tree as AnyParent);

  const visitTables = (parent: Parent) => {
    for (const node of parent.children) {
      if (node.type === 'table') spanContinuationRows(node);
      else if ('children' in node) visitTables(node as Parent);
    }
  };
  visitTables(tree);
  if (opts.italic?.length) italicize(tree, opts.italic);

  // Lists of tables and figures; the author's Markdown (no italics forced onto the author's own words).
  for (const { parent, node, of } of lists) {
    const entries = (opts.listed ?? captions).filter((c) => c.kind === of);
    const list: Bab4List = { type: 'bab4List', of, entries };
    parent.children.splice(parent.children.indexOf(node), 1, list);
  }
  for (const { parent, node, n } of authorSlots) {
    const text = opts.authors?.[n];
    if (text === undefined) {
      problems.push(`author text ${n} missing`);
      continue;
    }
    parent.children.splice(parent.children.indexOf(node), 1, ...(parseAuthorMarkdown(text).children as RootContent[]));
  }
  if (problems.length) throw new InputError('en', problems.map((message) => ({ file: opts.file, message })));
  return { tree: tree as Root, captions, key: hashOf(marked, opts) };
}

function setRole(p: Paragraph, role: Role): void {
  p.data = { ...p.data, role };
}

/** The marker a paragraph starts with (removed from the text), if any. */
function leadingMarker(p: Paragraph): string | undefined {
  const first = p.children[0];
  if (first?.type !== 'text') return undefined;
  const m = first.value.match(LEADING_MARKER_RE);
  if (!m || m[1].startsWith('REF:')) return undefined;
  first.value = first.value.slice(m[0].length);
  if (first.value === '') p.children.shift();
  return m[1];
}

/** A text holding markers → text and reference nodes. */
function resolveInline(node: Text, byId: Map<string, CaptionInfo>, problems: string[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of node.value.matchAll(MARKER_RE)) {
    if (m.index! > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
    last = m.index! + m[0].length;
    const [kind, id] = m[1].split(':');
    if (kind === 'REF') {
      const caption = byId.get(id);
      if (caption) out.push({ type: 'bab4Ref', caption });
      else {
        problems.push(`reference {{ref "${id}"}} names no table or figure of this document`);
        out.push({ type: 'text', value: id });
      }
    } else problems.push(`"${m[1]}" must start a paragraph of its own`);
  }
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}
