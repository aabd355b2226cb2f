/**
 * Section 4.4: validity and reliability of the questionnaire.
 *
 * Validity: r hitung = Pearson r of each item with its variable's total (SPSS "Bivariate"), its
 * two-sided p, and the item-rest r (SPSS "Corrected Item-Total Correlation"); r tabel = the two-tailed
 * critical r at df = n − 2 and alpha, computed from the t distribution. `validity: pearson` decides by
 * r, `validity: corrected` by the item-rest r; both are reported. Reliability: Cronbach's alpha against
 * `reliabilityThreshold`, with SPSS's Item-Total Statistics. Variables with a single item or a single
 * numeric column have neither (warning).
 */
import type { Config } from '../config/types.js';
import { msg } from '../messages/catalog.js';
import { formatNumber } from '../messages/format.js';
import { criticalR, tQuantile } from '../stats/distributions.js';
import { pearson } from '../stats/pearson.js';
import { cronbachAlpha } from '../stats/cronbach-alpha.js';
import type { ReliabilityResult, ValidityResult, Warning } from './results.js';
import type { Scores } from './scores.js';

export interface InstrumentResult {
  validity: Record<string, ValidityResult>;
  reliability: Record<string, ReliabilityResult>;
  /** r tabel and how it was derived: r = t / √(df + t²), t = t(1 − α/2; df), df = n − 2. */
  rTable: { value: number; df: number; t: number; alpha: number };
}

export function analyseInstrument(config: Config, scores: Scores, n: number, warnings: Warning[]): InstrumentResult {
  const lang = config.language;
  const rTable = criticalR(config.alpha, n - 2);
  const tForR = tQuantile(1 - config.alpha / 2, n - 2);
  const validity: Record<string, ValidityResult> = {};
  const reliability: Record<string, ReliabilityResult> = {};
  for (const v of config.variables) {
    if (v.items.length === 0) continue;
    if (v.items.length === 1) {
      warnings.push({ code: 'single-item', section: '4.4', subject: v.id, message: msg(lang, 'warnSingleItem', { variable: v.id, label: v.label }) });
      continue;
    }
    const cols = v.items.map((it) => scores.items.get(it.column)!);
    const total = scores.totals.get(v.id)!;
    const a = cronbachAlpha(cols);
    v.items.forEach((it, j) => {
      const pr = pearson(cols[j], total);
      const correctedR = a.items[j].correctedItemTotalR;
      const basis = config.validity === 'corrected' ? correctedR : pr.r;
      validity[it.column] = { variable: v.id, r: pr.r, p: pr.p, rTable, correctedR, valid: basis > rTable };
      if (!Number.isFinite(pr.r)) {
        warnings.push({ code: 'zero-variance-item', section: '4.4', subject: it.column, message: msg(lang, 'warnZeroVarianceItem', { item: it.column }) });
      }
    });
    const alphaIfDeleted: Record<string, number> = {};
    const itemTotal: ReliabilityResult['itemTotal'] = {};
    const raisedByDeleting: string[] = [];
    v.items.forEach((it, j) => {
      const s = a.items[j];
      alphaIfDeleted[it.column] = s.alphaIfDeleted;
      itemTotal[it.column] = { scaleMeanIfDeleted: s.scaleMeanIfDeleted, scaleVarianceIfDeleted: s.scaleVarianceIfDeleted, correctedR: s.correctedItemTotalR, alphaIfDeleted: s.alphaIfDeleted };
      if (s.alphaIfDeleted > a.alpha) raisedByDeleting.push(it.column);
    });
    if (!Number.isFinite(a.alpha)) {
      warnings.push({ code: 'alpha-undefined', section: '4.4', subject: v.id, message: msg(lang, 'warnAlphaUndefined', { variable: v.id }) });
    }
    for (const item of raisedByDeleting) {
      warnings.push({
        code: 'item-lowers-alpha',
        section: '4.4',
        subject: item,
        message: msg(lang, 'warnItemLowersAlpha', { item, variable: v.id, alpha: formatNumber(a.alpha, lang, 3), without: formatNumber(alphaIfDeleted[item], lang, 3) }),
      });
    }
    reliability[v.id] = {
      alpha: a.alpha,
      nItems: v.items.length,
      threshold: config.reliabilityThreshold,
      reliable: a.alpha > config.reliabilityThreshold,
      alphaIfDeleted,
      itemTotal,
      raisedByDeleting,
    };
  }
  return { validity, reliability, rTable: { value: rTable, df: n - 2, t: tForR, alpha: config.alpha } };
}
