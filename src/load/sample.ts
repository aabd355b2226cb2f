/**
 * The first rows of a data file, as text, for guessing a study from it (`bab4 init`).
 * CSV: delimiter detected as when loading; XLSX: every sheet's first rows (the caller picks one).
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { CsvTokenizer } from './csv-tokenizer.js';
import { detectDelimiter } from './csv.js';

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
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(65536);
  const got = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const head = buf.subarray(0, got).toString('utf8').replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(head.split(/\r?\n|\r/, 1)[0] ?? '');
  let header: string[] | undefined;
  const rows: string[][] = [];
  const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), (r) => {
    const cells = Array.from({ length: r.count }, (_, i) => r.text(i));
    if (!header) header = cells.map((h) => h.trim());
    else if (rows.length < maxRows) rows.push(cells);
  });
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  for await (const chunk of stream) {
    tokenizer.push(chunk as Buffer);
    if (rows.length >= maxRows) break;
  }
  if (rows.length < maxRows) tokenizer.end();
  stream.destroy();
  return { header: header ?? [], rows, groupDots: delimiter === ';' };
}

async function sampleXlsx(file: string, maxRows: number): Promise<SampleSheet[]> {
  const { default: ExcelJS } = await import('exceljs');
  const { cellValue } = await import('./xlsx.js');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    let header: string[] | undefined;
    const rows: string[][] = [];
    const width = ws.columnCount;
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (rows.length >= maxRows) return;
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const v = cellValue(row.getCell(c).value);
        cells.push(v === null ? '' : String(v));
      }
      if (!header) header = cells.map((h) => h.trim());
      else if (cells.some((c) => c !== '')) rows.push(cells);
    });
    return { name: ws.name, header: header ?? [], rows, groupDots: false };
  });
}
