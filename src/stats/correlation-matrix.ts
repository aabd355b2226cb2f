/**
 * The Pearson correlation matrix of several variables with the two-tailed significance of each r
 * (SPSS "Correlations" of the regression's variables; R `cor(m)` and `cor.test(x, y)$p.value`).
 *
 * Definition. For variables v₁…v_m (each n values): r_ab = Pearson's r of v_a and v_b
 * (src/stats/pearson.ts: two-pass centred sums), p_ab = 2·P(T_{n−2} ≥ |t|), t = r·√((n − 2)/(1 − r²)).
 * The diagonal is r = 1 and p undefined (`null`), as SPSS leaves it blank.
 *
 * Variant and why: the full symmetric matrix (each pair computed once and mirrored), with the
 * listwise n of the analysis — the examiner reads off which predictors overlap (|r| > 0,4) and
 * whether each predictor alone is related to the dependent.
 *
 * Preconditions (never throws): equally long columns. A constant column gives NaN r and p in its
 * row and column (its diagonal stays 1 only when it varies; otherwise NaN).
 *
 * @example
 * // survey-a: X1, X2, X3, Y (scores)
 * correlationMatrix([X1, X2, X3, Y]).r[1]
 * // → [0.17006412396065027, 1, 0.4313489921984433, 0.3473158016577434]   R: cor(cbind(X1, X2, X3, Y))[2, ]
 * correlationMatrix([X1, X2, X3, Y]).p[1][2]   // 0.000024410901126651934   R: cor.test(X2, X3)$p.value
 *
 * Reference: K. Pearson (1896), Phil. Trans. R. Soc. A 187, 253–318; SPSS Statistics Algorithms,
 * "CORRELATIONS".
 */
import { pearsonP, pearsonR } from './pearson.js';

export interface CorrelationMatrix {
  /** r[a][b], symmetric, 1 on the diagonal (NaN for a constant variable). */
  r: number[][];
  /** Two-tailed p[a][b]; null on the diagonal. */
  p: (number | null)[][];
}

export function correlationMatrix(columns: ArrayLike<number>[]): CorrelationMatrix {
  const m = columns.length;
  const r = Array.from({ length: m }, () => new Array<number>(m).fill(NaN));
  const p = Array.from({ length: m }, () => new Array<number | null>(m).fill(null));
  for (let a = 0; a < m; a++) {
    const n = columns[a].length;
    // The diagonal: 1 for a variable that varies (NaN, like cor(), for a constant one).
    r[a][a] = Number.isNaN(pearsonR(columns[a], columns[a])) ? NaN : 1;
    for (let b = a + 1; b < m; b++) {
      const rab = pearsonR(columns[a], columns[b]);
      const pab = pearsonP(rab, n);
      r[a][b] = r[b][a] = rab;
      p[a][b] = p[b][a] = pab;
    }
  }
  return { r, p };
}
