/**
 * Streaming CSV reader: comma, semicolon or tab (detected from the header line), UTF-8 with or
 * without BOM, CRLF, quoted fields (csv-tokenizer.ts). Rows go straight into the Collector's typed
 * columns, so a million respondents never exist as a million row objects.
 */
import { closeSync, createReadStream } from 'node:fs';
import { CsvLimitError, CsvSyntaxError, CsvTokenizer } from './csv-tokenizer.js';
import type { Config } from '../config/types.js';
import { InputError, type Problem } from '../errors.js';
import { LIMITS, megabytes } from '../limits.js';
import { msg, type Lang } from '../messages/catalog.js';
import { Collector } from './collector.js';
import type { Dataset } from './dataset.js';
import { assertText, errCode, isFsError, openRegular, readHead } from './files.js';

/** Detects the delimiter from the first line: the most frequent of , ; and tab outside quotes. */
export function detectDelimiter(firstLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** The first line of a CSV file's head (BOM removed), for detecting the delimiter. */
export function firstLineOf(head: Buffer): string {
  return head.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
}

/** A tokenizer error as the problem to report: syntax (unclosed quote) or a size limit, with the line and column. */
export function csvProblem(e: unknown, shown: string, lang: Lang, header?: string[]): Problem | undefined {
  if (e instanceof CsvSyntaxError) return { file: shown, line: e.line, message: msg(lang, 'dataCsv', { detail: e.message }) };
  if (!(e instanceof CsvLimitError)) return undefined;
  const column = header && e.field >= 0 && e.field < header.length ? header[e.field] : undefined;
  const where = { file: shown, line: e.line, ...(column === undefined ? {} : { column }) };
  if (e.kind === 'cell') return { ...where, message: msg(lang, 'limitCell', { length: e.length < 0 ? `> ${LIMITS.cellChars}` : e.length, limit: LIMITS.cellChars, hint: e.length < 0 ? 1 : '' }) };
  if (e.kind === 'row') return { ...where, message: msg(lang, 'limitRow', { limit: megabytes(LIMITS.rowBytes) }) };
  return { ...where, message: msg(lang, 'limitColumns', { limit: LIMITS.columns }) };
}

export async function readCsv(config: Config, absFile: string, shown: string, onRows?: (rows: number) => void): Promise<Dataset> {
  const lang = config.language;
  const { fd } = openRegular(absFile, shown, lang);
  let head: Buffer;
  try {
    head = readHead(fd);
    assertText(head, shown, lang);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  const delimiter = detectDelimiter(firstLineOf(head));
  let collector: Collector | undefined;
  const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), (record, line) => {
    if (!collector) {
      const header = Array.from({ length: record.count }, (_, i) => record.text(i).trim());
      collector = new Collector(config, shown, header, delimiter === ';');
      return;
    }
    collector.add(record, line);
  });
  const stream = createReadStream('', { fd, highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) {
      tokenizer.push(chunk as Buffer);
      if (onRows && collector) onRows(collector.rows);
    }
    tokenizer.end();
    if (onRows && collector) onRows(collector.rows);
  } catch (e) {
    const problem = csvProblem(e, shown, lang, collector?.header);
    if (problem) throw new InputError(lang, [problem]);
    if (isFsError(e)) throw new InputError(lang, [{ file: shown, message: msg(lang, 'fileUnreadable', { code: errCode(e) }) }]);
    throw e;
  } finally {
    stream.destroy();
  }
  if (!collector) throw new InputError(lang, [{ file: shown, message: msg(lang, 'dataEmpty') }]);
  return collector.finish();
}
