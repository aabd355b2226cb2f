/**
 * The document tree → Markdown (bab4.md): captions as "**Tabel 4.n** Title", references as their
 * number, the source line in italics, the equation in bold, lists of tables and figures as lines.
 * Text from data is escaped by the serializer wherever Markdown would read it as syntax.
 */
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
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

export function docToMarkdown(tree: Root): string {
  const lowered = lowerForMarkdown(tree)[0] as Root;
  return toMarkdown(lowered, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    extensions: [gfmTableToMarkdown()],
  });
}
