/**
 * The sampling frame: one row per stratum (kecamatan) with its population count and, optionally,
 * an earlier count. A row named "Jumlah" / "Total" is read as the source table's printed total
 * (to be checked against the row sums), not as a stratum. CSV or XLSX like the data.
 */
import type { Config, PopulationSpec } from '../config/types.js';
import { displayPath } from '../config/load.js';
import { InputError, type Problem } from '../errors.js';
import { LIMITS } from '../limits.js';
import { msg } from '../messages/catalog.js';
import { clipList } from '../messages/clip.js';
import { csvProblem, detectDelimiter, firstLineOf } from './csv.js';
import { tokenizeAll } from './csv-tokenizer.js';
import { assertText, readRegular } from './files.js';
import { parseNumber } from './numbers.js';
import { resolveHeader } from './plan.js';

export interface PopulationTable {
  file: string;
  strata: { name: string; count: number; previous?: number }[];
  /** Totals printed in the source (a "Jumlah"/"Total" row or `statedTotals` in the config), by column. */
  statedTotals: Record<string, number>;
}

const TOTAL_ROW = /^(jumlah|total|jumlah total|grand total)$/i;

export function loadPopulation(config: Config, spec: PopulationSpec): PopulationTable {
  const shown = displayPath(spec.file);
  const lang = config.language;
  const bytes = readRegular(spec.file, shown, lang);
  assertText(bytes.subarray(0, 65536), shown, lang);
  const delimiter = detectDelimiter(firstLineOf(bytes.subarray(0, 65536)));
  let records: { line: number; fields: string[] }[];
  try {
    records = tokenizeAll(bytes, delimiter);
  } catch (e) {
    const problem = csvProblem(e, shown, lang);
    if (!problem) throw e;
    throw new InputError(lang, [problem]);
  }
  if (records.length - 1 > LIMITS.strata) throw new InputError(lang, [{ file: shown, message: msg(lang, 'limitStrata', { count: records.length - 1, limit: LIMITS.strata }) }]);
  const header = (records[0]?.fields ?? []).map((h) => h.trim());
  const problems: Problem[] = [];
  const col = (name: string, key: string) => {
    const i = resolveHeader(name, header, config.columns);
    if (i < 0) {
      problems.push({
        file: shown,
        line: 1,
        column: name,
        message: msg(lang, 'dataMissingColumn', { column: name, key, available: problems.length === 0 ? clipList(header, 8, 30) : '' }),
      });
    }
    return i;
  };
  const iStratum = col(spec.stratum, 'population.stratum');
  const iCount = col(spec.count, 'population.count');
  const iPrev = spec.previous ? col(spec.previous, 'population.previous') : -1;
  if (problems.length) throw new InputError(lang, problems);

  const strata: PopulationTable['strata'] = [];
  const statedTotals: Record<string, number> = { ...spec.statedTotals };
  const seen = new Set<string>();
  records.slice(1).forEach(({ line, fields: rec }, r) => {
    if (rec.length !== header.length) {
      problems.push({ file: shown, line, row: r + 1, message: msg(lang, 'dataFieldCount', { count: rec.length, expected: header.length }) });
      return;
    }
    const name = rec[iStratum].trim();
    const count = (i: number, header: string) => {
      const v = parseNumber(rec[i], delimiter === ';');
      if (!(Number.isInteger(v) && v >= 0)) {
        problems.push({ file: shown, line, row: r + 1, column: header, message: msg(lang, 'populationCount', { value: rec[i] }) });
      }
      return v;
    };
    const c = count(iCount, spec.count);
    const p = iPrev >= 0 ? count(iPrev, spec.previous!) : undefined;
    if (TOTAL_ROW.test(name)) {
      statedTotals[spec.count] ??= c;
      if (p !== undefined && spec.previous) statedTotals[spec.previous] ??= p;
      return;
    }
    if (seen.has(name)) problems.push({ file: shown, line, row: r + 1, column: spec.stratum, message: msg(lang, 'populationDuplicate', { stratum: name }) });
    seen.add(name);
    strata.push(p === undefined ? { name, count: c } : { name, count: c, previous: p });
  });
  if (problems.length) throw new InputError(lang, problems);
  if (strata.length === 0) throw new InputError(lang, [{ file: shown, message: msg(lang, 'dataEmpty') }]);
  return { file: shown, strata, statedTotals };
}
