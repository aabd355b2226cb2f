/**
 * Data loading: the configured data file → Dataset; the population file → PopulationTable.
 * The only place besides src/output that reads files (with src/config for the config itself).
 */
import path from 'node:path';
import type { Config } from '../config/types.js';
import { displayPath } from '../config/load.js';
import { readCsv } from './csv.js';
import { readXlsx } from './xlsx.js';
import type { Dataset } from './dataset.js';

export interface LoadOptions {
  /** Called as the rows stream in (about every megabyte of a CSV, every 10 000 rows of a sheet) with the data rows read so far. */
  onRows?: (rows: number) => void;
}

export async function loadData(config: Config, options: LoadOptions = {}): Promise<Dataset> {
  const file = config.data.file;
  const shown = displayPath(file);
  return path.extname(file).toLowerCase() === '.xlsx' ? readXlsx(config, file, shown, options.onRows) : readCsv(config, file, shown, options.onRows);
}

export { loadPopulation } from './population.js';
export type { Dataset } from './dataset.js';
