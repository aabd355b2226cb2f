/**
 * The normalized config: what the rest of bab4 works with. Produced only by `loadConfig`
 * (src/config/load.ts) from the user's YAML, with defaults filled in and paths made absolute.
 */
import type { Lang } from '../messages/catalog.js';
import type { Rule } from './rule.js';

export interface ItemSpec {
  /** Column header in the data. */
  column: string;
  /** Questionnaire statement, when the config gives one. */
  statement?: string;
}

export interface VariableSpec {
  /** Key in the config (X1, Y, …). */
  id: string;
  label: string;
  /** Likert items; empty for a numeric single-column variable. */
  items: ItemSpec[];
  /** Numeric single-column variable (e.g. income in Rupiah). */
  column?: string;
  /** Items reversed before scoring (value → min + max − value). */
  reverse: string[];
  /** How the score is formed from the items. */
  score: 'sum' | 'mean';
}

export interface CharacteristicSpec {
  column: string;
  label: string;
  /** Class bounds for a numeric characteristic: [25, 35] → < 25, 25–34, ≥ 35. */
  bins?: number[];
  /** Multi-response: the separator between the chosen answers. */
  multiple?: string;
  /** Category order (others follow by frequency). */
  order?: string[];
  /** Unit appended to class labels (default: the text in parentheses in the label). */
  unit?: string;
  /** Answer options as printed in the questionnaire (default: the answers seen in the data). */
  options?: string[];
  /** Group in 4.2 (e.g. sosial, ekonomi). */
  group?: string;
  /** Money classes in Rupiah (with bins). */
  format?: 'rupiah';
}

export type Direction = 'positive' | 'negative' | 'two-sided';

export interface HypothesisSpec {
  /** H1 … Hk follow model.independents; H(k+1) is the simultaneous F test. */
  id: string;
  /** The predictor (t test), null for the F test. */
  term: string | null;
  /** As the author's chapter II states it; two-sided when not stated (and always for F). */
  direction: Direction;
  /** The author's wording of the hypothesis, if given. */
  text?: string;
}

export interface CheckSpec {
  /** As written in the config. */
  rule: string;
  parsed: Rule;
  severity: 'warning' | 'error';
  /** Position in `checks:` and the YAML line, for messages. */
  index: number;
  line?: number;
}

export interface PopulationSpec {
  file: string;
  stratum: string;
  count: string;
  previous?: string;
  margin: number;
  /** Totals printed in the source table, per count column, to check against the row sums. */
  statedTotals: Record<string, number>;
  /** What is counted, for captions: "UMKM Fashion" → "Jumlah UMKM Fashion per Kecamatan …". */
  unit?: string;
  /** Where: "Kota Jambi" (given, or the place after the last "di" of the title). */
  area?: string;
  /** Where the population table comes from ("Dinas …, 2022"); the default source line when absent. */
  source?: string;
}

export interface Band {
  /** Lower bound (inclusive) of the band. */
  min: number;
  label: string;
}

export interface Config {
  /** Absolute path of the config file. */
  configPath: string;
  /** Folder of the config file: every path is relative to it. */
  baseDir: string;
  title: string;
  language: Lang;
  alpha: number;
  data: { file: string; sheet?: string };
  scale: { min: number; max: number; labels: string[] };
  population?: PopulationSpec;
  stratum?: string;
  characteristics: CharacteristicSpec[];
  /** In config order. */
  variables: VariableSpec[];
  model: { dependent: string; independents: string[] };
  validity: 'pearson' | 'corrected';
  reliabilityThreshold: number;
  normality: 'lilliefors' | 'kolmogorov-smirnov' | 'shapiro-wilk';
  heteroscedasticity: 'glejser' | 'breusch-pagan' | 'white';
  missing: 'error' | 'listwise';
  templates?: string;
  /** Categories of a mean on the scale (equal class intervals, lowest first). */
  meanCategories: string[];
  /** TCR bands, highest first. */
  tcrBands: Band[];
  /** "Sumber: data primer diolah, 2026" — text and year under each table and figure. */
  source: { text: string; year?: number };
  /** Author's discussion files per hypothesis id (H1 … Hk+1), absolute paths. */
  pembahasan: Record<string, string>;
  /** The bundled data are simulated: the chapter says so. */
  simulated: boolean;
  /** Short aliases for column headers (alias → header text). */
  columns: Record<string, string>;
  /** Lists of tables and figures: a document of their own (daftar.html/.docx) or at the end of the chapter. */
  lists: 'separate' | 'chapter';
  /** The chapter's first page number (it follows BAB I–III in the thesis); Word and PDF. */
  pageStart: number;
  /** Where page numbers stand: on the chapter's first page and on the others. */
  pageNumbers: { first: PageNumberPlace; others: PageNumberPlace };
  /** Word output: the student's thesis document whose styles and margins the .docx files take. */
  docx: { reference?: string };
  /** Also write bab4.pdf and lampiran.pdf (needs a Chromium-family browser). */
  pdf: boolean;
  /** Foreign terms set in italics (the language's defaults plus the config's `italic:`). */
  italic: string[];
  /** Decimals by quantity: statistics 3, means and standard deviations 2, percentages 1. */
  decimals: { statistic: number; mean: number; percent: number };
  /** The questionnaire of the appendix: the author's cover letter and instructions (absolute path). */
  questionnaire: { intro?: string };
  /** Figures that repeat a table: false drops them (4.2 characteristic charts, 4.3 item distributions). */
  charts: { characteristics: boolean; items: boolean };
  /** One per hypothesis H1 … H(k+1), in order. */
  hypotheses: HypothesisSpec[];
  /** The config states the hypotheses (`hypotheses:`); otherwise every one is two-sided. */
  hypothesesStated: boolean;
  /** auto: directional hypotheses one-tailed; two: every test two-tailed. */
  tails: 'auto' | 'two';
  /** A p within this share of alpha on either side of alpha is called borderline. */
  borderline: number;
  /** HC3 and bootstrap: when an assumption fails (auto), always, or never. */
  robust: 'auto' | 'always' | 'never';
  bootstrap: { replicates: number; seed: number };
  /** The explained-variance measure of 4.7 and 4.8. */
  determination: 'adjusted' | 'r2';
  /** Plausibility rules on the data. */
  checks: CheckSpec[];
}

export type PageNumberPlace = 'top-left' | 'top-center' | 'top-right' | 'bottom-left' | 'bottom-center' | 'bottom-right';
