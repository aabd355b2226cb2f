/**
 * Parsing numbers as people type them in Indonesian spreadsheets.
 *
 * - `1234.5` and `1234,5` (decimal comma) are both 1234.5;
 * - with `groupDots` (semicolon files, i.e. Indonesian regional settings) `1.234.567` and
 *   `1.234,5` use the dot as a thousands separator;
 * - surrounding spaces are ignored; anything else is not a number (NaN).
 */
const PLAIN = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
const GROUPED_DOT = /^[+-]?\d{1,3}(\.\d{3})+(,\d*)?$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(,\d{3}){2,}(\.\d*)?$/;

export function parseNumber(raw: string, groupDots: boolean): number {
  const s = raw.trim();
  if (s === '') return NaN;
  if (groupDots && GROUPED_DOT.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (PLAIN.test(s)) return Number(s.replace(',', '.'));
  if (!groupDots && GROUPED_COMMA.test(s)) return Number(s.replace(/,/g, ''));
  return NaN;
}

/** A cell counts as missing when it is empty or whitespace, or NA / N/A / - . */
export function isMissing(raw: string): boolean {
  const s = raw.trim();
  return s === '' || s === 'NA' || s === 'N/A' || s === '-' || s === '#N/A';
}

/**
 * A whole number as written: "4", "+4", "4.0", "4,00" (and "1.000" = 1000 with `groupDots`) → 4;
 * NaN for anything with a non-zero fraction or an exponent. The fraction is read from the text,
 * not from the parsed double, so "4.9999999999999999" (which rounds to the double 5) is not 5.
 */
export function parseWhole(raw: string, groupDots: boolean): number {
  const v = parseNumber(raw, groupDots);
  if (!Number.isInteger(v)) return NaN;
  const s = raw.trim();
  if (s.includes('e') || s.includes('E')) return NaN;
  let fraction: string;
  if (groupDots && GROUPED_DOT.test(s)) fraction = s.split(',')[1] ?? '';
  else if (PLAIN.test(s)) fraction = /[.,](\d*)/.exec(s)?.[1] ?? '';
  else fraction = s.split('.')[1] ?? '';
  return /^0*$/.test(fraction) ? v : NaN;
}
