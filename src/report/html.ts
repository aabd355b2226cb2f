/**
 * Markdown → self-contained HTML: remark (GFM tables) → rehype → HTML, with every
 * `![…](charts/<id>.svg)` replaced by the chart's SVG inline, so the page needs no other file.
 * `allowDangerousHtml` + rehype-raw keep raw HTML of the templates (comments, the author's own
 * pembahasan); text from data never reaches this step as markup, because the templates escape it
 * (markdown.ts). The SVG is spliced in after stringifying (see inlineCharts).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import type { Root, Element, RootContent, ElementContent } from 'hast';
import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type Parent = Root | Element;

/** Marks where a chart's SVG goes: text that survives rehype untouched, replaced after stringifying. */
const chartMark = (id: string) => `\uE010${id}\uE011`;
const CHART_MARK = /\uE010([^\uE011]*)\uE011/g;

/**
 * Replaces chart images by a <div class="chart"> holding a placeholder; the SVG text itself is put in
 * after stringifying, so rehype-raw never parses the (large, machine-made, trusted) SVG markup.
 */
function inlineCharts(charts: Map<string, string>) {
  return () => (tree: Root) => {
    const walk = (node: Parent) => {
      node.children.forEach((child: RootContent | ElementContent, i: number) => {
        if (child.type !== 'element') return;
        markCaption(child);
        if (child.tagName === 'td') keepComparisonTogether(child);
        // A paragraph holding only a chart image becomes the figure itself.
        const img = child.tagName === 'p' && child.children.length === 1 && child.children[0].type === 'element' && child.children[0].tagName === 'img'
          ? (child.children[0] as Element)
          : child.tagName === 'img' ? child : undefined;
        const src = img ? String(img.properties?.src ?? '') : '';
        const m = src.match(/^charts\/(.+)\.svg$/);
        if (img && m && charts.has(m[1])) {
          const figure: Element = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['chart'], role: 'img', ariaLabel: String(img.properties?.alt ?? '') },
            children: [{ type: 'text', value: chartMark(m[1]) }],
          };
          node.children[i] = figure;
          return;
        }
        walk(child);
      });
    };
    walk(tree);
  };
}

/** "< 0,001" in a table cell must not wrap between the sign and the number: a no-break space. */
function keepComparisonTogether(td: Element): void {
  for (const c of td.children) if (c.type === 'text') c.value = c.value.replace(/([<>≤≥]) (?=[\d−-])/g, '$1\u00A0');
}

/** Text of a hast node. */
function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/**
 * Classes for the print stylesheet: a paragraph that starts with a bold caption number ("Tabel 4.n",
 * "Gambar 4.n", "Table L.n" — a word, then a number with a dot) is a caption; a paragraph that is only
 * an emphasis is a source line; a paragraph that is only a bold "… = …" is an equation. Other bold
 * paragraphs (a note, a run-in heading) are left alone.
 */
function markCaption(p: Element): void {
  if (p.tagName !== 'p') return;
  const first = p.children[0];
  const only = p.children.length === 1;
  if (first?.type === 'element' && first.tagName === 'strong') {
    const bold = textOf(first).trim();
    if (/^\p{L}+ [\p{L}\d]+\.\d+$/u.test(bold)) p.properties = { ...p.properties, className: ['caption'] };
    else if (only && bold.includes(' = ')) p.properties = { ...p.properties, className: ['equation'] };
  } else if (only && first?.type === 'element' && first.tagName === 'em') p.properties = { ...p.properties, className: ['source'] };
}

/** The last few conversions, keyed by their input: a watch rebuild that changes only the chapter skips the appendix. */
const memo = new Map<string, string>();
const MEMO_SIZE = 4;

export async function markdownToHtml(markdown: string, charts: Map<string, string>): Promise<string> {
  const key = sha256(markdown + '\u0000' + [...charts].map(([id, svg]) => `${id}\u0000${sha256(svg)}`).join('\u0000'));
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(inlineCharts(charts))
    .use(rehypeRaw)
    .use(rehypeStringify)
    .process(markdown);
  const html = String(file).replace(CHART_MARK, (_m, id: string) => charts.get(id) ?? '');
  memo.set(key, html);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  return html;
}
