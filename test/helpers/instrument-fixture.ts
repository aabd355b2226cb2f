/**
 * The R reference values of the instrument statistics (test/fixtures/r/instrument.json, made by
 * test/fixtures/r/instrument.R) and the Likert items of the end-to-end cases with R's expected
 * values (survey-a: test/fixtures/survey-a.csv + survey-a.expected.json from
 * shared/reference/reference.R; survey-b, survey-c: <case>/data.csv + expected.json from make.R).
 * `null` in the JSON is R's NaN / NA: the value is undefined and bab4 must return NaN.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { expectClose } from './close.js';

const fixture = (p: string): string => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

export interface PearsonRef { r: number | null; t: number | null; df: number; p: number | null }
export interface DescriptivesRef { mean: number; sd: number | null; min: number; max: number }
export interface ItemTotalRef {
  scaleMeanIfDeleted: number | null;
  scaleVarianceIfDeleted: number | null;
  correctedItemTotalR: number | null;
  alphaIfDeleted: number | null;
  itemTotalR: number | null;
}
export interface InstrumentDataset {
  name: string;
  note: string;
  n: number;
  k: number;
  scale: { min: number; max: number };
  items: string[];
  data: Record<string, number[]>;
  descriptives: Record<string, DescriptivesRef>;
  total: DescriptivesRef;
  frequencies: Record<string, number[]>;
  itemTotal: Record<string, PearsonRef>;
  pairs: (PearsonRef & { x: string; y: string })[];
  alpha: {
    alpha: number | null;
    itemVarianceSum: number;
    totalVariance: number;
    scaleMean: number;
    usedPsych: boolean;
    lowersAlpha: string[];
    items: Record<string, ItemTotalRef>;
  };
}
export interface ContinuousCase {
  name: string;
  n: number;
  x: number[];
  y: number[];
  descriptives: { x: DescriptivesRef; y: DescriptivesRef };
  pearson: PearsonRef;
}
export interface InstrumentFixture { r: string; datasets: InstrumentDataset[]; continuous: ContinuousCase[] }

export function loadInstrument(): InstrumentFixture {
  return JSON.parse(readFileSync(fixture('r/instrument.json'), 'utf8')) as InstrumentFixture;
}

/** A dataset's item columns as fresh Float64Arrays (compare with the JSON afterwards to catch mutation). */
export function columns(ds: InstrumentDataset): Float64Array[] {
  return ds.items.map((it) => Float64Array.from(ds.data[it]));
}

/** Row sums of the columns. */
export function rowSums(cols: ArrayLike<number>[]): Float64Array {
  const n = cols.length ? cols[0].length : 0;
  const t = new Float64Array(n);
  for (const c of cols) for (let i = 0; i < n; i++) t[i] += c[i];
  return t;
}

/** An end-to-end case: item columns by name, the variables' item lists, and R's expected values. */
export interface SurveyCase {
  name: string;
  columns: Record<string, Float64Array>;
  variables: Record<string, string[]>;
  expected: {
    meta: { n: number; alpha: number };
    items: Record<string, { variable: string; mean: number; sd: number; frequencies: Record<string, number>; tcr: number }>;
    validity: Record<string, { r: number; p: number; rTable: number; correctedR: number; valid: boolean }>;
    reliability: Record<string, { alpha: number; nItems: number; alphaIfDeleted: Record<string, number> }>;
    variables: Record<string, DescriptivesRef>;
  };
}

const CASES: Record<string, { csv: string; json: string; variables: Record<string, string[]>; reverse: string[] }> = {
  // survey-a: the shared reference copied to test/fixtures (same files as survey-a/data.csv, expected.json).
  'survey-a': {
    csv: 'survey-a.csv',
    json: 'survey-a.expected.json',
    variables: { X1: items('X1', 5), X2: items('X2', 5), X3: items('X3', 5), Y: items('Y', 5) },
    reverse: [],
  },
  'survey-b': {
    csv: 'survey-b/data.csv',
    json: 'survey-b/expected.json',
    variables: { X1: items('X1', 4), X2: items('X2', 6), X3: items('X3', 3), X4: items('X4', 5) },
    reverse: ['X2_3'],
  },
  'survey-c': {
    csv: 'survey-c/data.csv',
    json: 'survey-c/expected.json',
    variables: { X1: items('X1', 4), X2: items('X2', 4), X3: items('X3', 4), Y: items('Y', 5) },
    reverse: [],
  },
};

function items(v: string, k: number): string[] {
  return Array.from({ length: k }, (_, j) => `${v}_${j + 1}`);
}

/** Names of the end-to-end cases with Likert items. */
export const SURVEY_CASES = Object.keys(CASES);

/**
 * Load an end-to-end case's Likert items (1–5) from its CSV, reversing the configured
 * negatively worded items (value → 1 + 5 − value), as R was given them.
 */
export function loadCase(name: string): SurveyCase {
  const c = CASES[name];
  const rows = parse(readFileSync(fixture(c.csv), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const columns: Record<string, Float64Array> = {};
  for (const it of Object.values(c.variables).flat()) {
    columns[it] = Float64Array.from(rows, (r) => (c.reverse.includes(it) ? 6 - Number(r[it]) : Number(r[it])));
  }
  const expected = JSON.parse(readFileSync(fixture(c.json), 'utf8')) as SurveyCase['expected'];
  return { name, columns, variables: c.variables, expected };
}

export const loadSurveyA = (): SurveyCase => loadCase('survey-a');

/**
 * Like expectClose, but `null` (R's NaN) expects NaN. The label should name the dataset and the
 * quantity; expectClose prints actual, expected, Δ and the tolerance.
 */
export function expectCloseOrNaN(actual: number, expected: number | null, label: string, rtol: number, atol = 1e-12): void {
  if (expected === null) {
    if (!Number.isNaN(actual)) expect.fail(`${label}: actual ${actual}, expected NaN (R gives NA/NaN)`);
    expect(Number.isNaN(actual)).toBe(true);
    return;
  }
  expectClose(actual, expected, label, rtol, atol);
}
