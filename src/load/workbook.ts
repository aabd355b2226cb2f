/**
 * Opening an .xlsx safely, before exceljs (imported on first use) inflates anything:
 *
 *   regular file ≤ LIMITS.xlsxBytes ─ zip signature? ─ zip directory: every part's sizes
 *   (unpacked total ≤ LIMITS.xlsxBytes, ratio ≤ LIMITS.xlsxRatio) ─ inflate in small steps,
 *   counting, to catch a directory that lies ─ exceljs ─ Workbook
 *
 * Anything that is not a readable workbook (random bytes, a renamed CSV, an empty or truncated file,
 * broken XML, an old .xls) is an InputError naming the file, never an internal error.
 */
import type { Workbook } from 'exceljs';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { InputError } from '../errors.js';
import { LIMITS, megabytes } from '../limits.js';
import { msg, type Lang, type MessageKey } from '../messages/catalog.js';
import { readRegular, sniffNotText } from './files.js';

const MB = 1024 * 1024;

function fail(shown: string, lang: Lang, key: MessageKey, args: Record<string, string | number> = {}): never {
  throw new InputError(lang, [{ file: shown, message: msg(lang, key, args) }]);
}

/** The parts of a zip as its central directory records them (nothing inflated). */
export function zipDirectory(bytes: Uint8Array): { name: string; size: number; originalSize: number; compression: number }[] {
  const parts: { name: string; size: number; originalSize: number; compression: number }[] = [];
  unzipSync(bytes, {
    filter: (f) => {
      parts.push({ name: f.name, size: f.size, originalSize: f.originalSize, compression: f.compression });
      return false;
    },
  });
  return parts;
}

class TooBig extends Error {
  constructor(readonly part: string) {
    super(part);
  }
}

class BadSheet extends Error {}

/** Excel's own sheet size: exceljs would try to build whatever a sheet's XML claims. */
const MAX_ROW = 1_048_576;
/** Cells covered by merged ranges, all together (exceljs creates every covered cell). */
const MAX_MERGED_CELLS = 100_000;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length && n <= LIMITS.columns; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

const ROW_REF = /<(?:\w+:)?row\b[^<>]{0,256}?\sr="(\d+)"/g;
const CELL_REF = /<(?:\w+:)?c\b[^<>]{0,256}?\sr="([A-Z]+)(\d+)"/g;
const COL_MAX = /<(?:\w+:)?col\b[^<>]{0,256}?\smax="(\d+)"/g;
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^<>]{0,256}?\sref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g;

/**
 * Watches a worksheet's XML as it is inflated, for what would make exceljs build a huge sheet: a row
 * or cell beyond Excel's 1 048 576 rows × 16 384 columns, a column definition past column 16 384,
 * merged ranges covering more than 100 000 cells.
 */
function sheetScanner(): (chunk: Uint8Array, final: boolean) => void {
  let tail = '';
  let merged = 0;
  return (chunk, final) => {
    const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    // A tag cut by the chunk boundary is scanned again with the next chunk (tags here are short).
    const cut = final ? -1 : text.lastIndexOf('<');
    const whole = cut >= 0 && text.length - cut < 512 ? text.slice(0, cut) : text;
    tail = whole.length < text.length ? text.slice(whole.length) : '';
    for (const m of whole.matchAll(ROW_REF)) if (Number(m[1]) > MAX_ROW) throw new BadSheet(`row ${m[1]}`);
    for (const m of whole.matchAll(CELL_REF)) {
      if (m[1].length > 3 || columnNumber(m[1]) > LIMITS.columns || Number(m[2]) > MAX_ROW) throw new BadSheet(`cell ${m[1]}${m[2]}`);
    }
    for (const m of whole.matchAll(COL_MAX)) if (Number(m[1]) > LIMITS.columns) throw new BadSheet(`column ${m[1]}`);
    for (const m of whole.matchAll(MERGE_REF)) {
      const [c1, r1, c2 = m[1], r2 = m[2]] = [m[1], m[2], m[3], m[4]];
      const rows = Math.abs(Number(r2) - Number(r1)) + 1;
      const cols = Math.abs(columnNumber(c2) - columnNumber(c1)) + 1;
      merged += rows * cols;
      if (merged > MAX_MERGED_CELLS) throw new BadSheet(`merged cells ${m[1]}${m[2]}:${c2}${r2}`);
    }
  };
}

/**
 * Inflates every part in steps of 64 KB of compressed data (so at most ~64 MB of output at a time,
 * each step thrown away) and stops as soon as a part unpacks to more than the directory says, or a
 * worksheet describes more than Excel's sheet size (sheetScanner).
 */
function verifySizes(bytes: Uint8Array, declared: Map<string, number>): void {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    const max = declared.get(file.name) ?? 0;
    const scan = /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(file.name) ? sheetScanner() : undefined;
    let got = 0;
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      got += chunk.length;
      if (got > max) throw new TooBig(file.name);
      scan?.(chunk, final);
    };
    if (file.compression === 0 || file.compression === 8) file.start();
  };
  const step = 64 * 1024;
  for (let i = 0; i < bytes.length; i += step) unzip.push(bytes.subarray(i, Math.min(bytes.length, i + step)), i + step >= bytes.length);
}

/** Reads and checks an .xlsx file; returns the loaded exceljs Workbook. */
export async function openWorkbook(abs: string, shown: string, lang: Lang): Promise<Workbook> {
  const bytes = readRegular(abs, shown, lang, LIMITS.xlsxBytes);
  if (bytes.length === 0) fail(shown, lang, 'xlsxInvalid', { detail: lang === 'id' ? 'berkas kosong' : 'the file is empty' });
  const kind = sniffNotText(bytes.subarray(0, 65536));
  if (kind === 'dataIsXls') fail(shown, lang, 'dataIsXls');
  if (kind === undefined || kind === 'dataUtf16') fail(shown, lang, 'xlsxIsText');
  if (kind !== 'dataIsZip') fail(shown, lang, 'xlsxInvalid', { detail: lang === 'id' ? 'bukan arsip zip' : 'not a zip archive' });

  let parts: ReturnType<typeof zipDirectory>;
  try {
    parts = zipDirectory(bytes);
  } catch (e) {
    fail(shown, lang, 'xlsxInvalid', { detail: `zip: ${(e as Error).message}` });
  }
  let total = 0;
  for (const p of parts) {
    total += p.originalSize;
    if (p.compression !== 0 && p.compression !== 8) fail(shown, lang, 'xlsxInvalid', { detail: `zip: compression ${p.compression}` });
    if (p.originalSize > MB && p.originalSize / Math.max(1, p.size) > LIMITS.xlsxRatio) {
      fail(shown, lang, 'xlsxRatio', { part: p.name, ratio: Math.round(p.originalSize / Math.max(1, p.size)), limit: LIMITS.xlsxRatio });
    }
  }
  if (total > LIMITS.xlsxBytes) fail(shown, lang, 'xlsxTooLarge', { size: megabytes(total), limit: megabytes(LIMITS.xlsxBytes) });
  try {
    verifySizes(bytes, new Map(parts.map((p) => [p.name, p.originalSize])));
  } catch (e) {
    if (e instanceof TooBig) fail(shown, lang, 'xlsxSizeMismatch', { part: e.part });
    if (e instanceof BadSheet) fail(shown, lang, 'xlsxInvalid', { detail: lang === 'id' ? `lembar kerja melampaui ukuran lembar Excel (${e.message})` : `a worksheet exceeds Excel's sheet size (${e.message})` });
    fail(shown, lang, 'xlsxInvalid', { detail: `zip: ${(e as Error).message}` });
  }

  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    fail(shown, lang, 'xlsxInvalid', { detail: (e as Error)?.message ?? String(e) });
  }
  return wb;
}
