/**
 * The formatter a view builder uses: numbers in the chapter's language, text Markdown-escaped.
 * Everything a template prints goes through one of these.
 */
import type { Lang } from '../../messages/catalog.js';
import { formatInt, formatNumber, formatP, formatPercent } from '../../messages/format.js';
import { escapeMd } from '../markdown.js';

export interface Fmt {
  lang: Lang;
  /** Statistic with `d` decimals (default 3). */
  num: (x: number | null | undefined, d?: number) => string;
  /** Sig. value: 0,012 or < 0,001. */
  p: (x: number | null | undefined) => string;
  /** Percent: 49,4%. */
  pct: (x: number | null | undefined, d?: number) => string;
  /** Whole number with thousands separators. */
  int: (x: number | null | undefined) => string;
  /** Text from data or config, escaped for Markdown. */
  text: (s: string) => string;
}

export function makeFmt(lang: Lang): Fmt {
  const ok = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
  return {
    lang,
    num: (x, d = 3) => (ok(x) ? formatNumber(x, lang, d) : '–'),
    p: (x) => (ok(x) ? formatP(x, lang) : '–'),
    pct: (x, d = 1) => (ok(x) ? formatPercent(x, lang, d) : '–'),
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
