#!/usr/bin/env node
/**
 * Computes the r, t and F values of the appendix's statistical tables over their printed range
 * (df 1 … 200) once, with bab4's own compiled functions, into dist/statistical-tables.json; a build
 * reads them back instead of computing 3 600 quantiles again (src/analysis/statistical-tables.ts).
 * Run by `npm run build:ts` (and `prepare`) after tsc.
 */
import { writeFileSync } from 'node:fs';
import { PRINTED_FILE, printedQuantiles } from '../dist/analysis/statistical-tables.js';

writeFileSync(PRINTED_FILE, JSON.stringify(printedQuantiles()) + '\n');
