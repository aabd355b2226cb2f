/**
 * Streaming CSV reader: comma, semicolon or tab (detected from the header line), UTF-8 with or
 * without BOM, CRLF, quoted fields (csv-tokenizer.ts). Rows go straight into the Collector's typed
 * columns, so a million respondents never exist as a million row objects.
 */
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { CsvSyntaxError, CsvTokenizer } from './csv-tokenizer.js';
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
  const firstLine = head.split(/\r?\n|\r/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  let collector: Collector | undefined;
  const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), (record, line) => {
    if (!collector) {
      const header = Array.from({ length: record.count }, (_, i) => record.text(i).trim());
      collector = new Collector(config, shown, header, delimiter === ';');
      return;
    }
    collector.add(record, line);
  });
  try {
    for await (const chunk of createReadStream(absFile, { highWaterMark: 1 << 20 })) tokenizer.push(chunk as Buffer);
    tokenizer.end();
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      throw new InputError([{ file: shown, line: e.line, message: msg(config.language, 'dataCsv', { detail: e.message }) }]);
    }
    throw e;
  }
  if (!collector) throw new InputError([{ file: shown, message: msg(config.language, 'dataEmpty') }]);
  return collector.finish();
}
