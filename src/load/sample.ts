/**
 * The first rows of a data file, as text, for guessing a study from it (`bab4 init`).
 * CSV: delimiter detected as when loading; XLSX: every sheet's first rows (the caller picks one).
 */
import { closeSync, createReadStream } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../config/load.js';
import { InputError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { CsvTokenizer } from './csv-tokenizer.js';
import { csvProblem, detectDelimiter, firstLineOf } from './csv.js';
import { assertText, openRegular, readHead } from './files.js';

export interface SampleSheet {
  /** Sheet name (XLSX) or undefined (CSV). */
  name?: string;
  header: string[];
  /** Data rows as text ('' for an empty cell), at most `maxRows`. */
  rows: string[][];
  /** Numbers may use the dot as thousands separator (semicolon CSV: Indonesian regional settings). */
  groupDots: boolean;
}

export async function readSample(file: string, maxRows = 1000): Promise<SampleSheet[]> {
  return path.extname(file).toLowerCase() === '.xlsx' ? sampleXlsx(file, maxRows) : [await sampleCsv(file, maxRows)];
}

async function sampleCsv(file: string, maxRows: number): Promise<SampleSheet> {
  const shown = displayPath(file);
  const { fd } = openRegular(file, shown, 'id');
  let head: Buffer;
  try {
    head = readHead(fd);
    assertText(head, shown, 'id');
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  const delimiter = detectDelimiter(firstLineOf(head));
  let header: string[] | undefined;
  const rows: string[][] = [];
  const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), (r) => {
    const cells = Array.from({ length: r.count }, (_, i) => r.text(i));
    if (!header) header = cells.map((h) => h.trim());
    else if (rows.length < maxRows) rows.push(cells);
  });
  const stream = createReadStream('', { fd, highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream) {
      tokenizer.push(chunk as Buffer);
      if (rows.length >= maxRows) break;
    }
    if (rows.length < maxRows) tokenizer.end();
  } catch (e) {
    const problem = csvProblem(e, shown, 'id', header);
    if (problem) throw new InputError('id', [problem]);
    throw e;
  } finally {
    stream.destroy();
  }
  return { header: header ?? [], rows, groupDots: delimiter === ';' };
}

/** Every sheet's first rows; a merged cell's copies and a formula without a saved result read as empty. */
async function sampleXlsx(file: string, maxRows: number): Promise<SampleSheet[]> {
  const shown = displayPath(file);
  const { openWorkbook } = await import('./workbook.js');
  const { readCell } = await import('./xlsx.js');
  const wb = await openWorkbook(file, shown, 'id');
  return wb.worksheets.map((ws) => {
    let header: string[] | undefined;
    const rows: string[][] = [];
    const width = Math.min(ws.columnCount, LIMITS.columns);
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (rows.length >= maxRows) return;
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const v = cell.type === 1 /* a merged cell's copy of its master */ ? null : readCell(cell);
        cells.push(v === null ? '' : String(v).slice(0, LIMITS.cellChars));
      }
      if (!header) header = cells.map((h) => h.trim());
      else if (cells.some((c) => c !== '')) rows.push(cells);
    });
    return { name: ws.name, header: header ?? [], rows, groupDots: false };
  });
}
