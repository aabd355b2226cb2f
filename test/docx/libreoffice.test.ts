/**
 * The Word files as a user opens them: LibreOffice (headless, Debian's libreoffice-writer-nogui,
 * which .ci/run installs) converts them to PDF, recomputing every SEQ and REF field, and pdftotext
 * (poppler-utils) reads what the pages show.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../../src/pipeline.js';
import { defaultStudy } from '../helpers/study.js';

const have = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Converts a .docx to PDF and returns the text of its pages (layout kept) and the page count. */
function pdfText(docx: Uint8Array, name: string): { text: string; pages: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bab4-lo-'));
  writeFileSync(path.join(dir, name), docx);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, name)], { stdio: 'ignore', timeout: 120_000 });
  const pdf = path.join(dir, name.replace(/\.docx$/, '.pdf'));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { text, pages: text.split('\f') };
}

describe.skipIf(process.env.BAB4_SKIP_OFFICE === '1')('Word files opened in LibreOffice', () => {
  let chapter: { text: string; pages: string[] };
  let appendix: { text: string; pages: string[] };
  let md: string;
  beforeAll(async () => {
    expect(have('soffice'), 'LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui').toBe(true);
    expect(have('pdftotext'), 'pdftotext is needed: apt-get install poppler-utils').toBe(true);
    const { files } = await build(defaultStudy().config, { outDir: null });
    md = files.get('bab4.md') as string;
    chapter = pdfText(files.get('bab4.docx') as Uint8Array, 'bab4.docx');
    appendix = pdfText(files.get('lampiran.docx') as Uint8Array, 'lampiran.docx');
  }, 240_000);

  it('shows every caption "Tabel 4.n" and "Gambar 4.n" of the chapter, numbered as in the HTML', () => {
    const text = chapter.text.replace(/\s+/g, ' ');
    const captions = [...md.matchAll(/^\*\*((?:Tabel|Gambar) 4\.\d+)\*\* (.+)$/gm)];
    expect(captions.length).toBeGreaterThan(30);
    for (const [, label, title] of captions) {
      const words = title.replace(/\*/g, '').split(' ').slice(0, 3).join(' ');
      expect(text, `${label} ${words}`).toContain(`${label} ${words}`);
    }
  });

  it('shows the key numbers: R² 0,494, t tabel 1,988, F tabel 2,712, r tabel 0,208', () => {
    for (const n of ['0,494', '1,988', '2,712', '0,208']) expect(chapter.text).toContain(n);
  });

  it('resolves every cross-reference (no "Error! Reference source not found")', () => {
    for (const doc of [chapter, appendix]) {
      expect(doc.text).not.toMatch(/Error!|Reference source not found|Referensi tidak ditemukan/i);
    }
    // References in the text show the numbers of their captions.
    expect(chapter.text.replace(/\s+/g, " ")).toMatch(/disajikan pada Tabel 4\.1 dan Gambar 4\.1/);
  });

  it('numbers the pages', () => {
    expect(chapter.pages.length).toBeGreaterThan(10);
    expect(chapter.pages[0]).toMatch(/^\s*1\s*$/m);
    expect(chapter.pages[1]).toMatch(/^\s*2\s*$/m);
  });

  it('shows the appendix tables "Tabel L.n"', () => {
    const text = appendix.text.replace(/\s+/g, ' ');
    expect(text).toContain('Tabel L.1 ');
    expect(text).toMatch(/Tabel L\.[2-9]\d /);
  });
});

