/** A Word document from its input: build (document.ts), then pack (package.ts). */
import { buildDocx, type DocxInput } from './document.js';
import { packDocx, type PackOptions } from './package.js';

export function makeDocx(input: DocxInput, packing: PackOptions): Promise<Uint8Array> {
  const { document, raw } = buildDocx(input);
  return packDocx(document, packing, raw);
}
