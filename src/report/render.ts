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
import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';
import { precompiledFor } from './precompiled.js';
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

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

/** What one render collects (the helpers write into the render that is running). */
interface RenderState {
  opts: RenderOptions;
  ids: Set<string>;
  problems: string[];
  authors: string[];
}

interface Env {
  hb: typeof Handlebars;
  compiled: Map<string, Handlebars.TemplateDelegate>;
  /** The render in progress (rendering is synchronous: one at a time). */
  state?: RenderState;
}

/**
 * A Handlebars environment per set of templates, kept while the templates stay the same (the watch
 * process renders with it again and again; only a changed template is compiled again). bab4's own
 * templates come precompiled (`npm run build:ts` → dist/templates.precompiled.js) when their text is
 * the one precompiled; a user's template is compiled when first used.
 */
const envs = new Map<string, Env>();
const ENVS = 4;

function envFor(files: Map<string, TemplateFile>): Env {
  const key = sha1([...files.values()].filter((f) => f.name.endsWith('.md.hbs')).map((f) => `${f.name}\u0000${f.source}`).join('\u0001'));
  let env = envs.get(key);
  if (env) {
    envs.delete(key);
    envs.set(key, env); // most recently used last
    return env;
  }
  env = makeEnv(files);
  envs.set(key, env);
  if (envs.size > ENVS) envs.delete(envs.keys().next().value as string);
  return env;
}

function makeEnv(files: Map<string, TemplateFile>): Env {
  const hb = Handlebars.create();
  const env: Env = { hb, compiled: new Map() };
  const st = (): RenderState => {
    if (!env.state) throw new Error('internal: a template helper outside a render');
    return env.state;
  };
  const once = (id: unknown, what: string) => {
    const s = st();
    if (typeof id !== 'string' || !id) s.problems.push(`${what} without an id`);
    else if (s.ids.has(id)) s.problems.push(`duplicate ${what} id "${id}"`);
    else s.ids.add(id);
  };
  const flat = (s: string) => s.trim().replace(/\s*\n\s*/g, ' ');
  const sourceOf = (text: unknown) => marker('SRC') + (typeof text === 'string' && text.trim() ? flat(text) : st().opts.source);

  hb.registerHelper('tableCaption', function (this: unknown, id: string, options: Handlebars.HelperOptions) {
    once(id, 'table');
    return marker(`CAP:T:${id}`) + flat(options.fn(this));
  });
  hb.registerHelper('figure', function (this: unknown, id: string, options: Handlebars.HelperOptions) {
    once(id, 'figure');
    if (!st().opts.charts.has(id)) st().problems.push(`figure "${id}" has no chart`);
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
    const s = st();
    s.authors.push(text);
    return marker(`AUTH:${s.authors.length - 1}`);
  });

  for (const file of files.values()) {
    if (!file.name.endsWith('.md.hbs')) continue;
    const pre = precompiledFor(file);
    const inner = pre ? hb.template(pre) : hb.compile(file.source, { strict: true, noEscape: true });
    const fn = (ctx: unknown, o?: Handlebars.RuntimeOptions) => {
      try {
        return inner(ctx, o);
      } catch (e) {
        throw templateError(file, e);
      }
    };
    env.compiled.set(file.name, fn);
    hb.registerPartial(file.name.slice(0, -'.md.hbs'.length), fn);
  }
  return env;
}

export function renderTemplate(files: Map<string, TemplateFile>, entry: string, view: object, opts: RenderOptions): Rendered {
  const env = envFor(files);
  const main = files.get(entry);
  const fn = env.compiled.get(entry);
  if (!main || !fn) throw new Error(`internal: template ${entry} missing`);
  const state: RenderState = { opts, ids: new Set(), problems: [], authors: [] };
  env.state = state;
  let marked: string;
  try {
    marked = fn(view);
  } finally {
    env.state = undefined;
  }
  if (state.problems.length) throw new InputError('en', state.problems.map((message) => ({ file: main.path, message })));
  return { marked, authors: state.authors, file: main.path };
}

function templateError(file: TemplateFile, e: unknown): Error {
  if (e instanceof InputError) return e;
  const err = e as Error & { lineNumber?: number; column?: number };
  const lineMatch = err.message.match(/- (\d+):(\d+)\s*$/);
  const line = err.lineNumber ?? (lineMatch ? Number(lineMatch[1]) : undefined);
  const message = err.message.replace(/\s*- \d+:\d+\s*$/, '').replace(/ in \[object Object\]/, '');
  return new InputError('en', [{ file: file.path, line, message: `template ${file.name}: ${message}` }]);
}
