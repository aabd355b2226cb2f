/**
 * The chart worker started first thing, before the rest of bab4 is loaded (src/cli/bin.ts): its
 * thread boots and loads vega, vega-lite and resvg on the second core while the main thread loads
 * the command and reads the data. The renderer (renderer.ts) adopts it on its first use; a worker
 * that failed to start is not adopted (the renderer starts its own and reports that one's error).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { keepResvgMemory } from './allocator.js';

type Early = { worker: Worker; alive: boolean };
/**
 * Kept on the global object: the installed command starts the worker from its entry file and adopts
 * it from the bundle's other file, each with its own copy of this module.
 */
const KEY = Symbol.for('bab4.earlyChartWorker');
const slot = globalThis as unknown as Record<symbol, Early | undefined>;

/** The bundle's name for the worker's entry (scripts/bundle.mjs); undefined where tsc compiled this module. */
declare const __BAB4_WORKER_ENTRY__: string | undefined;

/** The compiled worker's file (beside this module: dist/charts/worker.js, or the bundle's dist/bundle/worker.cjs). */
export function workerFile(): string {
  return fileURLToPath(new URL(typeof __BAB4_WORKER_ENTRY__ === 'string' ? __BAB4_WORKER_ENTRY__ : './worker.js', import.meta.url));
}

/** Whether charts are drawn on a worker thread: the compiled worker is there and BAB4_CHART_WORKER is not 0. */
export function workerAvailable(file = workerFile()): boolean {
  return process.env.BAB4_CHART_WORKER !== '0' && existsSync(file);
}

/** Starts the worker now when charts will be drawn on one (idle and not keeping the process alive until adopted). */
export function startWorkerEarly(): void {
  const file = workerFile();
  if (slot[KEY] || !workerAvailable(file)) return;
  keepResvgMemory();
  const worker = new Worker(file);
  worker.unref();
  const entry = { worker, alive: true };
  const dead = () => void (entry.alive = false);
  worker.once('error', dead);
  worker.once('exit', dead);
  slot[KEY] = entry;
}

/** The early worker, once, if it is still running. */
export function adoptEarlyWorker(): Worker | undefined {
  const entry = slot[KEY];
  slot[KEY] = undefined;
  return entry?.alive ? entry.worker : undefined;
}
