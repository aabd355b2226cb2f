/** View of section 4.4: validity and reliability. */
import type { Config } from '../../config/types.js';
import type { Results } from '../../analysis/results.js';
import { chartIds } from '../../charts/ids.js';
import { itemCode } from '../../messages/item-code.js';
import type { Fmt } from './fmt.js';

export function instrumentView(results: Results, config: Config, f: Fmt) {
  const validity = results.validity ?? {};
  const reliability = results.reliability ?? {};
  const n = results.meta.n;
  const crit = results.criticalValues?.r;
  const corrected = config.validity === 'corrected';
  const groups = config.variables
    .filter((v) => v.items.length > 1)
    .map((v) => {
      const rows = v.items.map((it, i) => {
        const r = validity[it.column];
        return {
          no: i + 1,
          code: f.text(itemCode(it.column)),
          r: f.num(r.r),
          correctedR: f.num(r.correctedR),
          basis: f.num(corrected ? r.correctedR : r.r),
          p: f.p(r.p),
          valid: r.valid,
        };
      });
      const invalid = rows.filter((r) => !r.valid);
      return {
        id: f.text(v.id),
        label: f.text(v.label),
        rows,
        allValid: invalid.length === 0,
        noneValid: invalid.length === rows.length,
        invalid: invalid.map((r) => ({ code: r.code, basis: r.basis })),
        invalidMany: invalid.length > 1,
        validCount: f.int(rows.length - invalid.length),
        count: f.int(rows.length),
      };
    });
  const rel = config.variables
    .filter((v) => reliability[v.id])
    .map((v, i) => {
      const r = reliability[v.id];
      return {
        no: i + 1,
        id: f.text(v.id),
        label: f.text(v.label),
        alpha: f.num(r.alpha),
        nItems: f.int(r.nItems),
        reliable: r.reliable,
        defined: Number.isFinite(r.alpha),
        raisedBy: r.raisedByDeleting.map((item) => ({ code: f.text(itemCode(item)), without: f.num(r.alphaIfDeleted[item]) })),
        anyRaisedBy: r.raisedByDeleting.length > 0,
        itemTotal: v.items.map((it) => {
          const s = r.itemTotal[it.column];
          return { code: f.text(itemCode(it.column)), scaleMean: f.mean(s.scaleMeanIfDeleted), scaleVariance: f.num(s.scaleVarianceIfDeleted), correctedR: f.num(s.correctedR), alphaIfDeleted: f.num(s.alphaIfDeleted) };
        }),
      };
    });
  // The item with the smallest deciding r, for the summary sentence.
  const deciding = Object.entries(validity).map(([item, r]) => ({ item, r: corrected ? r.correctedR : r.r }));
  const low = deciding.reduce((a, b) => (b.r < a.r ? b : a), deciding[0]);
  const weakest = low ? { code: f.text(itemCode(low.item)), basis: f.num(low.r) } : null;
  return {
    any: groups.length > 0,
    weakest,
    variableList: groups.map((g) => g.id),
    corrected,
    validityTableId: 'tab-validitas',
    reliabilityTableId: 'tab-reliabilitas',
    figureId: chartIds.validity(),
    n: f.int(n),
    df: f.int(crit?.df),
    alpha: f.num(config.alpha, 2),
    tTable: f.num(crit?.t),
    rTable: f.num(crit?.value),
    rTableLong: f.num(crit?.value, 4),
    groups,
    allValid: groups.every((g) => g.allValid),
    anyInvalid: groups.some((g) => !g.allValid),
    reliability: rel,
    anyReliability: rel.length > 0,
    threshold: f.num(config.reliabilityThreshold, 2),
    allReliable: rel.every((r) => r.reliable),
    unreliable: rel.filter((r) => !r.reliable).map((r) => ({ id: r.id, label: r.label, alpha: r.alpha })),
  };
}
