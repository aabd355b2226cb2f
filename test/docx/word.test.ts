/**
 * The Word outputs opened as Word opens them (the zip and its XML): structure in Word's styles,
 * captions with SEQ fields numbered in order, references to existing bookmarks, the page, the
 * images, and byte-identical files on a rebuild.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import { build, type BuildResult } from '../../src/pipeline.js';
import { defaultStudy, type Study } from '../helpers/study.js';
import { editConfig } from '../helpers/chapter.js';

const decoder = new TextDecoder();

export function docxParts(data: string | Uint8Array | undefined): Record<string, string> {
  expect(data, 'a .docx file').toBeInstanceOf(Uint8Array);
  const files = unzipSync(data as Uint8Array);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, k.startsWith('word/media/') ? `<${v.length} bytes>` : decoder.decode(v)]));
}

/** The number of figures of a chapter (its "**Gambar 4.n**" captions). */
const figures = (md: string) => md.match(/^\*\*Gambar 4\.\d+\*\*/gm)?.length ?? 0;

/** Paragraphs of document.xml with their style and text. */
function paragraphs(xml: string): { style: string; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2];
    return { style: body.match(/<w:pStyle w:val="([^"]+)"/)?.[1] ?? '', text: [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''), xml: body };
  });
}

describe('bab4.docx of the default study', () => {
  let built: BuildResult;
  let md: string;
  let doc: Record<string, string>;
  beforeAll(async () => {
    built = await build(defaultStudy().config, { outDir: null });
    md = built.files.get('bab4.md') as string;
    doc = docxParts(built.files.get('bab4.docx'));
  }, 120_000);

  it('has the chapter\'s headings in Heading 1, 2 and 3', () => {
    const ps = paragraphs(doc['word/document.xml']);
    for (const [level, prefix] of [[1, '# '], [2, '## '], [3, '### ']] as const) {
      const expected = md.split('\n').filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length).replace(/\*/g, ''));
      const got = ps.filter((p) => p.style === `Heading${level}`).map((p) => p.text);
      expect(got, `Heading ${level}`).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
    expect(ps.filter((p) => p.style === 'BodyText').length).toBeGreaterThan(40);
  });

  it('captions every table and figure once, in the Caption style with a SEQ field numbered 1…n', () => {
    const ps = paragraphs(doc['word/document.xml']).filter((p) => p.style === 'Caption');
    for (const [word, kind] of [['Tabel', 'T'], ['Gambar', 'G']] as const) {
      const inMd = [...md.matchAll(new RegExp(`^\\*\\*${word} 4\\.(\\d+)\\*\\*`, 'gm'))].map((m) => Number(m[1]));
      const caps = ps.filter((p) => p.text.startsWith(`${word} 4.`));
      expect(caps.length, `${word} captions`).toBe(inMd.length);
      caps.forEach((p, i) => {
        const seq = p.xml.match(/<w:fldSimple w:instr="SEQ (\w+) \\\* ARABIC( \\r 1)?">[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/);
        expect(seq, p.text).not.toBeNull();
        expect(seq![1]).toBe(word);
        expect(Number(seq![3])).toBe(i + 1);
        expect(Boolean(seq![2]), 'only the first restarts at 1').toBe(i === 0);
        expect(p.xml).toMatch(new RegExp(`<w:bookmarkStart w:name="_RefB4_${kind}${i + 1}_`));
      });
    }
    expect(ps.filter((p) => /^Gambar 4\./.test(p.text)).length).toBe(figures(md));
  });

  it('refers to tables and figures by REF fields whose bookmarks exist, results filled in', () => {
    const xml = doc['word/document.xml'];
    const bookmarks = new Set([...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]));
    const refs = [...xml.matchAll(/<w:fldSimple w:instr="REF (\S+) \\h">[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)];
    expect(refs.length).toBeGreaterThan(30);
    for (const [, name, shown] of refs) {
      expect(bookmarks.has(name), name).toBe(true);
      expect(shown).toMatch(/^(Tabel|Gambar) 4\.\d+$/);
    }
    expect(xml).not.toMatch(/updateFields/);
  });

  it('is A4 with margins 4 cm left and 3 cm top, right and bottom; page numbers are PAGE fields', () => {
    const xml = doc['word/document.xml'];
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1701" w:right="1701" w:bottom="1701" w:left="2268"/);
    expect(xml).toMatch(/<w:pgNumType w:start="1"\/>/);
    const footers = Object.entries(doc).filter(([k]) => /^word\/footer\d*\.xml$/.test(k));
    expect(footers.some(([, f]) => /<w:instrText[^>]*>PAGE<\/w:instrText>|w:instr="PAGE/.test(f))).toBe(true);
  });

  it('has one image per figure, with the caption as alternative text', () => {
    const xml = doc['word/document.xml'];
    const drawings = [...xml.matchAll(/<wp:docPr id="(\d+)" name="[^"]*" descr="([^"]*)"/g)];
    expect(drawings.length).toBe(figures(md));
    expect(drawings.map((d) => Number(d[1]))).toEqual(drawings.map((_, i) => i + 1));
    expect(drawings[0][2]).toMatch(/^Gambar 4\.1 Jumlah UMKM Fashion/);
    expect(Object.keys(doc).filter((k) => k.startsWith('word/media/')).length).toBe(figures(md));
  });

  it("holds each figure's PNG, in the order of the figures (the document is written before the PNG are drawn)", async () => {
    const media = Object.entries(unzipSync(built.files.get('bab4.docx') as Uint8Array)).filter(([k]) => k.startsWith('word/media/'));
    const { svgToPng } = await import('../../src/charts/png.js');
    const first = await svgToPng(built.files.get('charts/populasi.svg') as string);
    expect(media[0][0]).toBe('word/media/image1.png');
    expect(Buffer.from(media[0][1]).equals(Buffer.from(first.data))).toBe(true);
    for (const [, data] of media) expect(Buffer.from(data.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('sets foreign terms in italics, as the HTML does (PUEBI)', () => {
    expect(doc['word/document.xml']).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">e-commerce<\/w:t><\/w:r>/);
    expect(built.files.get('bab4.html')).toContain('<em>e-commerce</em>');
    expect(md).toContain('*e-commerce*');
  });

  it('writes the equation as a Word equation with subscripts', () => {
    const xml = doc['word/document.xml'];
    expect(xml).toMatch(/<m:oMath>[\s\S]*<m:sSub>[\s\S]*<m:t[^>]*>X<\/m:t>[\s\S]*<m:t[^>]*>1<\/m:t>/);
  });

  it('has the thesis styles: Times New Roman 12 pt, Body Text 1.5 lines justified with a 1.27 cm first-line indent', () => {
    const styles = doc['word/styles.xml'];
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="24"\/>/);
    const body = styles.match(/<w:style [^>]*w:styleId="BodyText">[\s\S]*?<\/w:style>/)![0];
    expect(body).toMatch(/w:line="360" w:lineRule="auto"/);
    expect(body).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(body).toMatch(/<w:jc w:val="both"\/>/);
    expect(body).toMatch(/w:after="0"/);
  });

  it('writes tables as Word tables: header row repeated, rows not split, rules above and below the header and at the bottom', () => {
    const xml = doc['word/document.xml'];
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    expect(tables.length).toBe(md.split('\n').filter((l) => /^\*\*Tabel 4\.\d+\*\*/.test(l)).length);
    for (const t of tables) {
      const rows = t.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
      expect(rows[0]).toContain('<w:tblHeader/>');
      for (const r of rows) expect(r).toContain('<w:cantSplit/>');
      // Rules above and below the header cells; the table's own bottom border under the last row.
      expect(rows[0]).toMatch(/<w:tcBorders><w:top w:val="single"[^>]*\/><w:bottom w:val="single"/);
      const borders = t.match(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/)![0];
      expect(borders).toMatch(/<w:bottom w:val="single"/);
      expect(borders).toMatch(/<w:insideV w:val="none"/);
      expect(borders).toMatch(/<w:left w:val="none"/);
    }
  });

  it('makes the appendix and the lists of tables and figures; the lists are not in the chapter', () => {
    const lampiran = docxParts(built.files.get('lampiran.docx'))['word/document.xml'];
    expect(lampiran).toMatch(/<w:fldSimple w:instr="SEQ Tabel_Lampiran \\\* ARABIC \\r 1">/);
    expect(paragraphs(lampiran).some((p) => p.style === 'Caption' && p.text.startsWith('Tabel L.1 '))).toBe(true);
    const daftar = docxParts(built.files.get('daftar.docx'))['word/document.xml'];
    expect(daftar).toContain('TOC \\c &quot;Tabel&quot; \\h \\z');
    expect(daftar).toContain('TOC \\c &quot;Gambar&quot; \\h \\z');
    expect(daftar).toContain('Tabel 4.1 Jumlah UMKM Fashion per Kecamatan');
    expect(doc['word/document.xml']).not.toContain('TOC ');
    expect(md).not.toMatch(/Daftar Tabel/);
  });

  it('keeps a wide appendix table with its footnotes, note and source on its landscape pages; a table that fits stays portrait', () => {
    const lampiran = docxParts(built.files.get('lampiran.docx'))['word/document.xml'];
    // A section ends with the paragraph that holds its properties (the last section: with the body).
    const sections = lampiran.split(/(?<=<\/w:sectPr>(?:(?!<\/w:p>)[\s\S])*<\/w:p>)/);
    const sectionOf = (text: string) => {
      const found = sections.filter((x) => x.includes(text));
      expect(found, text).toHaveLength(1);
      return found[0];
    };
    const coefficients = sectionOf('>Coefficientsᵃ<');
    expect(coefficients).toContain('w:orient="landscape"');
    for (const part of ['a. Dependent Variable: Y', 'Sumber: data primer diolah', 'Keterangan kolom: B dan']) expect(coefficients, part).toContain(part);
    expect(coefficients).toMatch(/<w:pStyle w:val="TableNote"\/>(?:(?!<\/w:p>)[\s\S])*a\. Dependent Variable: Y/);
    const f = sectionOf('Tabel F (α = 0,05)');
    expect(f).toContain('w:orient="landscape"');
    expect(f).toContain('Keterangan: F tabel');
    expect(sectionOf('Tabel Durbin-Watson dL dan dU')).toContain('w:orient="portrait"');
  });

  it('breaks the statistical tables\' two-line headers (a template\'s <br>) in Word too', () => {
    const lampiran = docxParts(built.files.get('lampiran.docx'))['word/document.xml'];
    const run = (text: string) => `<w:t xml:space="preserve">${text}</w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:br/></w:r>`;
    expect(lampiran).toContain(run('Satu arah'));
    expect(lampiran).toContain(run('dL'));
    expect(lampiran).not.toMatch(/Satu arahα|dLk′/);
  });

  it('is byte-identical when built again, in the same process', async () => {
    const again = await build(defaultStudy().config, { outDir: null });
    for (const name of ['bab4.docx', 'lampiran.docx', 'daftar.docx']) {
      expect(Buffer.from(again.files.get(name) as Uint8Array).equals(Buffer.from(built.files.get(name) as Uint8Array)), name).toBe(true);
    }
    const core = doc['docProps/core.xml'];
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>');
  }, 120_000);
});

describe('Word output options', () => {
  it('pageStart sets the first page number; page numbers where the config places them', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      c.pageStart = 45;
      c.pageNumbers = { first: 'bottom-center', others: 'bottom-center' };
    });
    const files = (await build(s.config, { outDir: null })).files;
    const doc = docxParts(files.get('bab4.docx'));
    expect(doc['word/document.xml']).toMatch(/<w:pgNumType w:start="45"\/>/);
    expect(doc['word/document.xml']).not.toContain('<w:titlePg/>');
  }, 120_000);

  it('English: Table and Figure captions and fields', async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      c.language = 'en';
      c.source = { year: 2026 };
    });
    const doc = docxParts((await build(s.config, { outDir: null })).files.get('bab4.docx'))['word/document.xml'];
    expect(doc).toMatch(/<w:fldSimple w:instr="SEQ Table \\\* ARABIC \\r 1">/);
    expect(doc).toMatch(/<w:fldSimple w:instr="SEQ Figure \\\* ARABIC \\r 1">/);
    expect(doc).toMatch(/REF _RefB4_T1_\w+ \\h">[\s\S]*?<w:t[^>]*>Table 4\.1<\/w:t>/);
  }, 120_000);

  it('lists: chapter keeps the lists at the end of the chapter and writes no daftar', async () => {
    const s: Study = defaultStudy();
    editConfig(s, (c) => {
      c.lists = 'chapter';
    });
    const { files } = await build(s.config, { outDir: null });
    expect(files.has('daftar.docx')).toBe(false);
    expect(files.has('daftar.html')).toBe(false);
    expect(files.get('bab4.md')).toMatch(/### Daftar Tabel\n\nTabel 4\.1 Jumlah UMKM Fashion/);
    expect(docxParts(files.get('bab4.docx'))['word/document.xml']).toContain('TOC \\c &quot;Tabel&quot; \\h \\z');
  }, 120_000);

  it('takes the styles and margins of the student\'s reference document (docx.reference)', async () => {
    const s = defaultStudy();
    // A thesis saved by an Indonesian Word: its Normal in Arial, its heading 1 under the id "Judul1".
    const reference = new Document({
      styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
      sections: [{ properties: { page: { margin: { left: 2835, top: 2268, right: 1701, bottom: 1701 } } }, children: [new Paragraph({ alignment: AlignmentType.LEFT, text: 'Skripsi' })] }],
    });
    const parts = unzipSync(new Uint8Array(await Packer.toBuffer(reference)));
    parts['word/styles.xml'] = new TextEncoder().encode(decoder.decode(parts['word/styles.xml']).replace('w:styleId="Heading1"', 'w:styleId="Judul1"'));
    s.write('template-skripsi.docx', Buffer.from(zipSync(parts)));
    editConfig(s, (c) => {
      c.docx = { reference: 'template-skripsi.docx' };
    });
    const doc = docxParts((await build(s.config, { outDir: null })).files.get('bab4.docx'));
    const styles = doc['word/styles.xml'];
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Arial"[\s\S]*<\/w:docDefaults>/);
    expect(styles).not.toMatch(/<w:docDefaults>[\s\S]*Times New Roman[\s\S]*<\/w:docDefaults>/);
    // The reference's heading 1 (its own id) is used; bab4's Body Text, which it lacks, is added.
    expect(styles.match(/<w:name w:val="heading 1"\/>/gi)?.length).toBe(1);
    expect(doc['word/document.xml']).toMatch(/<w:pStyle w:val="Judul1"\/>/);
    expect(styles).toMatch(/w:styleId="BodyText"/);
    expect(doc['word/document.xml']).toMatch(/<w:pgMar w:top="2268" w:right="1701" w:bottom="1701" w:left="2835"/);
  }, 120_000);

  it('refuses a reference that is not a Word document, naming it', async () => {
    const s = defaultStudy();
    s.write('template-skripsi.docx', 'not a zip');
    editConfig(s, (c) => {
      c.docx = { reference: 'template-skripsi.docx' };
    });
    await expect(build(s.config, { outDir: null })).rejects.toThrow(/docx\.reference.*(tidak dapat dibaca|cannot be read)/s);
  });
});

describe("the author's pembahasan in Word", () => {
  it('keeps paragraphs, bold, italic, lists and block quotes as Word formatting', async () => {
    const s = defaultStudy();
    s.write('pembahasan/H1.md', 'Temuan ini **menguatkan** teori *technology acceptance*.\n\n- pertama\n- kedua\n\n1. satu\n2. dua\n\n> Kutipan penelitian terdahulu.\n');
    const xml = docxParts((await build(s.config, { outDir: null })).files.get('bab4.docx'))['word/document.xml'];
    const at = xml.indexOf('Temuan ini');
    expect(at).toBeGreaterThan(0);
    const part = xml.slice(at - 300, xml.indexOf('Kutipan penelitian terdahulu') + 100);
    expect(part).toMatch(/<w:b\/>[\s\S]*?menguatkan/);
    expect(part).toMatch(/<w:i\/>[\s\S]*?technology acceptance/);
    expect(part.match(/<w:numPr>/g)?.length).toBe(4);
    expect(part).toMatch(/<w:pStyle w:val="Quote"\/>[\s\S]*?Kutipan penelitian terdahulu/);
  }, 120_000);
});
