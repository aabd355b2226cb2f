/**
 * XLSX reader (exceljs, imported only when an .xlsx is configured). The first sheet, or the one
 * named by `data: { file, sheet }` (name or 1-based number). Cells pass through the same
 * Collector as CSV cells: numbers stay numbers, text is parsed like CSV text.
 */
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { msg } from '../messages/catalog.js';
import { ArrayCells, Collector } from './collector.js';
import type { Dataset } from './dataset.js';

type Cell = string | number | null;

export function cellValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
    if ('result' in o) return cellValue(o.result);
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if (typeof o.text === 'string') return o.text;
    if (o.error) return o.error;
  }
  return String(v);
}

export async function readXlsx(config: Config, absFile: string, shown: string): Promise<Dataset> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(absFile);
  const want = config.data.sheet;
  const ws = want === undefined
    ? wb.worksheets[0]
    : /^\d+$/.test(want) ? wb.worksheets[Number(want) - 1] : wb.getWorksheet(want);
  if (!ws) {
    throw new InputError([
      { file: shown, message: msg(config.language, 'dataSheet', { sheet: want ?? '1', available: wb.worksheets.map((w) => `"${w.name}"`).join(', ') }) },
    ]);
  }
  let collector: Collector | undefined;
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = new Array(width);
    for (let c = 1; c <= width; c++) cells[c - 1] = cellValue(row.getCell(c).value);
    if (!collector) {
      collector = new Collector(config, shown, cells.map((h) => (h === null ? '' : String(h).trim())), false);
      return;
    }
    if (cells.every((c) => c === null || c === '')) return;
    collector.add(new ArrayCells(cells), rowNumber);
  });
  if (!collector) throw new InputError([{ file: shown, message: msg(config.language, 'dataEmpty') }]);
  return collector.finish();
}
