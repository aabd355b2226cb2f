/**
 * The appendix's r, t and F tables against R (test/fixtures/r/statistical-tables.json, made by
 * statistical-tables.R: qt, qf, and r = t / √(df + t²)), rtol 1e-6 (observed ≤ 1.1e-14) over every
 * entry (df 1…200); and the marking of the study's own rows, inside and beyond the printed range.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/close.js';
import { printedQuantiles, PRINTED_FILE, statisticalTables } from '../../src/analysis/statistical-tables.js';
import { ensureBuilt } from '../helpers/bundle.js';

const fx = JSON.parse(readFileSync(new URL('../fixtures/r/statistical-tables.json', import.meta.url), 'utf8')) as {
  df: number[];
  r: { alphas: number[]; rows: number[][] };
  t: { columns: { tails: 1 | 2; alpha: number }[]; rows: number[][] };
  f: { alpha: number; df1: number[]; rows: number[][] };
};

describe('statistical tables against R', () => {
  const t = statisticalTables(89, 3);
  it('r tabel: α = 0.05 and 0.01 two-tailed, df 1…200', () => {
    expect(t.r.alphas).toEqual(fx.r.alphas);
    expect(t.r.rows.map((r) => r.df)).toEqual(fx.df);
    fx.r.rows.forEach((row, i) => row.forEach((v, j) => expectClose(t.r.rows[i].values[j]!, v, `r(α=${fx.r.alphas[j]}, df=${fx.df[i]})`)));
  });
  it('t tabel: one- and two-tailed α = 0.10, 0.05, 0.01, df 1…200', () => {
    expect(t.t.columns).toEqual(fx.t.columns);
    expect(t.t.rows.map((r) => r.df)).toEqual(fx.df);
    fx.t.rows.forEach((row, i) => row.forEach((v, j) => expectClose(t.t.rows[i].values[j]!, v, `qt(${JSON.stringify(fx.t.columns[j])}, df=${fx.df[i]})`)));
  });
  it('F tabel: α = 0.05, df₁ 1…10, df₂ 1…200', () => {
    expect(t.f.alpha).toBe(fx.f.alpha);
    expect(t.f.df1).toEqual(fx.f.df1);
    expect(t.f.rows.map((r) => r.df)).toEqual(fx.df);
    fx.f.rows.forEach((row, i) => row.forEach((v, j) => expectClose(t.f.rows[i].values[j]!, v, `qf(0.95, ${fx.f.df1[j]}, ${fx.df[i]})`)));
  });
});

describe('the printed range stored when bab4 is built (dist/statistical-tables.json)', () => {
  it('holds exactly the values the sources compute (JSON keeps every double)', () => {
    ensureBuilt();
    const stored = JSON.parse(readFileSync(PRINTED_FILE, 'utf8')) as unknown;
    expect(stored).toEqual(printedQuantiles());
    expect(statisticalTables(89, 3).f.rows.map((r) => r.values)).toEqual((stored as ReturnType<typeof printedQuantiles>).f);
  });
});

describe("the study's own rows", () => {
  it('n = 89, k = 3: r at df 87, t and F at df 85 (column df₁ = 3), Durbin–Watson at n = 89 (k′ = 3)', () => {
    const t = statisticalTables(89, 3);
    const own = (rows: { df: number; own: boolean }[]) => rows.filter((r) => r.own).map((r) => r.df);
    expect(own(t.r.rows)).toEqual([87]);
    expect(own(t.t.rows)).toEqual([85]);
    expect(own(t.f.rows)).toEqual([85]);
    expect(own(t.dw.rows)).toEqual([89]);
    expect([t.f.ownDf1, t.dw.ownK]).toEqual([3, 3]);
    expect(t.r.rows.some((r) => r.beyond) || t.dw.rows.some((r) => r.beyond)).toBe(false);
    // The highlighted r equals the chapter's r tabel (df = 87): 0.2084145548937…
    expectClose(t.r.rows[86].values[0]!, 0.208414554893716, 'r(0.05, 87)');
  });
  it('a study beyond the printed range gets its row appended after the last one', () => {
    const t = statisticalTables(250, 4);
    for (const rows of [t.r.rows, t.t.rows, t.f.rows, t.dw.rows]) {
      const last = rows[rows.length - 1];
      expect(last.own && last.beyond).toBe(true);
      expect(rows.filter((r) => r.own)).toHaveLength(1);
      expect(rows[rows.length - 2].df).toBe(200);
    }
    expect([t.r.rows.at(-1)!.df, t.t.rows.at(-1)!.df, t.dw.rows.at(-1)!.df]).toEqual([248, 245, 250]);
    // The appended DW row is computed exactly as the stored ones.
    expect(t.dw.rows.at(-1)!.values.every((v) => v !== null && v > 1.6 && v < 1.9)).toBe(true);
  });
  it('no model (k = 0): no own row for t, F and Durbin–Watson', () => {
    const t = statisticalTables(30, 0);
    expect(t.r.rows.filter((r) => r.own).map((r) => r.df)).toEqual([28]);
    expect([t.t.ownDf, t.f.ownDf2, t.dw.ownN]).toEqual([null, null, null]);
    expect(t.dw.rows.some((r) => r.own)).toBe(false);
  });
});
