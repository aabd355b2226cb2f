/**
 * "What changed" between two results: flipped hypotheses, items that became (in)valid, variables
 * that lost or gained reliability, assumptions that now fail or pass, the Durbin–Watson decision,
 * R² and n — and nothing for sections an older results.json does not have.
 */
import { describe, expect, it } from 'vitest';
import { describeChanges, diffResults } from '../../src/analysis/changes.js';
import type { Results } from '../../src/analysis/results.js';

interface Over {
  n?: number;
  r2?: number;
  h2?: boolean;
  x13?: boolean;
  x2?: boolean;
  normal?: boolean;
  hetero?: boolean;
  vif?: boolean;
  auto?: boolean;
  dw?: string;
}

/** A results.json reduced to the fields the diff reads (the rest of the contract §4 shape is irrelevant here). */
function results(over: Over = {}): Results {
  return {
    meta: { n: over.n ?? 89, alpha: 0.05, language: 'id', inputs: {}, version: '0.1.0', title: 't', rowsRead: 89, dropped: 0, simulated: false },
    warnings: [],
    characteristics: [],
    validity: { X1_1: { r: 0.7, valid: true }, X1_3: { r: 0.1, valid: over.x13 ?? true } },
    reliability: { X1: { alpha: 0.8, reliable: true }, X2: { alpha: 0.7, reliable: over.x2 ?? true } },
    regression: { r2: over.r2 ?? 0.41234 },
    assumptions: {
      normality: { passed: over.normal ?? true },
      multicollinearity: [{ term: 'X1', tolerance: 0.5, vif: 2, passed: over.vif ?? true }],
      multicollinearityPassed: over.vif ?? true,
      heteroscedasticity: { passed: over.hetero ?? true },
      autocorrelation: { durbinWatson: { d: 1.9, decision: over.dw ?? 'none' }, passed: over.auto ?? true },
      linearity: { passed: null },
    },
    hypotheses: [
      { id: 'H1', term: 'X1', accepted: true },
      { id: 'H2', term: 'X2', accepted: over.h2 ?? true },
      { id: 'H4', term: null, test: 'F', accepted: true },
    ],
  } as unknown as Results;
}

const frozen = <T>(x: T): T => {
  if (x && typeof x === 'object') {
    Object.values(x).forEach(frozen);
    Object.freeze(x);
  }
  return x;
};

describe('diffResults', () => {
  it('is empty for identical results, and for an R² change below the shown precision', () => {
    expect(diffResults(results(), results())).toEqual([]);
    expect(diffResults(results({ r2: 0.41234 }), results({ r2: 0.41201 }))).toEqual([]);
  });

  it('names a flipped hypothesis with its term', () => {
    const old = frozen(JSON.parse(JSON.stringify(results())));
    const now = frozen(results({ h2: false }));
    expect(diffResults(old, now)).toEqual([{ kind: 'hypothesis', id: 'H2', term: 'X2', from: true, to: false }]);
    expect(describeChanges(diffResults(old, now), 'id')).toBe('berubah sejak build sebelumnya: H2 (X2) kini ditolak (sebelumnya diterima)');
    expect(describeChanges(diffResults(now, old), 'en')).toBe('changed since the previous build: H2 (X2) now accepted (was rejected)');
  });

  it('lists every kind of change, in a fixed order, in both languages', () => {
    const old = results();
    const now = results({ n: 88, r2: 0.398, h2: false, x13: false, x2: false, normal: false, vif: false, hetero: false, auto: false, dw: 'positive' });
    const changes = diffResults(old, now);
    expect(changes.map((c) => c.kind)).toEqual(['n', 'hypothesis', 'validity', 'reliability', 'assumption', 'assumption', 'assumption', 'assumption', 'r2']);
    expect(describeChanges(changes, 'id')).toBe(
      'berubah sejak build sebelumnya: n 89 → 88; H2 (X2) kini ditolak (sebelumnya diterima); butir X1_3 kini tidak valid; ' +
        'variabel X2 kini tidak reliabel; uji normalitas kini tidak terpenuhi; uji multikolinearitas kini tidak terpenuhi; ' +
        'uji heteroskedastisitas kini tidak terpenuhi; uji autokorelasi kini tidak terpenuhi; R² 0,412 → 0,398',
    );
    expect(describeChanges(diffResults(now, old), 'en')).toBe(
      'changed since the previous build: n 88 → 89; H2 (X2) now accepted (was rejected); item X1_3 now valid; variable X2 now reliable; ' +
        'normality assumption now met; multicollinearity assumption now met; heteroscedasticity assumption now met; ' +
        'autocorrelation assumption now met; R² 0.398 → 0.412',
    );
  });

  it('names a change of the Durbin–Watson zone when the verdict stays the same', () => {
    const a = results({ auto: false, dw: 'inconclusive-positive' });
    const b = results({ auto: false, dw: 'positive' });
    expect(diffResults(a, b)).toEqual([{ kind: 'durbinWatson', from: 'inconclusive-positive', to: 'positive' }]);
    expect(describeChanges(diffResults(a, b), 'id')).toBe(
      'berubah sejak build sebelumnya: Durbin–Watson: tidak dapat disimpulkan (positif) → autokorelasi positif',
    );
  });

  it('compares only what both have: older results without the sections, new items, removed hypotheses', () => {
    const older = { meta: { n: 89 }, characteristics: [] };
    expect(diffResults(older, results({ h2: false, x13: false }))).toEqual([]);
    expect(diffResults(undefined, results())).toEqual([]);
    expect(diffResults('not json', results())).toEqual([]);
    const fewer = results() as unknown as { hypotheses: unknown[]; validity: Record<string, unknown> };
    fewer.hypotheses.splice(1, 1);
    delete fewer.validity.X1_3;
    expect(diffResults(fewer, results({ h2: false, x13: false }))).toEqual([]);
    expect(describeChanges([], 'id')).toBe('');
  });
});
