/**
 * Plausibility checks of the data (src/analysis/checks.ts) through the whole build: the config's
 * rules, identical duplicates and straight-lining become warnings naming the data rows; a rule
 * with severity: error refuses the build (InputError: the config file and line, the rule, the rows).
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { analyseChecks } from '../../src/analysis/checks.js';
import type { Config } from '../../src/config/types.js';
import type { Dataset } from '../../src/load/dataset.js';
import { InputError } from '../../src/errors.js';
import { editConfig, editCsv } from '../helpers/chapter.js';
import { defaultStudy } from '../helpers/study.js';

const DATA = 'data/responden.csv';
const ITEMS = ['X1', 'X2', 'X3', 'Y'].flatMap((v) => [1, 2, 3, 4, 5].map((i) => `${v}_${i}`));

describe('data checks', () => {
  it('the default study: the rule lama_usaha <= usia - 15 fails for rows 15, 44, 69, 72; nothing else', async () => {
    const { results } = await build(defaultStudy().config, { outDir: null, render: async () => '', word: false });
    const c = results.checks!;
    expect(c.rules.map((r) => [r.rule, r.count, r.rows])).toEqual([['lama_usaha <= usia - 15', 4, [15, 44, 69, 72]], ['modal_awal > 0', 0, []]]);
    expect([c.duplicates.count, c.straightLining.count]).toEqual([0, 0]);
    const w = results.warnings.find((x) => x.code === 'check-rule')!;
    expect(w.message).toContain('baris data 15, 44, 69, 72');
  });

  it('a duplicated respondent and two straight-liners are found, by data row', async () => {
    const s = defaultStudy();
    editCsv(s, DATA, (rows) => {
      const out = rows.map((r, i) => (i === 4 || i === 9 ? { ...r, ...Object.fromEntries(ITEMS.map((c) => [c, '4'])) } : r));
      out.push({ ...rows[2], no: '90' });
      return out;
    });
    const { results } = await build(s.config, { outDir: null, render: async () => '', word: false });
    const c = results.checks!;
    // Row 3 and the copy (row 90): identical in every analysed column (the "no" column is not analysed).
    expect(c.duplicates).toEqual({ count: 2, groups: [[3, 90]] });
    expect(c.straightLining).toEqual({ count: 2, rows: [5, 10] });
    expect(results.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['duplicate-rows', 'straight-lining']));
  });

  it('severity: error refuses the build, naming the config line, the rule and the rows', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      c.checks = [{ rule: 'lama_usaha <= usia - 15', severity: 'error' }, 'modal_awal > 0'];
    });
    const err = await build(s.config, { outDir: null, render: async () => '', word: false }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    const [p] = (err as InputError).problems;
    expect(p.file).toMatch(/bab4\.config\.yaml$/);
    expect(p.line).toBe(s.read('bab4.config.yaml').split('\n').findIndex((l) => l.includes('lama_usaha <= usia - 15')) + 1);
    expect(p.key).toBe('checks[0]');
    expect(p.message).toContain('"lama_usaha <= usia - 15"');
    expect(p.message).toContain('4 responden, baris data 15, 44, 69, 72');
  });

  it('a rule on a column the data lack is refused at loading, naming the rule', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      c.checks = ['omzet > 0'];
    });
    await expect(build(s.config, { outDir: null })).rejects.toThrow(/omzet.*checks\[0\]/s);
  });

  it('duplicates over fractional numbers, −0 and 0, and text', () => {
    const data = {
      n: 5,
      rows: Int32Array.of(2, 3, 4, 5, 6),
      columns: new Map([
        ['x', { kind: 'numeric' as const, values: Float64Array.of(1.5, 1.5, 2.25, -0, 0) }],
        ['t', { kind: 'text' as const, codes: Int32Array.of(0, 0, 0, 1, 1), levels: ['a', 'b'] }],
      ]),
    } as unknown as Dataset;
    const config = { language: 'en', checks: [], variables: [], configPath: 'c.yaml' } as unknown as Config;
    const r = analyseChecks(config, data, []);
    expect(r.duplicates).toEqual({ count: 4, groups: [[2, 3], [5, 6]] });
    expect(r.straightLining.count).toBe(0);
  });
});
