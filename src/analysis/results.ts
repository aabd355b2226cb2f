/**
 * Results: every number the chapter states — the shape of results.json (contract §4).
 * Plain records of unrounded numbers; wording and formatting live in src/report.
 * `null` marks a value that does not exist for the data (e.g. a p-value of a perfect fit);
 * the reason is then in `warnings` or a `reason` field.
 */
import type { Lang } from '../messages/catalog.js';

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
  [section: string]: unknown;
}
