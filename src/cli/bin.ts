#!/usr/bin/env node
import v8 from 'node:v8';
import { startWorkerEarly } from '../charts/early.js';

// A larger young generation: the analysis allocates many short-lived column-sized arrays, and with
// V8's default 16 MB semi-space a million respondents spend half their time in scavenges
// (measured: load + analyse of 10⁶ rows 17,6 s → 11,3 s).
v8.setFlagsFromString('--max-semi-space-size=64');

// A build draws charts: their worker starts before the rest of bab4 is loaded (src/charts/early.ts).
const argv = process.argv.slice(2);
if ((argv[0] === 'build' && !argv.includes('--check')) || argv[0] === 'watch') startWorkerEarly();

const { main } = await import('./main.js');
process.exitCode = await main(argv);
