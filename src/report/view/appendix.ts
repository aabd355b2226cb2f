/**
 * View of the appendix (lampiran.html), in the order of its sections (numbers in `no`):
 *
 *   1 questionnaire  the questionnaire as the respondents saw it (questionnaire.ts)
 *   2 instrument     the statements per variable (reversed items marked) and the answer scale
 *   3 data           the data table of PlotData.raw: characteristics, then per variable its items as
 *                    answered and its score (at most MAX_RAW_ROWS respondents, "n of N" when capped)
 *   4 output         tables laid out like SPSS output, under SPSS's names (Case Processing Summary …
 *                    RESET), then the analysis notes (warnings, population-total note: l-catatan)
 *   5 critical       how r tabel, t tabel, F tabel, Slovin's n and dL/dU were obtained, numbers filled in
 *   6 tables         the r, t, F and Durbin–Watson tables, the study's rows marked (statistical-tables.ts)
 *
 * Only picking and formatting: every statistic comes from Results (or PlotData), every number goes
 * through `f`, every text from data or config through `f.text`. A value that does not exist for the
 * data (`null` in Results, e.g. a p of a perfect fit) prints as "–" and a boolean says why.
 * Arithmetic here is limited to what a table shows beside a statistic: cumulative percents, case
 * percents, the quantile levels 1 − α/2, and the zone limits 4 − dU, 4 − dL.
 */
import type { Config, VariableSpec } from '../../config/types.js';
import type { Results } from '../../analysis/results.js';
import type { PlotData, RawTable } from '../../analysis/plots.js';
import { formatNumber } from '../../messages/format.js';
import { itemCode } from '../../messages/item-code.js';
import { QUESTIONNAIRE_INTRO } from '../../load/templates.js';
import { titleCase, type Fmt } from './fmt.js';
import { questionnaireView } from './questionnaire.js';
import { statisticalTablesView } from './statistical-tables.js';

type AuthorTexts = Record<string, { path: string; text: string; exists: boolean }>;

/** The number of each appendix ("Lampiran 5"), for headings and cross-references. */
const NUMBERS = { questionnaire: 1, instrument: 2, data: 3, output: 4, critical: 5, tables: 6 };

export function appendixView(results: Results, plots: PlotData, config: Config, fmt: Fmt, authorTexts: AuthorTexts = {}) {
  // A Sig. of "< 0,001" stays on one line in the narrow columns of the SPSS tables.
  const f: Fmt = { ...fmt, p: (x) => fmt.p(x).replace(' ', '\u00a0') };
  const notes = results.warnings.filter((w) => w.code !== 'stated-total');
  return {
    no: Object.fromEntries(Object.entries(NUMBERS).map(([k, v]) => [k, f.int(v)])) as Record<keyof typeof NUMBERS, string>,
    questionnaire: questionnaireView(results, config, f, authorTexts[QUESTIONNAIRE_INTRO]),
    instrument: instrumentPart(config, f),
    data: dataPart(plots.raw, config, f),
    output: outputPart(results, plots, config, f),
    critical: criticalPart(results, config, f),
    tables: statisticalTablesView(plots.tables, f),
    // A warning of a chapter section names it ("4.5"); the data's warnings need no place. A stated
    // population total that differs from its rows has its own note (with the year, not the column).
    warnings: notes.map((w) => ({ section: /^\d/.test(w.section) ? f.text(w.section) : '', message: f.text(w.message) })),
    hasWarnings: notes.length > 0,
  };
}

export type AppendixView = ReturnType<typeof appendixView>;

/** A level such as 1 − α/2 = 0,975, with as many decimals as it needs (up to 6). */
const level = (x: number, f: Fmt) => formatNumber(x, f.lang);

// ── 1 The instrument ─────────────────────────────────────────────────────────────────────────────

function instrumentPart(config: Config, f: Fmt) {
  const { min, max, labels } = config.scale;
  const variables = config.variables.map((v, vi) => ({
    tableId: `l-instrumen-${vi + 1}`,
    id: f.text(v.id),
    label: f.text(v.label),
    numeric: !!v.column,
    column: f.text(v.column ?? ''),
    items: v.items.map((it, i) => ({
      no: i + 1,
      code: f.text(itemCode(it.column)),
      statement: it.statement ? f.text(it.statement) : '–',
      hasStatement: !!it.statement,
      reversed: v.reverse.includes(it.column),
    })),
    anyReversed: v.reverse.length > 0,
    anyStatement: v.items.some((it) => !!it.statement),
  }));
  return {
    scaleTableId: 'l-skala',
    variables,
    likert: variables.filter((v) => !v.numeric),
    numeric: variables.filter((v) => v.numeric),
    anyNumeric: variables.some((v) => v.numeric),
    anyLikert: variables.some((v) => !v.numeric),
    anyReversed: variables.some((v) => v.anyReversed),
    anyStatement: config.variables.some((v) => v.items.some((it) => !!it.statement)),
    scale: labels.map((label, j) => ({ value: f.int(min + j), label: f.text(label) })),
    min: f.int(min),
    max: f.int(max),
    reverseSum: f.int(min + max),
  };
}

// ── 2 The data table ─────────────────────────────────────────────────────────────────────────────

function dataPart(raw: RawTable, config: Config, f: Fmt) {
  const index = (name: string, kind: RawTable['columns'][number]['kind']) => raw.columns.findIndex((c) => c.name === name && c.kind === kind);
  const cell = (x: string | number | undefined, kind: 'item' | 'score' | 'text') => {
    if (typeof x === 'string') return x === '' ? '' : f.text(x);
    if (typeof x !== 'number' || !Number.isFinite(x)) return '–';
    if (Number.isInteger(x)) return f.int(x);
    // As given: the shortest decimals that show the value (scores: at most 3).
    const s = String(x);
    const d = s.includes('e') ? 6 : (s.split('.')[1]?.length ?? 0);
    return f.num(x, Math.min(d, kind === 'score' ? 3 : 6));
  };
  const labelOf = (column: string) => config.characteristics.find((c) => c.column === column)?.label ?? titleCase(column);

  const textCols = raw.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'text');
  const characteristics = {
    tableId: 'l-data-karakteristik',
    headers: textCols.map(({ c, i }) => ({ name: f.text(labelOf(c.name)), numeric: raw.rows.length > 0 && raw.rows.every((r) => typeof r.cells[i] === 'number') })),
    rows: raw.rows.map((r) => ({ row: f.int(r.row), cells: textCols.map(({ c, i }) => cell(r.cells[i], c.kind)) })),
  };
  const variables = config.variables.map((v: VariableSpec, vi) => {
    const items = v.items.map((it) => index(it.column, 'item'));
    const score = index(v.id, 'score');
    return {
      tableId: `l-data-${vi + 1}`,
      id: f.text(v.id),
      label: f.text(v.label),
      numeric: !!v.column,
      scoreIsSum: v.score === 'sum',
      headers: v.items.map((it) => f.text(itemCode(it.column))),
      rows: raw.rows.map((r) => ({
        row: f.int(r.row),
        cells: items.map((i) => cell(i < 0 ? undefined : r.cells[i], 'item')),
        score: cell(score < 0 ? undefined : r.cells[score], 'score'),
      })),
    };
  });
  return {
    shown: f.int(raw.rows.length),
    total: f.int(raw.total),
    capped: raw.rows.length < raw.total,
    anyCharacteristics: textCols.length > 0,
    characteristics,
    variables,
    anyReversed: config.variables.some((v) => v.reverse.length > 0),
  };
}

// ── 3 SPSS-style output ──────────────────────────────────────────────────────────────────────────

function outputPart(results: Results, plots: PlotData, config: Config, f: Fmt) {
  const { meta } = results;
  const items = results.items ?? {};
  const variables = results.variables ?? {};
  const reliability = results.reliability ?? {};
  const validity = results.validity ?? {};
  const { min, max, labels } = config.scale;
  const n = f.int(meta.n);
  const casePct = (x: number) => f.pct(meta.rowsRead > 0 ? (x / meta.rowsRead) * 100 : null);

  const caseSummary = {
    tableId: 'l-case-processing',
    valid: f.int(meta.n),
    validPercent: casePct(meta.n),
    excluded: f.int(meta.dropped),
    excludedPercent: casePct(meta.dropped),
    total: f.int(meta.rowsRead),
    totalPercent: casePct(meta.rowsRead),
    listwise: config.missing === 'listwise',
  };

  // Frequencies: SPSS lists the values that occur, with labels; the reversed items' values are the
  // recoded scores, labelled with the answer they came from.
  let freqNo = 0;
  const frequencies = config.variables
    .filter((v) => v.items.length > 0)
    .map((v) => ({
      id: f.text(v.id),
      label: f.text(v.label),
      items: v.items.map((it) => {
        const r = items[it.column];
        const reversed = v.reverse.includes(it.column);
        let cumulative = 0;
        const rows = r
          ? Array.from({ length: max - min + 1 }, (_, j) => min + j)
              .filter((value) => (r.frequencies[String(value)] ?? 0) > 0)
              .map((value) => {
                const pct = r.percents[String(value)];
                cumulative += pct;
                return {
                  value: f.int(value),
                  label: f.text(labels[reversed ? max - value : value - min] ?? ''),
                  frequency: f.int(r.frequencies[String(value)]),
                  percent: f.pct(pct),
                  validPercent: f.pct(pct),
                  cumulative: f.pct(cumulative),
                };
              })
          : [];
        return { tableId: `l-frek-${++freqNo}`, code: f.text(itemCode(it.column)), reversed, rows, total: n, totalPercent: f.pct(100) };
      }),
    }));

  const reliabilityList = config.variables
    .filter((v) => reliability[v.id])
    .map((v, i) => {
      const r = reliability[v.id];
      return {
        tableId: `l-reliabilitas-${i + 1}`,
        itemTableId: `l-item-total-${i + 1}`,
        id: f.text(v.id),
        label: f.text(v.label),
        alpha: f.num(r.alpha),
        nItems: f.int(r.nItems),
        items: v.items.map((it) => {
          const s = r.itemTotal[it.column];
          return {
            code: f.text(itemCode(it.column)),
            scaleMean: f.mean(s?.scaleMeanIfDeleted),
            scaleVariance: f.num(s?.scaleVarianceIfDeleted),
            correctedR: f.num(s?.correctedR),
            alphaIfDeleted: f.num(s?.alphaIfDeleted),
          };
        }),
      };
    });

  const correlations = config.variables
    .filter((v) => v.items.some((it) => validity[it.column]))
    .map((v, i) => ({
      tableId: `l-korelasi-${i + 1}`,
      id: f.text(v.id),
      label: f.text(v.label),
      items: v.items
        .filter((it) => validity[it.column])
        .map((it) => {
          const r = validity[it.column];
          return { code: f.text(itemCode(it.column)), r: f.num(r.r), p: f.p(r.p), n };
        }),
    }));
  const singleItem = config.variables.filter((v) => v.items.length === 1).map((v) => ({ id: f.text(v.id), label: f.text(v.label) }));

  const descriptives = {
    tableId: 'l-deskriptif',
    rows: config.variables
      .filter((v) => variables[v.id])
      .map((v) => {
        const d = variables[v.id];
        const whole = (x: number) => (Number.isInteger(x) ? f.int(x) : f.num(x));
        return { id: f.text(v.id), label: f.text(v.label), n, min: whole(d.min), max: whole(d.max), mean: f.mean(d.mean), sd: f.mean(d.sd) };
      }),
    n,
  };

  return {
    caseSummary,
    frequencies,
    anyFrequencies: frequencies.length > 0,
    reliability: reliabilityList,
    anyReliability: reliabilityList.length > 0,
    correlations,
    anyCorrelations: correlations.length > 0,
    corrected: config.validity === 'corrected',
    rTable: f.num(results.criticalValues?.r?.value),
    singleItem,
    anySingleItem: singleItem.length > 0,
    descriptives,
    model: modelPart(results, plots, config, f),
  };
}

/** Regression and assumption tables; null when the study has no model results. */
function modelPart(results: Results, plots: PlotData, config: Config, f: Fmt) {
  const reg = results.regression;
  const as = results.assumptions;
  if (!reg || !as) return null;
  const alpha = results.meta.alpha;
  const labelOf = (id: string) => config.variables.find((v) => v.id === id)?.label ?? id;
  const dependent = { id: f.text(reg.dependent), label: f.text(labelOf(reg.dependent)) };
  const predictors = reg.independents.map((id) => ({ id: f.text(id), label: f.text(labelOf(id)) }));
  const a = reg.anova;
  const dw = as.autocorrelation.durbinWatson;
  const nm = as.normality;
  const term = (t: string) => (t === '(Constant)' ? '(Constant)' : f.text(t));

  const summary = {
    tableId: 'l-model-summary',
    r: f.num(reg.r),
    r2: f.num(reg.r2),
    adjR2: f.num(reg.adjR2),
    se: f.num(reg.seEstimate),
    dw: f.num(dw.d),
  };
  const anova = {
    tableId: 'l-anova',
    ssRegression: f.num(a.ssRegression),
    ssResidual: f.num(a.ssResidual),
    ssTotal: f.num(a.ssTotal),
    dfRegression: f.int(a.dfRegression),
    dfResidual: f.int(a.dfResidual),
    dfTotal: f.int(a.dfTotal),
    msRegression: f.num(a.msRegression),
    msResidual: f.num(a.msResidual),
    f: f.num(a.f),
    p: f.p(a.p),
  };
  const coefficients = {
    tableId: 'l-coefficients',
    ciLevel: f.pct((1 - alpha) * 100, 1),
    rows: reg.coefficients.map((c) => ({
      term: term(c.term),
      b: f.num(c.b),
      se: f.num(c.se),
      beta: f.num(c.beta),
      t: f.num(c.t),
      p: f.p(c.p),
      ciLower: f.num(c.ciLower),
      ciUpper: f.num(c.ciUpper),
      zeroOrder: f.num(c.zeroOrder),
      partial: f.num(c.partial),
      part: f.num(c.part),
      tolerance: f.num(c.tolerance),
      vif: f.num(c.vif),
    })),
  };

  // Normal parameters of the residuals: the mean and sd (divisor n − 1) the K-S test compares with,
  // as SPSS prints them (the residual histogram's; absent for a perfect fit).
  const hist = plots.residuals?.histogram ?? null;
  const normality = {
    tableId: 'l-kolmogorov-smirnov',
    testsTableId: 'l-tests-of-normality',
    applicable: nm.applicable,
    n: f.int(reg.n),
    mean: f.num(nm.applicable ? (hist?.mean ?? nm.residualMean) : null),
    sd: f.num(nm.applicable ? (hist?.sd ?? null) : null),
    d: f.num(nm.lilliefors.d ?? nm.kolmogorovSmirnov.d),
    // SPSS's Most Extreme Differences: Positive D⁺, Negative −D⁻.
    dPositive: f.num(nm.kolmogorovSmirnov.dPlus),
    dNegative: f.num(nm.kolmogorovSmirnov.dMinus === null ? null : -nm.kolmogorovSmirnov.dMinus),
    lillieforsP: f.p(nm.lilliefors.p),
    ksP: f.p(nm.kolmogorovSmirnov.p),
    lillieforsD: f.num(nm.lilliefors.d),
    w: f.num(nm.shapiroWilk.w),
    swP: f.p(nm.shapiroWilk.p),
    swApplicable: nm.shapiroWilk.w !== null,
    swOutOfRange: nm.shapiroWilk.reason === 'n-out-of-range',
    df: f.int(reg.n),
    decidesLilliefors: nm.test === 'lilliefors',
    decidesKs: nm.test === 'kolmogorov-smirnov',
    decidesSw: nm.test === 'shapiro-wilk',
  };

  const het = as.heteroscedasticity;
  const heteroscedasticity = {
    glejserTableId: 'l-glejser',
    testsTableId: 'l-breusch-pagan-white',
    applicable: het.applicable,
    glejser: [
      { term: '(Constant)', b: f.num(het.glejserConstant.b), se: f.num(het.glejserConstant.se), beta: '', t: f.num(het.glejserConstant.t), p: f.p(het.glejserConstant.p) },
      ...het.glejser.map((g) => ({ term: term(g.term), b: f.num(g.b), se: f.num(g.se), beta: f.num(g.beta), t: f.num(g.t), p: f.p(g.p) })),
    ],
    bp: { statistic: f.num(het.breuschPagan.statistic), df: f.int(het.breuschPagan.df), p: f.p(het.breuschPagan.p) },
    white: { statistic: f.num(het.white.statistic), df: f.int(het.white.df), p: f.p(het.white.p) },
    decidesGlejser: het.test === 'glejser',
    decidesBp: het.test === 'breusch-pagan',
    decidesWhite: het.test === 'white',
  };

  const known = dw.dL !== null && dw.dU !== null;
  const bound = (x: number | null) => (x === 0 || x === 4 ? f.int(x) : f.num(x));
  const zone = (lo: number | null, hi: number | null, holds: boolean) => ({ lo: bound(lo), hi: bound(hi), holds });
  const durbinWatson = {
    tableId: 'l-durbin-watson',
    zonesTableId: 'l-durbin-watson-zona',
    d: f.num(dw.d),
    p: f.p(dw.p),
    /** "= 0,160" or "< 0,001", for "p = …" in a sentence. */
    pStated: dw.p !== null && dw.p < 0.0005 ? f.p(dw.p) : `= ${f.p(dw.p)}`,
    dL: f.num(dw.dL),
    dU: f.num(dw.dU),
    n: f.int(dw.n),
    k: f.int(dw.k),
    alpha: level(alpha, f),
    fourMinusDU: f.num(known ? 4 - dw.dU! : null),
    fourMinusDL: f.num(known ? 4 - dw.dL! : null),
    exact: dw.method === 'exact',
    known,
    applicable: dw.decision !== 'not-applicable',
    zones: {
      positive: zone(0, dw.dL, dw.decision === 'positive'),
      lowerDoubt: zone(dw.dL, dw.dU, dw.decision === 'inconclusive-positive'),
      none: zone(dw.dU, known ? 4 - dw.dU! : null, dw.decision === 'none'),
      upperDoubt: zone(known ? 4 - dw.dU! : null, known ? 4 - dw.dL! : null, dw.decision === 'inconclusive-negative'),
      negative: zone(known ? 4 - dw.dL! : null, 4, dw.decision === 'negative'),
    },
    none: dw.decision === 'none',
    positive: dw.decision === 'positive',
    negative: dw.decision === 'negative',
    inconclusive: dw.decision === 'inconclusive-positive' || dw.decision === 'inconclusive-negative',
  };

  const lin = as.linearity;
  const linearity = {
    tableId: 'l-deviation-linearity',
    resetTableId: 'l-reset',
    rows: lin.deviation.map((d) => ({ term: term(d.term), f: f.num(d.f), df1: f.int(d.df1), df2: f.int(d.df2), p: f.p(d.p) })),
    reset: { f: f.num(lin.reset.f), df1: f.int(lin.reset.df1), df2: f.int(lin.reset.df2), p: f.p(lin.reset.p) },
  };

  // SPSS Correlations of the model's variables (Pearson r, Sig. (2-tailed), N), X1 … Xk then Y.
  const corr = results.correlations;
  const correlations = corr
    ? {
        tableId: 'l-korelasi-variabel',
        terms: corr.terms.map((t) => ({ id: f.text(t) })),
        rows: corr.terms.map((t, a) => ({
          id: f.text(t),
          r: corr.r[a].map((v) => ({ value: f.num(v) })),
          p: corr.p[a].map((v, b) => ({ value: a === b ? '' : f.p(v) })),
        })),
        n: f.int(reg.n),
      }
    : null;
  const cd = results.collinearityDiagnostics;
  const collinearity = cd
    ? {
        tableId: 'l-collinearity-diagnostics',
        terms: ['(Constant)', ...reg.independents].map((t) => ({ id: term(t) })),
        rows: cd.map((d) => ({
          dimension: f.int(d.dimension),
          eigenvalue: f.num(d.eigenvalue),
          conditionIndex: f.num(d.conditionIndex),
          proportions: ['(Constant)', ...reg.independents].map((t) => ({ value: f.num(d.proportions[t], 2) })),
        })),
      }
    : null;
  const rs = results.residualStatistics;
  const sumRow = (s: { min: number | null; max: number | null; mean: number | null; sd: number | null }) => ({ min: f.num(s.min), max: f.num(s.max), mean: f.num(s.mean), sd: f.num(s.sd) });
  const residualStats = rs
    ? { tableId: 'l-residuals-statistics', predicted: sumRow(rs.predicted), residual: sumRow(rs.residual), stdPredicted: sumRow(rs.stdPredicted), stdResidual: sumRow(rs.stdResidual), n: f.int(reg.n) }
    : null;
  // Robustness: HC3 coefficients and bootstrap percentile intervals.
  const robust = reg.robust
    ? {
        tableId: 'l-hc3',
        bootTableId: 'l-bootstrap',
        ciLevel: f.pct((1 - alpha) * 100, 1),
        rows: reg.robust.coefficients.map((c) => {
          const ols = reg.coefficients.find((x) => x.term === c.term)!;
          return { term: term(c.term), b: f.num(ols.b), se: f.num(c.se), t: f.num(c.t), p: f.p(c.p), ciLower: f.num(c.ciLower), ciUpper: f.num(c.ciUpper) };
        }),
        df: f.int(reg.anova.dfResidual),
        bootstrap: reg.bootstrap
          ? {
              replicates: f.int(reg.bootstrap.replicates),
              seed: f.text(String(reg.bootstrap.seed)),
              failed: f.int(reg.bootstrap.failed),
              anyFailed: reg.bootstrap.failed > 0,
              rows: reg.bootstrap.coefficients.map((c) => ({ term: term(c.term), b: f.num(reg.coefficients.find((x) => x.term === c.term)!.b), ciLower: f.num(c.ciLower), ciUpper: f.num(c.ciUpper) })),
            }
          : null,
      }
    : null;

  return {
    dependent,
    predictors,
    perfectFit: reg.perfectFit,
    correlations,
    collinearity,
    residualStats,
    robust,
    summary,
    anova,
    coefficients,
    normality,
    heteroscedasticity,
    durbinWatson,
    linearity,
  };
}

// ── 4 Critical values ────────────────────────────────────────────────────────────────────────────

function criticalPart(results: Results, config: Config, f: Fmt) {
  const cv = results.criticalValues ?? {};
  const alpha = results.meta.alpha;
  const reg = results.regression;
  const dw = results.assumptions?.autocorrelation.durbinWatson;
  const s = results.sample;
  const d4 = (x: number | null | undefined) => f.num(x, 4);
  return {
    alpha: level(alpha, f),
    n: f.int(results.meta.n),
    r: cv.r
      ? { df: f.int(cv.r.df), level: level(1 - cv.r.alpha / 2, f), t: d4(cv.r.t), value: d4(cv.r.value), value3: f.num(cv.r.value) }
      : null,
    t: cv.t && reg
      ? {
          df: f.int(cv.t.df),
          n: f.int(reg.n),
          k: f.int(reg.k),
          level: level(1 - cv.t.alpha / 2, f),
          value: d4(cv.t.value),
          value3: f.num(cv.t.value),
          // Directional hypotheses tested one-tailed: t(1 − α; df).
          oneTailed: cv.t.oneTailed !== null && cv.t.oneTailed !== undefined,
          levelOne: level(1 - cv.t.alpha, f),
          valueOne: d4(cv.t.oneTailed ?? null),
          valueOne3: f.num(cv.t.oneTailed ?? null),
        }
      : null,
    f: cv.f && reg ? { df1: f.int(cv.f.df1), df2: f.int(cv.f.df2), n: f.int(reg.n), k: f.int(reg.k), level: level(1 - cv.f.alpha, f), value: d4(cv.f.value), value3: f.num(cv.f.value) } : null,
    slovin: s && config.population
      ? { N: f.int(s.population), e: f.num(s.margin, 2), exact: f.num(s.exact, 2), n: f.int(s.slovin) }
      : null,
    dw: dw && reg
      ? {
          n: f.int(dw.n),
          k: f.int(dw.k),
          kPlus: f.int(dw.k + 1),
          nMinus: f.int(dw.n - 1),
          m: f.int(dw.n - dw.k - 1),
          dL: d4(dw.dL),
          dU: d4(dw.dU),
          dL3: f.num(dw.dL),
          dU3: f.num(dw.dU),
          known: dw.dL !== null && dw.dU !== null,
        }
      : null,
    validityCorrected: config.validity === 'corrected',
  };
}
