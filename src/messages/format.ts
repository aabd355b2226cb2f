/**
 * Number formatting for the chapter: Indonesian (0,494; 1.234; 49,4%) or English (0.494; 1,234; 49.4%).
 * The only place numbers become text. Formatters are cached per language and digits.
 */
import type { Lang } from '../messages/catalog.js';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };
const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, digits: number | undefined): Intl.NumberFormat {
  const key = `${lang}:${digits ?? 'auto'}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], digits === undefined
      ? { maximumFractionDigits: 6, useGrouping: true }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
    cache.set(key, f);
  }
  return f;
}

/** The minus sign of typeset text (U+2212), the same in text, tables and equations. */
export const MINUS = '\u2212';

/**
 * Fixed decimals (default: as many as needed, up to 6). Never prints "-0,000"; a negative number
 * has the minus sign U+2212, not the hyphen-minus. Non-finite → "–".
 */
export function formatNumber(x: number, lang: Lang, digits?: number): string {
  if (!Number.isFinite(x)) return '–';
  const s = nf(lang, digits).format(x);
  if (/^-0([.,]0*)?$/.test(s)) return s.slice(1);
  return s.startsWith('-') ? MINUS + s.slice(1) : s;
}

/** A p-value (Sig.) with 3 decimals, or "< 0,001" when it would round to 0,000. */
export function formatP(p: number, lang: Lang): string {
  if (!Number.isFinite(p)) return '–';
  if (p < 0.0005) return `< ${formatNumber(0.001, lang, 3)}`;
  return formatNumber(p, lang, 3);
}

/** Percent with the given decimals and a % sign: 49,4%. */
export function formatPercent(x: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(x)) return '–';
  return `${formatNumber(x, lang, digits)}%`;
}

/** Whole number with thousands separators: 1.234 / 1,234. */
export function formatInt(x: number, lang: Lang): string {
  return formatNumber(x, lang, 0);
}
