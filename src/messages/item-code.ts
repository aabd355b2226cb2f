/** How an item is named in tables, charts and text: the column "X1_1" is shown as "X1.1"; other names as they are. */
export function itemCode(column: string): string {
  return column.replace(/^([A-Za-z]+\d*)_(\d+)$/, '$1.$2');
}
