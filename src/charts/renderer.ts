/**
 * Who draws the charts: a worker thread (src/charts/worker.ts) when bab4 runs compiled, so that
 * vega and resvg work on the second core while the main thread writes the documents; in the same
 * thread otherwise (tests run the TypeScript sources, which a worker cannot load).
 *
 * Either way the same functions make the same bytes; a renderer only decides where they run.
 */
import { Worker } from 'node:worker_threads';
import { adoptEarlyWorker, workerAvailable, workerFile } from './early.js';
import { keepResvgMemory } from './allocator.js';
import type { Lang } from '../messages/catalog.js';
import type { Png } from './png.js';

export interface ChartRenderer {
  /** Where the charts are drawn (BAB4_TIMING=1 says it). */
  on?: 'worker' | 'this thread';
  svg(id: string, spec: object, lang: Lang): Promise<string>;
  png(svg: string): Promise<Png>;
  /**
   * The SVG, and its PNG drawn right after it without being asked again (a worker goes on to the
   * PNG while the main thread is busy; the PNG wait behind every SVG asked for).
   */
  svgAndPng?(id: string, spec: object, lang: Lang): Promise<{ svg: string; png: Promise<Png> }>;
  /** Gets ready for the first chart now (a worker starts and loads vega and resvg on the other core). */
  warm?(): void;
  /** Ends the worker (a renderer can be used again afterwards: it starts a new one). */
  close(): Promise<void>;
}

/** In this thread: vega and resvg imported on first use. */
export function inThreadRenderer(): ChartRenderer {
  return {
    on: 'this thread',
    svg: async (id, spec, lang) => (await import('./render.js')).renderSvg(id, spec, lang),
    png: async (svg) => (await import('./png.js')).svgToPng(svg),
    close: async () => undefined,
  };
}

type Answer = { n: number; svg?: string; png?: Png; error?: string };

/** On a worker thread, started on the first request; the thread does not keep the process alive. */
export function workerRenderer(file = workerFile()): ChartRenderer {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  const start = (): Worker => {
    if (worker) return worker;
    keepResvgMemory();
    const w = adoptEarlyWorker() ?? new Worker(file);
    w.unref();
    w.on('message', (a: Answer) => {
      const p = waiting.get(a.n);
      waiting.delete(a.n);
      if (a.error !== undefined) p?.reject(new Error(`chart worker: ${a.error}`));
      else p?.resolve(a);
    });
    w.on('error', (e) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
      worker = undefined;
    });
    worker = w;
    return w;
  };
  const expect = (n: number): Promise<Answer> => new Promise((resolve, reject) => waiting.set(n, { resolve, reject }));
  const ask = (req: Record<string, unknown>): Promise<Answer> => {
    const n = ++next;
    const answer = expect(n);
    start().postMessage({ ...req, n });
    return answer;
  };
  const pngOf = (a: Answer): Png => ({ ...a.png!, data: new Uint8Array(a.png!.data) });
  return {
    on: 'worker',
    svg: async (id, spec, lang) => (await ask({ kind: 'svg', id, spec, lang })).svg!,
    svgAndPng: async (id, spec, lang) => {
      const png = ++next;
      const drawn = expect(png).then(pngOf);
      drawn.catch(() => undefined); // rejected for whoever awaits it, never unhandled
      return { svg: (await ask({ kind: 'svg', id, spec, lang, png })).svg!, png: drawn };
    },
    warm: () => void start(),
    png: async (svg) => pngOf(await ask({ kind: 'png', svg })),
    close: async () => {
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}

/** The worker when the compiled worker file is there (and BAB4_CHART_WORKER is not 0), else this thread. */
export function defaultRenderer(): ChartRenderer {
  return workerAvailable() ? workerRenderer() : inThreadRenderer();
}
