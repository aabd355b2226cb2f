/**
 * bab4's documented size limits (README, "Limits"). They sit far above any real questionnaire study
 * and keep a careless or hostile input from running bab4 out of memory or time: past a limit the
 * input is refused early, with exit 1 and a message that names the limit and what to do.
 *
 * The CSV path checks them per field with one comparison (see csv-tokenizer.ts), so they cost nothing
 * on ordinary data.
 */
const MB = 1024 * 1024;

export const LIMITS = {
  /** Characters in one cell (a header or an answer): Excel's own maximum. */
  cellChars: 32_767,
  /** Bytes in one CSV row (all its fields): a row this long has lost a closing quote. */
  rowBytes: 4 * MB,
  /** Columns of a data file: Excel's own maximum (column XFD). */
  columns: 16_384,
  /** Different answers (categories) of one respondent characteristic. */
  categories: 100,
  /** Strata (rows) of the population file. */
  strata: 1_000,
  /** Points of the Likert scale (max − min + 1), e.g. 0–100. */
  scalePoints: 101,
  /** Size of an .xlsx file, and of all its parts once unpacked (read from the zip directory before inflating). */
  xlsxBytes: 50 * MB,
  /** Compression ratio of one part of an .xlsx (uncompressed ÷ compressed), for parts over 1 MB. */
  xlsxRatio: 100,
  /** Size of the config, a template, a phrases file, a pembahasan file or the population file. */
  textFileBytes: 10 * MB,
} as const;

/** Size in MB for messages ("50 MB"). */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return mb >= 10 ? String(Math.round(mb)) : String(Math.round(mb * 10) / 10);
}
