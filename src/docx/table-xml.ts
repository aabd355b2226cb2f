/**
 * A table in the thesis style written straight as WordprocessingML — the same XML, byte for byte,
 * that the `docx` package writes for the table document.ts describes (test/docx/table-xml.test.ts
 * holds the two side by side), without its object per cell, property and attribute: the appendix
 * has thousands of cells, and the package spent most of the Word files' time on them.
 *
 * What a cell may hold here is what the tables hold: text, bold, italic, struck-out text, line
 * breaks (also a template's `<br>`) and links (their text). A table with anything else in a cell (a field, code) is left to the
 * package: tableXml returns undefined.
 *
 * The XML is placed into document.xml where the package wrote a placeholder paragraph
 * (rawPlaceholder, spliceRaw).
 */
import type { Nodes, PhrasingContent, Table as MdTable } from 'mdast';
import { isLineBreak } from '../report/doc/tree.js';

export interface TableLayout {
  /** Column widths (twips). */
  widths: number[];
  /** The table's width (twips). */
  width: number;
  /** Each column's alignment. */
  align: ('left' | 'right' | 'center')[];
}

/** The package's attribute and text escaping: the five XML entities, C0 controls dropped. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
export const escapeXml = (s: string): string => s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

const RULE = '<w:top w:val="single" w:color="000000" w:sz="12"/>';
const NONE = (side: string) => `<w:${side} w:val="none" w:color="FFFFFF" w:sz="0"/>`;
const TABLE_BORDERS = `<w:tblBorders>${RULE}${NONE('left')}<w:bottom w:val="single" w:color="000000" w:sz="12"/>${NONE('right')}${NONE('insideH')}${NONE('insideV')}</w:tblBorders>`;
const CELL_MARGINS = '<w:tblCellMar><w:top w:type="dxa" w:w="20"/><w:left w:type="dxa" w:w="60"/><w:bottom w:type="dxa" w:w="20"/><w:right w:type="dxa" w:w="60"/></w:tblCellMar>';
const HEADER_BORDERS = `<w:tcBorders>${RULE}<w:bottom w:val="single" w:color="000000" w:sz="6"/></w:tcBorders>`;

export interface Fmt {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
}

const runProps = (f: Fmt): string => {
  const p = (f.bold ? '<w:b/><w:bCs/>' : '') + (f.italics ? '<w:i/><w:iCs/>' : '') + (f.strike ? '<w:strike/>' : '');
  return p ? `<w:rPr>${p}</w:rPr>` : '';
};

/** Phrasing content as runs (a cell's, a plain paragraph's); false when it holds what only the package writes. */
export function runs(nodes: readonly (PhrasingContent | Nodes)[], f: Fmt, out: string[]): boolean {
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out.push(`<w:r>${runProps(f)}<w:t xml:space="preserve">${escapeXml(n.value.replace(/\s*\n\s*/g, ' ').replace(/[\u2002\u2003]/g, ' '))}</w:t></w:r>`);
        break;
      case 'strong':
        if (!runs(n.children, { ...f, bold: true }, out)) return false;
        break;
      case 'emphasis':
        if (!runs(n.children, { ...f, italics: true }, out)) return false;
        break;
      case 'delete':
        if (!runs(n.children, { ...f, strike: true }, out)) return false;
        break;
      case 'break':
        out.push(`<w:r>${runProps(f)}<w:br/></w:r>`);
        break;
      case 'html':
        if (isLineBreak(n)) out.push(`<w:r>${runProps(f)}<w:br/></w:r>`);
        break;
      case 'link':
      case 'linkReference':
        if (!runs(n.children, f, out)) return false;
        break;
      case 'inlineCode':
      case 'bab4Label':
      case 'bab4Ref':
        return false;
      default:
        // Inline HTML, images, footnote references: not shown (as in document.ts).
        break;
    }
  }
  return true;
}

/** The table's XML, or undefined when a cell holds what only the package writes. */
export function tableXml(node: MdTable, layout: TableLayout, textStyle: string): string | undefined {
  const out: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${layout.width}"/><w:jc w:val="center"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr><w:tblGrid>`,
    ...layout.widths.map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid>',
  ];
  const style = `<w:pStyle w:val="${escapeXml(textStyle)}"/>`;
  const last = node.children.length - 1;
  for (let r = 0; r <= last; r++) {
    const row = node.children[r];
    out.push(r === 0 ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    for (let c = 0; c < layout.widths.length; c++) {
      const cell = row.children[c];
      const merge = cell?.data?.covered ? '<w:vMerge w:val="continue"/>' : cell?.data?.rowSpan ? '<w:vMerge w:val="restart"/>' : '';
      out.push(`<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${layout.widths[c]}"/>${merge}${r === 0 ? HEADER_BORDERS : ''}</w:tcPr><w:p><w:pPr>${style}${r === last ? '<w:keepNext/>' : ''}<w:jc w:val="${layout.align[c]}"/></w:pPr>`);
      if (cell && !cell.data?.covered && !runs(cell.children, r === 0 ? { bold: true } : {}, out)) return undefined;
      out.push('</w:p></w:tc>');
    }
    out.push('</w:tr>');
  }
  out.push('</w:tbl>');
  return out.join('');
}

/** The style of the placeholder paragraph the package writes where raw XML goes (no document has it). */
export const RAW_STYLE = 'Bab4RawXml';

/**
 * The placeholder paragraph as the package writes it, for the i-th raw part (tables and paragraphs
 * one after the other); the last paragraph of a section carries the section's properties (a
 * landscape table's section) — a raw part that ends a section ends with a table.
 */
const placeholder = /<w:p><w:pPr><w:pStyle w:val="Bab4RawXml"\/>(<w:sectPr>(?:(?!<\/w:sectPr>)[\s\S])*<\/w:sectPr>)?<\/w:pPr><w:r><w:t xml:space="preserve">(\d+)<\/w:t><\/w:r><\/w:p>/g;

/**
 * document.xml with each placeholder paragraph replaced by its raw part; where the placeholder ended
 * a section, an empty paragraph after the table holds the section's properties (as the package
 * writes a section that ends with a table).
 */
export function spliceRaw(xml: string, raw: readonly string[]): string {
  if (raw.length === 0) return xml;
  let n = 0;
  const out = xml.replace(placeholder, (_m, section: string | undefined, i: string) => {
    n++;
    return section ? `${raw[Number(i)]}<w:p><w:pPr>${section}</w:pPr></w:p>` : raw[Number(i)];
  });
  if (n !== raw.length) throw new Error(`docx: ${raw.length - n} of ${raw.length} raw parts not placed`);
  return out;
}
