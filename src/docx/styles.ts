/**
 * bab4's Word styles: the thesis layout in Word's own styles, so that a thesis's table of contents,
 * lists of tables and figures and any restyling by the student work on the chapter as on the rest.
 *
 *   Normal          Times New Roman 12 pt, single-spaced base of everything
 *   Body Text       paragraphs: 1.5 lines, justified, first line indented 1.27 cm, no space between
 *   Heading 1–4     BAB IV … / 4.1 … / 4.1.1 … / run-in subsections, kept with the next paragraph
 *   Caption         "Tabel 4.n …" above a table, "Gambar 4.n …" below a figure: centred
 *   Source / Note   "Sumber: …" and "Keterangan: …" under a table: body text at 10 pt
 *   Table Text      inside tables: 10 pt, single-spaced
 *   Equation, Quote, List Paragraph, Table of Figures
 *
 * A student's reference document (docx.reference) replaces every style it defines (matched by
 * Word's style name, which is the same in every language of Word); bab4's fill the gaps.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

/** 1 cm in twips (1/20 pt). */
export const CM = 566.93;
export const twips = (cm: number): number => Math.round(cm * CM);

/** A4 in twips. */
export const A4 = { width: 11906, height: 16838 };
/** Thesis margins: 4 cm left (binding), 3 cm top, right and bottom. */
export const MARGINS = { left: twips(4), top: twips(3), right: twips(3), bottom: twips(3) };

/** bab4's styles by their role: Word's name (the same in every language) and bab4's id. */
export const STYLES = {
  normal: { name: 'Normal', id: 'Normal' },
  body: { name: 'Body Text', id: 'BodyText' },
  heading1: { name: 'heading 1', id: 'Heading1' },
  heading2: { name: 'heading 2', id: 'Heading2' },
  heading3: { name: 'heading 3', id: 'Heading3' },
  heading4: { name: 'heading 4', id: 'Heading4' },
  caption: { name: 'caption', id: 'Caption' },
  source: { name: 'Table Source', id: 'TableSource' },
  note: { name: 'Table Note', id: 'TableNote' },
  tableText: { name: 'Table Text', id: 'TableText' },
  equation: { name: 'Equation', id: 'Equation' },
  quote: { name: 'Quote', id: 'Quote' },
  list: { name: 'List Paragraph', id: 'ListParagraph' },
  figure: { name: 'Figure', id: 'Figure' },
  tableOfFigures: { name: 'table of figures', id: 'TableofFigures' },
} as const;

export type StyleRole = keyof typeof STYLES;
/** Role → the style id used in the document (bab4's, or the reference document's for the same name). */
export type StyleIds = Record<StyleRole, string>;

export const defaultStyleIds = (): StyleIds => Object.fromEntries(Object.entries(STYLES).map(([k, v]) => [k, v.id])) as StyleIds;

const FONT = 'Times New Roman';
const LINE_15 = { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 0 };
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };
const black = '000000';

export function stylesOptions(): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: 24 }, paragraph: { spacing: SINGLE } },
      heading1: { run: { font: FONT, size: 28, bold: true, color: black }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 360 }, keepNext: true, keepLines: true } },
      heading2: { run: { font: FONT, size: 24, bold: true, color: black }, paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 240, after: 0 }, keepNext: true, keepLines: true } },
      heading3: { run: { font: FONT, size: 24, bold: true, color: black }, paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 240, after: 0 }, keepNext: true, keepLines: true } },
      heading4: { run: { font: FONT, size: 24, bold: false, italics: true, color: black }, paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 120, after: 0 }, keepNext: true, keepLines: true } },
      caption: { run: { font: FONT, size: 24, bold: false, italics: false, color: black }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 240, after: 120 } } },
      listParagraph: { paragraph: { spacing: LINE_15, alignment: AlignmentType.JUSTIFIED, indent: { left: 720, hanging: 360 } } },
    },
    paragraphStyles: [
      { id: STYLES.body.id, name: STYLES.body.name, basedOn: 'Normal', next: STYLES.body.id, quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: LINE_15, indent: { firstLine: 720 } } },
      { id: STYLES.source.id, name: STYLES.source.name, basedOn: STYLES.body.id, next: STYLES.body.id, run: { size: 20 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 60, after: 120 }, indent: { firstLine: 0 } } },
      { id: STYLES.note.id, name: STYLES.note.name, basedOn: STYLES.body.id, next: STYLES.body.id, run: { size: 20 }, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 120 }, indent: { firstLine: 0 } } },
      { id: STYLES.tableText.id, name: STYLES.tableText.name, basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: SINGLE } },
      { id: STYLES.equation.id, name: STYLES.equation.name, basedOn: STYLES.body.id, next: STYLES.body.id, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 120, after: 120 }, indent: { firstLine: 0 } } },
      { id: STYLES.quote.id, name: STYLES.quote.name, basedOn: STYLES.body.id, next: STYLES.body.id, paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO, before: 120, after: 120 }, indent: { left: 567, right: 567, firstLine: 0 } } },
      { id: STYLES.figure.id, name: STYLES.figure.name, basedOn: 'Normal', next: STYLES.caption.id, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 240, after: 0 }, keepNext: true } },
      { id: STYLES.tableOfFigures.id, name: STYLES.tableOfFigures.name, basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, indent: { left: 1134, hanging: 1134 } } },
    ],
  };
}

/** Word lists: bullets and decimal numbers (each ordered list restarts via its own instance). */
export const LISTS = { bullet: 'bab4-bullet', ordered: 'bab4-ordered' };

export function numberingOptions(): INumberingOptions {
  const indent = (level: number) => ({ left: 720 + level * 360, hanging: 360 });
  return {
    config: [
      {
        reference: LISTS.bullet,
        levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: ['•', '–', '◦'][level], alignment: AlignmentType.LEFT, style: { paragraph: { indent: indent(level) } } })),
      },
      {
        reference: LISTS.ordered,
        levels: [0, 1, 2].map((level) => ({ level, format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level], text: `%${level + 1}.`, alignment: AlignmentType.LEFT, style: { paragraph: { indent: indent(level) } } })),
      },
    ],
  };
}
