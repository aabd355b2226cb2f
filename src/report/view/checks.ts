/**
 * View of the plausibility checks (src/analysis/checks.ts): the note of the chapter's introduction
 * and the table of the appendix. In the chapter a rule reads with the columns' labels
 * ("lama usaha (tahun) ≤ usia (tahun) − 15"); the appendix also shows it as written in the config.
 */
import type { Config } from '../../config/types.js';
import type { Results } from '../../analysis/results.js';
import { describeRule } from '../../config/rule.js';
import { formatNumber } from '../../messages/format.js';
import { MAX_LISTED } from '../../analysis/checks.js';
import { lowerFirst, titleCase, type Fmt } from './fmt.js';

/** Rows named in the chapter per finding (the appendix names up to MAX_LISTED). */
const NAMED = 10;

export function checksView(results: Results, config: Config, f: Fmt) {
  const checks = results.checks;
  if (!checks) return null;
  const labelOf = (column: string) =>
    config.characteristics.find((c) => c.column === column)?.label ?? config.variables.find((v) => v.column === column)?.label ?? titleCase(column);
  const rows = (list: number[], count: number, max: number) => ({
    list: f.text(list.slice(0, max).join(', ')),
    more: count > Math.min(list.length, max),
    moreCount: f.int(count - Math.min(list.length, max)),
  });
  const rules = checks.rules.map((r, i) => {
    const spec = config.checks[i];
    return {
      described: f.text(describeRule(spec.parsed, (c) => lowerFirst(labelOf(c)), (x) => formatNumber(x, f.lang))),
      written: f.text(r.rule),
      count: f.int(r.count),
      violated: r.count > 0,
      rows: rows(r.rows, r.count, NAMED),
      allRows: rows(r.rows, r.count, MAX_LISTED),
    };
  });
  const groupText = (groups: number[][], max: number) => f.text(groups.slice(0, max).map((g) => g.join(' = ')).join('; '));
  const dup = checks.duplicates;
  const sl = checks.straightLining;
  const nItems = config.variables.reduce((s, v) => s + v.items.length, 0);
  const violatedRules = rules.filter((r) => r.violated);
  return {
    rules,
    violatedRules,
    anyRules: rules.length > 0,
    anyViolated: violatedRules.length > 0,
    duplicates: { any: dup.count > 0, count: f.int(dup.count), groups: groupText(dup.groups, NAMED), allGroups: groupText(dup.groups, MAX_LISTED), more: dup.groups.length > NAMED },
    straightLining: { any: sl.count > 0, count: f.int(sl.count), items: f.int(nItems), rows: rows(sl.rows, sl.count, NAMED), allRows: rows(sl.rows, sl.count, MAX_LISTED), applicable: nItems >= 3 },
    anyFinding: violatedRules.length > 0 || dup.count > 0 || sl.count > 0,
    // The chapter's note appears when something was found or rules were checked.
    note: violatedRules.length > 0 || dup.count > 0 || sl.count > 0 || rules.length > 0,
  };
}
