/**
 * The chart worker: a thread of its own that renders charts (Vega-Lite → SVG) and their PNG for
 * Word, while the main thread writes the chapter and the appendix. It loads vega, vega-lite and resvg
 * as it starts — while the main thread reads the data and computes, before the first chart is asked
 * for. Messages in, one answer each:
 *
 *   { n, kind: 'svg', id, spec, lang } → { n, svg }
 *   { n, kind: 'svg', …, png: m }      → { n, svg }, later { n: m, png } (the PNG drawn unasked)
 *   { n, kind: 'png', svg }            → { n, png: { data, width, height } }
 *   any failure                         → { n, error }
 *
 * SVG come first: the PNG drawn unasked wait until no SVG is pending and are drawn two at a time,
 * largest first, so that they never hold up a page the main thread is writing.
 */
import { parentPort } from 'node:worker_threads';
import { load, renderSvg } from './render.js';
import { loadResvg, svgSize, svgToPng, type Png } from './png.js';
import type { Lang } from '../messages/catalog.js';
import type { CharacteristicResult } from '../analysis/results.js';
import { characteristicChart, type ChartSpec } from './specs.js';

export type ChartRequest = { n: number; kind: 'svg'; id: string; spec: object; lang: Lang; png?: number } | { n: number; kind: 'png'; svg: string };

type Answer = { n: number; svg?: string; png?: Png; error?: string };

let pngSent: () => void = () => undefined;
/** Resolves once the first PNG is sent: by then the worker has run all of its code (bundle-worker.ts saves its code cache). */
export const firstPngSent = new Promise<void>((resolve) => (pngSent = resolve));

const send = (a: Answer) => {
  parentPort!.postMessage(a, a.png ? [a.png.data.buffer as ArrayBuffer] : []);
  if (a.png) pngSent();
};
const fail = (n: number) => (e: unknown) => send({ n, error: String((e as Error)?.stack ?? e) });

let svgsPending = 0;
const later: { n: number; svg: string; pixels: number }[] = [];
let drawing = 0;
/**
 * PNG drawn at once: two, so that resvg draws one on libuv's pool while this thread encodes the
 * other (measured on two cores: one at a time 1.42 s, two 1.36 s, three 1.35 s for a cold build).
 */
const AT_ONCE = 2;

/**
 * The next PNG drawn unasked, when no SVG is pending and fewer than AT_ONCE are being drawn: the
 * largest waiting first (the first of equals), so that the last to finish — which the chapter's Word
 * file waits for, with one core idle — is a small one (−7±5 ms a cold build).
 */
function drawNext(): void {
  while (drawing < AT_ONCE && svgsPending === 0 && later.length > 0) {
    let next = 0;
    for (let i = 1; i < later.length; i++) if (later[i].pixels > later[next].pixels) next = i;
    const job = later.splice(next, 1)[0];
    drawing++;
    svgToPng(job.svg)
      .then((png) => send({ n: job.n, png }), fail(job.n))
      .finally(() => {
        drawing--;
        drawNext();
      });
  }
}

function onRequest(req: ChartRequest): void {
  if (req.kind === 'png') {
    svgToPng(req.svg).then((png) => send({ n: req.n, png }), fail(req.n));
    return;
  }
  svgsPending++;
  renderSvg(req.id, req.spec, req.lang)
    .then(
      (svg) => {
        send({ n: req.n, svg });
        if (req.png !== undefined) {
          const { width, height } = svgSize(svg);
          later.push({ n: req.png, svg, pixels: width * height });
        }
      },
      (e: unknown) => {
        fail(req.n)(e);
        if (req.png !== undefined) fail(req.png)(e);
      },
    )
    .finally(() => {
      svgsPending--;
      drawNext();
    });
}

/**
 * A small chart of the chapter's commonest kind (a characteristic's bars with their percentages),
 * drawn and thrown away once vega is loaded, if no chart has been asked for yet: the worker waits
 * for the first spec while the main thread reads and analyses the data, and the first chart a
 * process draws is three times as slow as the next (V8 and vega meet their code for the first time).
 * Drawn while the core would be idle, it takes that cost off the charts (−7±4 ms a cold build).
 */
export function warmUpChart(): ChartSpec {
  const categories = [
    { label: 'A', count: 3, percent: 60 },
    { label: 'B', count: 2, percent: 40 },
  ];
  const result: CharacteristicResult = { column: 'warm-up', label: 'warm-up', kind: 'categorical', group: null, format: null, ordered: false, median: null, base: 5, answers: null, categories };
  return characteristicChart(result, { frequency: 'n' });
}

let asked = false;

if (parentPort) {
  parentPort.once('message', () => (asked = true));
  void load()
    .then(() => {
      if (asked) return;
      const { id, spec } = warmUpChart();
      return renderSvg(id, spec, 'id');
    })
    .catch(() => undefined);
  void loadResvg().catch(() => undefined);
  parentPort.on('message', onRequest);
}
