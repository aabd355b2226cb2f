/**
 * The Word outputs: bab4.docx (the chapter), lampiran.docx (the appendix) and daftar.docx (the lists
 * of tables and figures, for the thesis's front matter), made from the same document trees as the
 * HTML. Charts become PNG at 300 dpi (charts/png.ts), rendered in parallel on libuv's pool.
 *
 *   documents ─┬─ buildDocx (document.ts) ─ packDocx (package.ts) ─► .docx
 *   charts SVG ─┴─ svgToPng ─────────────┘
 */
import type { Config } from '../config/types.js';
import type { ReferenceDoc } from '../load/docx-reference.js';
import type { Documents } from '../report/index.js';
import { svgToPng, type Png } from '../charts/png.js';
import { buildDocx } from './document.js';
import { packDocx, resolveStyleIds } from './package.js';

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

export async function wordFiles(opts: WordOptions): Promise<Map<string, Uint8Array>> {
  const { config, documents, reference } = opts;
  const png = opts.png ?? ((_id: string, svg: string) => svgToPng(svg));
  const used = new Set<string>();
  for (const d of [documents.chapter, documents.appendix]) for (const c of d.captions) if (c.kind === 'figure') used.add(c.id);
  const pngs = new Map<string, Png>(await Promise.all([...used].filter((id) => opts.charts.has(id)).map(async (id) => [id, await png(id, opts.charts.get(id)!)] as const)));

  const styles = resolveStyleIds(reference);
  const page = reference?.page;
  const seq = SEQ[config.language];
  const date = { year: opts.year, month: 1, day: 1 };
  const pack = (doc: Parameters<typeof packDocx>[0]) => packDocx(doc, { date, reference, styleIds: styles });
  const pageNumbers = config.pageNumbers;

  const files = new Map<string, Uint8Array>();
  files.set(
    'bab4.docx',
    await pack(buildDocx({ doc: documents.chapter, kind: 'chapter', title: config.title, charts: pngs, pageStart: config.pageStart, pageNumbers, styles, page, fields: { seq: seq.chapter, bookmarkPrefix: '_RefB4' } })),
  );
  files.set(
    'lampiran.docx',
    await pack(buildDocx({ doc: documents.appendix, kind: 'appendix', title: config.title, charts: pngs, pageNumbers, styles, page, fields: { seq: seq.appendix, bookmarkPrefix: '_RefB4L' } })),
  );
  if (config.lists === 'separate') {
    files.set('daftar.docx', await pack(buildDocx({ doc: documents.lists, kind: 'lists', title: config.title, charts: pngs, styles, page, fields: { seq: seq.chapter, bookmarkPrefix: '_RefB4D' } })));
  }
  return files;
}
