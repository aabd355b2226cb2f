/**
 * Streaming CSV reader: comma, semicolon or tab (detected from the header line), UTF-8 with or
 * without BOM, CRLF, quoted fields. Rows go straight into the Collector's typed columns, so a
 * million respondents never exist as a million row objects.
 */
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { parse } from 'csv-parse';
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { msg } from '../messages/catalog.js';
import { Collector } from './collector.js';
import type { Dataset } from './dataset.js';

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

function readHead(file: string, bytes = 65536): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const got = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, got).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

export async function readCsv(config: Config, absFile: string, shown: string): Promise<Dataset> {
  const head = readHead(absFile);
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  const parser = createReadStream(absFile).pipe(
    parse({ delimiter, bom: true, relax_column_count: false, skip_empty_lines: true, info: true, trim: false }),
  );
  let collector: Collector | undefined;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!collector) {
        collector = new Collector(config, shown, rec.record.map((h) => h.trim()), delimiter === ';');
        continue;
      }
      collector.add(rec.record, rec.info.lines);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const err = e as Error & { lines?: number; code?: string };
    throw new InputError([
      { file: shown, line: err.lines, message: msg(config.language, 'dataCsv', { detail: err.message.replace(/^Invalid Record Length: /, '') }) },
    ]);
  }
  if (!collector) throw new InputError([{ file: shown, message: msg(config.language, 'dataEmpty') }]);
  return collector.finish();
}
