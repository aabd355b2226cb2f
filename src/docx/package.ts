/**
 * A docx Document → the .docx file, byte for byte the same for the same input:
 *
 * - the zip's entry dates and the document's created/modified dates are the study's date (from the
 *   data, not the clock);
 * - tables written as XML (table-xml.ts) take the place of their placeholder paragraphs;
 * - drawing ids, which docx draws from a process-wide counter, are numbered within the document;
 * - with a reference document, its styles (and the theme its fonts may name) replace bab4's, and
 *   bab4's styles that it lacks are added (matched by name, renamed to its ids where they refer to it).
 *
 * The package is read with fflate (docx's own zip library) and written as fflate's zipSync writes it
 * (zip.ts), each part compressed as soon as it is final: the charts' PNG come last.
 */
import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate';
import type { ReferenceDoc } from '../load/docx-reference.js';
import { STYLES, type StyleIds } from './styles.js';
import { spliceRaw } from './table-xml.js';
import { chartMedia } from './document.js';
import { zipArchive, zipEntry, type ZipEntry } from './zip.js';

export interface PackOptions {
  /** The document's date (UTC midnight of this day is written). */
  date: { year: number; month: number; day: number };
  reference?: ReferenceDoc;
  styleIds: StyleIds;
}

const utf8 = new TextDecoder();
const encode = (s: string) => new TextEncoder().encode(s);

/** A part of the package: XML as text until it is zipped, anything else as bytes. */
type Part = string | Uint8Array;

/**
 * The package's parts before zipping: docx's own compiler (what Packer zips) when it is there —
 * this saves zipping the parts twice — else Packer's zip, unzipped again.
 */
function parts(doc: Document): Record<string, Part> | Promise<Record<string, Part>> {
  const compiler = (Packer as unknown as { compiler?: { compile?: (file: Document, prettify?: unknown, overrides?: unknown[]) => Map<string, unknown> } }).compiler;
  const unzipped = async () => unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  if (typeof compiler?.compile !== 'function') return unzipped();
  const out: Record<string, Part> = {};
  for (const [name, data] of compiler.compile(doc, undefined, [])) {
    if (typeof data === 'string') out[name] = data;
    else if (ArrayBuffer.isView(data)) out[name] = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else if (data instanceof ArrayBuffer) out[name] = new Uint8Array(data);
    else return unzipped();
  }
  return out;
}

/**
 * The .docx of a document: its parts are compiled, finished and compressed now (before the charts'
 * PNG need to be there); then each chart's placeholder image (chartMedia) is replaced by its PNG as
 * it comes, and the archive laid out.
 */
export async function packDocx(doc: Document, opts: PackOptions, raw: readonly string[] = [], charts: Map<string, Promise<Uint8Array>> = new Map()): Promise<Uint8Array> {
  const files = await parts(doc);
  const placeholders = new Map([...charts.keys()].map((id) => [utf8.decode(chartMedia(id)), id]));
  /** Part name → the chart whose PNG it is. */
  const chartParts = new Map<string, string>();
  for (const name of Object.keys(files)) {
    const part = files[name];
    if (!name.startsWith('word/media/') || typeof part === 'string') continue;
    const id = placeholders.get(utf8.decode(part));
    if (id !== undefined) chartParts.set(name, id);
  }
  const edit = (name: string, fn: (xml: string) => string) => {
    const part = files[name];
    if (part) files[name] = fn(typeof part === 'string' ? part : utf8.decode(part));
  };
  edit('word/document.xml', (xml) => spliceRaw(xml, raw));
  const { year, month, day } = opts.date;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00Z`;
  edit('docProps/core.xml', (xml) => xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`));
  for (const name of Object.keys(files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))) {
    let n = 0;
    edit(name, (xml) => xml.replace(/(<wp:docPr id=")\d+(")/g, (_m, a: string, b: string) => `${a}${++n}${b}`));
  }
  if (opts.reference) {
    const ref = opts.reference;
    edit('word/styles.xml', (ours) => mergeStyles(ours, ref, opts.styleIds));
    if (ref.theme && files['word/theme/theme1.xml']) files['word/theme/theme1.xml'] = ref.theme;
  }
  // Every part but the charts compressed now, while their PNG are drawn; each PNG stored as it comes.
  const level = (name: string) => (name.startsWith('word/media/') ? 0 : 6);
  const entries = Object.entries(files).map(([name, data]) => (chartParts.has(name) ? name : zipEntry(name, typeof data === 'string' ? encode(data) : data, level(name))));
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (typeof e === 'string') entries[i] = zipEntry(e, await charts.get(chartParts.get(e)!)!, 0);
  }
  // Local date parts, so that the zip's DOS dates are the same in every time zone.
  return zipArchive(entries as ZipEntry[], new Date(year, month - 1, day, 0, 0, 0));
}

/** The reference's styles.xml with bab4's styles that it lacks (by name) added, their references mapped to its ids. */
export function mergeStyles(ours: string, ref: ReferenceDoc, ids: StyleIds): string {
  const ourIdToFinal = new Map<string, string>(Object.entries(STYLES).map(([role, s]) => [s.id, ids[role as keyof StyleIds]]));
  const added: string[] = [];
  for (const m of ours.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)) {
    const name = m[0].match(/<w:name w:val="([^"]+)"/)?.[1]?.toLowerCase();
    if (!name || ref.names.has(name)) continue;
    added.push(m[0].replace(/(<w:(?:basedOn|next|link) w:val=")([^"]+)(")/g, (_a, x: string, id: string, y: string) => `${x}${ourIdToFinal.get(id) ?? ref.names.get(id.toLowerCase()) ?? id}${y}`));
  }
  const end = ref.styles.lastIndexOf('</w:styles>');
  return end < 0 ? ref.styles : ref.styles.slice(0, end) + added.join('') + ref.styles.slice(end);
}

/** Role → style id: the reference's id where it has a style of that name, else bab4's. */
export function resolveStyleIds(ref: ReferenceDoc | undefined): StyleIds {
  return Object.fromEntries(Object.entries(STYLES).map(([role, s]) => [role, ref?.names.get(s.name.toLowerCase()) ?? s.id])) as StyleIds;
}
