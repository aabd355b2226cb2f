/**
 * What bab4 does first, before the rest of it is loaded (bin.ts, and the bundle's bundle-bin.ts):
 * V8's flags, and the chart worker started for a build, so that it loads on the second core while
 * this thread loads the command and reads the data.
 */
import v8 from 'node:v8';
import { startWorkerEarly } from '../charts/early.js';

export function boot(argv: readonly string[]): void {
  // A larger young generation: the analysis allocates many short-lived column-sized arrays, and with
  // V8's default 16 MB semi-space a million respondents spend half their time in scavenges
  // (measured: load + analyse of 10⁶ rows 17,6 s → 11,3 s).
  v8.setFlagsFromString('--max-semi-space-size=64');
  // A function is optimized (TurboFan, on V8's background threads) only after 16 times the default
  // interrupt budget: a build of a study runs most of its code a few times, and optimizing it cost more
  // than it saved — 0.9 s of processor time in a 2 s cold build on two cores (measured: wall 2.0 → 1.7 s,
  // processor 3.2 → 2.3 s, with 8 times; 16 times saved another 0.07 s of processor time in a 1.05 s
  // build). Loops that run long (10⁶ respondents) are optimized as before.
  v8.setFlagsFromString('--interrupt-budget=1081344');
  // Isolates made from now on — the chart worker — start with room for 64 MB of old objects before
  // their first full collection: the worker of a cold build peaks below that, and its one
  // mark-compact (≈ 10 ms of the worker and V8's helper threads) was pure cost. This thread's heap
  // was set up before bab4 ran, so it is not affected.
  v8.setFlagsFromString('--initial-old-space-size=64');
  // A build draws charts: their worker starts before the rest of bab4 is loaded (src/charts/early.ts).
  if ((argv[0] === 'build' && !argv.includes('--check')) || argv[0] === 'watch') startWorkerEarly();
}
