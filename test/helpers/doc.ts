/** One template through the whole document path: Handlebars → tree → Markdown and HTML. */
import type { TemplateFile } from '../../src/load/templates.js';
import { renderTemplate } from '../../src/report/render.js';
import { buildDoc, type BuildOptions } from '../../src/report/doc/build.js';
import { docToMarkdown } from '../../src/report/doc/to-markdown.js';
import { docToHtml } from '../../src/report/html.js';
import type { Doc } from '../../src/report/doc/tree.js';

export interface DocOptions {
  charts?: string[];
  italic?: string[];
  prefix?: string;
  partials?: Record<string, string>;
  listed?: BuildOptions['listed'];
}

export function renderDoc(source: string, view: object = {}, opts: DocOptions = {}): { doc: Doc; md: string; html: string } {
  const files = new Map<string, TemplateFile>();
  const add = (name: string, src: string) => files.set(name, { name, path: `/${name}`, source: src, user: false });
  add('t.md.hbs', source);
  for (const [name, src] of Object.entries(opts.partials ?? {})) add(`${name}.md.hbs`, src);
  const charts = new Set(opts.charts ?? []);
  const r = renderTemplate(files, 't.md.hbs', view, { source: 'Sumber: data primer diolah, 2026', charts });
  const doc = buildDoc(r.marked, { prefix: opts.prefix ?? '4.', words: { table: 'Tabel', figure: 'Gambar' }, authors: r.authors, italic: opts.italic, listed: opts.listed, file: r.file });
  const svg = new Map([...charts].map((id) => [id, `<svg id="${id}"></svg>`]));
  return { doc, md: docToMarkdown(doc.tree), html: docToHtml(doc.tree, svg) };
}

/** Markdown (as a template would produce it) → HTML through the tree. */
export function mdToHtml(markdown: string): string {
  return renderDoc(markdown.replace(/\{\{/g, '\\{{')).html;
}
