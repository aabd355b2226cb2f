/**
 * The report layer: Results → the files of the output folder (contents only; src/output writes).
 *
 *   results ─┬─ chart specs ─ vega ─ SVG ────────────────────────────────┬─ charts/*.svg, inline in HTML
 *            │                                                          └─ PNG (300 dpi) in Word
 *            └─ view ─ Handlebars ─ Markdown ─ document tree (one per document) ─┬─ bab4.md
 *                                                                                ├─ bab4.html, daftar.html, lampiran.html
 *                                                                                └─ bab4.docx, daftar.docx, lampiran.docx
 *
 * One tree per document decides what it says; each output decides only how it looks.
 */
import Handlebars from 'handlebars';
import { parse as parseYaml } from 'yaml';
import type { Config } from '../config/types.js';
import type { Results } from '../analysis/results.js';
import type { PlotData } from '../analysis/plots.js';
import type { TemplateSet } from '../load/templates.js';
import { InputError } from '../errors.js';
import { chartSpecs, type ChartSpec } from '../charts/specs.js';
import { renderSvg } from '../charts/render.js';
import { yearOf } from './view/fmt.js';
import { buildView } from './view/index.js';
import { renderTemplate } from './render.js';
import { buildDoc } from './doc/build.js';
import { docToMarkdown } from './doc/to-markdown.js';
import type { CaptionKind, Doc } from './doc/tree.js';
import { docToHtmlWithoutCharts, spliceCharts } from './html.js';
import { escapeMd } from './markdown.js';
import { hashOf, Memo } from '../memo.js';

export type FileContent = string | Uint8Array;

export interface OutputFiles {
  /** Relative path in the output folder → contents. */
  files: Map<string, FileContent>;
  /** The documents, for outputs made from them elsewhere (Word, PDF). */
  docs: Documents;
  /** Chart id → SVG. */
  charts: Map<string, string>;
}

export interface Documents {
  chapter: Doc;
  appendix: Doc;
  lists: Doc;
}

export interface Phrases {
  chart: Record<string, string>;
  caption: Record<string, string>;
  lists: Record<string, string[]>;
}

export interface PresentOptions {
  /** Renders a chart (default: vega, uncached); the watcher passes a cached renderer. */
  render?: (id: string, spec: object) => Promise<string>;
}

const docs = new Memo<Doc>(6);
const pages = new Memo<string>(6);
const markdowns = new Memo<string>(2);

/** The chapter's figures as Vega-Lite specs, in the chapter's words (also asked for while the analysis goes on). */
export function chartSpecsFor(results: Results, plots: Pick<PlotData, 'histograms' | 'residuals'>, config: Config, templates: TemplateSet): ChartSpec[] {
  const years = {
    current: results.population ? yearOf(results.population.countColumn) : '',
    previous: results.population?.previousColumn ? yearOf(results.population.previousColumn) : null,
  };
  return chartSpecs(results, plots, config, mergePhrases(templates).chart, years);
}

export async function present(
  results: Results,
  plots: PlotData,
  config: Config,
  templates: TemplateSet,
  pembahasan: Record<string, { path: string; text: string; exists: boolean }>,
  options: PresentOptions = {},
): Promise<OutputFiles> {
  const phrases = mergePhrases(templates);
  const render = options.render ?? ((id: string, spec: object) => renderSvg(id, spec, config.language));
  const specs = chartSpecsFor(results, plots, config, templates);
  // Every chart is asked for now and drawn while the documents are written (the renderer may be a
  // worker thread); the HTML gets the SVG spliced in at the end.
  const drawing = Promise.all(specs.map(async (c) => [c.id, await render(c.id, c.spec)] as const));
  drawing.catch(() => undefined); // awaited below; a failure before then is not "unhandled"

  const view = buildView({ results, plots, config, pembahasan, words: { strength: phrases.lists.strength ?? [] } });
  const words: Record<CaptionKind, string> = { table: phrases.caption.table, figure: phrases.caption.figure };
  const rendering = { source: escapeMd(config.source.text + (config.source.year ? `, ${config.source.year}` : '')), charts: new Set(specs.map((c) => c.id)) };
  const doc = (entry: string, prefix: string, extra: { listed?: Doc['captions']; view?: object } = {}): Doc => {
    const r = renderTemplate(templates.files, entry, extra.view ?? view, rendering);
    const opts = { prefix, words, authors: r.authors, listed: extra.listed, italic: config.italic, file: r.file };
    return docs.get(hashOf(r.marked, opts), () => buildDoc(r.marked, opts));
  };
  // The page around a document's HTML, and the HTML itself, memoized by the document and the page.
  const htmlOf = (d: Doc, kind: 'chapter' | 'appendix' | 'lists', opts: { target?: string } = {}) => {
    const shell = [templates.files.get('page.html.hbs')?.source, templates.files.get('style.css')?.source, config.language, config.title, pageNumberCss(config, kind)];
    return pages.get(hashOf(d.key, kind, opts, shell), () => page(templates, config, docToHtmlWithoutCharts(d.tree, opts), kind));
  };
  const chapter = doc('bab4.md.hbs', '4.');
  const appendix = doc('lampiran.md.hbs', 'L.');
  const lists = doc('daftar.md.hbs', '4.', { listed: chapter.captions });

  const files = new Map<string, FileContent>();
  files.set('bab4.md', markdowns.get(chapter.key, () => docToMarkdown(chapter.tree)));
  const html = new Map<string, string>([['bab4.html', htmlOf(chapter, 'chapter')]]);
  if (config.lists === 'separate') html.set('daftar.html', htmlOf(lists, 'lists', { target: 'bab4.html' }));
  html.set('lampiran.html', htmlOf(appendix, 'appendix'));
  const charts = new Map(await drawing);
  for (const [name, text] of html) files.set(name, spliceCharts(text, charts));
  for (const [id, svg] of charts) files.set(`charts/${id}.svg`, svg);
  files.set('results.json', JSON.stringify(results, null, 2) + '\n');
  return { files, docs: { chapter, appendix, lists }, charts };
}

/**
 * Page numbers of the printed page (CSS page-margin boxes, Chromium ≥ 131): where the config places
 * them on the first page and on the others; the chapter counts from pageStart, the appendix from 1;
 * the lists (front matter) have none.
 */
export function pageNumberCss(config: Config, kind: 'chapter' | 'appendix' | 'lists'): string {
  if (kind === 'lists') return '';
  const { first, others } = config.pageNumbers;
  const number = 'content: counter(page); font: 12pt "Times New Roman", Times, "Liberation Serif", serif;';
  const start = kind === 'chapter' ? config.pageStart : 1;
  const rules = [`@page { @${others} { ${number} } }`];
  if (first !== others) rules.push(`@page :first { @${others} { content: none; } @${first} { ${number} } }`);
  rules.push(`html { counter-reset: page ${start - 1}; }`);
  return rules.join('\n');
}

function page(templates: TemplateSet, config: Config, body: string, kind: 'chapter' | 'appendix' | 'lists'): string {
  const shell = templates.files.get('page.html.hbs');
  const css = templates.files.get('style.css');
  if (!shell || !css) throw new Error('internal: page.html.hbs or style.css missing');
  const hb = Handlebars.create();
  try {
    return hb.compile(shell.source, { strict: true })({ lang: config.language, title: config.title, kind, css: `${css.source}\n${pageNumberCss(config, kind)}`, body });
  } catch (e) {
    throw new InputError('en', [{ file: shell.path, message: `template ${shell.name}: ${(e as Error).message}` }]);
  }
}

function mergePhrases(templates: TemplateSet): Phrases {
  const out: Phrases = { chart: {}, caption: {}, lists: {} };
  for (const file of templates.phrases) {
    let data: unknown;
    try {
      data = parseYaml(file.source);
    } catch (e) {
      throw new InputError('en', [{ file: file.path, message: `invalid YAML: ${(e as Error).message.split('\n')[0]}` }]);
    }
    const rec = (data ?? {}) as Record<string, Record<string, string>> & { lists?: Record<string, string[]> };
    for (const group of ['chart', 'caption'] as const) Object.assign(out[group], rec[group] ?? {});
    Object.assign(out.lists, rec.lists ?? {});
  }
  return out;
}
