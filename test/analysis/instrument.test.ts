/**
 * Section 4.4 decisions and degenerate instruments, through the analysis layer.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadData } from '../../src/load/index.js';
import { computeScores } from '../../src/analysis/scores.js';
import { analyseInstrument } from '../../src/analysis/instrument.js';
import type { Warning } from '../../src/analysis/results.js';
import { defaultStudy, type Study } from '../helpers/study.js';

async function instrument(s: Study) {
  const config = loadConfig(s.config);
  const data = await loadData(config);
  const warnings: Warning[] = [];
  return { ...analyseInstrument(config, computeScores(config, data), data.n, warnings), warnings };
}

describe('analyseInstrument', () => {
  it('validity: corrected decides by the item-rest r, and reports both', async () => {
    const s = defaultStudy();
    const pearson = await instrument(s);
    s.edit('bab4.config.yaml', (t) => t + 'validity: corrected\n');
    const corrected = await instrument(s);
    for (const [item, v] of Object.entries(corrected.validity)) {
      expect(v.r).toBe(pearson.validity[item].r);
      expect(v.correctedR).toBeLessThan(v.r);
      expect(v.valid).toBe(v.correctedR > v.rTable);
    }
  });

  it('an item unrelated to its variable lowers alpha and is named in a warning', async () => {
    const s = defaultStudy();
    // X2_5 replaced by answers unrelated to the other X2 items (a fixed cycle 1…5).
    s.edit('data/responden.csv', (t) => {
      const [head, ...rows] = t.trim().split('\n');
      const j = head.split(',').indexOf('"X2_5"');
      return [head, ...rows.map((r, i) => {
        const c = r.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((x) => x.replace(/,$/, '')).slice(0, head.split(',').length);
        c[j] = String((i % 5) + 1);
        return c.join(',');
      })].join('\n') + '\n';
    });
    const r = await instrument(s);
    expect(Math.abs(r.validity.X2_5.correctedR)).toBeLessThan(0.3);
    expect(r.validity.X2_5.correctedR).toBeLessThan(r.validity.X2_5.r);
    expect(r.reliability.X2.raisedByDeleting).toContain('X2_5');
    expect(r.warnings.map((w) => w.code)).toContain('item-lowers-alpha');
  });

  it('a constant item and a single-item variable become warnings, not crashes', async () => {
    const s = defaultStudy();
    s.edit('data/responden.csv', (t) => {
      const [head, ...rows] = t.trim().split('\n');
      const j = head.split(',').indexOf('"X3_2"');
      return [head, ...rows.map((r) => {
        const c = r.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((x) => x.replace(/,$/, '')).slice(0, head.split(',').length);
        c[j] = '4';
        return c.join(',');
      })].join('\n') + '\n';
    });
    s.edit('bab4.config.yaml', (t) => t.replace('  Y:\n', '  Z: { label: Satu Butir, items: [Y_5] }\n  Y:\n').replace('      Y_5: "Omzet penjualan usaha saya lebih tinggi dibandingkan tahun sebelumnya."\n', ''));
    const r = await instrument(s);
    expect(Number.isNaN(r.validity.X3_2.r)).toBe(true);
    expect(r.validity.X3_2.valid).toBe(false);
    expect(r.reliability.Z).toBeUndefined();
    expect(r.warnings.map((w) => `${w.code}:${w.subject}`)).toEqual(expect.arrayContaining(['zero-variance-item:X3_2', 'single-item:Z']));
    expect(Number.isFinite(r.reliability.X3.alpha)).toBe(true);
  });
});
