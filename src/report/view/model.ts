/**
 * Views of sections 4.5–4.9: assumption tests, the regression, the hypothesis tests, the dominant
 * variable and the discussion. Every comparison shown in the text (p < α, |t| > t tabel, …) is
 * decided here on unrounded values and handed to the templates as a boolean.
 */
import path from 'node:path';
import type { Config } from '../../config/types.js';
import type { Results } from '../../analysis/results.js';
import type { Coefficient } from '../../analysis/regression.js';
import type { Hypothesis } from '../../analysis/hypotheses.js';
import { chartIds } from '../../charts/ids.js';
import { lowerFirst, type Fmt } from './fmt.js';

export interface Words {
  /** Strength of a correlation R, weakest first (0–0,199 … 0,80–1,00). */
  strength: string[];
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';

/** Two predictors "overlap" above this |r| (the text of a non-significant one says so). */
export const OVERLAP_R = 0.4;
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
  // Predictors that overlap (|r| > OVERLAP_R with another predictor), from the correlation matrix.
  const corr = results.correlations;
  const overlapsOf = (id: string) => {
    if (!corr) return [];
    const a = corr.terms.indexOf(id);
    return reg.independents
      .filter((other) => other !== id)
      .map((other) => ({ other, r: corr.r[a]?.[corr.terms.indexOf(other)] ?? null }))
      .filter((o): o is { other: string; r: number } => o.r !== null && Math.abs(o.r) > OVERLAP_R)
      .map((o) => ({ ...term(o.other), r: f.num(o.r) }));
  };
  const robustShown = reg.robust !== null;
  const lowBorder = alpha * (1 - config.borderline);
  const highBorder = alpha * (1 + config.borderline);
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
      authorFile: f.text(own ? path.relative(config.baseDir, own.path).split(path.sep).join('/') : ''),
      hypothesisId: f.text(h.id),
      hypothesisSub: f.text(subscript(h.id)),
      statistic: f.num(h.statistic),
      critical: f.num(h.critical),
      ...pv(h.p, alpha, f),
      significant: h.significant,
      accepted: h.accepted,
      rejected: h.applicable && !h.accepted,
      applicable: h.applicable,
      // The author's wording of the hypothesis (config), shown instead of the generated one.
      text: h.text === null ? '' : f.text(h.text),
      hasText: h.text !== null,
      // A p within borderline·α of α: the evidence is marginal.
      borderline: h.applicable && h.borderline,
      borderLow: f.num(lowBorder, 2),
      borderHigh: f.num(highBorder, 2),
      robustShown,
    };
    if (h.test === 'F') {
      return { ...common, isF: true, df1: f.int(h.df[0]), df2: f.int(h.df[1]), exceeds: h.statistic !== null && h.statistic > h.critical, terms: reg.independents.map(term) };
    }
    const c = reg.coefficients.find((x) => x.term === h.term)!;
    const oneTailed = h.tails === 1;
    const overlaps = !h.accepted && h.applicable ? overlapsOf(h.term!) : [];
    const robustCoef = reg.robust?.coefficients.find((x) => x.term === h.term);
    const bootCoef = reg.bootstrap?.coefficients.find((x) => x.term === h.term);
    return {
      ...common,
      isF: false,
      df: f.int(h.df[0]),
      ...term(h.term!),
      b: f.num(c.b),
      // The coefficient's sign (the reader's: printed as 0,000 it has none).
      positive: h.positive === true,
      twoSided: h.direction === 'two-sided',
      dirPositive: h.direction === 'positive',
      dirNegative: h.direction === 'negative',
      directional: h.direction !== 'two-sided',
      oneTailed,
      twoTailed: !oneTailed,
      // Directional, tested two-tailed: significant but with the other sign (survey-b's H4).
      significantOpposite: h.direction !== 'two-sided' && !oneTailed && h.significant && h.signMatches === false,
      // Directional, tested one-tailed: the coefficient has the other sign (p > 0,5).
      oneTailedOpposite: oneTailed && h.signMatches === false,
      // …and its two-tailed Sig. would even call the opposite effect significant.
      oppositeTwoTailedSignificant: oneTailed && h.signMatches === false && h.pTwoTailed !== null && h.pTwoTailed < alpha,
      pTwoTailed: pv(h.pTwoTailed, alpha, f),
      exceeds: h.statistic !== null && Math.abs(h.statistic) > h.critical,
      statisticAbs: f.num(h.statistic === null ? null : Math.abs(h.statistic)),
      // Overlap with other predictors when the effect is not significant.
      overlaps,
      hasOverlap: overlaps.length > 0,
      zeroOrder: f.num(c.zeroOrder),
      // Robustness: HC3 and the bootstrap decision, and whether they reverse the decision.
      robust: h.robust && robustCoef
        ? {
            se: f.num(robustCoef.se),
            seOls: f.num(c.se),
            t: f.num(h.robust.statistic),
            ...pv(h.robust.p, alpha, f),
            accepted: h.robust.accepted,
            reverses: h.robust.accepted !== h.accepted,
          }
        : null,
      // Either check reverses the decision.
      robustReverses: (h.robust !== null && h.robust.accepted !== h.accepted) || (h.bootstrap !== null && h.bootstrap.accepted !== h.accepted),
      bootstrap: h.bootstrap && bootCoef
        ? {
            ciLower: f.num(bootCoef.ciLower),
            ciUpper: f.num(bootCoef.ciUpper),
            bound: f.num(h.direction === 'negative' ? h.bootstrap.upper : h.bootstrap.lower),
            oneSided: oneTailed,
            accepted: h.bootstrap.accepted,
            reverses: h.bootstrap.accepted !== h.accepted,
          }
        : null,
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
  const contribution = (results.contribution ?? []).map((c) => ({ ...term(c.term), beta: f.num(c.beta), rxy: f.num(c.rxy), effective: f.pct(c.effective), relative: f.pct(c.relative) }));
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
  // 4.7.1: which tests were one-tailed, and why.
  const tHyps = (results.hypotheses ?? []).filter((h) => h.test === 't');
  const oneTailedIds = tHyps.filter((h) => h.tails === 1).map((h) => ({ sub: f.text(subscript(h.id)), positive: h.direction === 'positive' }));
  const directionalTwo = tHyps.filter((h) => h.direction !== 'two-sided' && h.tails === 2).map((h) => ({ sub: f.text(subscript(h.id)) }));
  const tOne = results.criticalValues?.t?.oneTailed ?? null;
  // 4.7.2: the robustness checks.
  const robustRows = tTests.filter((h) => h.robust !== null);
  const reversed = robustRows.filter((h) => h.robust!.reverses || h.bootstrap?.reverses === true);
  const normalityFailed = as.normality.passed === false;
  const heteroFailed = as.heteroscedasticity.passed === false;
  const robustness = reg.robust
    ? {
        tableId: 'tab-ketahanan',
        byNormality: normalityFailed && !heteroFailed,
        byHetero: heteroFailed && !normalityFailed,
        byBoth: normalityFailed && heteroFailed,
        always: !normalityFailed && !heteroFailed,
        bootstrap: reg.bootstrap !== null,
        replicates: f.int(reg.bootstrap?.replicates ?? config.bootstrap.replicates),
        // The seed as written in the config (no thousands separators).
        seed: f.text(String(reg.bootstrap?.seed ?? config.bootstrap.seed)),
        lowerPercentile: f.pct((alpha / 2) * 100, 1),
        upperPercentile: f.pct((1 - alpha / 2) * 100, 1),
        oneSidedLower: f.pct(alpha * 100, 0),
        oneSidedUpper: f.pct((1 - alpha) * 100, 0),
        anyOneTailed: oneTailedIds.length > 0,
        rows: robustRows,
        allHold: reversed.length === 0,
        reversed: reversed.map((h) => ({
          ...h,
          both: h.robust!.reverses && h.bootstrap?.reverses === true,
          onlyHc3: h.robust!.reverses && h.bootstrap?.reverses !== true,
          onlyBoot: !h.robust!.reverses && h.bootstrap?.reverses === true,
          // What the checks say instead: significant (the OLS test was not) or not.
          nowSignificant: !h.accepted,
        })),
        reversedMany: reversed.length > 1,
      }
    : null;
  const adjusted = config.determination === 'adjusted';
  const explained = adjusted ? reg.adjR2 : reg.r2;
  // What the figures show (4.5): thresholds for the words, not tests — the tests are in the tables.
  const shape = as.normality.shape;
  const zOf = (g: number | null, se: number | null) => (g === null || se === null || !(se > 0) ? null : g / se);
  const zSkew = zOf(shape.skewness, shape.skewnessSe);
  const zKurt = zOf(shape.kurtosis, shape.kurtosisSe);
  const pp = as.normality.pp;
  const spread = as.heteroscedasticity.spread;
  const reading = {
    available: shape.skewness !== null && pp.maxDeviation !== null,
    skewness: f.num(shape.skewness),
    skewnessSe: f.num(shape.skewnessSe),
    kurtosis: f.num(shape.kurtosis),
    kurtosisSe: f.num(shape.kurtosisSe),
    // |G / SE| ≤ 1,96: no clear departure from the normal curve's shape.
    symmetric: zSkew !== null && Math.abs(zSkew) <= 1.96,
    skewLeft: zSkew !== null && zSkew < -1.96,
    skewRight: zSkew !== null && zSkew > 1.96,
    kurtosisNormal: zKurt !== null && Math.abs(zKurt) <= 1.96,
    heavyTails: zKurt !== null && zKurt > 1.96,
    flat: zKurt !== null && zKurt < -1.96,
    ppMax: f.num(pp.maxDeviation),
    ppExpected: f.num(pp.expected),
    // Where on the plot: the lower tail, the middle or the upper tail of the distribution.
    ppLower: pp.expected !== null && pp.expected < 0.25,
    ppUpper: pp.expected !== null && pp.expected > 0.75,
    ppMiddle: pp.expected !== null && pp.expected >= 0.25 && pp.expected <= 0.75,
    ppAbove: (pp.deviation ?? 0) > 0,
    // Up to 0,05 the points hug the diagonal; up to 0,10 they follow it; beyond that they visibly depart.
    ppClose: pp.maxDeviation !== null && pp.maxDeviation <= 0.05,
    ppNear: pp.maxDeviation !== null && pp.maxDeviation > 0.05 && pp.maxDeviation <= 0.1,
    ppFar: pp.maxDeviation !== null && pp.maxDeviation > 0.1,
    spreadAvailable: spread.r !== null,
    spreadR: f.num(spread.r),
    spread: pv(spread.p, alpha, f),
    widens: spread.r !== null && spread.p !== null && spread.p < alpha && spread.r > 0,
    narrows: spread.r !== null && spread.p !== null && spread.p < alpha && spread.r < 0,
    even: spread.p !== null && spread.p >= alpha,
  };
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
    otherPercent: f.pct((1 - explained) * 100),
    adjNegative: adjusted && reg.adjR2 < 0,
    // The explained-variance measure of 4.7.3, 4.8 and 4.9 (config `determination`).
    adjusted,
    explained: f.num(explained),
    explainedPercent: f.pct(explained * 100),
    tests: {
      anyOneTailed: oneTailedIds.length > 0,
      oneTailed: oneTailedIds,
      oneTailedMany: oneTailedIds.length > 1,
      allOneTailed: oneTailedIds.length === tHyps.length && tHyps.length > 0,
      anyPositiveOneTailed: oneTailedIds.some((h) => h.positive),
      anyNegativeOneTailed: oneTailedIds.some((h) => !h.positive),
      directionalTwo,
      anyDirectionalTwo: directionalTwo.length > 0,
      directionalTwoMany: directionalTwo.length > 1,
      stated: config.hypothesesStated,
      anyTwoSided: tHyps.some((h) => h.direction === 'two-sided'),
      tTableOne: f.num(tOne),
    },
    robustness,
    reading,
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
    // 4.9 "Jawaban Rumusan Masalah": the subsection after the discussion of each hypothesis.
    answerNo: hypotheses.length + 1,
    // 4.9 "Jawaban Rumusan Masalah": the effects in one place.
    answer: {
      accepted: tTests.filter((h) => h.accepted),
      rejected: tTests.filter((h) => h.applicable && !h.accepted),
      anyAccepted: tTests.some((h) => h.accepted),
      anyRejected: tTests.some((h) => h.applicable && !h.accepted),
      acceptedMany: tTests.filter((h) => h.accepted).length > 1,
      rejectedMany: tTests.filter((h) => h.applicable && !h.accepted).length > 1,
      acceptedAllPositive: tTests.filter((h) => h.accepted).every((h) => h.positive),
      acceptedAllNegative: tTests.filter((h) => h.accepted).every((h) => !h.positive),
      // Not accepted with a borderline p, or reversed by the robustness checks: the evidence is marginal.
      marginal: tTests.filter((h) => h.borderline || (h.robust?.reverses ?? false) || (h.bootstrap?.reverses ?? false)),
      anyMarginal: tTests.some((h) => h.borderline || (h.robust?.reverses ?? false) || (h.bootstrap?.reverses ?? false)),
      applicable: !reg.perfectFit,
    },
    dominant,
    dominantEffective: dominantContribution ? f.pct(dominantContribution.effective) : '–',
    dominantRelative: dominantContribution ? f.pct(dominantContribution.relative) : '–',
    contribution,
    // A negative SE (Beta and r of opposite signs: suppression) makes other shares exceed R² and 100%.
    anyNegativeContribution: (results.contribution ?? []).some((c) => c.effective < 0),
    negativeContributions: (results.contribution ?? []).filter((c) => c.effective < 0).map((c) => term(c.term)),
    effectiveTotal: f.pct(sum((results.contribution ?? []).map((c) => c.effective))),
    relativeTotal: f.pct(sum((results.contribution ?? []).map((c) => c.relative))),
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
