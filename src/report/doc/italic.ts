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

/** The terms as one alternation, longest first (so "social media marketing" wins over "social media"). */
function alternation(terms: readonly string[]): string | undefined {
  const list = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return list.length ? `(?:${list.map(escapeRe).join('|')})` : undefined;
}

/** The pattern that finds the terms as words. */
export function italicPattern(terms: readonly string[]): RegExp | undefined {
  const alt = alternation(terms);
  return alt === undefined ? undefined : new RegExp(`(?<![\\p{L}\\p{N}_\\-/@.\\\\])${alt}(?![\\p{L}\\p{N}_\\-/@]|\\.[\\p{L}\\p{N}])`, 'giu');
}

const SKIP = new Set(['emphasis', 'inlineCode', 'link', 'linkReference', 'html', 'image', 'imageReference', 'bab4Ref', 'bab4Label', 'code']);

export function italicize(tree: Root, terms: readonly string[]): void {
  const re = italicPattern(terms);
  if (!re) return;
  const find = termFinder(re, new RegExp(alternation(terms)!, 'iu'));
  const visit = (parent: Parent) => {
    const children = parent.children as RootContent[];
    // A new list of children only once a text of this parent is split.
    let out: RootContent[] | undefined;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.type === 'text') {
        const found = find(child.value);
        if (found) {
          out ??= children.slice(0, i);
          out.push(...split(child.value, found));
          continue;
        }
      } else if (!SKIP.has(child.type) && 'children' in child) visit(child as Parent);
      out?.push(child);
    }
    if (out) (parent as Parent & { children: RootContent[] }).children = out;
  };
  visit(tree);
}

/**
 * Where the terms stand in a text — [start, length] pairs, or null when nowhere — looked up once per
 * distinct text (the appendix repeats its answers and labels thousands of times). `anywhere`, the
 * terms without their word boundaries, rules out at once most texts that hold none.
 */
function termFinder(re: RegExp, anywhere: RegExp): (value: string) => number[] | null {
  const seen = new Map<string, number[] | null>();
  return (value) => {
    let found = seen.get(value);
    if (found === undefined) {
      found = null;
      if (/\p{L}/u.test(value) && anywhere.test(value)) {
        const at: number[] = [];
        re.lastIndex = 0;
        for (const m of value.matchAll(re)) at.push(m.index!, m[0].length);
        if (at.length) found = at;
      }
      seen.set(value, found);
    }
    return found;
  };
}

/** A text with its terms set apart: the terms in emphasis, the rest as text. */
function split(value: string, at: number[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (let i = 0; i < at.length; i += 2) {
    const start = at[i];
    const end = start + at[i + 1];
    if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
    out.push({ type: 'emphasis', children: [{ type: 'text', value: value.slice(start, end) }] });
    last = end;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}
