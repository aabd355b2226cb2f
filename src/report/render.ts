/**
 * Handlebars → Markdown with markers: the first step from a template to the document tree.
 *
 * Templates are compiled strict (a misspelt or missing variable fails the build, naming the template
 * and line) and without HTML escaping: the view's text is already Markdown-escaped (markdown.ts).
 * Every `*.md.hbs` is a partial by its name without the extension.
 *
 * The helpers say what a paragraph is; they leave markers (doc/markers.ts) that the tree builder
 * (doc/build.ts) numbers and resolves, so the text may refer to a table before it appears:
 *   {{#tableCaption "id"}}Title{{/tableCaption}}  → Tabel 4.n Title                (above the table)
 *   {{source}}                                     → Sumber: data primer diolah, 2026 (below it)
 *   {{source text}}                                → another source for one table or figure
 *   {{#figure "id"}}Title{{/figure}}               → the chart, Gambar 4.n Title, the source line
 *   {{#figure "id" source=text}}…{{/figure}}       → … with another source
 *   {{#note}}Keterangan: …{{/note}}                 → the note under a table, after the source line
 *   {{#equation}}Y = a + b₁X₁ + e{{/equation}}     → a displayed equation
 *   {{ref "id"}}                                   → Tabel 4.n / Gambar 4.n
 *   {{listOfTables}} {{listOfFigures}}             → the lists, in order
 *   {{author text}}                                → the author's own Markdown (pembahasan), as written
 *   {{#join list "dan"}}{{label}}{{/join}}          → "a", "a dan b", "a, b, dan c" (the block per element,
 *                                                    joined; the conjunction is the template's word)
 */
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';
import type { TemplateFile } from '../load/templates.js';
import { marker } from './doc/markers.js';

export interface RenderOptions {
  /** Text of the default source line (already Markdown-escaped). */
  source: string;
  /** Charts available as figures (ids). */
  charts: Set<string>;
}

export interface Rendered {
  /** Markdown with markers, for the tree builder. */
  marked: string;
  /** The author's own Markdown texts, by the number in their AUTH marker. */
  authors: string[];
  /** The template that was rendered (for messages). */
  file: string;
}

export function renderTemplate(files: Map<string, TemplateFile>, entry: string, view: object, opts: RenderOptions): Rendered {
  const hb = Handlebars.create();
  const ids = new Set<string>();
  const problems: string[] = [];
  const authors: string[] = [];
  const once = (id: unknown, what: string) => {
    if (typeof id !== 'string' || !id) problems.push(`${what} without an id`);
    else if (ids.has(id)) problems.push(`duplicate ${what} id "${id}"`);
    else ids.add(id);
  };
  const flat = (s: string) => s.trim().replace(/\s*\n\s*/g, ' ');
  const sourceOf = (text: unknown) => marker('SRC') + (typeof text === 'string' && text.trim() ? flat(text) : opts.source);

  hb.registerHelper('tableCaption', function (this: unknown, id: string, options: Handlebars.HelperOptions) {
    once(id, 'table');
    return marker(`CAP:T:${id}`) + flat(options.fn(this));
  });
  hb.registerHelper('figure', function (this: unknown, id: string, options: Handlebars.HelperOptions) {
    once(id, 'figure');
    if (!opts.charts.has(id)) problems.push(`figure "${id}" has no chart`);
    return `${marker(`FIG:${id}`)}\n\n${marker(`CAP:F:${id}`)}${flat(options.fn(this))}\n\n${sourceOf(options.hash?.source)}`;
  });
  hb.registerHelper('join', function (this: unknown, list: unknown, conj: unknown, options: Handlebars.HelperOptions) {
    if (!Array.isArray(list)) throw new Error(`join: expects a list, got ${typeof list}`);
    if (typeof conj !== 'string') throw new Error('join: needs a conjunction, e.g. {{#join list "dan"}}');
    const parts = list.map((item, i) => {
      const data = Handlebars.createFrame(options.data ?? {});
      Object.assign(data, { index: i, first: i === 0, last: i === list.length - 1 });
      return options.fn(item, { data }).trim();
    });
    if (parts.length <= 2) return parts.join(` ${conj} `);
    return `${parts.slice(0, -1).join(', ')}, ${conj} ${parts[parts.length - 1]}`;
  });
  hb.registerHelper('source', (...args: unknown[]) => sourceOf(args.length > 1 ? args[0] : undefined));
  hb.registerHelper('note', function (this: unknown, options: Handlebars.HelperOptions) {
    return marker('NOTE') + flat(options.fn(this));
  });
  hb.registerHelper('equation', function (this: unknown, options: Handlebars.HelperOptions) {
    return marker('EQ') + flat(options.fn(this));
  });
  hb.registerHelper('ref', (id: string) => marker(`REF:${id}`));
  hb.registerHelper('listOfTables', () => marker('LIST:T'));
  hb.registerHelper('listOfFigures', () => marker('LIST:F'));
  hb.registerHelper('author', (text: unknown) => {
    if (typeof text !== 'string') throw new Error(`author: expects the author's text, got ${typeof text}`);
    authors.push(text);
    return marker(`AUTH:${authors.length - 1}`);
  });

  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const compile = (file: TemplateFile) => {
    let fn = compiled.get(file.name);
    if (!fn) {
      const inner = hb.compile(file.source, { strict: true, noEscape: true });
      fn = (ctx: unknown, o?: Handlebars.RuntimeOptions) => {
        try {
          return inner(ctx, o);
        } catch (e) {
          throw templateError(file, e);
        }
      };
      compiled.set(file.name, fn);
    }
    return fn;
  };
  for (const file of files.values()) {
    if (file.name.endsWith('.md.hbs')) hb.registerPartial(file.name.slice(0, -'.md.hbs'.length), compile(file));
  }
  const main = files.get(entry);
  if (!main) throw new Error(`internal: template ${entry} missing`);
  const marked = compile(main)(view);
  if (problems.length) throw new InputError(problems.map((message) => ({ file: main.path, message })));
  return { marked, authors, file: main.path };
}

function templateError(file: TemplateFile, e: unknown): Error {
  if (e instanceof InputError) return e;
  const err = e as Error & { lineNumber?: number; column?: number };
  const lineMatch = err.message.match(/- (\d+):(\d+)\s*$/);
  const line = err.lineNumber ?? (lineMatch ? Number(lineMatch[1]) : undefined);
  const message = err.message.replace(/\s*- \d+:\d+\s*$/, '').replace(/ in \[object Object\]/, '');
  return new InputError([{ file: file.path, line, message: `template ${file.name}: ${message}` }]);
}
