/**
 * Views of sections 4.5–4.9: assumption tests, the regression, the hypothesis tests, the dominant
 * variable and the discussion. Every comparison shown in the text (p < α, |t| > t tabel, …) is
 * decided here on unrounded values and handed to the templates as a boolean.
 */
import path from 'node:path';
import type { Config } from '../../config/types.js';
import type { Results } from '../../analysis/results.js';
import type { Coefficient, Hypothesis } from '../../analysis/regression.js';
import { chartIds } from '../../charts/ids.js';
import { lowerFirst, type Fmt } from './fmt.js';

export interface Words {
  /** Strength of a correlation R, weakest first (0–0,199 … 0,80–1,00). */
  strength: string[];
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
/** X1 → X₁, Y → Y (for equations). */
export function subscript(id: string): string {
  return id.replace(/(\d+)$/, (d) => [...d].map((c) => SUB[Number(c)]).join(''));
}

/** A p-value as the text needs it: "0,053" or, below 0,0005, pSmall with the bound 0,001. */
function pv(p: number | null, alpha: number, f: Fmt) {
  return {
    p: f.p(p),
    // When three decimals would print α itself (0,0504 → 0,050), show four so the comparison is visible.
    pValue: p === null ? '–' : Math.abs(Math.round(p * 1000) / 1000 - alpha) < 1e-12 ? f.num(p, 4) : f.num(p),
    pSmall: p !== null && p < 0.0005,
    pBound: f.num(0.001),
    below: p !== null && p < alpha,
  };
}

export function modelView(results: Results, config: Config, f: Fmt, words: Words, pembahasan: Record<string, { path: string; text: string; exists: boolean }> = {}) {
  const reg = results.regression;
  const as = results.assumptions;
  if (!reg || !as) return null;
  const alpha = config.alpha;
  const label = (id: string) => config.variables.find((v) => v.id === id)?.label ?? id;
  const dep = { id: f.text(reg.dependent), label: f.text(label(reg.dependent)), labelLower: f.text(lowerFirst(label(reg.dependent))), sub: f.text(subscript(reg.dependent)) };
  const term = (id: string) => ({ id: f.text(id), sub: f.text(subscript(id)), label: f.text(label(id)), labelLower: f.text(lowerFirst(label(id))) });
  const coef = (c: Coefficient) => ({
    ...(c.term === '(Constant)' ? { constant: true, id: '(Constant)', sub: '', label: '', labelLower: '' } : { constant: false, ...term(c.term) }),
    b: f.num(c.b),
    bAbs: f.num(Math.abs(c.b)),
    // The sign the reader sees: a coefficient printed as 0,000 (e.g. 1e-16 in a perfect fit) has none.
    positive: c.b > 0 && f.num(c.b) !== f.num(0),
    negative: c.b < 0 && f.num(c.b) !== f.num(0),
    se: f.num(c.se),
    beta: f.num(c.beta),
    t: f.num(c.t),
    ...pv(c.p, alpha, f),
    ciLower: f.num(c.ciLower),
    ciUpper: f.num(c.ciUpper),
    tolerance: f.num(c.tolerance),
    vif: f.num(c.vif),
    zeroOrder: f.num(c.zeroOrder),
    partial: f.num(c.partial),
    part: f.num(c.part),
  });
  const coefficients = reg.coefficients.map(coef);
  const constant = coefficients[0];
  const slopes = coefficients.slice(1);
  const hyp = (h: Hypothesis, i: number) => {
    const own = pembahasan[h.id];
    const authorText = own?.text.trim() ?? '';
    // A file holding only bab4's hint comment counts as not yet written.
    const written = authorText.replace(/<!--[\s\S]*?-->/g, '').trim() !== '';
    const common = {
      no: i + 1,
      // The author's own discussion (pembahasan/H1.md …): their Markdown, inserted as written.
      authorText,
      hasAuthorText: written,
      authorFile: f.text(own ? path.relative(config.baseDir, own.path).split(path.sep).join('/') : ''), hypothesisId: f.text(h.id), hypothesisSub: f.text(subscript(h.id)), statistic: f.num(h.statistic), critical: f.num(h.critical), ...pv(h.p, alpha, f), significant: h.significant, accepted: h.accepted, applicable: h.applicable };
    if (h.test === 'F') {
      return { ...common, isF: true, df1: f.int(h.df[0]), df2: f.int(h.df[1]), exceeds: h.statistic !== null && h.statistic > h.critical, terms: reg.independents.map(term) };
    }
    const c = reg.coefficients.find((x) => x.term === h.term)!;
    return {
      ...common,
      isF: false,
      df: f.int(h.df[0]),
      ...term(h.term!),
      b: f.num(c.b),
      positive: h.positive === true,
      negativeSignificant: h.significant && h.positive === false,
      exceeds: h.statistic !== null && Math.abs(h.statistic) > h.critical,
      statisticAbs: f.num(h.statistic === null ? null : Math.abs(h.statistic)),
    };
  };
  const hypotheses = (results.hypotheses ?? []).map(hyp);
  const tTests = hypotheses.flatMap((h) => ('label' in h ? [h] : []));
  const fTest = hypotheses.find((h) => h.isF)!;
  const strengthIndex = Math.min(4, Math.max(0, Math.floor(reg.r / 0.2 + 1e-12)));
  const n = as.normality;
  const dw = as.autocorrelation.durbinWatson;
  const het = as.heteroscedasticity;
  const lin = as.linearity;
  const deciding = (which: string, test: string) => which === test;
  const contribution = (results.contribution ?? []).map((c) => ({ ...term(c.term), beta: f.num(c.beta), rxy: f.num(c.rxy), effective: f.pct(c.effective, 2), relative: f.pct(c.relative, 2) }));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const dominantHypothesis = results.dominant ? (results.hypotheses ?? []).find((h) => h.term === results.dominant!.term) : undefined;
  const dominant = results.dominant
    ? {
        ...term(results.dominant.term),
        beta: f.num(results.dominant.beta),
        betaAbs: f.num(Math.abs(results.dominant.beta)),
        negative: results.dominant.beta < 0,
        // Largest |Beta| of a coefficient that is not significant: only a description of the sample.
        significant: dominantHypothesis?.significant === true,
      }
    : null;
  const dominantContribution = results.dominant ? (results.contribution ?? []).find((c) => c.term === results.dominant!.term) : undefined;
  return {
    dependent: dep,
    n: f.int(reg.n),
    k: f.int(reg.k),
    alpha: f.num(alpha, 2),
    alphaPercent: f.pct(alpha * 100, 0),
    confidence: f.pct((1 - alpha) * 100, 0),
    perfectFit: reg.perfectFit,
    manyPredictors: reg.independents.length > 1,
    // A zero score is outside every Likert scale: the constant is then only the line's intercept.
    constantOutsideScale: reg.independents.every((id) => (config.variables.find((v) => v.id === id)?.items.length ?? 0) > 0),
    coefficients,
    constant,
    slopes,
    r: f.num(reg.r),
    r2: f.num(reg.r2),
    r2Percent: f.pct(reg.r2 * 100),
    adjR2: f.num(reg.adjR2),
    adjR2Percent: f.pct(reg.adjR2 * 100),
    otherPercent: f.pct((1 - reg.adjR2) * 100),
    adjNegative: reg.adjR2 < 0,
    strength: f.text(words.strength[strengthIndex] ?? ''),
    seEstimate: f.num(reg.seEstimate),
    tTable: f.num(reg.tTable),
    fTable: f.num(reg.fTable),
    anova: {
      ssRegression: f.num(reg.anova.ssRegression),
      ssResidual: f.num(reg.anova.ssResidual),
      ssTotal: f.num(reg.anova.ssTotal),
      dfRegression: f.int(reg.anova.dfRegression),
      dfResidual: f.int(reg.anova.dfResidual),
      dfTotal: f.int(reg.anova.dfTotal),
      msRegression: f.num(reg.anova.msRegression),
      msResidual: f.num(reg.anova.msResidual),
      f: f.num(reg.anova.f),
      p: f.p(reg.anova.p),
    },
    hypotheses,
    tTests,
    fTest,
    anyAccepted: hypotheses.some((h) => h.accepted),
    noneAccepted: !hypotheses.some((h) => h.accepted),
    acceptedTerms: tTests.filter((h) => h.accepted).map((h) => ({ id: h.id, label: h.label })),
    rejectedTerms: tTests.filter((h) => !h.accepted).map((h) => ({ id: h.id, label: h.label })),
    dominant,
    dominantEffective: dominantContribution ? f.pct(dominantContribution.effective, 2) : '–',
    dominantRelative: dominantContribution ? f.pct(dominantContribution.relative, 2) : '–',
    contribution,
    // A negative SE (Beta and r of opposite signs: suppression) makes other shares exceed R² and 100%.
    anyNegativeContribution: (results.contribution ?? []).some((c) => c.effective < 0),
    negativeContributions: (results.contribution ?? []).filter((c) => c.effective < 0).map((c) => term(c.term)),
    effectiveTotal: f.pct(sum((results.contribution ?? []).map((c) => c.effective)), 2),
    relativeTotal: f.pct(sum((results.contribution ?? []).map((c) => c.relative)), 2),
    charts: {
      histogram: chartIds.residualHistogram(),
      pp: chartIds.ppPlot(),
      scatter: chartIds.scatterHetero(),
      coefficients: chartIds.coefficients(),
      observedPredicted: chartIds.observedPredicted(),
    },
    hasResidualCharts: !reg.perfectFit,
    assumptions: {
      applicable: n.applicable,
      normality: {
        test: n.test,
        byLilliefors: deciding(n.test, 'lilliefors'),
        byKs: deciding(n.test, 'kolmogorov-smirnov'),
        bySw: deciding(n.test, 'shapiro-wilk'),
        d: f.num(n.lilliefors.d),
        lilliefors: pv(n.lilliefors.p, alpha, f),
        ks: pv(n.kolmogorovSmirnov.p, alpha, f),
        sw: { w: f.num(n.shapiroWilk.w), ...pv(n.shapiroWilk.p, alpha, f), available: n.shapiroWilk.p !== null },
        passed: n.passed === true,
        decided: n.passed !== null,
        disagree: n.disagree,
        // The Lilliefors-corrected and the classic K-S p disagree (same D, different null distribution).
        liKsDisagree: n.lilliefors.p !== null && n.kolmogorovSmirnov.p !== null && n.lilliefors.p < alpha !== n.kolmogorovSmirnov.p < alpha,
        mean: f.num(n.residualMean),
        sd: f.num(n.residualSd),
      },
      multicollinearity: {
        rows: as.multicollinearity.map((m) => ({ ...term(m.term), tolerance: f.num(m.tolerance), vif: f.num(m.vif), passed: m.passed })),
        passed: as.multicollinearityPassed,
        failed: as.multicollinearity.filter((m) => !m.passed).map((m) => term(m.term)),
        failedMany: as.multicollinearity.filter((m) => !m.passed).length > 1,
      },
      heteroscedasticity: {
        byGlejser: het.test === 'glejser',
        byBp: het.test === 'breusch-pagan',
        byWhite: het.test === 'white',
        glejser: het.glejser.map((g) => ({ ...term(g.term), t: f.num(g.t), ...pv(g.p, alpha, f), passed: g.passed })),
        glejserPassed: het.glejser.every((g) => g.passed),
        glejserFailed: het.glejser.filter((g) => !g.passed).map((g) => term(g.term)),
        glejserFailedMany: het.glejser.filter((g) => !g.passed).length > 1,
        bp: { statistic: f.num(het.breuschPagan.statistic), df: f.int(het.breuschPagan.df), ...pv(het.breuschPagan.p, alpha, f) },
        white: { statistic: f.num(het.white.statistic), df: f.int(het.white.df), ...pv(het.white.p, alpha, f) },
        passed: het.passed === true,
        decided: het.passed !== null,
        disagree: het.disagree,
      },
      autocorrelation: {
        d: f.num(dw.d),
        dL: f.num(dw.dL),
        dU: f.num(dw.dU),
        fourMinusDU: f.num(dw.dU === null ? null : 4 - dw.dU),
        fourMinusDL: f.num(dw.dL === null ? null : 4 - dw.dL),
        ...pv(dw.p, alpha, f),
        exact: dw.method === 'exact',
        none: dw.decision === 'none',
        positive: dw.decision === 'positive',
        negative: dw.decision === 'negative',
        inconclusive: dw.decision === 'inconclusive-positive' || dw.decision === 'inconclusive-negative',
        inconclusiveLow: dw.decision === 'inconclusive-positive',
        notApplicable: dw.decision === 'not-applicable',
        n: f.int(dw.n),
        k: f.int(dw.k),
      },
      linearity: {
        rows: lin.deviation.map((d) => ({ ...term(d.term), f: f.num(d.f), df1: f.int(d.df1), df2: f.int(d.df2), ...pv(d.p, alpha, f), applicable: d.passed !== null, passed: d.passed === true })),
        failed: lin.deviation.filter((d) => d.passed === false).map((d) => term(d.term)),
        failedMany: lin.deviation.filter((d) => d.passed === false).length > 1,
        reset: { f: f.num(lin.reset.f), df1: f.int(lin.reset.df1), df2: f.int(lin.reset.df2), ...pv(lin.reset.p, alpha, f), passed: lin.reset.passed === true, applicable: lin.reset.passed !== null },
        passed: lin.passed === true,
        decided: lin.passed !== null,
        // No predictor has repeated values to test Deviation from Linearity: RESET decides.
        byReset: lin.deviation.every((d) => d.passed === null),
      },
      allPassed: n.passed !== false && as.multicollinearityPassed && het.passed !== false && as.autocorrelation.passed !== false && lin.passed !== false,
      // Tests that could not decide (a p-value or bound that does not exist for these data).
      undecided: (
        [
          ['normality', n.passed === null],
          ['heteroscedasticity', het.passed === null],
          ['autocorrelation', as.autocorrelation.passed === null],
          ['linearity', lin.passed === null],
        ] as const
      )
        .filter(([, u]) => u)
        .map(([key]) => ({ normality: key === 'normality', heteroscedasticity: key === 'heteroscedasticity', autocorrelation: key === 'autocorrelation', linearity: key === 'linearity' })),
      failedMany: [n.passed === false, !as.multicollinearityPassed, het.passed === false, as.autocorrelation.passed === false, lin.passed === false].filter(Boolean).length > 1,
      hasUndecided: [n.passed, het.passed, as.autocorrelation.passed, lin.passed].some((x) => x === null),
      failed: (
        [
          ['normality', n.passed === false],
          ['multicollinearity', !as.multicollinearityPassed],
          ['heteroscedasticity', het.passed === false],
          ['autocorrelation', as.autocorrelation.passed === false],
          ['linearity', lin.passed === false],
        ] as const
      )
        .filter(([, failed]) => failed)
        .map(([key]) => ({ normality: key === 'normality', multicollinearity: key === 'multicollinearity', heteroscedasticity: key === 'heteroscedasticity', autocorrelation: key === 'autocorrelation', linearity: key === 'linearity' })),
    },
  };
}
