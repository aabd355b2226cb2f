/**
 * italicize (src/report/doc/italic.ts) looks each distinct text up once and skips texts that hold no
 * term at all: it must set in italics exactly what scanning every text with the bounded pattern does.
 * The oracle below is that plain scan; the trees are random (seeded) mixes of terms in any case,
 * boundaries that do and do not end a word, repeated texts and nested nodes.
 */
import fc from 'fast-check';
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { italicize, italicPattern } from '../../../src/report/doc/italic.js';

const TERMS = ['e-commerce', 'online', 'social media', 'social media marketing', 'live', 'R Square', 'Std. Error of the Estimate'];
const SKIP = new Set(['emphasis', 'inlineCode', 'link']);

/** Every text scanned with the pattern, a new list of children for every parent. */
function oracle(tree: Root, terms: string[]): void {
  const re = italicPattern(terms)!;
  const visit = (parent: Parent) => {
    const out: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'text') {
        let last = 0;
        const parts: PhrasingContent[] = [];
        re.lastIndex = 0;
        for (const m of child.value.matchAll(re)) {
          if (m.index! > last) parts.push({ type: 'text', value: child.value.slice(last, m.index) });
          parts.push({ type: 'emphasis', children: [{ type: 'text', value: m[0] }] });
          last = m.index! + m[0].length;
        }
        if (parts.length && last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
        out.push(...(parts.length ? parts : [child]));
        continue;
      }
      if (!SKIP.has(child.type) && 'children' in child) visit(child as Parent);
      out.push(child);
    }
    (parent as Parent & { children: RootContent[] }).children = out;
  };
  visit(tree);
}

const piece = fc.oneof(
  fc.constantFrom(...TERMS, 'E-COMMERCE', 'Online', 'SOCIAL  MEDIA', 'social\nmedia marketing', 'r square', 'LIVE'),
  fc.constantFrom(' ', ', ', '. ', '-', '/', '.', '@', '_', 'x', '7', 'é', '(', ')', '.csv', '.id', 'toko ', '0,511'),
);
const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
const leaf: fc.Arbitrary<RootContent> = fc.oneof(
  { weight: 6, arbitrary: text.map((value) => ({ type: 'text', value }) as RootContent) },
  { weight: 1, arbitrary: text.map((value) => ({ type: 'emphasis', children: [{ type: 'text', value }] }) as RootContent) },
  { weight: 1, arbitrary: text.map((value) => ({ type: 'inlineCode', value }) as RootContent) },
);
const paragraph = fc.array(leaf, { maxLength: 6 }).map((children) => ({ type: 'paragraph', children }) as RootContent);
// Texts repeat across the tree as the appendix's answers do: paragraphs drawn from a few.
const tree = fc.array(paragraph, { minLength: 1, maxLength: 4 }).chain((pool) =>
  fc.array(fc.constantFrom(...pool), { maxLength: 12 }).map((picked) => ({ type: 'root', children: structuredClone(picked) }) as Root),
);

describe('italicize', () => {
  it('italicizes exactly what scanning every text does (seeded trees)', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const expected = structuredClone(t);
        oracle(expected, TERMS);
        italicize(t, TERMS);
        expect(t).toEqual(expected);
      }),
      { seed: 20261129, numRuns: 400 },
    );
  });

  it('gives each occurrence of a repeated text its own nodes', () => {
    const t: Root = { type: 'root', children: [0, 1].map(() => ({ type: 'paragraph', children: [{ type: 'text', value: 'toko online' }] })) };
    italicize(t, TERMS);
    const [a, b] = t.children as Parent[];
    expect(a.children).toEqual(b.children);
    expect(a.children[1]).not.toBe(b.children[1]);
    expect((a.children[1] as Parent).children[0]).not.toBe((b.children[1] as Parent).children[0]);
  });
});
