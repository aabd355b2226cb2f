/**
 * The Word outputs: bab4.docx (the chapter), lampiran.docx (the appendix) and daftar.docx (the lists
 * of tables and figures, for the thesis's front matter), made from the same document trees as the
 * HTML. Charts become PNG at 300 dpi (charts/png.ts), drawn (on the chart worker, or libuv's pool)
 * while the documents are written, and put in when each package is zipped.
 *
 *   documents ── buildDocx (document.ts) ─ packDocx (package.ts) ─► .docx
 *   charts SVG ─ svgToPng ───────────────────────┘
 */
import type { Config } from '../config/types.js';
import type { ReferenceDoc } from '../load/docx-reference.js';
import type { Documents } from '../report/index.js';
import { svgSize, svgToPng, type Png } from '../charts/png.js';
import type { DocxInput } from './document.js';
import { makeDocx } from './make.js';
import { hashOf, Memo } from '../memo.js';
import type { Doc } from '../report/doc/tree.js';
import { resolveStyleIds, type PackOptions } from './package.js';

export interface WordOptions {
  config: Config;
  documents: Documents;
  /** Chart id → SVG. */
  charts: Map<string, string>;
  reference?: ReferenceDoc;
  /** The study's date: the documents' creation date (from the data, not the clock). */
  year: number;
  /** PNG of a chart (default: rendered now); the watcher passes a cached one. */
  png?: (id: string, svg: string) => Promise<Png>;
}

const SEQ = {
  id: { chapter: { table: 'Tabel', figure: 'Gambar' }, appendix: { table: 'Tabel_Lampiran', figure: 'Gambar_Lampiran' } },
  en: { chapter: { table: 'Table', figure: 'Figure' }, appendix: { table: 'Appendix_Table', figure: 'Appendix_Figure' } },
};

/** The last .docx files made (watch), by their key. */
const made = new Memo<Promise<Uint8Array>>(6);

export async function wordFiles(opts: WordOptions): Promise<Map<string, Uint8Array>> {
  const { config, documents, reference } = opts;
  const png = opts.png ?? ((_id: string, svg: string) => svgToPng(svg));
  const used = new Set<string>();
  for (const d of [documents.chapter, documents.appendix]) for (const c of d.captions) if (c.kind === 'figure') used.add(c.id);
  // The documents are written with each chart's size (from its SVG); its PNG, drawn elsewhere (a
  // worker, libuv's pool) meanwhile, is awaited when the package is zipped.
  const sizes = new Map([...used].filter((id) => opts.charts.has(id)).map((id) => [id, svgSize(opts.charts.get(id)!)]));
  const drawn = new Map<string, Promise<Uint8Array>>();
  const pngOf = (id: string): Promise<Uint8Array> => {
    let p = drawn.get(id);
    if (!p) drawn.set(id, (p = png(id, opts.charts.get(id)!).then((x) => x.data)));
    return p;
  };
  for (const id of sizes.keys()) pngOf(id).catch(() => undefined); // started now; a failure is thrown where it is awaited
  const figuresOf = (d: { captions: { kind: string }[] }) => d.captions.some((c) => c.kind === 'figure');

  const styles = resolveStyleIds(reference);
  const page = reference?.page;
  const seq = SEQ[config.language];
  const date = { year: opts.year, month: 1, day: 1 };
  const packing: PackOptions = { date, reference, styleIds: styles };
  const pageNumbers = config.pageNumbers;

  const files = new Map<string, Uint8Array>();
  const chapterInput = (): DocxInput => ({ doc: documents.chapter, kind: 'chapter', title: config.title, charts: sizes, pageStart: config.pageStart, pageNumbers, styles, page, fields: { seq: seq.chapter, bookmarkPrefix: '_RefB4' } });
  const jobs: { name: string; doc: Doc; input: () => DocxInput; figures: boolean }[] = [
    { name: 'bab4.docx', doc: documents.chapter, figures: figuresOf(documents.chapter), input: chapterInput },
    {
      name: 'lampiran.docx',
      doc: documents.appendix,
      figures: figuresOf(documents.appendix),
      input: () => ({ doc: documents.appendix, kind: 'appendix', title: config.title, charts: sizes, pageNumbers, styles, page, fields: { seq: seq.appendix, bookmarkPrefix: '_RefB4L' } }),
    },
  ];
  if (config.lists === 'separate') {
    jobs.push({ name: 'daftar.docx', doc: documents.lists, figures: false, input: () => ({ doc: documents.lists, kind: 'lists', title: config.title, charts: new Map(), styles, page, fields: { seq: seq.chapter, bookmarkPrefix: '_RefB4D' } }) });
  }
  // A document's .docx depends on the document, the charts it shows and these settings: the same
  // again (watch, after a save that changed something else) is the file made before.
  const settings = hashOf(config.language, config.title, config.pageStart, config.pageNumbers, opts.year, reference ? [reference.styles, reference.theme, reference.page] : null);
  const charts = hashOf([...used].sort().map((id) => [id, opts.charts.get(id)]));
  const keyOf = (job: (typeof jobs)[number]) => hashOf(job.name, job.doc.key, settings, job.figures ? charts : null);
  // Documents with figures first: written while their PNG are drawn, zipped once they are there.
  const making = new Map<string, Promise<Uint8Array>>();
  for (const job of [...jobs.filter((j) => j.figures), ...jobs.filter((j) => !j.figures)]) {
    const file = made.get(keyOf(job), () => makeDocx(job.input(), packing, pngOf));
    file.catch(() => undefined); // a failure is thrown below, where it is awaited
    making.set(job.name, file);
  }
  for (const job of jobs) files.set(job.name, await making.get(job.name)!);
  return files;
}
