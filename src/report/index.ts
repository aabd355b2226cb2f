/**
 * The report layer: Results → the files of the output folder (contents only; src/output writes).
 *
 *   results ─┬─ chart specs ─ vega ─ SVG ───────────────┐
 *            └─ view ─ Handlebars ─ Markdown ─ unified ─ HTML (SVG inline)
 *                                        └ bab4.md        └ bab4.html, lampiran.html
 */
import Handlebars from 'handlebars';
import { parse as parseYaml } from 'yaml';
import type { Config } from '../config/types.js';
import type { Results } from '../analysis/results.js';
import type { PlotData } from '../analysis/plots.js';
import type { TemplateSet } from '../load/templates.js';
import { InputError } from '../errors.js';
import { chartSpecs } from '../charts/specs.js';
import { renderSvg } from '../charts/render.js';
import { yearOf } from './view/fmt.js';
import { buildView } from './view/index.js';
import { renderMarkdown, type Rendered } from './render.js';
import { markdownToHtml } from './html.js';
import { escapeMd } from './markdown.js';

export interface OutputFiles {
  /** Relative path in the output folder → contents. */
  files: Map<string, string>;
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

export async function present(
  results: Results,
  plots: PlotData,
  config: Config,
  templates: TemplateSet,
  pembahasan: Record<string, { path: string; text: string; exists: boolean }>,
  options: PresentOptions = {},
): Promise<OutputFiles> {
  const phrases = mergePhrases(templates);
  const years = {
    current: results.population ? yearOf(results.population.countColumn) : '',
    previous: results.population?.previousColumn ? yearOf(results.population.previousColumn) : null,
  };
  const render = options.render ?? ((id: string, spec: object) => renderSvg(id, spec, config.language));
  const specs = chartSpecs(results, plots, config, phrases.chart, years);
  const charts = new Map<string, string>();
  for (const c of specs) charts.set(c.id, await render(c.id, c.spec));

  const view = buildView({ results, plots, config, pembahasan, words: { strength: phrases.lists.strength ?? [] } });
  const source = escapeMd(config.source.text + (config.source.year ? `, ${config.source.year}` : ''));
  const common = {
    tableWord: phrases.caption.table,
    figureWord: phrases.caption.figure,
    sourceLine: `*${source}*`,
    charts: new Set(charts.keys()),
  };
  const chapter = renderMarkdown(templates.files, 'bab4.md.hbs', view, { ...common, prefix: '4.' });
  const lampiran = renderMarkdown(templates.files, 'lampiran.md.hbs', view, { ...common, prefix: 'L.' });

  const files = new Map<string, string>();
  files.set('bab4.md', chapter.markdown);
  files.set('bab4.html', await page(templates, config, chapter, charts, 'chapter'));
  files.set('lampiran.html', await page(templates, config, lampiran, charts, 'appendix'));
  for (const [id, svg] of charts) files.set(`charts/${id}.svg`, svg);
  files.set('results.json', JSON.stringify(results, null, 2) + '\n');
  return { files };
}

async function page(templates: TemplateSet, config: Config, doc: Rendered, charts: Map<string, string>, kind: 'chapter' | 'appendix'): Promise<string> {
  const body = await markdownToHtml(doc.markdown, charts);
  const shell = templates.files.get('page.html.hbs');
  const css = templates.files.get('style.css');
  if (!shell || !css) throw new Error('internal: page.html.hbs or style.css missing');
  const hb = Handlebars.create();
  try {
    return hb.compile(shell.source, { strict: true })({ lang: config.language, title: config.title, kind, css: css.source, body });
  } catch (e) {
    throw new InputError([{ file: shell.path, message: `template ${shell.name}: ${(e as Error).message}` }]);
  }
}

function mergePhrases(templates: TemplateSet): Phrases {
  const out: Phrases = { chart: {}, caption: {}, lists: {} };
  for (const file of templates.phrases) {
    let data: unknown;
    try {
      data = parseYaml(file.source);
    } catch (e) {
      throw new InputError([{ file: file.path, message: `invalid YAML: ${(e as Error).message.split('\n')[0]}` }]);
    }
    const rec = (data ?? {}) as Record<string, Record<string, string>> & { lists?: Record<string, string[]> };
    for (const group of ['chart', 'caption'] as const) Object.assign(out[group], rec[group] ?? {});
    Object.assign(out.lists, rec.lists ?? {});
  }
  return out;
}
