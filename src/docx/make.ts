/** A Word document from its input: build (document.ts), then pack (package.ts) with its charts' PNG. */
import { buildDocx, type DocxInput } from './document.js';
import { packDocx, type PackOptions } from './package.js';

/**
 * The document is built now; its charts' PNG (`png`, by chart id) are awaited only when the package
 * is zipped, so the document is written while they are drawn.
 */
export function makeDocx(input: DocxInput, packing: PackOptions, png: (id: string) => Promise<Uint8Array> = noCharts): Promise<Uint8Array> {
  const { document, raw, charts } = buildDocx(input);
  return packDocx(document, packing, raw, new Map(charts.map((id) => [id, png(id)])));
}

const noCharts = (id: string): Promise<Uint8Array> => Promise.reject(new Error(`internal: no PNG for chart ${id}`));
