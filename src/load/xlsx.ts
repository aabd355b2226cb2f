/**
 * XLSX reader (exceljs, imported only when an .xlsx is configured). The first sheet, or the one
 * named by `data: { file, sheet }` (name or 1-based number). Cells pass through the same
 * Collector as CSV cells: numbers stay numbers, text is parsed like CSV text.
 *
 * The workbook is checked before it is inflated (workbook.ts). Inside the data, a merged cell is
 * refused with its range (exceljs hands back the master's value for every cell of a merge, which
 * would invent answers), and a formula without a saved result is named as such.
 */
import type { Cell as ExcelCell, Worksheet } from 'exceljs';
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { msg, type Lang } from '../messages/catalog.js';
import { ArrayCells, Collector } from './collector.js';
import type { Dataset } from './dataset.js';
import { openWorkbook } from './workbook.js';

type Cell = string | number | null;

/** exceljs's ValueType numbers (its enum is not exported as a type-only import). */
const MERGE = 1;
const FORMULA = 6;

export function cellValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown; formula?: unknown; sharedFormula?: unknown };
    if ('result' in o) return cellValue(o.result);
    if (Array.isArray(o.richText)) return o.richText.map((t) => (typeof t?.text === 'string' ? t.text : '')).join('');
    if (typeof o.text === 'string') return o.text;
    if (typeof o.error === 'string') return o.error;
    // A formula without a cached result: no value (readXlsx reports it where the data need it).
    if ('formula' in o || 'sharedFormula' in o) return null;
    return null;
  }
  return String(v);
}

/** A formula cell without a saved result: its formula text; otherwise undefined. */
export function formulaWithoutResult(cell: ExcelCell): string | undefined {
  if (cell.type !== FORMULA) return undefined;
  const result = cell.result as unknown;
  if (result !== undefined && result !== null) return undefined;
  const f = (cell as { formula?: unknown }).formula;
  return typeof f === 'string' && f !== '' ? f : '?';
}

/** The value of a cell: a formula's saved result (even 0, which exceljs drops from `cell.value`). */
export function readCell(cell: ExcelCell): Cell {
  if (cell.type === FORMULA) return cellValue(cell.result as unknown);
  return cellValue(cell.value);
}

/** The merged ranges of a sheet ("I2:I5") with their bounds (exceljs keeps them by master address). */
export function merges(ws: Worksheet): { range: string; top: number; left: number; bottom: number; right: number }[] {
  const all = (ws as unknown as { _merges?: Record<string, { range: string; top: number; left: number; bottom: number; right: number } | undefined> })._merges ?? {};
  return Object.values(all).filter((m): m is NonNullable<typeof m> => !!m);
}

export async function readXlsx(config: Config, absFile: string, shown: string, onRows?: (rows: number) => void): Promise<Dataset> {
  const lang = config.language;
  const wb = await openWorkbook(absFile, shown, lang);
  const want = config.data.sheet;
  const ws = want === undefined
    ? wb.worksheets[0]
    : /^\d+$/.test(want) ? wb.worksheets[Number(want) - 1] : wb.getWorksheet(want);
  if (!ws) {
    throw new InputError(lang, [
      { file: shown, message: msg(lang, 'dataSheet', { sheet: want ?? '1', available: wb.worksheets.map((w) => `"${w.name}"`).join(', ') }) },
    ]);
  }
  const width = ws.columnCount;
  if (width > LIMITS.columns) throw new InputError(lang, [{ file: shown, message: msg(lang, 'limitColumns', { limit: LIMITS.columns }) }]);
  let collector: Collector | undefined;
  let headerRow = 0;
  let used: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (!collector) {
      const header: string[] = [];
      for (let c = 1; c <= width; c++) {
        const h = readCell(row.getCell(c));
        header.push(h === null ? '' : String(h).trim());
      }
      const long = header.findIndex((h) => h.length > LIMITS.cellChars);
      if (long >= 0) throw new InputError(lang, [{ file: shown, line: rowNumber, message: msg(lang, 'limitCell', { length: header[long].length, limit: LIMITS.cellChars, hint: '' }) }]);
      collector = new Collector(config, shown, header, false);
      headerRow = rowNumber;
      used = collector.usedColumns();
      refuseMerges(ws, headerRow, used, collector, shown, lang);
      return;
    }
    const cells: Cell[] = new Array(width).fill(null);
    let reported: Set<number> | undefined;
    for (const i of used) {
      const cell = row.getCell(i + 1);
      const formula = formulaWithoutResult(cell);
      const v = formula === undefined ? readCell(cell) : null;
      const problem =
        formula !== undefined ? msg(lang, 'xlsxFormula', { formula })
        : typeof v === 'string' && v.length > LIMITS.cellChars ? msg(lang, 'limitCell', { length: v.length, limit: LIMITS.cellChars, hint: '' })
        : undefined;
      if (problem) {
        collector.cellProblem(rowNumber, i, problem);
        (reported ??= new Set()).add(i);
        continue;
      }
      cells[i] = v;
    }
    if (!reported && cells.every((c) => c === null || c === '') && !hasValue(row, width)) return;
    collector.add(new ArrayCells(cells), rowNumber, reported);
    if (onRows && collector.rows % 10_000 === 0) onRows(collector.rows);
  });
  if (!collector) throw new InputError(lang, [{ file: shown, message: msg(lang, 'dataEmpty') }]);
  return collector.finish();
}

/** Does any cell of the row (used by the config or not) hold something? (An empty row is skipped.) */
function hasValue(row: { getCell(c: number): ExcelCell }, width: number): boolean {
  for (let c = 1; c <= width; c++) {
    const v = readCell(row.getCell(c));
    if (v !== null && v !== '') return true;
  }
  return false;
}

/** Refuses every merged range that reaches into the data rows of a column the config uses. */
function refuseMerges(ws: Worksheet, headerRow: number, used: number[], collector: Collector, shown: string, lang: Lang): void {
  const cols = new Set(used.map((i) => i + 1));
  const bad = merges(ws)
    .filter((m) => m.bottom > headerRow && [...cols].some((c) => c >= m.left && c <= m.right))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  if (bad.length === 0) return;
  throw new InputError(lang,
    bad.map((m) => {
      const col = [...cols].filter((c) => c >= m.left && c <= m.right).sort((a, b) => a - b)[0];
      const header = collector.header[col - 1];
      return { file: shown, line: Math.max(m.top, headerRow + 1), ...(header ? { column: header } : {}), message: msg(lang, 'xlsxMerged', { range: m.range }) };
    }),
  );
}
