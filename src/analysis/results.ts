/**
 * Results: every number the chapter states — the shape of results.json (contract §4).
 * Plain records of unrounded numbers; wording and formatting live in src/report.
 * `null` marks a value that does not exist for the data (e.g. a p-value of a perfect fit);
 * the reason is then in `warnings` or a `reason` field.
 */
import type { Lang } from '../messages/catalog.js';
import type { ModelAnalysis, RegressionResult } from './regression.js';
import type { Hypothesis } from './hypotheses.js';
import type { AssumptionsResult } from './assumptions.js';
import type { CollinearityDimension, CorrelationsResult, ResidualStatisticsResult } from './diagnostics.js';
import type { ChecksResult } from './checks.js';

export interface Warning {
  /** Stable machine code, e.g. "zero-variance-item". */
  code: string;
  /** Section of the chapter (4.1 … 4.8) or "data". */
  section: string;
  /** Subject: an item, variable or test name. */
  subject?: string;
  /** Human text in the chapter's language. */
  message: string;
}

export interface Meta {
  n: number;
  alpha: number;
  language: Lang;
  /** Input file (relative to the config folder, / separated) → sha256 hex. */
  inputs: Record<string, string>;
  version: string;
  title: string;
  /** Data rows read and respondents dropped (missing: listwise). */
  rowsRead: number;
  dropped: number;
  simulated: boolean;
}

export interface PopulationStratum {
  stratum: string;
  count: number;
  previous: number | null;
  growth: number | null;
  /** Growth in percent of the previous count (null when the previous count is 0 or absent). */
  growthPercent: number | null;
  /** Share of the total count, percent. */
  percent: number;
}

export interface PopulationResult {
  countColumn: string;
  previousColumn: string | null;
  strata: PopulationStratum[];
  total: number;
  previousTotal: number | null;
  growth: number | null;
  growthPercent: number | null;
  /** Totals printed in the source table that disagree with the row sums. */
  discrepancies: { column: string; stated: number; computed: number }[];
}

export interface SampleResult {
  population: number;
  margin: number;
  /** N / (1 + N·e²) before rounding up. */
  exact: number;
  slovin: number;
  allocation: {
    stratum: string;
    population: number;
    /** Nᵢ / N · n before rounding. */
    quota: number;
    sample: number;
    /** Respondents in the data from this stratum (when `stratum` is configured). */
    realized: number | null;
  }[];
  /** Total respondents in the data, and those whose stratum is not in the frame. */
  realizedTotal: number | null;
  unmatched: { stratum: string; count: number }[];
}

export interface CharacteristicResult {
  column: string;
  label: string;
  kind: 'categorical' | 'classes' | 'multiple';
  /** Group in 4.2 (config `group`), null when not grouped. */
  group: string | null;
  /** Money classes (Rupiah). */
  format: 'rupiah' | null;
  /** The categories have an order (classes, a configured order, numeric answers). */
  ordered: boolean;
  /** Ordered categories: the class holding the middle respondent (cumulative count ≥ n/2). */
  median: string | null;
  /** Respondents (the base of every percent). */
  base: number;
  /** Multi-response: the number of answers given in total. */
  answers: number | null;
  categories: { label: string; count: number; percent: number; lower?: number; upper?: number }[];
}

export interface Results {
  meta: Meta;
  warnings: Warning[];
  population?: PopulationResult;
  sample?: SampleResult;
  characteristics: CharacteristicResult[];
  items?: Record<string, ItemResult>;
  variables?: Record<string, VariableResult>;
  validity?: Record<string, ValidityResult>;
  reliability?: Record<string, ReliabilityResult>;
  /** Critical values with their derivation (the appendix shows the formula and numbers). */
  criticalValues?: CriticalValues;
  regression?: RegressionResult;
  assumptions?: AssumptionsResult;
  hypotheses?: Hypothesis[];
  dominant?: ModelAnalysis['dominant'];
  contribution?: ModelAnalysis['contribution'];
  /** Pearson r and two-tailed Sig. among X1 … Xk and Y. */
  correlations?: CorrelationsResult;
  /** SPSS Collinearity Diagnostics: eigenvalues, condition indices, variance proportions. */
  collinearityDiagnostics?: CollinearityDimension[];
  /** SPSS Residuals Statistics. */
  residualStatistics?: ResidualStatisticsResult;
  /** Plausibility checks of the data (config rules, duplicates, straight-lining). */
  checks?: ChecksResult;
  [section: string]: unknown;
}

export interface ItemResult {
  variable: string;
  statement: string | null;
  reversed: boolean;
  mean: number;
  sd: number;
  /** Count of each scale point ("1" … "5"). */
  frequencies: Record<string, number>;
  /** Percent of respondents at each scale point. */
  percents: Record<string, number>;
  /** Tingkat capaian responden: mean ÷ scale max × 100. */
  tcr: number;
  /** Category of the mean on the scale (class intervals). */
  category: string | null;
  /** Category of the TCR. */
  tcrCategory: string | null;
}

export interface VariableResult {
  label: string;
  kind: 'likert' | 'numeric';
  nItems: number;
  /** Of the score (sum or mean of the items, or the numeric column). */
  mean: number;
  sd: number;
  min: number;
  max: number;
  /** Mean per item (score mean ÷ items for a sum score) — what the category describes. */
  itemMean: number | null;
  tcr: number | null;
  category: string | null;
  tcrCategory: string | null;
}

export interface ValidityResult {
  variable: string;
  r: number;
  p: number;
  rTable: number;
  correctedR: number;
  /** Decided by r (validity: pearson) or correctedR (validity: corrected) > rTable, unrounded. */
  valid: boolean;
}

export interface ReliabilityResult {
  alpha: number;
  nItems: number;
  threshold: number;
  reliable: boolean;
  alphaIfDeleted: Record<string, number>;
  /** SPSS Item-Total Statistics. */
  itemTotal: Record<string, { scaleMeanIfDeleted: number; scaleVarianceIfDeleted: number; correctedR: number; alphaIfDeleted: number }>;
  /** Items whose deletion would raise alpha. */
  raisedByDeleting: string[];
}

export interface CriticalValues {
  /** r tabel = t / √(df + t²), t = t(1 − α/2; df), df = n − 2. */
  r?: { value: number; df: number; t: number; alpha: number };
  /** t tabel = t(1 − α/2; n − k − 1); `oneTailed` = t(1 − α; n − k − 1) when a hypothesis is tested one-tailed. */
  t?: { value: number; df: number; alpha: number; oneTailed: number | null };
  /** F tabel = F(1 − α; k, n − k − 1). */
  f?: { value: number; df1: number; df2: number; alpha: number };
}
