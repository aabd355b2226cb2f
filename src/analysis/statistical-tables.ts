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
 * (`beyond: true`), computed the same way. Cost: ≈ 50 ms for the r, t and F quantiles; an appended
 * Durbin–Watson row (five exact pairs) ≈ 0.1 s at n = 500, 0.4 s at n = 2000, 1.4 s at n = 10 000,
 * ≈ 0 above (normal approximation, src/stats/durbin-watson-bounds.ts).
 */
import { criticalR, fQuantile, tQuantile } from '../stats/distributions.js';
import { durbinWatsonTable, durbinWatsonTableRow, firstN } from '../stats/durbin-watson-table.js';

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

/** df 1 … 200, plus `own` after them when it lies beyond. */
function rows(own: number | null, values: (df: number) => (number | null)[], first = 1): TableRow[] {
  const out: TableRow[] = [];
  for (let df = first; df <= TABLE_DF_MAX; df++) out.push({ df, values: values(df), own: df === own, beyond: false });
  if (own !== null && own > TABLE_DF_MAX) out.push({ df: own, values: values(own), own: true, beyond: true });
  return out;
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * The four tables for a study of n respondents and k predictors (k = 0: no model, no own rows for
 * t, F and DW). df below 1 marks no row.
 */
export function statisticalTables(n: number, k: number): StatisticalTables {
  const dfR = n - 2 >= 1 ? n - 2 : null;
  const dfT = k > 0 && n - k - 1 >= 1 ? n - k - 1 : null;
  const r = { alphas: R_ALPHAS, rows: rows(dfR, (df) => R_ALPHAS.map((a) => finite(criticalR(a, df)))), ownDf: dfR };
  const t = {
    columns: T_COLUMNS,
    rows: rows(dfT, (df) => T_COLUMNS.map((c) => finite(tQuantile(1 - c.alpha / c.tails, df)))),
    ownDf: dfT,
  };
  const f = {
    alpha: F_ALPHA,
    df1: F_DF1,
    rows: rows(dfT, (df2) => F_DF1.map((df1) => finite(fQuantile(1 - F_ALPHA, df1, df2)))),
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
