/**
 * The document tree → a Word document (the `docx` package): the same tree as the HTML, only
 * another look. Headings in Heading 1–4, paragraphs in Body Text, lists as Word lists, tables as
 * real Word tables in the thesis style, captions with SEQ fields and bookmarks, references as REF
 * fields, figures as PNG, the equation as a Word equation, lists of tables and figures as Table of
 * Figures fields.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { Blockquote, Code, Heading, List, Nodes, Paragraph as MdParagraph, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import type { PageNumberPlace } from '../config/types.js';
import { captionText, isLineBreak, plainText, type CaptionInfo, type Doc } from '../report/doc/tree.js';
import { bookmarkNames, captionLabel, captionRef, type FieldNames } from './fields.js';
import { equationToMath } from './math.js';
import { cellTwips } from './measure.js';
import { RAW_STYLE, escapeXml, runs as runsXml, tableXml, type TableLayout } from './table-xml.js';
import { A4, LISTS, MARGINS, numberingOptions, stylesOptions, type StyleIds } from './styles.js';

export interface PageSetup {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
  header?: number;
  footer?: number;
}

export interface DocxInput {
  doc: Doc;
  /** What the document is: the chapter, the appendix (landscape pages for wide tables), the lists. */
  kind: 'chapter' | 'appendix' | 'lists';
  title: string;
  /** Chart id → its size in CSS px (the PNG's data come when the package is zipped: `chartMedia`). */
  charts: Map<string, { width: number; height: number }>;
  /** First page number; page numbers where (none for the lists). */
  pageStart?: number;
  pageNumbers?: { first: PageNumberPlace; others: PageNumberPlace };
  styles: StyleIds;
  page?: PageSetup;
  fields: FieldNames;
  /** Captions the lists show (the chapter's). */
  listed?: CaptionInfo[];
  /** Tables and plain paragraphs through the package's objects rather than written as XML (table-xml.ts) — the same XML, slower; for the test that they agree. */
  byPackage?: boolean;
}

/** The package's document, the raw XML parts its placeholder paragraphs stand for (table-xml.ts), and the charts it shows. */
export interface BuiltDocx {
  document: Document;
  raw: string[];
  /** Ids of the charts whose PNG the package holds as `chartMedia(id)` until it is zipped. */
  charts: string[];
}

/**
 * What a chart's image holds while the document is built: its id, not its PNG — so the document is
 * written while the PNG are still being drawn (and docx does not hash a PNG to name it); packDocx
 * puts the PNG in its place. Media are numbered in the order they are added, so the names are the same.
 */
export function chartMedia(id: string): Uint8Array {
  return new TextEncoder().encode(`bab4-chart:${id}`);
}

const TWIPS_PER_PX = 15;
const RULE = { style: BorderStyle.SINGLE, size: 12, color: '000000' };
const THIN = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** Text size in tables (pt), cell margins left + right, and a little room for the estimate's error (twips). */
const TABLE_PT = 10;
const CELL_MARGIN = 60;
const CELL_PAD = 2 * CELL_MARGIN;
const SLACK = 40;
const MIN_TEXT = 200;

interface Ctx {
  input: DocxInput;
  bookmarks: Map<CaptionInfo, { name: string; id: number }>;
  textWidth: number;
  listInstance: number;
  raw: string[];
  charts: string[];
}

export function buildDocx(input: DocxInput): BuiltDocx {
  const page = input.page ?? { ...A4, ...MARGINS };
  const names = bookmarkNames(input.doc.captions, input.fields.bookmarkPrefix);
  const bookmarks = new Map([...names].map(([c, name], i) => [c, { name, id: i + 1 }]));
  const ctx: Ctx = { input, bookmarks, textWidth: page.width - page.left - page.right, listInstance: 0, raw: [], charts: [] };
  const groups = sectionGroups(input.doc.tree, ctx, page);
  const sections: ISectionOptions[] = groups.map((g, i) => ({
    properties: {
      page: {
        size: g.landscape ? { width: page.width, height: page.height, orientation: PageOrientation.LANDSCAPE } : { width: page.width, height: page.height },
        margin: g.landscape
          ? { top: page.left, right: page.top, bottom: page.right, left: page.bottom, header: page.header, footer: page.footer }
          : { top: page.top, right: page.right, bottom: page.bottom, left: page.left, header: page.header, footer: page.footer },
        ...(i === 0 && input.pageStart ? { pageNumbers: { start: input.pageStart } } : {}),
      },
      ...(i === 0 && input.pageNumbers && input.pageNumbers.first !== input.pageNumbers.others ? { titlePage: true } : {}),
    },
    ...(i === 0 && input.pageNumbers ? headersAndFooters(input.pageNumbers) : {}),
    children: g.children,
  }));
  const document = new Document({
    title: input.title,
    creator: 'bab4',
    lastModifiedBy: 'bab4',
    revision: 1,
    styles: stylesOptions(),
    numbering: numberingOptions(),
    features: { updateFields: false },
    sections,
  });
  return { document, raw: ctx.raw, charts: ctx.charts };
}

type Block = Paragraph | Table | TableOfContents;
/**
 * A block written as XML (a table, a plain paragraph), placed where a placeholder paragraph stands
 * (spliceRaw); a paragraph keeps how the package makes it, for where it would end a section.
 */
interface RawBlock {
  xml: string;
  paragraph?: () => Paragraph;
}
type Item = Block | RawBlock;
const isRaw = (b: Item): b is RawBlock => typeof (b as RawBlock).xml === 'string';

/**
 * A section's blocks with each run of raw ones behind one placeholder paragraph. The last paragraph
 * of a section carries the section's properties, so a raw paragraph that ends a section is made by
 * the package (a raw table there is placed before the paragraph that carries them, as the package does).
 */
function placeRaw(items: Item[], ctx: Ctx): Block[] {
  const out: Block[] = [];
  let run: string[] = [];
  const flush = () => {
    if (!run.length) return;
    ctx.raw.push(run.join(''));
    out.push(new Paragraph({ style: RAW_STYLE, children: [new TextRun(String(ctx.raw.length - 1))] }));
    run = [];
  };
  items.forEach((item, i) => {
    if (!isRaw(item)) {
      flush();
      out.push(item);
    } else if (i === items.length - 1 && item.paragraph) {
      flush();
      out.push(item.paragraph());
    } else run.push(item.xml);
  });
  flush();
  return out;
}

/**
 * A paragraph of text, bold, italic, struck-out text and links (their text) as XML: the package's
 * <w:p> with only a style, and the runs table-xml.ts writes for table cells. undefined for anything
 * else (fields, bookmarks, code, breaks, a layout of its own).
 */
function rawParagraph(style: string, nodes: readonly PhrasingContent[], fmt: { italics?: boolean }, make: () => Paragraph, ctx: Ctx): Item {
  if (ctx.input.byPackage) return make();
  const out: string[] = [`<w:p><w:pPr><w:pStyle w:val="${escapeXml(style)}"/></w:pPr>`];
  if (!runsXml(nodes, fmt, out)) return make();
  out.push('</w:p>');
  return { xml: out.join(''), paragraph: make };
}

/** The document's blocks in sections: portrait, with a landscape section for each table too wide for the page. */
function sectionGroups(tree: Root, ctx: Ctx, page: PageSetup): { landscape: boolean; children: Block[] }[] {
  const groups: { landscape: boolean; children: Item[] }[] = [{ landscape: false, children: [] }];
  const nodes = tree.children;
  const landscapeWidth = page.height - page.top - page.bottom;
  // Raw HTML (a template's <div> around a table) shows nothing in Word: the table's caption, the
  // table and its source and note are looked for past it.
  const after = (i: number) => {
    let j = i + 1;
    while (nodes[j]?.type === 'html') j++;
    return j;
  };
  const isRole = (n: RootContent | undefined, kinds: string[]) => n?.type === 'paragraph' && kinds.includes(n.data?.role?.kind ?? '');
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[after(i)];
    const isTableCaption = node.type === 'paragraph' && node.data?.role?.kind === 'caption' && node.data.role.caption.kind === 'table';
    if (ctx.input.kind === 'appendix' && isTableCaption && next?.type === 'table' && needsLandscape(next, ctx.textWidth)) {
      // Caption, table, source and note on landscape pages of their own.
      const portrait = ctx.textWidth;
      ctx.textWidth = landscapeWidth;
      const children = [...block(node, ctx, 0), ...block(next, ctx, 0)];
      i = after(i);
      while (isRole(nodes[after(i)], ['source', 'note'])) children.push(...block(nodes[(i = after(i))], ctx, 0));
      ctx.textWidth = portrait;
      groups.push({ landscape: true, children }, { landscape: false, children: [] });
      continue;
    }
    groups.at(-1)!.children.push(...block(node, ctx, 0));
  }
  return groups.filter((g, i) => g.children.length > 0 || i === 0).map((g) => ({ landscape: g.landscape, children: placeRaw(g.children, ctx) }));
}

function headersAndFooters(places: { first: PageNumberPlace; others: PageNumberPlace }): Pick<ISectionOptions, 'headers' | 'footers'> {
  const numberAt = (place: PageNumberPlace) =>
    new Paragraph({
      alignment: place.endsWith('left') ? AlignmentType.LEFT : place.endsWith('right') ? AlignmentType.RIGHT : AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT] })],
    });
  const empty = () => new Paragraph({});
  const at = (place: PageNumberPlace, where: 'top' | 'bottom') => (place.startsWith(where) ? numberAt(place) : empty());
  const headers: Record<string, Header> = { default: new Header({ children: [at(places.others, 'top')] }) };
  const footers: Record<string, Footer> = { default: new Footer({ children: [at(places.others, 'bottom')] }) };
  if (places.first !== places.others) {
    headers.first = new Header({ children: [at(places.first, 'top')] });
    footers.first = new Footer({ children: [at(places.first, 'bottom')] });
  }
  return { headers, footers };
}

function block(node: RootContent, ctx: Ctx, depth: number, style?: string): Item[] {
  const s = ctx.input.styles;
  switch (node.type) {
    case 'heading':
      return [heading(node, ctx)];
    case 'paragraph':
      return [paragraph(node, ctx, style)];
    case 'table':
      return [table(node, ctx)];
    case 'list':
      return list(node, ctx, depth);
    case 'blockquote':
      return (node as Blockquote).children.flatMap((c) => block(c, ctx, depth, s.quote));
    case 'code':
      return (node as Code).value.split('\n').map((line) => new Paragraph({ style: s.normal, children: [new TextRun({ text: line, font: 'Courier New', size: 20 })] }));
    case 'thematicBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'bab4List':
      return [listOf(node.entries, node.of === 'table' ? ctx.input.fields.seq.table : ctx.input.fields.seq.figure, ctx)];
    default:
      // Raw HTML (the templates' hint comments), definitions, footnotes: nothing to show in Word.
      return [];
  }
}

function heading(node: Heading, ctx: Ctx): Item {
  const s = ctx.input.styles;
  const style = [s.heading1, s.heading1, s.heading2, s.heading3, s.heading4, s.heading4, s.heading4][node.depth];
  return rawParagraph(style, node.children, {}, () => new Paragraph({ style, children: runs(node.children, ctx, {}) }), ctx);
}

function paragraph(node: MdParagraph, ctx: Ctx, style?: string): Item {
  const s = ctx.input.styles;
  const role = node.data?.role;
  switch (role?.kind) {
    case 'caption':
      return new Paragraph({ style: s.caption, keepNext: true, keepLines: true, children: runs(node.children, ctx, {}) });
    case 'figure': {
      const png = ctx.input.charts.get(role.chart);
      if (!png) return new Paragraph({ style: s.figure, children: [new TextRun(`[${role.caption.title}]`)] });
      const maxPx = ctx.textWidth / TWIPS_PER_PX;
      const scale = Math.min(1, maxPx / png.width);
      if (!ctx.charts.includes(role.chart)) ctx.charts.push(role.chart);
      return new Paragraph({
        style: s.figure,
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: chartMedia(role.chart),
            transformation: { width: Math.round(png.width * scale), height: Math.round(png.height * scale) },
            altText: { name: role.chart, title: `${captionText(role.caption)} ${role.caption.title}`, description: `${captionText(role.caption)} ${role.caption.title}` },
          }),
        ],
      });
    }
    case 'source':
      return rawParagraph(s.source, node.children, { italics: true }, () => new Paragraph({ style: s.source, children: runs(node.children, ctx, { italics: true }) }), ctx);
    case 'note':
      return rawParagraph(s.note, node.children, {}, () => new Paragraph({ style: s.note, children: runs(node.children, ctx, {}) }), ctx);
    case 'equation':
      return new Paragraph({ style: s.equation, children: [equationToMath(plainText(node.children))] });
    default: {
      const layout = layoutOf(node);
      const make = () => new Paragraph({ style: style ?? s.body, ...layout, children: runs(node.children, ctx, {}) });
      return layout.alignment === undefined && layout.keepNext === undefined ? rawParagraph(style ?? s.body, node.children, {}, make, ctx) : make();
    }
  }
}

/**
 * What a plain paragraph's content asks of its layout: lines ended by a hard break, or answer options
 * set apart by wide spaces ("☐ SD  ☐ SMP"), would be stretched over the full width if justified —
 * they are set flush left; a paragraph of bold text only is a run-in heading, kept with what follows.
 */
function layoutOf(node: MdParagraph): { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; keepNext?: boolean } {
  const text = plainText(node.children);
  const out: ReturnType<typeof layoutOf> = {};
  if (node.children.some((c) => c.type === 'break') || /[\u2002\u2003]/.test(text)) out.alignment = AlignmentType.LEFT;
  if (node.children.length > 0 && node.children.every((c) => c.type === 'strong' || (c.type === 'text' && c.value.trim() === ''))) out.keepNext = true;
  return out;
}

function list(node: List, ctx: Ctx, depth: number): Item[] {
  const reference = node.ordered ? LISTS.ordered : LISTS.bullet;
  const instance = ++ctx.listInstance;
  const out: Item[] = [];
  for (const item of node.children) {
    item.children.forEach((child, i) => {
      if (child.type === 'paragraph' && i === 0) {
        out.push(new Paragraph({ style: ctx.input.styles.list, numbering: { reference, level: Math.min(depth, 2), instance }, ...layoutOf(child), children: runs(child.children, ctx, {}) }));
      } else if (child.type === 'list') out.push(...list(child, ctx, depth + 1));
      else out.push(...block(child, ctx, depth + 1, ctx.input.styles.list));
    });
  }
  return out;
}

/** Phrasing content → runs, with the formatting of the marks around it. */
function runs(nodes: readonly (PhrasingContent | Nodes)[], ctx: Ctx, fmt: IRunOptions): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        // Wide spaces between answer options become ordinary ones: Word and Writer break lines there.
        out.push(new TextRun({ ...fmt, text: n.value.replace(/\s*\n\s*/g, ' ').replace(/[\u2002\u2003]/g, ' ') }));
        break;
      case 'strong':
        out.push(...runs(n.children, ctx, { ...fmt, bold: true }));
        break;
      case 'emphasis':
        out.push(...runs(n.children, ctx, { ...fmt, italics: true }));
        break;
      case 'delete':
        out.push(...runs(n.children, ctx, { ...fmt, strike: true }));
        break;
      case 'inlineCode':
        out.push(new TextRun({ ...fmt, text: n.value, font: 'Courier New' }));
        break;
      case 'break':
        out.push(new TextRun({ ...fmt, break: 1 }));
        break;
      case 'html':
        // A template's or author's <br> (in a table header cell); other inline HTML is not shown.
        if (isLineBreak(n)) out.push(new TextRun({ ...fmt, break: 1 }));
        break;
      case 'link':
      case 'linkReference':
        out.push(...runs(n.children, ctx, fmt));
        break;
      case 'bab4Label': {
        const b = ctx.bookmarks.get(n.caption);
        if (b) out.push(...captionLabel(n.caption, ctx.input.fields, b, { ...fmt, bold: true }));
        else out.push(new TextRun({ ...fmt, bold: true, text: captionText(n.caption) }));
        break;
      }
      case 'bab4Ref': {
        const b = ctx.bookmarks.get(n.caption);
        out.push(b ? captionRef(n.caption, b.name, fmt) : new TextRun({ ...fmt, text: captionText(n.caption) }));
        break;
      }
      default:
        // Inline HTML, images inside text, footnote references: not shown.
        break;
    }
  }
  return out;
}

/**
 * A table too wide for a portrait page: its columns cannot be narrowed to their longest words, or a
 * table of many columns would leave its text column under a quarter of the width (a data table).
 */
function needsLandscape(node: MdTable, textWidth: number): boolean {
  const { natural, min } = columnWidths(node);
  if (min.reduce((a, b) => a + b, 0) > textWidth) return true;
  if (natural.length <= 6) return false;
  const { widths } = fitColumns(node, textWidth);
  return widths.some((w, i) => natural[i] - w > 20 && w < textWidth / 4);
}

/** columnWidths of each table, measured once (the landscape check and the table itself both ask). */
const measured = new WeakMap<MdTable, { natural: number[]; min: number[] }>();

/** Per column: the width of its widest cell on one line (a cell broken into lines: its widest line), and of its longest word. */
function columnWidths(node: MdTable): { natural: number[]; min: number[] } {
  const known = measured.get(node);
  if (known) return known;
  const cols = Math.max(...node.children.map((r) => r.children.length));
  const natural = new Array<number>(cols).fill(CELL_PAD + MIN_TEXT);
  const min = new Array<number>(cols).fill(CELL_PAD + MIN_TEXT);
  node.children.forEach((row, r) =>
    row.children.forEach((cell, c) => {
      const text = plainText(cell.children, '\n');
      const bold = r === 0 || cell.children.some((n) => n.type === 'strong');
      // Word wraps at spaces and after hyphens ("Rata-/rata").
      const { widest, longest } = cellTwips(text, TABLE_PT, bold);
      natural[c] = Math.max(natural[c], CELL_PAD + SLACK + widest);
      min[c] = Math.max(min[c], CELL_PAD + SLACK + longest);
    }),
  );
  measured.set(node, { natural, min });
  return { natural, min };
}

/**
 * Column widths that fit the text width: the natural widths when they fit; otherwise the widest
 * columns (long statements) are capped at one width C — found by bisection so that the table fills
 * the text width — and wrap, while short columns (numbers) keep their width. When that would leave a
 * statement column narrower than a third of the text, the statement columns keep that third and the
 * other columns wrap at their spaces ("23 (25,8%)" over two lines) in proportion to what they can give.
 */
function fitColumns(node: MdTable, available: number): { widths: number[]; full: boolean } {
  const { natural, min } = columnWidths(node);
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  if (sum(natural) <= available) return { widths: natural.map(Math.round), full: false };
  const capped = (cap: number) => natural.map((n, i) => Math.min(n, Math.max(cap, min[i])));
  let widths: number[];
  if (sum(capped(0)) > available) {
    const total = sum(min);
    widths = min.map((m) => (m * available) / total);
  } else {
    let lo = 0;
    let hi = Math.max(...natural);
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2;
      if (sum(capped(mid)) > available) hi = mid;
      else lo = mid;
    }
    widths = capped(lo);
    const floor = available / 3;
    const long = natural.map((n) => n > floor);
    if (lo < floor && long.some(Boolean)) {
      const fixed = natural.map((n, i) => (long[i] ? floor : 0));
      const rest = available - sum(fixed);
      const others = natural.map((n, i) => (long[i] ? 0 : n));
      const give = natural.map((n, i) => (long[i] ? 0 : n - min[i]));
      const excess = sum(others) - rest;
      if (excess <= sum(give)) widths = natural.map((n, i) => (long[i] ? floor : n - (excess * give[i]) / sum(give)));
    }
  }
  const out = widths.map(Math.floor);
  // What rounding left over goes to the widest column.
  const widest = out.indexOf(Math.max(...out));
  out[widest] += available - sum(out);
  return { widths: out, full: true };
}

/**
 * A Word table in the thesis style: rules above and below the header row and at the bottom, no
 * vertical lines; the header row repeats on each page, no row splits. Borders and cell margins are
 * set once for the table and only the header cells carry their own (a data table has thousands of
 * cells: the document stays small and quick to write). Written as XML (table-xml.ts) and placed
 * where a placeholder paragraph stands; through the package's objects when a cell holds a field.
 */
function table(node: MdTable, ctx: Ctx): Item {
  const { widths, full } = fitColumns(node, ctx.textWidth);
  const layout: TableLayout = {
    widths,
    width: full ? ctx.textWidth : widths.reduce((a, b) => a + b, 0),
    align: widths.map((_w, i) => (node.align?.[i] === 'right' ? 'right' : node.align?.[i] === 'center' ? 'center' : 'left')),
  };
  const xml = ctx.input.byPackage ? undefined : tableXml(node, layout, ctx.input.styles.tableText);
  if (xml === undefined) return packageTable(node, layout, ctx);
  return { xml };
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** The table through the package's objects (what tableXml writes directly). */
function packageTable(node: MdTable, layout: TableLayout, ctx: Ctx): Table {
  const s = ctx.input.styles;
  const last = node.children.length - 1;
  const rows = node.children.map(
    (row, r) =>
      new TableRow({
        ...(r === 0 ? { tableHeader: true } : {}),
        cantSplit: true,
        children: layout.widths.map((w, c) => {
          const cell = row.children[c];
          const span = cell?.data?.covered ? VerticalMergeType.CONTINUE : cell?.data?.rowSpan ? VerticalMergeType.RESTART : undefined;
          return new TableCell({
            ...(span ? { verticalMerge: span } : {}),
            ...(r === 0 ? { borders: { top: RULE, bottom: THIN } } : {}),
            width: { size: w, type: WidthType.DXA },
            children: [
              new Paragraph({
                style: s.tableText,
                alignment: ALIGN[layout.align[c]],
                // The last row stays with the source line under the table.
                ...(r === last ? { keepNext: true } : {}),
                children: cell && !cell.data?.covered ? runs(cell.children, ctx, r === 0 ? { bold: true } : {}) : [],
              }),
            ],
          });
        }),
      }),
  );
  return new Table({
    rows,
    width: { size: layout.width, type: WidthType.DXA },
    columnWidths: layout.widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
    borders: { top: RULE, bottom: RULE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
  });
}

/** A list of tables or figures as Word's Table of Figures field (\c "Tabel"), its entries filled in. */
function listOf(entries: CaptionInfo[], seq: string, ctx: Ctx): TableOfContents {
  return new TableOfContents(seq, {
    captionLabelIncludingNumbers: seq,
    hyperlink: true,
    hideTabAndPageNumbersInWebView: true,
    contentChildren: entries.map((c) => new Paragraph({ style: ctx.input.styles.tableOfFigures, children: [new TextRun(`${captionText(c)} ${c.title}`)] })),
  });
}
