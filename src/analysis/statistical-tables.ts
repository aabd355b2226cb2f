/**
 * The statistical tables of the appendix, computed (never copied): r tabel, t tabel, F tabel and
 * the Durbin–Watson bounds, each over the df range a thesis appendix prints, with the study's own
 * row marked. Plain numbers; the view formats them.
 *
 *   r tabel   two-tailed critical Pearson r, α = 0.05 and 0.01, df = 1 … 200
 *             r = t / √(df + t²), t = t(1 − α/2; df)                     (criticalR)
 *   t tabel   t(1 − α; df) one-tailed and t(1 − α/2; df) two-tailed, α = 0.10, 0.05, 0.01, df = 1 … 200
 *   F tabel   F(0.95; df₁, df₂), df₁ = 1 … 10, df₂ = 1 … 200
 *   DW        dL, dU at α = 0.05, k′ = 1 … 5, n = 6 … 200 (stored: src/stats/durbin-watson-table.ts)
 *
 * The study's row: r at df = n − 2, t and F at df(₂) = n − k − 1 (F's column df₁ = k), DW at n
 * (column k′ = k). A study beyond the printed range gets its row appended after the last one
 * (`beyond: true`), computed the same way. Cost: ≈ 50 ms for the r, t and F quantiles of the printed
 * range — paid once when bab4 is built (scripts/precompute-tables.mjs runs printedQuantiles() and stores
 * them in dist/statistical-tables.json, read back instead; tests run the sources, which compute); an appended
 * Durbin–Watson row (five exact pairs) ≈ 0.1 s at n = 500, 0.4 s at n = 2000, 1.4 s at n = 10 000,
 * ≈ 0 above (normal approximation, src/stats/durbin-watson-bounds.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { criticalR, fQuantile, tQuantile } from '../stats/distributions.js';
import { durbinWatsonTable, durbinWatsonTableRow, firstN } from '../stats/durbin-watson-table.js';
import { ROOT } from '../version.js';

export const TABLE_DF_MAX = 200;

export interface TableRow {
  /** df (r, t), df₂ (F) or n (Durbin–Watson). */
  df: number;
  values: (number | null)[];
  /** The study's own row. */
  own: boolean;
  /** Appended after the printed range because the study's df lies beyond it. */
  beyond: boolean;
}

export interface StatisticalTables {
  /** Two-tailed levels of the columns. */
  r: { alphas: number[]; rows: TableRow[]; ownDf: number | null };
  /** Columns: one-tailed α = 0.10, 0.05, 0.01, then two-tailed α = 0.10, 0.05, 0.01. */
  t: { columns: { tails: 1 | 2; alpha: number }[]; rows: TableRow[]; ownDf: number | null };
  /** Columns df₁ = 1 … 10; rows df₂. */
  f: { alpha: number; df1: number[]; rows: TableRow[]; ownDf1: number | null; ownDf2: number | null };
  /** Columns k′ = 1 … 5, each a (dL, dU) pair: values are dL₁, dU₁, dL₂, dU₂, …; rows n. */
  dw: { alpha: number; k: number[]; rows: TableRow[]; ownN: number | null; ownK: number | null; firstN: number[] };
}

const R_ALPHAS = [0.05, 0.01];
const T_COLUMNS: { tails: 1 | 2; alpha: number }[] = [
  { tails: 1, alpha: 0.1 },
  { tails: 1, alpha: 0.05 },
  { tails: 1, alpha: 0.01 },
  { tails: 2, alpha: 0.1 },
  { tails: 2, alpha: 0.05 },
  { tails: 2, alpha: 0.01 },
];
const F_ALPHA = 0.05;
const F_DF1 = Array.from({ length: 10 }, (_, i) => i + 1);

/** df 1 … 200 (their values given), plus `own` after them when it lies beyond (computed). */
function rows(own: number | null, printed: (number | null)[][], values: (df: number) => (number | null)[]): TableRow[] {
  const out: TableRow[] = printed.map((v, i) => ({ df: i + 1, values: v, own: i + 1 === own, beyond: false }));
  if (own !== null && own > TABLE_DF_MAX) out.push({ df: own, values: values(own), own: true, beyond: true });
  return out;
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

const rValues = (df: number) => R_ALPHAS.map((a) => finite(criticalR(a, df)));
const tValues = (df: number) => T_COLUMNS.map((c) => finite(tQuantile(1 - c.alpha / c.tails, df)));
const fValues = (df2: number) => F_DF1.map((df1) => finite(fQuantile(1 - F_ALPHA, df1, df2)));

/** The r, t and F values of the printed range, row df = 1 … 200 at index df − 1. */
export interface PrintedQuantiles {
  r: (number | null)[][];
  t: (number | null)[][];
  f: (number | null)[][];
}

/** The printed range computed (≈ 50 ms). */
export function printedQuantiles(): PrintedQuantiles {
  const range = (values: (df: number) => (number | null)[]) => Array.from({ length: TABLE_DF_MAX }, (_, i) => values(i + 1));
  return { r: range(rValues), t: range(tValues), f: range(fValues) };
}

/** Where `npm run build:ts` stores printedQuantiles() (JSON keeps every double exactly). */
export const PRINTED_FILE = path.join(ROOT, 'dist', 'statistical-tables.json');

let printed: PrintedQuantiles | undefined;

/** This code runs built (dist/, dist/bundle/), where the stored file belongs to it; the sources always compute. */
const BUILT = !path.relative(ROOT, fileURLToPath(import.meta.url)).startsWith('src');

/** The printed range as stored when bab4 was built, else computed; once per process. */
function printedRange(): PrintedQuantiles {
  if (!printed) {
    const stored = BUILT && existsSync(PRINTED_FILE) ? (JSON.parse(readFileSync(PRINTED_FILE, 'utf8')) as Partial<PrintedQuantiles>) : undefined;
    const whole = (x: unknown, width: number) => Array.isArray(x) && x.length === TABLE_DF_MAX && x.every((row) => Array.isArray(row) && row.length === width);
    printed = stored && whole(stored.r, R_ALPHAS.length) && whole(stored.t, T_COLUMNS.length) && whole(stored.f, F_DF1.length) ? (stored as PrintedQuantiles) : printedQuantiles();
  }
  return printed;
}

/**
 * The four tables for a study of n respondents and k predictors (k = 0: no model, no own rows for
 * t, F and DW). df below 1 marks no row.
 */
export function statisticalTables(n: number, k: number): StatisticalTables {
  const dfR = n - 2 >= 1 ? n - 2 : null;
  const dfT = k > 0 && n - k - 1 >= 1 ? n - k - 1 : null;
  const range = printedRange();
  const r = { alphas: R_ALPHAS, rows: rows(dfR, range.r, rValues), ownDf: dfR };
  const t = { columns: T_COLUMNS, rows: rows(dfT, range.t, tValues), ownDf: dfT };
  const f = {
    alpha: F_ALPHA,
    df1: F_DF1,
    rows: rows(dfT, range.f, fValues),
    ownDf1: dfT !== null ? k : null,
    ownDf2: dfT,
  };

  const stored = durbinWatsonTable();
  const flat = (b: ({ dL: number; dU: number } | null)[]) => b.flatMap((x) => (x ? [x.dL, x.dU] : [null, null]));
  const ownN = k > 0 && n >= stored.nMin ? n : null;
  const dwRows: TableRow[] = stored.rows.map((row) => ({ df: row.n, values: flat(row.bounds), own: row.n === ownN, beyond: false }));
  if (ownN !== null && ownN > stored.nMax) {
    dwRows.push({ df: ownN, values: flat(durbinWatsonTableRow(ownN, stored.kMax, stored.alpha).bounds), own: true, beyond: true });
  }
  const ks = Array.from({ length: stored.kMax }, (_, i) => i + 1);
  const dw = { alpha: stored.alpha, k: ks, rows: dwRows, ownN, ownK: k > 0 ? k : null, firstN: ks.map(firstN) };
  return { r, t, f, dw };
}
