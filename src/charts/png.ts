/**
 * A chart's SVG → PNG for Word, at 300 dpi (the thesis is printed), drawn by resvg (a renderer in
 * an npm package: no browser) with Tinos, the font bab4 ships — metric-compatible with Times New
 * Roman, which the charts name — so the text looks the same on every machine and matches the
 * thesis text. resvg is imported on first use; rendering runs on libuv's thread pool.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderedImage, ResvgRenderOptions } from '@resvg/resvg-js';
import { SUBSET_COVERAGE } from './font-coverage.generated.js';
import { keepResvgMemory } from './allocator.js';

/** Print resolution of the PNG. */
export const PNG_DPI = 300;
/** CSS pixels per inch: an SVG of width w px is w/96 inches wide at its own size. */
export const CSS_DPI = 96;

export interface Png {
  data: Uint8Array;
  /** The chart's own size in CSS px (96 per inch), at which Word shows it. */
  width: number;
  height: number;
}

const STYLES = ['400Regular/Tinos_400Regular.ttf', '700Bold/Tinos_700Bold.ttf', '400Regular_Italic/Tinos_400Regular_Italic.ttf', '700Bold_Italic/Tinos_700Bold_Italic.ttf'];
let fullFiles: string[] | undefined;
let subsetFiles: string[] | null | undefined;

/** The shipped font files (Tinos regular, bold, italic, bold italic), as the font package has them. */
export function chartFontFiles(): string[] {
  if (!fullFiles) {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
    fullFiles = STYLES.map((f) => path.join(dir, f));
  }
  return fullFiles;
}

/**
 * The same four files cut down to the characters charts are written in (fonts/tinos-subset/, made
 * by scripts/subset-fonts.py): resvg reads a font file again for every run of text, so a seventh of
 * the size is less work — and the same PNG, byte for byte, for any chart whose characters they hold.
 */
export function chartSubsetFontFiles(): string[] | undefined {
  if (subsetFiles === undefined) {
    const files = STYLES.map((f) => fileURLToPath(new URL(`../../fonts/tinos-subset/${path.basename(f)}`, import.meta.url)));
    // Not there (a copy of bab4 without them): the full files, which draw the same.
    subsetFiles = files.every((f) => existsSync(f)) ? files : null;
  }
  return subsetFiles ?? undefined;
}

/** Whether the subsets hold every character of `svg` (its markup is ASCII; its text may not be). */
export function subsetCovers(svg: string): boolean {
  if (svg.includes('&#')) return false; // a character reference: not worth decoding, the full files draw it
  for (const m of svg.matchAll(/[^\t\n\r\x20-\x7e]/gu)) {
    const c = m[0].codePointAt(0)!;
    if (!SUBSET_COVERAGE.some(([a, b]) => c >= a && c <= b)) return false;
  }
  return true;
}

/** What bab4 uses of resvg-js. */
export interface ResvgRender {
  renderAsync(svg: string, options: ResvgRenderOptions): Promise<RenderedImage>;
}
let resvg: Promise<ResvgRender> | undefined;

/**
 * resvg-js's renderAsync. Its loader picks the native package by platform, and on Linux by C
 * library, which it learns from process.report.getReport(): a whole diagnostic report, ≈ 8 ms of
 * every build that draws charts. On Linux the glibc package of the same version is tried first,
 * from where resvg-js finds it, and called as resvg-js's index.js calls it (options as JSON); a
 * system without it, or where it does not load (musl), goes through resvg-js itself.
 * test/charts/png.test.ts checks that both give the same PNG.
 */
export function loadResvg(): Promise<ResvgRender> {
  if (!resvg) keepResvgMemory();
  resvg ??= (async () => (process.platform === 'linux' && glibcBinding()) || (await import('@resvg/resvg-js')))();
  return resvg;
}

/** The native binding of resvg-js's version for glibc Linux, as a ResvgRender; undefined if there is none. */
export function glibcBinding(): ResvgRender | undefined {
  try {
    const own = createRequire(createRequire(import.meta.url).resolve('@resvg/resvg-js'));
    const name = `@resvg/resvg-js-linux-${process.arch}-gnu`;
    const version = (file: string) => (own(file) as { version?: string }).version;
    if (version('./package.json') !== version(`${name}/package.json`)) return undefined;
    const binding = own(name) as { renderAsync?: (svg: string, options: string | null) => Promise<RenderedImage> };
    const native = binding.renderAsync;
    if (typeof native !== 'function') return undefined;
    return { renderAsync: (svg, options) => native.call(binding, svg, JSON.stringify(options)) };
  } catch {
    return undefined; // not installed, or not loadable here (musl, another architecture)
  }
}

/** The font files a chart is drawn with: the subsets when they hold its characters, else the full files. */
export function fontFilesFor(svg: string): string[] {
  return (subsetCovers(svg) && chartSubsetFontFiles()) || chartFontFiles();
}

/** The SVG's own width and height (px) from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const head = svg.slice(0, 600);
  const width = Number(head.match(/\swidth="([\d.]+)"/)?.[1]);
  const height = Number(head.match(/\sheight="([\d.]+)"/)?.[1]);
  return { width: Number.isFinite(width) && width > 0 ? width : 480, height: Number.isFinite(height) && height > 0 ? height : 320 };
}

export function svgToPng(svg: string): Promise<Png> {
  return renderPng(svg, fontFilesFor(svg));
}

/** resvg's options for a chart's PNG: 300 dpi on white, every family Tinos from these files. */
export function pngOptions(fontFiles: string[]): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: PNG_DPI / CSS_DPI },
    background: 'white',
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: 'Tinos',
      serifFamily: 'Tinos',
      sansSerifFamily: 'Tinos',
      monospaceFamily: 'Tinos',
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}

/** The PNG of `svg` drawn with these font files (svgToPng chooses them). */
export async function renderPng(svg: string, fontFiles: string[]): Promise<Png> {
  const { renderAsync } = await loadResvg();
  const { width, height } = svgSize(svg);
  const image = await renderAsync(svg, pngOptions(fontFiles));
  return { data: new Uint8Array(image.asPng()), width, height };
}
