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
import { hashOf, Memo } from '../memo.js';

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

/** Parsed sections, by their text (the watch process parses only the sections a save changed). */
const sections = new Memo<Root>(64);

/**
 * The templates' Markdown parsed section by section — split before each level-2 heading ("## 4.3 …"),
 * which ends any paragraph, list or quote before it, so the parts parse as the whole does — each part
 * memoized by its text and handed out as a copy (the tree builder changes what it is given).
 */
export function parseTemplateSections(text: string): Root {
  const parts = text.split(/\n(?=## )/);
  if (parts.length === 1) return parseTemplateMarkdown(text);
  const children = parts.flatMap((part) => structuredClone(sections.get(hashOf(part), () => parseTemplateMarkdown(part))).children);
  return { type: 'root', children };
}

export function parseAuthorMarkdown(text: string): Root {
  return authorParser.parse(text);
}

export { remarkTables };
