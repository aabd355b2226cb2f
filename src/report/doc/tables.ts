/**
 * Rows that continue the row above: a row whose first cells are empty (and that is no total row in
 * bold) belongs to the row above in those columns — the statement of an item over its f and % rows,
 * a variable's name over its items. The cells above span the continuation rows (`data.rowSpan`), the
 * empty cells are marked as covered (`data.covered`), so HTML writes a rowspan and Word merges the
 * cells vertically; Markdown keeps its plain rows.
 */
import type { Table, TableCell } from 'mdast';
import { plainText } from './tree.js';

declare module 'mdast' {
  interface TableCellData {
    /** Rows this cell spans (2 or more); only on the first cell of a span. */
    rowSpan?: number;
    /** An empty cell under a spanning cell. */
    covered?: boolean;
  }
}

const isEmpty = (c: TableCell | undefined) => !c || (c.children.length === 0 || plainText(c.children).trim() === '');
const isBold = (c: TableCell) => c.children.some((n) => n.type === 'strong');

export function spanContinuationRows(table: Table): void {
  const rows = table.children;
  for (let r = 2; r < rows.length; r++) {
    const row = rows[r].children;
    if (row.some(isBold)) continue;
    let lead = 0;
    while (lead < row.length - 1 && isEmpty(row[lead])) lead++;
    for (let c = 0; c < lead; c++) {
      // The cell this one continues: the nearest cell above that is not itself covered.
      let o = r - 1;
      while (o > 0 && rows[o].children[c]?.data?.covered) o--;
      const origin = rows[o].children[c];
      if (o === 0 || !origin || isEmpty(origin) || rows[o].children.some(isBold)) break;
      origin.data = { ...origin.data, rowSpan: (origin.data?.rowSpan ?? 1) + 1 };
      row[c].data = { ...row[c].data, covered: true };
    }
  }
}
