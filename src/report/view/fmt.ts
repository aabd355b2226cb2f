/**
 * The formatter a view builder uses: numbers in the chapter's language, text Markdown-escaped.
 * Everything a template prints goes through one of these.
 */
import type { Lang } from '../../messages/catalog.js';
import { formatInt, formatNumber, formatP, formatPercent } from '../../messages/format.js';
import { escapeMd } from '../markdown.js';

/** Decimals by quantity (config `decimals`): the same quantity always with the same decimals. */
export interface Decimals {
  /** Test statistics, coefficients, correlations, critical values: 3. */
  statistic: number;
  /** Means and standard deviations of scores and items: 2. */
  mean: number;
  /** Percentages: 1. */
  percent: number;
}

export const DEFAULT_DECIMALS: Decimals = { statistic: 3, mean: 2, percent: 1 };

export interface Fmt {
  lang: Lang;
  /** A statistic with `d` decimals (default: the statistics' decimals, 3). */
  num: (x: number | null | undefined, d?: number) => string;
  /** A mean or standard deviation (default 2 decimals). */
  mean: (x: number | null | undefined) => string;
  /** Sig. value: 0,012 or < 0,001. */
  p: (x: number | null | undefined) => string;
  /** Percent: 49,4% (default: the percentages' decimals, 1). */
  pct: (x: number | null | undefined, d?: number) => string;
  /** Whole number with thousands separators. */
  int: (x: number | null | undefined) => string;
  /** Text from data or config, escaped for Markdown. */
  text: (s: string) => string;
}

export function makeFmt(lang: Lang, decimals: Decimals = DEFAULT_DECIMALS): Fmt {
  const ok = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
  return {
    lang,
    num: (x, d = decimals.statistic) => (ok(x) ? formatNumber(x, lang, d) : '–'),
    mean: (x) => (ok(x) ? formatNumber(x, lang, decimals.mean) : '–'),
    p: (x) => (ok(x) ? formatP(x, lang) : '–'),
    pct: (x, d = decimals.percent) => (ok(x) ? formatPercent(x, lang, d) : '–'),
    int: (x) => (ok(x) ? formatInt(x, lang) : '–'),
    text: escapeMd,
  };
}

/**
 * "Jenis Kelamin" → "jenis kelamin" for use inside a sentence. Acronyms (UMKM) and anything in
 * parentheses — usually a unit, "Pendapatan per Bulan (Rp)" → "pendapatan per bulan (Rp)" — are kept.
 */
export function lowerFirst(label: string): string {
  let depth = 0;
  return label
    .split(' ')
    .map((w) => {
      const inside = depth > 0 || w.startsWith('(');
      depth += (w.match(/\(/g) ?? []).length - (w.match(/\)/g) ?? []).length;
      if (inside) return w;
      return w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase();
    })
    .join(' ');
}

/** "kecamatan" → "Kecamatan", "jenis_kelamin" → "Jenis Kelamin". */
export function titleCase(column: string): string {
  return column
    .replace(/[_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** A 4-digit year in a column name ("umkm_2022" → "2022"), else the column name. */
export function yearOf(column: string): string {
  return column.match(/(19|20)\d{2}/)?.[0] ?? column;
}
