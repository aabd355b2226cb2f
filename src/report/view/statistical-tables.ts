/**
 * View of the statistical tables (appendix 6): r tabel, t tabel, F tabel and Durbin–Watson dL/dU,
 * from PlotData.tables (src/analysis/statistical-tables.ts). Every value with DECIMALS decimals, as
 * the printed r and Durbin–Watson tables and the derivations of appendix 5 ("0,2084 (dibulatkan
 * 0,208)"): with 3, r at df 1, α = 0,01 (0,99988) would print as 1,000. A value the table does not
 * have prints "–".
 *
 * The study's own row carries `own: true`; the template prints every cell of it bold, inside a
 * `<div class="statistical-table">` so the stylesheet can shade it (style.css). A row appended
 * beyond df 200 (`beyond`) is preceded by a row "…".
 */
import type { StatisticalTables, TableRow } from '../../analysis/statistical-tables.js';
import type { Fmt } from './fmt.js';

export const DECIMALS = 4;

export function statisticalTablesView(t: StatisticalTables, f: Fmt) {
  // Levels as a table prints them: 0,10, 0,05, 0,01.
  const level = (x: number) => f.num(x, 2);
  // A row beyond the printed range comes after a row of "…".
  const rows = (list: TableRow[]) =>
    list.flatMap((r) => {
      const row = { df: f.int(r.df), cells: r.values.map((v) => f.num(v, DECIMALS)), own: r.own };
      return r.beyond ? [{ df: '…', cells: r.values.map(() => ''), own: false }, row] : [row];
    });
  return {
    r: {
      tableId: 'l-tabel-r',
      alphas: t.r.alphas.map(level),
      rows: rows(t.r.rows),
      ownDf: f.int(t.r.ownDf),
      hasOwn: t.r.ownDf !== null,
    },
    t: {
      tableId: 'l-tabel-t',
      columns: t.t.columns.map((c) => ({ alpha: level(c.alpha), oneTailed: c.tails === 1 })),
      rows: rows(t.t.rows),
      ownDf: f.int(t.t.ownDf),
      hasOwn: t.t.ownDf !== null,
    },
    f: {
      tableId: 'l-tabel-f',
      alpha: level(t.f.alpha),
      df1: t.f.df1.map((d) => f.int(d)),
      rows: rows(t.f.rows),
      ownDf1: f.int(t.f.ownDf1),
      ownDf2: f.int(t.f.ownDf2),
      hasOwn: t.f.ownDf2 !== null,
      /** The study's df₁ = k is one of the columns (k ≤ 10). */
      ownColumn: t.f.ownDf1 !== null && t.f.df1.includes(t.f.ownDf1),
      lastDf1: f.int(t.f.df1[t.f.df1.length - 1]),
    },
    dw: {
      tableId: 'l-tabel-dw',
      alpha: level(t.dw.alpha),
      k: t.dw.k.map((k) => f.int(k)),
      rows: rows(t.dw.rows),
      ownN: f.int(t.dw.ownN),
      ownK: f.int(t.dw.ownK),
      hasOwn: t.dw.ownN !== null,
      /** The study's k′ is one of the columns (k ≤ 5). */
      ownColumn: t.dw.ownK !== null && t.dw.k.includes(t.dw.ownK),
      lastK: f.int(t.dw.k[t.dw.k.length - 1]),
    },
  };
}
