/**
 * The Dataset: respondents held column-wise. Item and numeric columns are Float64Arrays (NaN only
 * transiently for missing cells, before listwise deletion), text columns plain string arrays.
 * Only the columns the config uses are kept.
 */

export interface NumericColumn {
  kind: 'numeric';
  values: Float64Array;
}

export interface TextColumn {
  kind: 'text';
  values: string[];
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

export function numeric(ds: Dataset, name: string): Float64Array {
  const c = ds.columns.get(name);
  if (!c || c.kind !== 'numeric') throw new Error(`internal: column ${name} is not numeric`);
  return c.values;
}

export function text(ds: Dataset, name: string): string[] {
  const c = ds.columns.get(name);
  if (!c) throw new Error(`internal: column ${name} not loaded`);
  return c.kind === 'text' ? c.values : Array.from(c.values, (v) => String(v));
}
