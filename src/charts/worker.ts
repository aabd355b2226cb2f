/**
 * The chart worker: a thread of its own that renders charts (Vega-Lite → SVG) and their PNG for
 * Word, while the main thread writes the chapter and the appendix. It loads vega, vega-lite and resvg
 * as it starts — while the main thread reads the data and computes, before the first chart is asked
 * for. Messages in, one answer each:
 *
 *   { n, kind: 'svg', id, spec, lang } → { n, svg }
 *   { n, kind: 'png', svg }            → { n, png: { data, width, height } }
 *   any failure                         → { n, error }
 */
import { parentPort } from 'node:worker_threads';
import { load, renderSvg } from './render.js';
import { svgToPng, type Png } from './png.js';
import type { Lang } from '../messages/catalog.js';

export type ChartRequest = { n: number; kind: 'svg'; id: string; spec: object; lang: Lang } | { n: number; kind: 'png'; svg: string };

function answer(req: ChartRequest): Promise<{ n: number; svg?: string; png?: Png }> {
  return req.kind === 'svg' ? renderSvg(req.id, req.spec, req.lang).then((svg) => ({ n: req.n, svg })) : svgToPng(req.svg).then((png) => ({ n: req.n, png }));
}

if (parentPort) {
  void load().catch(() => undefined);
  void import('@resvg/resvg-js').catch(() => undefined);
}

parentPort?.on('message', (req: ChartRequest) => {
  answer(req).then(
    (a) => parentPort!.postMessage(a, a.png ? [a.png.data.buffer as ArrayBuffer] : []),
    (e: unknown) => parentPort!.postMessage({ n: req.n, error: String((e as Error)?.stack ?? e) }),
  );
});
