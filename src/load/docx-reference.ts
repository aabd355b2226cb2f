/**
 * The student's own thesis document (`docx: { reference: template-skripsi.docx }`), read for what the
 * Word output takes from it — as pandoc's `--reference-doc` does: its styles (word/styles.xml, with the
 * theme its fonts may name) and its page size and margins (the last section of word/document.xml).
 *
 * Read with fflate (a maintained zip reader). Only the three parts needed are inflated, after their
 * sizes are checked from the zip directory: a reference is a few hundred kB, so parts over 64 MB or
 * compressed more than 200:1 are refused as not a Word document.
 */
import { readFileSync, statSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { InputError } from '../errors.js';
import { msg, type Lang } from '../messages/catalog.js';

export interface ReferenceDoc {
  path: string;
  /** word/styles.xml. */
  styles: string;
  /** word/theme/theme1.xml, when the document has one. */
  theme?: string;
  /** Style name (lower case, as Word writes built-in names) → style id. */
  names: Map<string, string>;
  /** Page size and margins in twips, when the document states them. */
  page?: { width: number; height: number; top: number; right: number; bottom: number; left: number; header?: number; footer?: number };
}

const PARTS = ['word/styles.xml', 'word/document.xml', 'word/theme/theme1.xml'];
const MAX_PART = 64 * 1024 * 1024;
const MAX_RATIO = 200;

export function loadReferenceDoc(file: string, shown: string, lang: Lang): ReferenceDoc {
  const fail = (detail: string): never => {
    throw new InputError(lang, [{ file: shown, key: 'docx.reference', message: msg(lang, 'docxReferenceInvalid', { detail }) }]);
  };
  let bytes: Uint8Array;
  try {
    if (!statSync(file).isFile()) fail('not a file');
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    return fail((e as Error).message);
  }
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        if (!PARTS.includes(f.name)) return false;
        if (f.originalSize > MAX_PART || f.originalSize > Math.max(1, f.size) * MAX_RATIO) throw new Error(`${f.name} is implausibly large`);
        return true;
      },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
  const text = (name: string) => (parts[name] ? new TextDecoder().decode(parts[name]) : undefined);
  const styles = text('word/styles.xml');
  if (!styles || !styles.includes('<w:styles')) return fail('no word/styles.xml');
  const names = new Map<string, string>();
  for (const m of styles.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)) {
    const id = m[0].match(/w:styleId="([^"]+)"/)?.[1];
    const name = m[0].match(/<w:name w:val="([^"]+)"/)?.[1];
    if (id && name) names.set(name.toLowerCase(), id);
  }
  return { path: file, styles, theme: text('word/theme/theme1.xml'), names, page: pageOf(text('word/document.xml')) };
}

function pageOf(document: string | undefined): ReferenceDoc['page'] {
  if (!document) return undefined;
  const sect = [...document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].at(-1)?.[0];
  if (!sect) return undefined;
  const attr = (el: string | undefined, name: string) => {
    const v = el?.match(new RegExp(`w:${name}="(-?\\d+)"`))?.[1];
    return v === undefined ? undefined : Math.abs(Number(v));
  };
  const size = sect.match(/<w:pgSz\b[^>]*>/)?.[0];
  const mar = sect.match(/<w:pgMar\b[^>]*>/)?.[0];
  const width = attr(size, 'w');
  const height = attr(size, 'h');
  const top = attr(mar, 'top');
  const right = attr(mar, 'right');
  const bottom = attr(mar, 'bottom');
  const left = attr(mar, 'left');
  if (!width || !height || top === undefined || right === undefined || bottom === undefined || left === undefined) return undefined;
  // A landscape last section: the thesis is portrait.
  const [w, h] = width > height ? [height, width] : [width, height];
  return { width: w, height: h, top, right, bottom, left, header: attr(mar, 'header'), footer: attr(mar, 'footer') };
}
