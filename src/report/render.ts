/**
 * Handlebars → Markdown with numbered captions.
 *
 * Templates are compiled strict (a misspelt or missing variable fails the build, naming the template
 * and line) and without HTML escaping: the view's text is already Markdown-escaped (markdown.ts).
 * Every `*.md.hbs` is a partial by its name without the extension.
 *
 * Captions and cross-references are resolved after rendering, so the text may refer to a table
 * before it appears:
 *   {{#tableCaption "id"}}Title{{/tableCaption}}  → **Tabel 4.n** Title      (above the table)
 *   {{source}}                                     → *Sumber: data primer diolah, 2026* (below)
 *   {{source text}}                                → *text* (another source for one table or figure)
 *   {{#note}}Keterangan: …{{/note}}                 → the note under a table, after the source line
 *   {{#equation}}Y = a + b₁X₁ + e{{/equation}}     → a displayed equation
 *   {{#figure "id"}}Title{{/figure}}               → the chart, **Gambar 4.n** Title, the source line
 *   {{#figure "id" source=text}}Title{{/figure}}   → the same with another source line
 *   {{ref "id"}}                                   → Tabel 4.n / Gambar 4.n
 *   {{listOfTables}} {{listOfFigures}}             → the lists, in order
 *   {{#join list "dan"}}{{label}}{{/join}}          → "a", "a dan b", "a, b, dan c" (the block per element,
 *                                                    joined; the conjunction is the template's word)
 */
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';
import type { TemplateFile } from '../load/templates.js';

export interface Caption {
  id: string;
  kind: 'table' | 'figure';
  number: string;
  title: string;
}

export interface RenderOptions {
  /** "Tabel" / "Table", "Gambar" / "Figure". */
  tableWord: string;
  figureWord: string;
  /** Number prefix: "4." gives Tabel 4.1, 4.2, … */
  prefix: string;
  /** Markdown of the source line under tables and figures. */
  sourceLine: string;
  /** Charts available as figures: id → file name (charts/<id>.svg). */
  charts: Set<string>;
}

export interface Rendered {
  markdown: string;
  captions: Caption[];
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const mark = (kind: string, id: string) => `${OPEN}${kind}:${id}${CLOSE}`;
const MARK_RE = new RegExp(`${OPEN}([A-Z]+):([^${CLOSE}]*)${CLOSE}`, 'g');

export function renderMarkdown(files: Map<string, TemplateFile>, entry: string, view: object, opts: RenderOptions): Rendered {
  const hb = Handlebars.create();
  const titles = new Map<string, { kind: 'table' | 'figure'; title: string }>();
  const problems: string[] = [];

  hb.registerHelper('tableCaption', function (this: unknown, id: string, options: Handlebars.HelperOptions) {
    const title = options.fn(this).trim();
    if (titles.has(id)) problems.push(`duplicate table id "${id}"`);
    titles.set(id, { kind: 'table', title });
    return `**${opts.tableWord} ${mark('T', id)}** ${title}`;
  });
  hb.registerHelper('figure', function (this: unknown, id: string, options: Handlebars.HelperOptions) {
    const title = options.fn(this).trim();
    if (titles.has(id)) problems.push(`duplicate figure id "${id}"`);
    if (!opts.charts.has(id)) problems.push(`figure "${id}" has no chart`);
    titles.set(id, { kind: 'figure', title });
    // {{#figure id source=text}}: another source line for this figure (text from the view, escaped).
    const own = options.hash?.source;
    const source = typeof own === 'string' && own ? `*${own}*` : opts.sourceLine;
    return `![${title.replace(/\*\*/g, '')}](charts/${id}.svg)\n\n**${opts.figureWord} ${mark('F', id)}** ${title}\n\n${source}`;
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
  // {{source}}: the default source line; {{source text}}: another source for this table or figure
  // (text from the view, already escaped), e.g. the population table's official source.
  hb.registerHelper('source', (...args: unknown[]) => (args.length > 1 && typeof args[0] === 'string' && args[0] ? `*${args[0]}*` : opts.sourceLine));
  // {{#note}}Keterangan: …{{/note}}: the explanatory line under a table (after its source line).
  hb.registerHelper('note', function (this: unknown, options: Handlebars.HelperOptions) {
    return options.fn(this).trim();
  });
  // {{#equation}}Y = a + b₁X₁ + e{{/equation}}: a displayed equation (Unicode subscripts).
  hb.registerHelper('equation', function (this: unknown, options: Handlebars.HelperOptions) {
    return `**${options.fn(this).trim()}**`;
  });
  hb.registerHelper('ref', (id: string) => mark('R', id));
  hb.registerHelper('listOfTables', () => mark('LT', ''));
  hb.registerHelper('listOfFigures', () => mark('LF', ''));

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
  const raw = compile(main)(view);
  if (problems.length) throw new InputError(problems.map((message) => ({ file: main.path, message })));

  // Number captions in document order, then resolve references and lists.
  const captions: Caption[] = [];
  const numbers = new Map<string, string>();
  let t = 0;
  let f = 0;
  for (const m of raw.matchAll(MARK_RE)) {
    if (m[1] !== 'T' && m[1] !== 'F') continue;
    const number = `${opts.prefix}${m[1] === 'T' ? ++t : ++f}`;
    numbers.set(m[2], number);
    captions.push({ id: m[2], kind: m[1] === 'T' ? 'table' : 'figure', number, title: titles.get(m[2])!.title });
  }
  const unresolved: string[] = [];
  const list = (kind: 'table' | 'figure') =>
    captions
      .filter((c) => c.kind === kind)
      .map((c) => `${kind === 'table' ? opts.tableWord : opts.figureWord} ${c.number} ${stripBreaks(c.title)}  `)
      .join('\n');
  const markdown = raw.replace(MARK_RE, (_all, kind: string, id: string) => {
    if (kind === 'T' || kind === 'F') return numbers.get(id)!;
    if (kind === 'LT') return list('table');
    if (kind === 'LF') return list('figure');
    const n = numbers.get(id);
    if (!n) {
      unresolved.push(id);
      return id;
    }
    return `${titles.get(id)!.kind === 'table' ? opts.tableWord : opts.figureWord} ${n}`;
  });
  if (unresolved.length) {
    throw new InputError(unresolved.map((id) => ({ file: main.path, message: `reference {{ref "${id}"}} names no table or figure of the chapter` })));
  }
  return { markdown: tidy(markdown), captions };
}

function stripBreaks(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

/** At most one blank line in a row, one newline at the end. */
function tidy(md: string): string {
  return md.replace(/[ \t]+$/gm, (m) => (m === '  ' ? m : '')).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function templateError(file: TemplateFile, e: unknown): Error {
  if (e instanceof InputError) return e;
  const err = e as Error & { lineNumber?: number; column?: number };
  const lineMatch = err.message.match(/- (\d+):(\d+)\s*$/);
  const line = err.lineNumber ?? (lineMatch ? Number(lineMatch[1]) : undefined);
  const message = err.message.replace(/\s*- \d+:\d+\s*$/, '').replace(/ in \[object Object\]/, '');
  return new InputError([{ file: file.path, line, message: `template ${file.name}: ${message}` }]);
}
