/**
 * A chart's SVG → PNG for Word, at 300 dpi (the thesis is printed), drawn by resvg (a renderer in
 * an npm package: no browser) with Tinos, the font bab4 ships — metric-compatible with Times New
 * Roman, which the charts name — so the text looks the same on every machine and matches the
 * thesis text. resvg is imported on first use; rendering runs on libuv's thread pool.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

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

let fontFiles: string[] | undefined;

/** The shipped font files (Tinos regular, bold, italic, bold italic). */
export function chartFontFiles(): string[] {
  if (!fontFiles) {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
    fontFiles = ['400Regular/Tinos_400Regular.ttf', '700Bold/Tinos_700Bold.ttf', '400Regular_Italic/Tinos_400Regular_Italic.ttf', '700Bold_Italic/Tinos_700Bold_Italic.ttf'].map((f) => path.join(dir, f));
  }
  return fontFiles;
}

/** The SVG's own width and height (px) from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const head = svg.slice(0, 600);
  const width = Number(head.match(/\swidth="([\d.]+)"/)?.[1]);
  const height = Number(head.match(/\sheight="([\d.]+)"/)?.[1]);
  return { width: Number.isFinite(width) && width > 0 ? width : 480, height: Number.isFinite(height) && height > 0 ? height : 320 };
}

export async function svgToPng(svg: string): Promise<Png> {
  const { renderAsync } = await import('@resvg/resvg-js');
  const { width, height } = svgSize(svg);
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_DPI / CSS_DPI },
    background: 'white',
    font: {
      loadSystemFonts: false,
      fontFiles: chartFontFiles(),
      defaultFontFamily: 'Tinos',
      serifFamily: 'Tinos',
      sansSerifFamily: 'Tinos',
      monospaceFamily: 'Tinos',
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  return { data: new Uint8Array(image.asPng()), width, height };
}
