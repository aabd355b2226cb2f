/**
 * bab4's one orchestrator. Data flows one way:
 *
 *   bab4.config.yaml ─ loadConfig ─► Config
 *                                      │
 *   data (.csv/.xlsx) ─ loadData ──────┼─► Dataset ─┐
 *   population file ─ loadPopulation ──┘            ├─ analyse ─► Results ─ present ─► files ─ writeOutput ─► output/
 *   templates/, pembahasan/ ─ loadTemplates ────────┘                                    (atomic swap)
 *
 * The analysis is skipped when `reuse` holds Results of the same analysis inputs (content hashes),
 * and charts come from a content-keyed cache when one is given (`.bab4-cache/` or in memory).
 *
 * Every stage is one call; bad input anywhere throws InputError before anything is written.
 */
import path from 'node:path';
import { loadConfig } from './config/load.js';
import type { Config } from './config/types.js';
import { loadData, loadPopulation } from './load/index.js';
import { loadPembahasan, loadTemplates, type TemplateSet } from './load/templates.js';
import { loadReferenceDoc } from './load/docx-reference.js';
import { hashInputs, inputKey, sha256 } from './load/hash.js';
import { analyse, type Analysis, type AnalysisStep, type FigureData } from './analysis/index.js';
import type { Lang } from './messages/catalog.js';
import type { Results } from './analysis/results.js';
import { defaultRenderer, type ChartRenderer } from './charts/renderer.js';
import { svgSize, type Png } from './charts/png.js';
import { chartSpecsFor, present, type Documents, type FileContent, type PresentOptions } from './report/index.js';
import { checkOutput, recoverOutput, withFilesOf, writeOutput } from './output/write.js';
import { cacheDir, cachedRenderer, diskCache, pngKey, type ChartCache } from './output/cache.js';
import { readPreviousResults, staleness, type Staleness } from './output/check.js';
import { VERSION } from './version.js';

export interface BuildResult {
  config: Config;
  results: Results;
  /** What analyse returned (Results and plot data): pass it back as `reuse` to skip the analysis. */
  analysis: Analysis;
  files: Map<string, FileContent>;
  outDir?: string;
  /** Hash of what the analysis depends on (bab4 version, config, data, population). */
  analysisKey: string;
  /** The Results were taken from `options.reuse` (same analysisKey) instead of being computed. */
  reused: boolean;
  /** The results.json the output folder held before this build (parsed), for "what changed". */
  previous?: unknown;
  /** Charts taken from the cache and charts rendered (all rendered without a cache), and where they were drawn. */
  charts: { cached: number; rendered: number; on?: ChartRenderer['on'] };
  /** Wall time of each stage (ms), in order: for `npm run bench` and BAB4_TIMING=1. */
  timings: Record<string, number>;
  /** The document trees every output is made from (chapter, appendix, lists). */
  documents: Documents;
}

export interface BuildOptions extends PresentOptions {
  /** Output folder (default: `output` beside the config). `null`: compute everything, write nothing. */
  outDir?: string | null;
  /** Chart cache: `'disk'` = `.bab4-cache/` beside the config, or a cache object (watch: in memory). */
  cache?: 'disk' | ChartCache;
  /** watch: write the preview (Markdown, HTML, charts) before the Word files are made, then call this. */
  onPreview?: () => void;
  /** Who draws charts and their PNG (default: a worker thread when compiled); the watcher keeps one. */
  renderer?: ChartRenderer;
  /** Also make the Word files (default true; tests of wording leave them out). */
  word?: boolean;
  /** Also print bab4.pdf and lampiran.pdf (default: the config's `pdf`). */
  pdf?: boolean;
  /** The analysis of an earlier build, reused when its analysisKey equals this build's. */
  reuse?: { analysisKey: string; analysis: Analysis };
  /** Called as each stage begins and as the data rows are read (the CLI's progress line, src/cli/progress.ts). */
  onProgress?: (progress: BuildProgress) => void;
}

/** What a build is doing: its stage, the part of the analysis, the data rows read so far, the study's language. */
export interface BuildProgress {
  stage: 'load' | 'analyse' | 'present' | 'word' | 'pdf' | 'write';
  step?: AnalysisStep;
  rows?: number;
  lang: Lang;
}

/** The input files the analysis reads (for hashing and watching). */
export function inputFiles(config: Config): string[] {
  const files = [config.configPath, config.data.file];
  if (config.population) files.push(config.population.file);
  return files;
}

/** Every input file of a build: inputFiles plus the user's templates and existing pembahasan files. */
export function allInputFiles(config: Config, templates: TemplateSet, pembahasan: ReturnType<typeof loadPembahasan>): string[] {
  return [
    ...inputFiles(config),
    ...[...templates.files.values(), ...templates.phrases].filter((t) => t.user).map((t) => t.path),
    ...Object.values(pembahasan).filter((p) => p.exists).map((p) => p.path),
    ...(config.docx.reference ? [config.docx.reference] : []),
  ];
}

/**
 * The date the Word documents carry (created/modified, zip entries): 1 January of the year the
 * source line names, else of the population's year, else 2000 — from the study, never the clock.
 */
export function documentYear(config: Config, results: Results): number {
  const fromPopulation = Number(results.population?.countColumn.match(/(19|20)\d\d/)?.[0]);
  return config.source.year ?? (Number.isFinite(fromPopulation) ? fromPopulation : 2000);
}

/** Equal keys ⇒ equal Results (up to meta.inputs, which also hashes templates and pembahasan). */
export function analysisKey(config: Config, inputs: Record<string, string>): string {
  const keys = inputFiles(config).map((f) => inputKey(config.baseDir, f));
  return sha256(JSON.stringify([VERSION, config.configPath, keys.map((k) => [k, inputs[k]])]));
}

export async function build(configPath: string, options: BuildOptions = {}): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round((now - t) * 10) / 10;
    t = now;
  };
  const config = loadConfig(configPath);
  if (options.outDir !== null) checkOutput(options.outDir ?? path.join(config.baseDir, 'output'), { lang: config.language }); // before the work
  // Charts: drawn by the renderer (a worker thread when compiled) while this thread writes the
  // documents; the worker starts now, loading vega and resvg while the data are read and analysed.
  const renderer = options.renderer ?? defaultRenderer();
  renderer.warm?.();
  let closing: Promise<void> | undefined;
  try {
    const templates = loadTemplates(config);
    const pembahasan = loadPembahasan(config);
    const reference = config.docx.reference ? loadReferenceDoc(config.docx.reference, config.configPath, config.language) : undefined;
    const inputs = hashInputs(config.baseDir, allInputFiles(config, templates, pembahasan), config.language);
    const key = analysisKey(config, inputs);
    const reused = options.reuse?.analysisKey === key;
    const progress = options.onProgress;
    const lang = config.language;
    // Each chart's PNG for Word is started as soon as its SVG is there.
    const cache = options.cache === 'disk' ? diskCache(cacheDir(config.baseDir)) : options.cache;
    const word = options.word !== false;
    // With the Word files, a chart drawn now has its PNG drawn right after it (the worker goes on
    // while this thread writes): kept here by SVG until the Word files ask for it.
    const drawnPngs = new Map<string, Promise<Png>>();
    const svgAndPng = word ? renderer.svgAndPng : undefined;
    const baseRender =
      options.render ??
      (svgAndPng
        ? async (id: string, spec: object) => {
            const { svg, png } = await svgAndPng(id, spec, config.language);
            drawnPngs.set(svg, png);
            return svg;
          }
        : (id: string, spec: object) => renderer.svg(id, spec, config.language));
    const cached = cache ? cachedRenderer(cache, config.language, baseRender) : undefined;
    let rendered = 0;
    const renderOne = cached?.render ?? ((id: string, spec: object) => (rendered++, baseRender(id, spec)));
    const pngs = new Map<string, Promise<Png>>();
    const pngOf = async (svg: string): Promise<Png> => {
      const key = pngKey(svg);
      cached?.used.add(key);
      const hit = cache?.getPng(key);
      if (hit) return { data: hit, ...svgSize(svg) };
      const png = await (drawnPngs.get(svg) ?? renderer.png(svg));
      cache?.setPng(key, png.data);
      return png;
    };
    const drawOne = async (id: string, spec: object) => {
      const svg = await renderOne(id, spec);
      if (word) pngs.set(id, pngOf(svg));
      return svg;
    };
    // Charts asked for while the analysis goes on (onFigures), by id with their spec: present() asks
    // again for each and gets the same drawing when the spec is the same.
    const early = new Map<string, { spec: string; svg: Promise<string> }>();
    const render = (id: string, spec: object): Promise<string> => {
      const asked = early.get(id);
      if (asked && asked.spec === JSON.stringify(spec)) return asked.svg;
      return drawOne(id, spec);
    };
    const onFigures = (sofar: { results: Results; plots: FigureData }) => {
      for (const c of chartSpecsFor(sofar.results, sofar.plots, config, templates)) {
        const spec = JSON.stringify(c.spec);
        if (early.get(c.id)?.spec === spec) continue; // asked for at the first call
        const svg = drawOne(c.id, c.spec);
        svg.catch(() => undefined); // awaited by present(); a build that fails before then does not wait
        early.set(c.id, { spec, svg });
      }
    };
    let analysis: Analysis;
    if (reused) {
      const prior = options.reuse!.analysis;
      analysis = { ...prior, results: { ...prior.results, meta: { ...prior.results.meta, inputs } } };
    } else {
      progress?.({ stage: 'load', rows: 0, lang });
      const data = await loadData(config, { onRows: progress && ((rows) => progress({ stage: 'load', rows, lang })) });
      const population = config.population ? loadPopulation(config, config.population) : undefined;
      lap('inputs');
      analysis = analyse({ config, data, population, inputs, onStep: progress && ((step) => progress({ stage: 'analyse', step, lang })), onFigures });
    }
    lap('analysis');
    progress?.({ stage: 'present', lang });
    const { results } = analysis;
    let presented: Awaited<ReturnType<typeof present>>;
    try {
      presented = await present(results, analysis.plots, config, templates, pembahasan, { ...options, render });
      lap('chapter, appendix, charts');
    } finally {
      if (!word && !options.renderer) await renderer.close();
    }
    const files = presented.files;
    const year = documentYear(config, results);
    // watch: the preview first — the documents written with the Word files of the output folder as they
    // were — then the whole output once the Word files are made (each write atomic).
    const outDirOf = options.outDir === null ? undefined : (options.outDir ?? path.join(config.baseDir, 'output'));
    let previous: unknown;
    if (outDirOf) {
      recoverOutput(outDirOf, { lang: config.language }); // a build killed mid-swap: its output first, for "what changed"
      previous = readPreviousResults(outDirOf);
    }
    if (word && outDirOf && options.onPreview) {
      writeOutput(outDirOf, withFilesOf(outDirOf, files, /\.(docx|pdf)$/), { lang: config.language });
      lap('preview');
      options.onPreview();
    }
    if (word) {
      progress?.({ stage: 'word', lang });
      try {
        const { wordFiles } = await import('./docx/index.js');
        const out = await wordFiles({
          config,
          documents: presented.docs,
          charts: presented.charts,
          reference,
          year,
          png: (id, svg) => pngs.get(id) ?? pngOf(svg),
        });
        for (const [name, data] of out) files.set(name, data);
        lap('word');
      } finally {
        // The worker it started ends while the files are written: ending a thread takes it a few ms.
        if (!options.renderer) closing = renderer.close().catch(() => undefined);
      }
    }
    // A PDF that cannot be made (no browser) fails the build after the other outputs are written.
    let pdfError: unknown;
    if (options.pdf ?? config.pdf) {
      progress?.({ stage: 'pdf', lang });
      const { printPdfs } = await import('./pdf/index.js');
      try {
        const pages = ['bab4', 'lampiran'].map((name) => ({ name: `${name}.pdf`, html: files.get(`${name}.html`) as string }));
        for (const [name, data] of await printPdfs(pages, { lang: config.language, date: { year, month: 1, day: 1 } })) files.set(name, data);
      } catch (e) {
        pdfError = e;
      }
      lap('pdf');
    }
    const charts = { ...(cached ? { cached: cached.hits, rendered: cached.misses } : { cached: 0, rendered }), on: renderer.on };
    const done = { config, results, analysis, files, analysisKey: key, reused, charts, timings, documents: presented.docs };
    if (options.outDir === null) {
      await closing;
      if (pdfError) throw pdfError;
      return done;
    }
    const outDir = options.outDir ?? path.join(config.baseDir, 'output');
    progress?.({ stage: 'write', lang });
    writeOutput(outDir, files, { lang: config.language });
    cache?.retain(cached!.used);
    await closing;
    lap('write');
    if (pdfError) throw pdfError;
    return { ...done, outDir, previous };
  } catch (e) {
    // A build that fails ends the worker it started (it would not keep the process alive either).
    if (!options.renderer) await renderer.close();
    throw e;
  }
}

/** `build --check`: what makes the output folder stale for the current inputs. Reads, never writes. */
export function check(configPath: string, options: { outDir?: string } = {}): { config: Config; outDir: string; stale: Staleness[] } {
  const config = loadConfig(configPath);
  const inputs = hashInputs(config.baseDir, allInputFiles(config, loadTemplates(config), loadPembahasan(config)), config.language);
  const outDir = options.outDir ?? path.join(config.baseDir, 'output');
  return { config, outDir, stale: staleness(outDir, inputs, VERSION) };
}
