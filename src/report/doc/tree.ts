/**
 * The document tree: what a chapter, appendix or list of tables says, independent of how an output
 * shows it. It is mdast (the Markdown syntax tree of remark) with a few additions that name what a
 * paragraph *is*, so that each output (Markdown, HTML, Word) decides only how it looks:
 *
 *   paragraph.data.role   caption · figure · source · note · equation — the parts of a table or figure
 *   bab4Label             "Tabel 4.3" at the start of a caption (Word: bookmark + SEQ field)
 *   bab4Ref               "Tabel 4.3" named in the text (Word: REF field to the caption's bookmark)
 *   bab4List              a list of tables or of figures (Word: a Table of Figures field)
 *
 * Numbers are resolved when the tree is built (src/report/doc/build.ts), so every output shows the
 * same numbers; Word additionally gets fields that follow a renumbering in the thesis.
 */
import type { Node, Parent, PhrasingContent, Root } from 'mdast';

export type CaptionKind = 'table' | 'figure';

export interface CaptionInfo {
  /** The template's id ("tab-uji-t", "populasi"); unique within a document. */
  id: string;
  kind: CaptionKind;
  /** "Tabel" / "Gambar" / "Table" / "Figure". */
  word: string;
  /** Number prefix: "4." (chapter) or "L." (appendix). */
  prefix: string;
  /** Position among the captions of its kind, from 1. */
  seq: number;
  /** The caption's title as plain text (for lists and alternative text). */
  title: string;
}

/** "Tabel 4.3". */
export const captionText = (c: CaptionInfo): string => `${c.word} ${c.prefix}${c.seq}`;

export type Role =
  | { kind: 'caption'; caption: CaptionInfo }
  | { kind: 'figure'; chart: string; caption: CaptionInfo }
  | { kind: 'source' }
  | { kind: 'note' }
  | { kind: 'equation' };

export interface Bab4Label extends Node {
  type: 'bab4Label';
  caption: CaptionInfo;
}

export interface Bab4Ref extends Node {
  type: 'bab4Ref';
  caption: CaptionInfo;
}

export interface Bab4List extends Node {
  type: 'bab4List';
  of: CaptionKind;
  entries: CaptionInfo[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    bab4Label: Bab4Label;
    bab4Ref: Bab4Ref;
  }
  interface BlockContentMap {
    bab4List: Bab4List;
  }
  interface RootContentMap {
    bab4Label: Bab4Label;
    bab4Ref: Bab4Ref;
    bab4List: Bab4List;
  }
  interface ParagraphData {
    role?: Role;
  }
}

/** A built document: the tree and its captions in order. */
export interface Doc {
  tree: Root;
  captions: CaptionInfo[];
  /** A hash of everything the document was built from (outputs made from it are memoized by it). */
  key: string;
}

/** The role of a node, when it is a paragraph with one. */
export function roleOf(node: Node): Role | undefined {
  return node.type === 'paragraph' ? (node as Parent & { data?: { role?: Role } }).data?.role : undefined;
}

/** Plain text of phrasing content (references and labels as their numbers; a line break as `lineBreak`). */
export function plainText(nodes: readonly (PhrasingContent | Node)[], lineBreak = ' '): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'inlineCode') out += (n as { value: string }).value;
    else if (n.type === 'bab4Ref' || n.type === 'bab4Label') out += captionText((n as Bab4Ref).caption);
    else if (n.type === 'break' || isLineBreak(n)) out += lineBreak;
    else if ('children' in n) out += plainText((n as Parent).children, lineBreak);
  }
  return out;
}

/**
 * Inline HTML that is a line break (`<br>`, as a table header cell of a template writes it, where
 * Markdown has no other way): a line break in every output, not only in the HTML.
 */
export function isLineBreak(n: Node): boolean {
  return n.type === 'html' && /^<br\s*\/?>$/i.test((n as unknown as { value: string }).value.trim());
}
