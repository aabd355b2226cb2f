/**
 * Word fields of captions and cross-references, written the way Word's own Insert Caption and
 * Insert Cross-reference write them, with their results already filled in (so Word shows the right
 * numbers on opening without asking to update fields):
 *
 *   caption    [bookmark _Ref…]Tabel 4.{SEQ Tabel \* ARABIC \r 1 → 1}[/bookmark] Title
 *   reference  {REF _Ref… \h → Tabel 4.1}
 *
 * The bookmark spans the label and the number, as Word's "Only label and number" reference does, so a
 * reference follows when the student inserts a table of their own before it and updates fields (F9).
 * The first caption of each kind restarts its sequence at 1 (`\r 1`), so the chapter counts from 4.1
 * whatever comes before it in the thesis. Bookmark names are hidden (leading "_") and prefixed per
 * document, so they meet no bookmark of the thesis.
 */
import { BookmarkEnd, BookmarkStart, SimpleField, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { CaptionInfo } from '../report/doc/tree.js';

/** A simple field (`w:fldSimple`) whose result is the given run, formatted like the text around it. */
export class Field extends SimpleField {
  constructor(instruction: string, result: TextRun) {
    super(instruction);
    this.root.push(result);
  }
}

/**
 * Bookmark ends given their own ids (numbered per document, so two builds in one process write the
 * same ids; docx's Bookmark draws them from a process-wide counter). docx's paragraph takes them as
 * children although its type for children does not name them.
 */
const asChild = (x: BookmarkStart | BookmarkEnd) => x as unknown as ParagraphChild;

export interface FieldNames {
  /** SEQ identifier per kind: "Tabel"/"Gambar" (chapter), "Lampiran_Tabel"/"Lampiran_Gambar" (appendix). */
  seq: Record<CaptionInfo['kind'], string>;
  /** Bookmark name prefix of this document ("_RefB4", "_RefB4L"). */
  bookmarkPrefix: string;
}

/** Bookmark names: letters, digits and _, at most 40 characters, unique in the document. */
export function bookmarkNames(captions: CaptionInfo[], prefix: string): Map<CaptionInfo, string> {
  const out = new Map<CaptionInfo, string>();
  const used = new Set<string>();
  for (const c of captions) {
    const base = `${prefix}_${c.kind === 'table' ? 'T' : 'G'}${c.seq}_${c.id.replace(/[^A-Za-z0-9]+/g, '_')}`.slice(0, 40);
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base.slice(0, 40 - String(i).length - 1)}_${i}`;
    used.add(name);
    out.set(c, name);
  }
  return out;
}

/** The runs of a caption's label: bookmark start, "Tabel 4.", the SEQ field, bookmark end. */
export function captionLabel(c: CaptionInfo, names: FieldNames, bookmark: { name: string; id: number }, run: IRunOptions): ParagraphChild[] {
  const restart = c.seq === 1 ? ' \\r 1' : '';
  return [
    asChild(new BookmarkStart(bookmark.name, bookmark.id)),
    new TextRun({ ...run, text: `${c.word} ${c.prefix}` }),
    new Field(`SEQ ${names.seq[c.kind]} \\* ARABIC${restart}`, new TextRun({ ...run, text: String(c.seq) })),
    asChild(new BookmarkEnd(bookmark.id)),
  ];
}

/** A reference to a caption: REF to its bookmark, showing "Tabel 4.n". */
export function captionRef(c: CaptionInfo, bookmark: string, run: IRunOptions): ParagraphChild {
  return new Field(`REF ${bookmark} \\h`, new TextRun({ ...run, text: `${c.word} ${c.prefix}${c.seq}` }));
}
