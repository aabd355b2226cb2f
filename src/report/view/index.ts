/**
 * Results → the view the templates print: every number already formatted for the chapter's
 * language, every text from data or config already Markdown-escaped, every branch of the
 * wording decided here as a boolean. Templates never compute.
 */
import type { Config } from '../../config/types.js';
import type { Results } from '../../analysis/results.js';
import type { PlotData } from '../../analysis/plots.js';
import { appendixView } from './appendix.js';
import { makeFmt } from './fmt.js';
import { populationView } from './population.js';
import { characteristicsView } from './characteristics.js';
import { descriptionView } from './description.js';
import { instrumentView } from './instrument.js';
import { modelView, type Words } from './model.js';
import { checksView } from './checks.js';

export interface ViewInput {
  results: Results;
  words: Words;
  plots: PlotData;
  config: Config;
  pembahasan: Record<string, { path: string; text: string; exists: boolean }>;
}

export function buildView({ results, plots, config, words, pembahasan }: ViewInput) {
  const f = makeFmt(config.language, config.decimals);
  return {
    title: f.text(config.title),
    n: f.int(results.meta.n),
    alpha: f.num(results.meta.alpha, 2),
    simulated: results.meta.simulated,
    listwise: results.meta.dropped > 0,
    listsInChapter: config.lists === 'chapter',
    dropped: f.int(results.meta.dropped),
    rowsRead: f.int(results.meta.rowsRead),
    warnings: results.warnings.map((w) => ({ section: w.section, message: f.text(w.message) })),
    hasWarnings: results.warnings.length > 0,
    // Warnings no sentence of the section words already, shown there as a note.
    notes: {
      population: notes(results, f, '4.1', ['stratum-unknown']),
      instrument: notes(results, f, '4.4', ['single-item', 'zero-variance-item']),
      assumptions: notes(results, f, '4.5', ['shapiro-wilk-n']),
    },
    population: populationView(results.population, results.sample, config, f),
    characteristics: characteristicsView(results.characteristics, f, config.charts.characteristics),
    description: descriptionView(results, config, f),
    instrument: instrumentView(results, config, f),
    model: modelView(results, config, f, words, pembahasan),
    checks: checksView(results, config, f),
    appendix: appendixView(results, plots, config, f, pembahasan),
  };
}

function notes(results: Results, f: ReturnType<typeof makeFmt>, section: string, codes: string[]): string[] {
  return results.warnings.filter((w) => w.section === section && codes.includes(w.code)).map((w) => f.text(w.message));
}

export type ChapterView = ReturnType<typeof buildView>;
