/**
 * Vega-Lite spec → SVG, headless (vega's `renderer: 'none'`; text widths estimated, so every
 * spec sets label limits). vega and vega-lite are imported on first use only.
 *
 * The SVG is made self-contained and deterministic: vega numbers clip paths with a process-wide
 * counter, so ids are renamed to `<chart id>-<n>` counted within the chart. That makes a chart's
 * SVG independent of what was rendered before it, and lets several charts be inlined in one HTML page.
 */
import type { Lang } from '../messages/catalog.js';

const LOCALES: Record<Lang, { decimal: string; thousands: string; grouping: number[]; currency: [string, string] }> = {
  id: { decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
};

type Vega = typeof import('vega');
type VegaLite = typeof import('vega-lite');
let modules: Promise<[Vega, VegaLite]> | undefined;

/** vega and vega-lite, imported once (the worker imports them as it starts: warm). */
export function load(): Promise<[Vega, VegaLite]> {
  modules ??= Promise.all([import('vega'), import('vega-lite')]);
  return modules;
}

export async function renderSvg(id: string, spec: object, lang: Lang): Promise<string> {
  const [vega, vl] = await load();
  // vega-lite warns on stderr about harmless adjustments (fit-x with a step height): kept quiet.
  const compiled = vl.compile(spec as Parameters<VegaLite['compile']>[0], { logger: vega.logger(vega.None) }).spec;
  // vega accepts a locale *definition* here ({ number }), although its typings name the formatter type.
  const locale = { number: LOCALES[lang] } as unknown as import('vega').LocaleFormatters;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', locale });
  const svg = await view.toSVG();
  view.finalize();
  return localizeIds(svg, id);
}

/** Renames every id (and its url(#…) / href="#…" references) to `<prefix>-<n>`, n counted in document order. */
export function localizeIds(svg: string, prefix: string): string {
  const map = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!map.has(m[1])) map.set(m[1], `${prefix}-${map.size + 1}`);
  if (map.size === 0) return svg;
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (all, a: string, v: string, b: string) => (map.has(v) ? a + map.get(v) + b : all))
    .replace(/url\(#([^)]+)\)/g, (all, v: string) => (map.has(v) ? `url(#${map.get(v)})` : all))
    .replace(/(href=")#([^"]+)(")/g, (all, a: string, v: string, b: string) => (map.has(v) ? `${a}#${map.get(v)}${b}` : all));
}
