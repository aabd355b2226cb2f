/**
 * The Dataset: respondents held column-wise. Numeric columns are Float64Arrays (NaN only
 * transiently for missing cells, before listwise deletion); Likert items the smallest integer
 * array holding every point of the scale (an Int8Array for any usual scale: a byte per answer, not
 * eight); text columns are codes into their distinct answers (each answer string held once,
 * however many respondents give it). Only the columns the config uses are kept.
 */

/** The numbers of a column: Float64Array, or for Likert items Int8Array / Int16Array (exact small integers). */
export type Numbers = Float64Array | Int8Array | Int16Array;

export interface NumericColumn {
  kind: 'numeric';
  values: Numbers;
}

export interface TextColumn {
  kind: 'text';
  /** Per respondent: the index of its answer in `levels`. */
  codes: Int32Array;
  /** The distinct answers (trimmed), in order of first appearance; every one is given at least once. */
  levels: string[];
}

export type Column = NumericColumn | TextColumn;

export interface Dataset {
  /** The data file as shown to the user. */
  file: string;
  /** Respondents kept for the analysis. */
  n: number;
  /** Data rows read from the file. */
  rowsRead: number;
  /** Respondents dropped because of missing values (missing: listwise). */
  dropped: number;
  /** Config column name → column. */
  columns: Map<string, Column>;
  /** 1-based data row of each kept respondent, as in the file. */
  rows: Int32Array;
  /** Header of the file, in order. */
  header: string[];
  /** Config column name → header text in the file. */
  headerOf: Map<string, string>;
}

export function numeric(ds: Dataset, name: string): Numbers {
  const c = ds.columns.get(name);
  if (!c || c.kind !== 'numeric') throw new Error(`internal: column ${name} is not numeric`);
  return c.values;
}

/** A text column (a numeric column read as text: each distinct number as its String). */
export function textColumn(ds: Dataset, name: string): TextColumn {
  const c = ds.columns.get(name);
  if (!c) throw new Error(`internal: column ${name} not loaded`);
  if (c.kind === 'text') return c;
  const index = new Map<string, number>();
  const levels: string[] = [];
  const codes = new Int32Array(c.values.length);
  for (let i = 0; i < codes.length; i++) {
    const s = String(c.values[i]);
    let code = index.get(s);
    if (code === undefined) {
      code = levels.length;
      levels.push(s);
      index.set(s, code);
    }
    codes[i] = code;
  }
  return { kind: 'text', codes, levels };
}

/** How many respondents give each answer of a text column (indexed like `levels`). */
export function levelCounts(c: TextColumn): Float64Array {
  const counts = new Float64Array(c.levels.length);
  const codes = c.codes;
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  return counts;
}

/** The answer of respondent i in a text column. */
export function textAt(c: TextColumn, i: number): string {
  return c.levels[c.codes[i]];
}

/** Every respondent's answer as a string: n strings, for small uses (tests); the analysis counts codes. */
export function text(ds: Dataset, name: string): string[] {
  const c = textColumn(ds, name);
  return Array.from(c.codes, (k) => c.levels[k]);
}
