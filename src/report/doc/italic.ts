/**
 * Foreign terms in italics (PUEBI: words of a foreign language in an Indonesian text are italicized).
 *
 * A term is set in italics wherever it stands as a word of the generated text — running text,
 * headings, captions, table cells, labels from the config — but never inside something already
 * italic, a code span, a link, a number or a file name ("e-commerce.csv", "www.e-commerce.id"): the
 * characters around it must not continue a word, a path or a domain. Case-insensitive; the text
 * keeps its own case ("E-commerce memudahkan …" → "*E-commerce* memudahkan …").
 */
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** The pattern that finds the terms as words (longest first, so "social media marketing" wins over "social media"). */
export function italicPattern(terms: readonly string[]): RegExp | undefined {
  const list = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!list.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}_\\-/@.\\\\])(?:${list.map(escapeRe).join('|')})(?![\\p{L}\\p{N}_\\-/@]|\\.[\\p{L}\\p{N}])`, 'giu');
}

const SKIP = new Set(['emphasis', 'inlineCode', 'link', 'linkReference', 'html', 'image', 'imageReference', 'bab4Ref', 'bab4Label', 'code']);

export function italicize(tree: Root, terms: readonly string[]): void {
  const re = italicPattern(terms);
  if (!re) return;
  const visit = (parent: Parent) => {
    let changed = false;
    const out: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'text') {
        const parts = split(child.value, re);
        if (parts) {
          changed = true;
          out.push(...parts);
        } else out.push(child);
        continue;
      }
      if (!SKIP.has(child.type) && 'children' in child) visit(child as Parent);
      out.push(child);
    }
    if (changed) (parent as Parent & { children: RootContent[] }).children = out;
  };
  visit(tree);
}

/** A text's terms set apart, or undefined when it has none (most cells of the appendix are numbers). */
function split(value: string, re: RegExp): PhrasingContent[] | undefined {
  if (!/\p{L}/u.test(value)) return undefined;
  const out: PhrasingContent[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (const m of value.matchAll(re)) {
    if (m.index! > last) out.push({ type: 'text', value: value.slice(last, m.index) });
    out.push({ type: 'emphasis', children: [{ type: 'text', value: m[0] }] });
    last = m.index! + m[0].length;
  }
  if (out.length === 0) return undefined;
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}
