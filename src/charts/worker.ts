/**
 * The chart worker: a thread of its own that renders charts (Vega-Lite → SVG) and their PNG for
 * Word, while the main thread writes the chapter and the appendix. Messages in, one answer each:
 *
 *   { n, kind: 'svg', id, spec, lang } → { n, svg }
 *   { n, kind: 'png', svg }            → { n, png: { data, width, height } }
 *   { n, kind: 'docx', input, packing } → { n, docx }   (a Word document without figures: the appendix)
 *   any failure                         → { n, error }
 */
import { parentPort } from 'node:worker_threads';
import { renderSvg } from './render.js';
import { svgToPng, type Png } from './png.js';
import type { DocxInput } from '../docx/document.js';
import type { PackOptions } from '../docx/package.js';
import type { Lang } from '../messages/catalog.js';

export type ChartRequest =
  | { n: number; kind: 'svg'; id: string; spec: object; lang: Lang }
  | { n: number; kind: 'png'; svg: string }
  | { n: number; kind: 'docx'; input: DocxInput; packing: PackOptions };

function answer(req: ChartRequest): Promise<{ n: number; svg?: string; png?: Png; docx?: Uint8Array }> {
  switch (req.kind) {
    case 'svg':
      return renderSvg(req.id, req.spec, req.lang).then((svg) => ({ n: req.n, svg }));
    case 'png':
      return svgToPng(req.svg).then((png) => ({ n: req.n, png }));
    case 'docx':
      return import('../docx/make.js').then(({ makeDocx }) => makeDocx(req.input, req.packing)).then((docx) => ({ n: req.n, docx }));
  }
}

parentPort?.on('message', (req: ChartRequest) => {
  answer(req).then(
    (a) => parentPort!.postMessage(a, [a.png?.data.buffer, a.docx?.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer)),
    (e: unknown) => parentPort!.postMessage({ n: req.n, error: String((e as Error)?.stack ?? e) }),
  );
});
