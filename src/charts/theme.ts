/**
 * The look of every chart: print-friendly (white, serif like the thesis text, grey and one
 * accent colour that survive black-and-white printing), label limits because headless vega
 * estimates text widths.
 */
export const FONT = 'Times New Roman, Times, serif';

/**
 * Text size in px: 12 px is 9 pt at the chart's own size (96 px per inch). Every chart is at most
 * MAX_WIDTH px wide — the A4 text width of 14 cm is 529 px — so it is never shrunk to fit the page
 * and its text stays at least 9 pt on paper, in print and in Word.
 */
export const FONT_SIZE = 12;
export const MAX_WIDTH = 520;

export const PALETTE = ['#1f4e79', '#9dc3e6', '#c55a11', '#f4b183', '#548235', '#a9d18e', '#7f6000', '#ffd966'];

export const baseConfig = {
  font: FONT,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  axis: { labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, labelLimit: 220, titleFontWeight: 'normal', grid: false, domainColor: '#444', tickColor: '#444' },
  legend: { labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, labelLimit: 220, orient: 'bottom' },
  text: { fontSize: FONT_SIZE, font: FONT },
  bar: { color: PALETTE[0] },
};

/**
 * A Vega-Lite spec with the theme and a fixed schema. `width` is the chart's whole width, axes and
 * labels included (autosize fit-x), at most MAX_WIDTH.
 */
export function withTheme(spec: Record<string, unknown> & { width: number }): Record<string, unknown> {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: baseConfig,
    autosize: { type: 'fit-x', contains: 'padding' },
    ...spec,
    width: Math.min(spec.width, MAX_WIDTH),
  };
}
