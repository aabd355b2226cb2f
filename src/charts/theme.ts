/**
 * The look of every chart: print-friendly (white, serif like the thesis text, grey and one
 * accent colour that survive black-and-white printing), label limits because headless vega
 * estimates text widths.
 */
export const FONT = 'Times New Roman, Times, serif';

export const PALETTE = ['#1f4e79', '#9dc3e6', '#c55a11', '#f4b183', '#548235', '#a9d18e', '#7f6000', '#ffd966'];

export const baseConfig = {
  font: FONT,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 220, titleFontWeight: 'normal', grid: false, domainColor: '#444', tickColor: '#444' },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 220, orient: 'bottom' },
  text: { fontSize: 11, font: FONT },
  bar: { color: PALETTE[0] },
};

/** A Vega-Lite spec with the theme and a fixed schema. */
export function withTheme(spec: Record<string, unknown>): Record<string, unknown> {
  return { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', config: baseConfig, ...spec };
}
