/**
 * Number formatting for the chapter: Indonesian (0,494; 1.234; 49,4%) or English (0.494; 1,234; 49.4%).
 * The only place numbers become text.
 */
import type { Lang } from '../messages/catalog.js';

/** The separators of each language, as Intl.NumberFormat('id-ID' / 'en-US') writes them. */
const SEPARATORS: Record<Lang, { decimal: string; group: string }> = { id: { decimal: ',', group: '.' }, en: { decimal: '.', group: ',' } };

/**
 * x as Intl.NumberFormat formats it with `digits` fraction digits (undefined: up to 6, trailing zeros
 * dropped) and every thousand grouped — the same string, without ICU: a build formats some 10 000
 * numbers, and Intl took 15–20 ms of that (its formatters created, then each call) against a few ms
 * here. ICU rounds the shortest decimal that reads back as x (what String(x) writes), half away from
 * zero — so 1.005 is 1,01, although the double is a little below 1.005 (toFixed says 1,00).
 * test/messages/format.test.ts compares it with Intl on generated numbers.
 */
export function formatLikeIntl(x: number, lang: Lang, digits?: number): string {
  const f = digits ?? 6;
  const negative = x < 0 || Object.is(x, -0);
  // The shortest decimal: its digits without leading zeros, and where the point goes among them.
  const text = String(Math.abs(x));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  let ds = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(text.slice(e + 1)));
  let lead = 0;
  while (lead < ds.length - 1 && ds.charCodeAt(lead) === 48) lead++;
  ds = ds.slice(lead);
  point -= lead;
  // Rounded to f fraction digits, half away from zero.
  const keep = point + f;
  if (keep < ds.length) {
    const up = keep >= 0 && ds.charCodeAt(keep) >= 53;
    ds = keep > 0 ? ds.slice(0, keep) : '';
    if (up) {
      let i = ds.length - 1;
      while (i >= 0 && ds.charCodeAt(i) === 57) i--;
      if (i < 0) {
        ds = '1' + '0'.repeat(ds.length);
        point++;
      } else ds = ds.slice(0, i) + String.fromCharCode(ds.charCodeAt(i) + 1) + '0'.repeat(ds.length - i - 1);
    }
    if (ds === '') {
      ds = '0';
      point = 1;
    }
  }
  const whole = point <= 0 ? '0' : ds.length >= point ? ds.slice(0, point) : ds + '0'.repeat(point - ds.length);
  let fraction = point >= ds.length ? '' : point < 0 ? '0'.repeat(-point) + ds : ds.slice(point);
  if (fraction.length < f) fraction += '0'.repeat(f - fraction.length);
  else if (fraction.length > f) fraction = fraction.slice(0, f);
  if (digits === undefined) fraction = fraction.replace(/0+$/, '');
  const { decimal, group } = SEPARATORS[lang];
  let grouped = whole;
  if (whole.length > 3) {
    grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
    for (let i = grouped.length; i < whole.length; i += 3) grouped += group + whole.slice(i, i + 3);
  }
  return (negative ? '-' : '') + grouped + (fraction ? decimal + fraction : '');
}

/** The minus sign of typeset text (U+2212), the same in text, tables and equations. */
export const MINUS = '\u2212';

/**
 * Fixed decimals (default: as many as needed, up to 6). Never prints "-0,000"; a negative number
 * has the minus sign U+2212, not the hyphen-minus. Non-finite → "–".
 */
export function formatNumber(x: number, lang: Lang, digits?: number): string {
  if (!Number.isFinite(x)) return '–';
  const s = formatLikeIntl(x, lang, digits);
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
