/**
 * The printed chapter: `build --pdf` prints bab4.html and lampiran.html with Debian's Chromium
 * (playwright-core `page.pdf`); pdftotext reads the pages. Page numbers come from CSS page-margin
 * boxes and start at pageStart; no caption, source or note line is left alone at the top of a page.
 * Without a browser the build exits 1 with a message saying what to install, after writing every
 * other output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { InputError } from '../../src/errors.js';
import { browserCandidates, findBrowser, fixDates } from '../../src/pdf/index.js';
import { editConfig } from '../helpers/chapter.js';
import { defaultStudy } from '../helpers/study.js';

const hasChromium = existsSync('/usr/bin/chromium');

function pagesOf(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'bab4-pdf-'));
  const file = path.join(dir, 'x.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/** The lines of a page with text, without the page number's own line. */
const textLines = (page: string, n: number) => page.split('\n').filter((l) => l.trim() !== '' && l.trim() !== String(n));

describe.skipIf(!hasChromium)('bab4 build --pdf', () => {
  let chapter: string[];
  let appendix: string[];
  let outDir: string;
  let captions: string[];
  beforeAll(async () => {
    const s = defaultStudy();
    editConfig(s, (c) => {
      c.pageStart = 45;
    });
    outDir = path.join(s.dir, 'output');
    const built = await build(s.config, { outDir, pdf: true, word: false });
    chapter = pagesOf(built.files.get('bab4.pdf') as Uint8Array);
    // "Tabel 4.3 Karakteristik Responden": a caption's label and the first words of its title.
    captions = [...(built.files.get('bab4.md') as string).matchAll(/^\*\*((?:Tabel|Gambar) 4\.\d+)\*\* (\S+ \S+)/gm)].map((m) => `${m[1]} ${m[2].replace(/\*/g, '')}`);
    appendix = pagesOf(built.files.get('lampiran.pdf') as Uint8Array);
  }, 180_000);

  it('writes both PDFs into the output folder', () => {
    expect(existsSync(path.join(outDir, 'bab4.pdf'))).toBe(true);
    expect(existsSync(path.join(outDir, 'lampiran.pdf'))).toBe(true);
    expect(readFileSync(path.join(outDir, 'bab4.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('numbers the pages from pageStart: the first at the bottom centre, the others at the top right', () => {
    expect(chapter.length).toBeGreaterThan(15);
    chapter.forEach((page, i) => {
      const n = 45 + i;
      const lines = page.split('\n').filter((l) => l.trim() !== '');
      const numberLine = lines.findIndex((l) => l.trim() === String(n));
      expect(numberLine, `page ${n} shows its number`).toBeGreaterThanOrEqual(0);
      if (i === 0) expect(numberLine, 'first page: at the bottom').toBe(lines.length - 1);
      else expect(numberLine, `page ${n}: at the top`).toBe(0);
    });
    expect(appendix[0]).toMatch(/^\s*1\s*$/m);
  });

  it('leaves no source line, note or caption alone at the top or bottom of a page', () => {
    chapter.forEach((page, i) => {
      const lines = textLines(page, 45 + i);
      expect(lines[0].trim(), `page ${45 + i} begins with`).not.toMatch(/^(Sumber|Keterangan):/);
      const last = lines.at(-1)!.trim().replace(/\s+/g, ' ');
      expect(captions.some((c) => last.startsWith(c)), `page ${45 + i} ends with the caption "${last}"`).toBe(false);
    });
  });

  it('has no browser header or footer (no URL, no date, no title line)', () => {
    for (const page of chapter) expect(page).not.toMatch(/file:|about:blank|\d{1,2}\/\d{1,2}\/\d{2,4}/);
  });
});

describe.skipIf(!hasChromium)('item statements in print', () => {
  it('run over at most three lines at A4 (the text width of 14 cm = 529 px)', async () => {
    const { chromium } = await import('playwright-core');
    const { files } = await build(defaultStudy().config, { outDir: null, word: false });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 529, height: 1000 } });
      await page.setContent(files.get('bab4.html') as string);
      await page.emulateMedia({ media: 'print' });
      // Lines of each statement cell: the distinct tops of its text's line boxes.
      const cells = (await page.evaluate(`[...document.querySelectorAll('table.wide td.long')].map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return { text: (td.textContent ?? '').slice(0, 40), lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
      })`)) as { text: string; lines: number }[];
      expect(cells.length).toBeGreaterThanOrEqual(20);
      for (const c of cells) expect(c.lines, c.text).toBeLessThanOrEqual(3);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('PDF without a browser', () => {
  it('exits 1 naming what to install, after writing every other output', async () => {
    const s = defaultStudy();
    const outDir = path.join(s.dir, 'output');
    const before = process.env.BAB4_BROWSER;
    process.env.BAB4_BROWSER = path.join(s.dir, 'no-such-browser');
    try {
      const err = await build(s.config, { outDir, pdf: true, word: false }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect(String((err as Error).message)).toMatch(/BAB4_BROWSER/);
    } finally {
      if (before === undefined) delete process.env.BAB4_BROWSER;
      else process.env.BAB4_BROWSER = before;
    }
    for (const f of ['bab4.md', 'bab4.html', 'lampiran.html', 'results.json']) expect(existsSync(path.join(outDir, f)), f).toBe(true);
    expect(existsSync(path.join(outDir, 'bab4.pdf'))).toBe(false);
  }, 120_000);

  it('says to install Chromium, Chrome or Edge when none is found', () => {
    expect(findBrowser({ BAB4_BROWSER: '/nowhere/chrome' })).toBeUndefined();
    expect(browserCandidates({ PROGRAMFILES: 'C:\\Program Files' }, 'win32')[0]).toMatch(/chrome\.exe$/);
    expect(browserCandidates({}, 'darwin')[0]).toMatch(/^\/Applications\/Google Chrome\.app/);
  });
});

describe('PDF dates', () => {
  it('are the study\'s, in place, so that offsets stay valid', () => {
    const pdf = new TextEncoder().encode("<< /CreationDate (D:20261129070436+00'00')\n/ModDate (D:20261129070436+00'00') >>");
    const fixed = new TextDecoder().decode(fixDates(pdf, { year: 2026, month: 1, day: 1 }));
    expect(fixed).toBe("<< /CreationDate (D:20260101000000+00'00')\n/ModDate (D:20260101000000+00'00') >>");
    expect(fixed.length).toBe(pdf.length);
  });
});
