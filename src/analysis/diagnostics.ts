/**
 * The regression tables an examiner expects beside the Coefficients (the appendix, as SPSS places
 * them): the Correlations among the model's variables, the Collinearity Diagnostics and the
 * Residuals Statistics. Plain records of unrounded numbers (null where a value does not exist).
 */
import type { Config } from '../config/types.js';
import { correlationMatrix } from '../stats/correlation-matrix.js';
import { collinearityDiagnostics } from '../stats/collinearity-diagnostics.js';
import { residualStatistics, type Summary } from '../stats/residual-statistics.js';
import type { ModelAnalysis } from './regression.js';

export interface CorrelationsResult {
  /** X1 … Xk, then the dependent. */
  terms: string[];
  r: (number | null)[][];
  /** Two-tailed Sig.; null on the diagonal. */
  p: (number | null)[][];
}

export interface CollinearityDimension {
  dimension: number;
  eigenvalue: number | null;
  conditionIndex: number | null;
  /** Variance proportion of each coefficient ("(Constant)", X1, …) on this dimension. */
  proportions: Record<string, number | null>;
}

type NullableSummary = { [K in keyof Summary]: number | null };

export interface ResidualStatisticsResult {
  predicted: NullableSummary;
  residual: NullableSummary;
  stdPredicted: NullableSummary;
  stdResidual: NullableSummary;
}

const nn = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);
const nullable = (s: Summary): NullableSummary => ({ min: nn(s.min), max: nn(s.max), mean: nn(s.mean), sd: nn(s.sd) });

export function analyseDiagnostics(config: Config, model: ModelAnalysis) {
  const { fit, y, columns } = model;
  const { independents, dependent } = config.model;
  const cm = correlationMatrix([...columns, y]);
  const correlations: CorrelationsResult = {
    terms: [...independents, dependent],
    r: cm.r.map((row) => row.map(nn)),
    p: cm.p.map((row) => row.map(nn)),
  };
  const cd = collinearityDiagnostics(columns);
  const terms = ['(Constant)', ...independents];
  const collinearity: CollinearityDimension[] = Array.from(cd.eigenvalue, (eigenvalue, d) => ({
    dimension: d + 1,
    eigenvalue: nn(eigenvalue),
    conditionIndex: nn(cd.conditionIndex[d]),
    proportions: Object.fromEntries(terms.map((t, j) => [t, nn(cd.proportions[d][j])])),
  }));
  const rs = residualStatistics(fit.fitted, fit.residuals, fit.perfectFit ? 0 : fit.sigma);
  const residuals: ResidualStatisticsResult = {
    predicted: nullable(rs.predicted),
    residual: nullable(rs.residual),
    stdPredicted: nullable(rs.stdPredicted),
    stdResidual: nullable(rs.stdResidual),
  };
  return { correlations, collinearityDiagnostics: collinearity, residualStatistics: residuals };
}
