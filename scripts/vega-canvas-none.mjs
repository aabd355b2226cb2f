// vega-canvas as the chart worker sees it: no canvas, neither a DOM's nor node-canvas's (the real
// module awaits import('canvas') at its top level, which a CommonJS bundle cannot hold). vega then
// estimates text widths, as bab4's charts expect (src/charts/render.ts), whatever else is installed.
export const domCanvas = () => null;
export const nodeCanvas = () => null;
export const canvas = () => null;
export const image = () => null;
