/**
 * Markdown → mdast, in two flavours:
 *
 * - the templates' Markdown: CommonMark with GFM tables, and nothing that turns text into markup by
 *   itself — in particular no GFM autolink literals, which would make a URL, "www.…" or an e-mail
 *   address in a label or category (text from data or config) a clickable link whatever escaping
 *   it got (they are found in the text after parsing, see mdast-util-gfm-autolink-literal);
 * - the author's own Markdown (pembahasan, the questionnaire's cover letter): full GFM, links included.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';
import { hashOf, Memo } from '../../memo.js';
import { placeholderOf } from './fast-tables.js';
import { liftBlocks } from './fast-blocks.js';

/** remark plugin: GFM tables only (what the templates use). */
function remarkTables(this: Processor) {
  const data = this.data() as {
    micromarkExtensions?: unknown[];
    fromMarkdownExtensions?: unknown[];
    toMarkdownExtensions?: unknown[];
  };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
}

const templateParser = unified().use(remarkParse).use(remarkTables).freeze();
const authorParser = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseTemplateMarkdown(text: string): Root {
  return templateParser.parse(text);
}

/** The templates' Markdown with its plain blocks built directly (fast-blocks.ts), the rest parsed. */
export function parseTemplateFast(text: string): Root {
  const { text: rest, runs } = liftBlocks(text);
  const tree = parseTemplateMarkdown(rest);
  if (runs.length === 0) return tree;
  tree.children = tree.children.flatMap((node) => {
    if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0].type !== 'text') return [node];
    const n = placeholderOf(node.children[0].value);
    return n === undefined ? [node] : runs[n];
  });
  return tree;
}

/** Parsed sections, by their text (the watch process parses only the sections a save changed). */
const sections = new Memo<Root>(64);
/** Sections parsed once: kept only when they come again (a single build copies nothing). */
const seen = new Memo<true>(256);

/**
 * The templates' Markdown parsed section by section — split before each level-2 heading ("## 4.3 …"),
 * which ends any paragraph, list or quote before it, so the parts parse as the whole does. A section
 * met a second time (watch) is kept, and handed out as a copy from then on (the tree builder changes
 * what it is given).
 */
export function parseTemplateSections(text: string): Root {
  const parts = text.split(/\n(?=## )/);
  if (parts.length === 1) return parseTemplateFast(text);
  const children = parts.flatMap((part) => {
    const key = hashOf(part);
    const kept = sections.peek(key);
    if (kept) return structuredClone(kept).children;
    const fresh = parseTemplateFast(part);
    if (seen.peek(key)) sections.set(key, structuredClone(fresh));
    else seen.set(key, true);
    return fresh.children;
  });
  return { type: 'root', children };
}

export function parseAuthorMarkdown(text: string): Root {
  return authorParser.parse(text);
}

export { remarkTables };
